import type { CommandOutput } from '../../src-shared/contract';
import { MAX_UPLOAD_BYTES } from '../../src-shared/contract/import-files';

/**
 * Pure: how files chosen or dropped by the analyst travel to `import.files` as uploads (base64). The
 * HTTP bridge of `caudal serve` refuses bodies over 1 MB, so through it a file may weigh at most
 * ~700 KB (base64 grows it by a third) and several files go in several requests; Electron's IPC has no
 * such limit. A file too big for the road is reported as failed with a way out, never sent to be cut.
 */

export type ImportedFile = CommandOutput<'import.files'>['files'][number];
export type ImportTotals = CommandOutput<'import.files'>['totals'];

/** Raw bytes whose base64, wrapped in the JSON request, stays under the bridge's 1 MB. */
export const HTTP_UPLOAD_LIMIT_BYTES = 700 * 1024;
/** The contract's cap on files per request. */
const MAX_FILES_PER_REQUEST = 200;
/** Through IPC: a few workbooks per message rather than one message of hundreds of MB. */
const IPC_BATCH_BYTES = 64 * 1024 * 1024;

export interface UploadLimits {
  readonly maxFileBytes: number;
  readonly maxBatchBytes: number;
  readonly maxBatchFiles: number;
}

export function uploadLimits(viaHttpBridge: boolean): UploadLimits {
  return viaHttpBridge
    ? { maxFileBytes: HTTP_UPLOAD_LIMIT_BYTES, maxBatchBytes: HTTP_UPLOAD_LIMIT_BYTES, maxBatchFiles: MAX_FILES_PER_REQUEST }
    : { maxFileBytes: MAX_UPLOAD_BYTES, maxBatchBytes: IPC_BATCH_BYTES, maxBatchFiles: MAX_FILES_PER_REQUEST };
}

export interface SizedFile {
  readonly name: string;
  readonly size: number;
}

/** Files in the order given, packed into requests that respect the limits; the ones too big on their own apart. */
export function planBatches<F extends SizedFile>(files: readonly F[], limits: UploadLimits): { batches: F[][]; tooLarge: F[] } {
  const batches: F[][] = [];
  const tooLarge: F[] = [];
  let current: F[] = [];
  let currentBytes = 0;
  for (const file of files) {
    if (file.size > limits.maxFileBytes) {
      tooLarge.push(file);
      continue;
    }
    if (current.length > 0 && (currentBytes + file.size > limits.maxBatchBytes || current.length >= limits.maxBatchFiles)) {
      batches.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(file);
    currentBytes += file.size;
  }
  if (current.length > 0) batches.push(current);
  return { batches, tooLarge };
}

/** Standard base64 (what the contract's `contentBase64` accepts), in chunks so big files do not overflow the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  const chunk = 0x8000;
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + chunk));
  }
  return btoa(binary);
}

/** What the summary dialog shows: every file of every request, and the totals of all of them. */
export interface ImportSummary {
  readonly files: readonly ImportedFile[];
  readonly totals: ImportTotals;
  /** The history entries the import made (one per request). */
  readonly runIds: readonly number[];
}

export function emptyTotals(): ImportTotals {
  return { loaded: 0, unchanged: 0, unknown: 0, failed: 0, rowsLoaded: 0, rowsRejected: 0 };
}

/** Answers of each request, plus the files that failed here (too big, unreadable), as one summary. */
export function mergeImports(outputs: readonly CommandOutput<'import.files'>[], localFailures: readonly ImportedFile[]): ImportSummary {
  const totals = emptyTotals();
  for (const output of outputs) {
    totals.loaded += output.totals.loaded;
    totals.unchanged += output.totals.unchanged;
    totals.unknown += output.totals.unknown;
    totals.failed += output.totals.failed;
    totals.rowsLoaded += output.totals.rowsLoaded;
    totals.rowsRejected += output.totals.rowsRejected;
  }
  totals.failed += localFailures.length;
  return { files: [...outputs.flatMap((output) => output.files), ...localFailures], totals, runIds: outputs.map((output) => output.runId) };
}

/** A file that never left this computer, in the same shape as the service's failed files. */
export function localFailure(fileName: string, message: string): ImportedFile {
  return { status: 'failed', path: fileName, fileName, message };
}
