import type { SourceRefreshStatus } from '../../../src-shared/contract/etl';
import type { SourceId } from '../../../src-shared/contract/sources';

export type { SourceRefreshStatus };

/** What happened to one file a source downloaded. */
export type RefreshedFile =
  | {
      readonly status: 'loaded';
      readonly fileName: string;
      readonly url: string;
      readonly coverage: string;
      readonly rowsLoaded: number;
      readonly rowsRejected: number;
      /** Files of the same coverage this one replaced (kept as history). */
      readonly supersededFileIds: readonly number[];
      readonly warnings: readonly string[];
    }
  /** Same bytes as a file already in the archive: not parsed again. */
  | { readonly status: 'unchanged'; readonly fileName: string; readonly url: string; readonly coverage: string | null }
  | { readonly status: 'failed'; readonly fileName: string; readonly url: string; readonly message: string };

export interface SourceRefreshResult {
  readonly sourceId: SourceId;
  readonly title: string;
  readonly status: SourceRefreshStatus;
  readonly startedAt: string;
  readonly finishedAt: string;
  /** Files the source downloaded because they were new or changed (304s and equal bytes excluded). */
  readonly files: readonly RefreshedFile[];
  /** Bytes received from the publisher, pages and files, retries included. */
  readonly bytesDownloaded: number;
  readonly rowsLoaded: number;
  readonly rowsRejected: number;
  /** For `failed` / `cancelled` / `partial`: what went wrong, in Spanish, and its code. */
  readonly error: { readonly code: string; readonly message: string } | null;
  /**
   * When the data this source still shows was loaded (ISO time), for "se conservan los datos del …";
   * null when the source has no data.
   */
  readonly keptDataFrom: string | null;
}

export interface RefreshSummary {
  readonly runId: number;
  readonly status: 'ok' | 'partial' | 'failed' | 'cancelled';
  readonly sources: readonly SourceRefreshResult[];
  /** True when every source ended `updated` or `unchanged`. */
  readonly ok: boolean;
}
