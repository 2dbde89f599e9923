import type BetterSqlite3 from 'better-sqlite3';
import type { FileOrigin } from '../load/process-file';
import type { RefreshContext } from './refreshable-source';

type Previous = ReturnType<RefreshContext['previous']>;

/**
 * What was last fetched from a URL for this source: its validators make the next GET conditional, its
 * sha256 spots a server that sends the same bytes again. The file in use wins over superseded ones.
 */
export function previousFetch(sqlite: BetterSqlite3.Database, sourceId: string, url: string): Previous {
  const row = sqlite
    .prepare(
      `SELECT sha256, etag, last_modified FROM source_file WHERE source_id = ? AND url = ?
       ORDER BY CASE status WHEN 'active' THEN 0 ELSE 1 END, id DESC LIMIT 1`,
    )
    .get(sourceId, url) as { sha256: string; etag: string | null; last_modified: string | null } | undefined;
  return row ? { sha256: row.sha256, validators: { etag: row.etag, lastModified: row.last_modified } } : null;
}

/**
 * A download whose bytes are already archived (imported by hand, or re-sent with new validators): its
 * file record takes the URL and validators it came with, so the next refresh asks conditionally and is
 * answered 304 instead of downloading it again. Lineage metadata only; no fact changes.
 */
export function rememberOrigin(sqlite: BetterSqlite3.Database, sourceId: string, sha256: string, origin: FileOrigin): void {
  sqlite
    .prepare(
      `UPDATE source_file SET url = ?, etag = ?, last_modified = ?
       WHERE source_id = ? AND sha256 = ? AND (url IS NOT ? OR etag IS NOT ? OR last_modified IS NOT ?)`,
    )
    .run(origin.url, origin.etag, origin.lastModified, sourceId, sha256, origin.url, origin.etag, origin.lastModified);
}

/** When the data a source still shows was loaded: its newest file in use (import or refresh). */
export function keptDataFrom(sqlite: BetterSqlite3.Database, sourceId: string): string | null {
  return (sqlite.prepare("SELECT max(imported_at) FROM source_file WHERE source_id = ? AND status = 'active'").pluck().get(sourceId) as string | null) ?? null;
}
