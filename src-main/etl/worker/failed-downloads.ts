import type BetterSqlite3 from 'better-sqlite3';
import type { KnownFailedFile } from '../../../src-shared/contract/refresh';
import type { HttpValidators } from '../http/http-types';

/**
 * The memory of downloads that could not be loaded (table failed_download). A remembered URL is asked
 * for conditionally with the failed copy's validators and sha256: while the publisher serves the same
 * bytes it is a known failure, reported without downloading or parsing it again. After this long the
 * memory is not trusted any more and the file is tried again (a newer Caudal may read it).
 */
export const FAILED_DOWNLOAD_RETRY_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

export interface FailedDownload extends KnownFailedFile {
  readonly sha256: string;
  readonly validators: HttpValidators;
}

export interface FailureToRemember {
  readonly sourceId: string;
  readonly url: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly validators: HttpValidators;
  readonly message: string;
  readonly runId: number;
}

interface FailedDownloadRow {
  url: string;
  file_name: string;
  sha256: string;
  etag: string | null;
  last_modified: string | null;
  error: string;
  first_failed_at: string;
  last_failed_at: string;
}

/** The remembered failure for a URL, unless it is too old to trust. */
export function findFailedDownload(sqlite: BetterSqlite3.Database, sourceId: string, url: string, now: Date): FailedDownload | null {
  const row = sqlite
    .prepare('SELECT url, file_name, sha256, etag, last_modified, error, first_failed_at, last_failed_at FROM failed_download WHERE source_id = ? AND url = ?')
    .get(sourceId, url) as FailedDownloadRow | undefined;
  if (!row) return null;
  if (now.getTime() - Date.parse(row.last_failed_at) > FAILED_DOWNLOAD_RETRY_AFTER_MS) return null;
  return toFailedDownload(row);
}

/** Every remembered failure of a source (the sources panel lists them), oldest first. */
export function listFailedDownloads(sqlite: BetterSqlite3.Database, sourceId: string): FailedDownload[] {
  const rows = sqlite
    .prepare('SELECT url, file_name, sha256, etag, last_modified, error, first_failed_at, last_failed_at FROM failed_download WHERE source_id = ? ORDER BY first_failed_at, id')
    .all(sourceId) as FailedDownloadRow[];
  return rows.map(toFailedDownload);
}

/**
 * Records (or refreshes) a failure; the first time it failed is kept. Only a real attempt (download and
 * parse) moves `last_failed_at`: a 304 does not, so the memory expires and the file is tried again.
 */
export function rememberFailedDownload(sqlite: BetterSqlite3.Database, failure: FailureToRemember, now: Date): void {
  const at = now.toISOString();
  sqlite
    .prepare(
      `INSERT INTO failed_download (source_id, url, file_name, sha256, size_bytes, etag, last_modified, error, first_failed_at, last_failed_at, run_id)
       VALUES (@sourceId, @url, @fileName, @sha256, @sizeBytes, @etag, @lastModified, @message, @at, @at, @runId)
       ON CONFLICT (source_id, url) DO UPDATE SET file_name = excluded.file_name, sha256 = excluded.sha256, size_bytes = excluded.size_bytes,
         etag = excluded.etag, last_modified = excluded.last_modified, error = excluded.error, last_failed_at = excluded.last_failed_at, run_id = excluded.run_id`,
    )
    .run({
      sourceId: failure.sourceId,
      url: failure.url,
      fileName: failure.fileName,
      sha256: failure.sha256,
      sizeBytes: failure.sizeBytes,
      etag: failure.validators.etag,
      lastModified: failure.validators.lastModified,
      message: failure.message,
      at,
      runId: failure.runId,
    });
}

/** That URL loaded (or its bytes are archived): nothing to remember any more. */
export function forgetFailedDownload(sqlite: BetterSqlite3.Database, sourceId: string, url: string): void {
  sqlite.prepare('DELETE FROM failed_download WHERE source_id = ? AND url = ?').run(sourceId, url);
}

function toFailedDownload(row: FailedDownloadRow): FailedDownload {
  return {
    fileName: row.file_name,
    url: row.url,
    message: row.error,
    firstFailedAt: row.first_failed_at,
    lastFailedAt: row.last_failed_at,
    sha256: row.sha256,
    validators: { etag: row.etag, lastModified: row.last_modified },
  };
}
