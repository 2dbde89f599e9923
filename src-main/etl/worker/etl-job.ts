import type { KnownFailedFile } from '../../../src-shared/contract/refresh';
import type { SourceId } from '../../../src-shared/contract/sources';
import type { FileImportOutcome } from '../import/import-files';
import type { RefreshSummary, SourceRefreshResult } from '../refresh/refresh-result';
import type { RefreshTrigger } from '../refresh/run-refresh';
import type { RefreshProgress } from '../refresh/source-progress';
import type { Environment, SourceUrlSettings } from '../settings/source-urls';

/**
 * What the main thread asks the ETL runner to do, and what comes back. Plain data only: the same
 * messages cross a worker thread's port (structured clone) or stay in the thread in tests and the CLI.
 */
export type EtlJobRequest = RefreshJobRequest | ImportJobRequest;

export interface RefreshJobRequest {
  readonly kind: 'refresh';
  /** In this order; each must be a refreshable source of the registry. */
  readonly sourceIds: readonly SourceId[];
  readonly trigger: RefreshTrigger;
  /** Only the `CAUDAL_URL_…` variables: the URL overrides the sources honour. */
  readonly env: Environment;
  readonly settings: SourceUrlSettings;
}

export interface UploadedFile {
  readonly fileName: string;
  readonly contentBase64: string;
}

export interface ImportJobRequest {
  readonly kind: 'import';
  readonly paths: readonly string[];
  /** Files sent by content (a browser cannot give paths): staged in a temporary folder, then imported. */
  readonly uploads: readonly UploadedFile[];
  readonly trigger: 'app-import' | 'cli-import';
}

export interface GuardedSourceResult extends SourceRefreshResult {
  /** Files the publisher still serves unchanged that failed before: reported, not downloaded again. */
  readonly knownFailedFiles: readonly KnownFailedFile[];
}

export interface RefreshJobSummary extends Omit<RefreshSummary, 'sources'> {
  readonly sources: readonly GuardedSourceResult[];
}

/** An import outcome with the name the analyst knows and the archived file's id (for its rejects). */
export type ImportedFileOutcome = FileImportOutcome & { readonly fileName: string; readonly fileId: number | null };

export interface ImportJobSummary {
  readonly runId: number;
  readonly ok: boolean;
  readonly files: readonly ImportedFileOutcome[];
}

export type EtlJobEvent =
  | { readonly kind: 'progress'; readonly progress: RefreshProgress }
  | { readonly kind: 'source-done'; readonly result: GuardedSourceResult }
  | { readonly kind: 'import-started'; readonly fileCount: number }
  | { readonly kind: 'import-file'; readonly outcome: ImportedFileOutcome; readonly index: number; readonly total: number };

export type EtlJobResult = { readonly kind: 'refresh'; readonly summary: RefreshJobSummary } | { readonly kind: 'import'; readonly summary: ImportJobSummary };
