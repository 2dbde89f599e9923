import type BetterSqlite3 from 'better-sqlite3';
import type { SheetReconciliation } from '../../../src-shared/contract/sources';
import type { ArchivedFile } from '../archive/archived-file';

export interface SourceFileToStore extends ArchivedFile {
  sourceId: string;
  publisher: string;
  coverage: string | null;
  runId: number;
  importedAt: string;
}

/** Inserts the lineage record of a file; must run inside the load's transaction. */
export function insertSourceFile(sqlite: BetterSqlite3.Database, f: SourceFileToStore): number {
  const result = sqlite
    .prepare(
      `INSERT INTO source_file (source_id, sha256, file_name, size_bytes, publisher, url, etag, last_modified, archive_path, coverage, status, imported_at, run_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?)`,
    )
    .run(f.sourceId, f.sha256, f.fileName, f.sizeBytes, f.publisher, f.url, f.etag, f.lastModified, f.archivePath, f.coverage, f.importedAt, f.runId);
  return Number(result.lastInsertRowid);
}

export function insertReconciliations(sqlite: BetterSqlite3.Database, fileId: number, reconciliations: readonly SheetReconciliation[]): void {
  const insert = sqlite.prepare(
    `INSERT INTO sheet_reconciliation (source_file_id, sheet, period, kind, data_rows, data_total_mpc, file_total_mpc, difference_mpc, status, cause)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of reconciliations) {
    insert.run(fileId, r.sheet, r.period, r.kind, r.dataRows, r.dataTotalMpc, r.fileTotalMpc, r.differenceMpc, r.status, r.cause);
  }
}

export interface RejectToStore {
  sheet: string | null;
  row: number | null;
  reasonCode: string;
  reason: string;
  raw: Record<string, unknown>;
}

export function insertRejects(sqlite: BetterSqlite3.Database, sourceId: string, fileId: number | null, runId: number | null, rejects: readonly RejectToStore[]): void {
  const insert = sqlite.prepare(
    'INSERT INTO rejected_row (source_id, source_file_id, run_id, sheet, row_number, reason_code, reason, raw_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const r of rejects) {
    insert.run(sourceId, fileId, runId, r.sheet, r.row, r.reasonCode, r.reason, JSON.stringify(r.raw));
  }
}
