import type BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';

/** A lineage record for a synthetic file (no bytes behind it: the bench never reads the archive). */
export function insertSyntheticFile(sqlite: BetterSqlite3.Database, sourceId: string, fileName: string, coverage: string, importedAt: string, status: 'active' | 'superseded' = 'active'): number {
  const sha256 = createHash('sha256').update(`${sourceId}/${fileName}/${coverage}`).digest('hex');
  return Number(
    sqlite
      .prepare(
        `INSERT INTO source_file (source_id, sha256, file_name, size_bytes, publisher, url, archive_path, coverage, status, imported_at, rows_loaded, rows_rejected)
         VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, 0, 0)`,
      )
      .run(sourceId, sha256, fileName, 350_000, 'Banco sintético', coverage, status, importedAt).lastInsertRowid,
  );
}

export function setFileRows(sqlite: BetterSqlite3.Database, fileId: number, loaded: number, rejected = 0): void {
  sqlite.prepare('UPDATE source_file SET rows_loaded = ?, rows_rejected = ? WHERE id = ?').run(loaded, rejected, fileId);
}
