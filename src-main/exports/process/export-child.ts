import type { FromExportProcess, ToExportProcess } from './export-process-protocol';

/**
 * V8 limits for a process that only exports: a 96 MB old space and 2 MB semi-spaces make V8 collect
 * early instead of growing the heap, so a million-row workbook peaks near 120 MB instead of 230 MB
 * (the export's live data stays near 30 MB; the rest of the default peak is uncollected garbage),
 * for a few seconds more (see bench/export.bench.ts).
 */
export const EXPORT_PROCESS_V8_FLAGS: readonly string[] = ['--max-old-space-size=96', '--max-semi-space-size=2'];

/** How an export process ended, as its platform tells it. */
export interface ExportChildExit {
  readonly code: number | null;
  readonly signal: string | null;
  /** V8 gave up for lack of memory (its fatal error, or Node's "heap out of memory" on stderr). */
  readonly outOfMemory: boolean;
  /** The process could not be started at all (missing bundle, no permission…). */
  readonly startError?: string | undefined;
}

export interface ExportChildEvents {
  message(message: FromExportProcess): void;
  /** Called exactly once, whether the process ended or never started. */
  exit(exit: ExportChildExit): void;
}

export interface ExportChildHandle {
  send(message: ToExportProcess): void;
  /** Ends the process (SIGTERM on POSIX); `exit` follows. */
  kill(): void;
}

/**
 * Starts one export process: Electron's utilityProcess in the desktop app (electron/export-utility-process),
 * a forked Node elsewhere (node-export-process). Handlers and the launcher see only this.
 */
export type SpawnExportProcess = (events: ExportChildEvents) => ExportChildHandle;
