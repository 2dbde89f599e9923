import type { CommandError } from '../../../src-shared/contract';
import type { ExportProgress } from '../../../src-shared/contract/exports';
import type { ExportRequest, ExportResult } from '../run-export';

/**
 * The messages between the app and an export process (structured clone: Electron's parentPort and
 * Node's `advanced` IPC serialization). One process runs one export: it says `ready`, gets `start`,
 * streams `progress` and ends with `done` or `failed`; `cancel` may come at any time.
 */
export interface ExportProcessStart {
  readonly type: 'start';
  readonly request: ExportRequest;
  readonly dbPath: string;
  readonly forbiddenDirs: readonly string[];
  readonly exportsDir: string | undefined;
  /** Chosen by the app, so that it can remove the file should the process die (see runExportInChildProcess). */
  readonly temporaryPath: string;
}

export type ToExportProcess = ExportProcessStart | { readonly type: 'cancel' };

/** What the export process measured of itself, for the bench and the log. */
export interface ExportProcessUsage {
  /** Seconds `runExport` took inside the process (without starting the process). */
  readonly seconds: number;
  /** The kernel's lifetime peak of the process's resident memory (`process.resourceUsage().maxRSS`). */
  readonly peakRssBytes: number;
  /** V8's heap limit as applied (shows that the memory flags took effect). */
  readonly heapLimitBytes: number;
}

export type FromExportProcess =
  | { readonly type: 'ready' }
  | { readonly type: 'progress'; readonly progress: ExportProgress }
  | { readonly type: 'done'; readonly result: ExportResult; readonly usage: ExportProcessUsage }
  /** A typed error only: code, Spanish message and field issues — never a stack or an SQL message. */
  | { readonly type: 'failed'; readonly error: CommandError; readonly usage: ExportProcessUsage };
