import type BetterSqlite3 from 'better-sqlite3';
import type { ArchivedFile } from '../../../archive/archived-file';
import { insertSourceFile } from '../../../load/lineage';
import { DANE_PUBLISHER, DANE_TERRITORY_SOURCE } from '../types';

/** Records a DANE file (DIVIPOLA list or boundaries) as the source of the rows about to be loaded. */
export function insertTerritoryFile(sqlite: BetterSqlite3.Database, file: ArchivedFile, coverage: string, runId: number, now: Date): number {
  return insertSourceFile(sqlite, { ...file, sourceId: DANE_TERRITORY_SOURCE, publisher: DANE_PUBLISHER, coverage, runId, importedAt: now.toISOString() });
}

/** Territory files that back a table's rows now (before they are replaced). */
export function filesBacking(sqlite: BetterSqlite3.Database, table: 'territory_municipality' | 'territory_boundary', level?: 'department' | 'municipality'): number[] {
  const sql = level
    ? `SELECT DISTINCT source_file_id FROM ${table} WHERE level = ?`
    : `SELECT DISTINCT source_file_id FROM ${table}`;
  return sqlite.prepare(sql).pluck().all(...(level ? [level] : [])) as number[];
}

/**
 * Marks superseded the files among `candidates` that no longer back any territory row: a TopoJSON
 * that held both levels stays active while its municipal layer is still the one in use.
 */
export function supersedeUnusedFiles(sqlite: BetterSqlite3.Database, candidates: readonly number[], newFileId: number): number[] {
  const stillUsed = sqlite.prepare(
    'SELECT EXISTS (SELECT 1 FROM territory_municipality WHERE source_file_id = @id) OR EXISTS (SELECT 1 FROM territory_boundary WHERE source_file_id = @id)',
  ).pluck();
  const supersede = sqlite.prepare("UPDATE source_file SET status = 'superseded' WHERE id = ? AND status = 'active'");
  const superseded: number[] = [];
  for (const id of new Set(candidates)) {
    if (id === newFileId || stillUsed.get({ id }) === 1) continue;
    supersede.run(id);
    superseded.push(id);
  }
  return superseded;
}
