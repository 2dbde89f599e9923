import type BetterSqlite3 from 'better-sqlite3';
import type { ArchivedFile } from '../../archive/archived-file';
import { insertRejects, insertSourceFile } from '../../load/lineage';
import type { LoadResult } from '../source-definition';
import { UPME_DEMAND_SOURCE, UPME_PUBLISHER, type DemandRow, type UpmeDemandParse } from './types';

/**
 * Loads a parsed UPME file in one transaction. An edition is a snapshot: a zip replaces everything of
 * its edition, a single workbook only that workbook's part (importing the Industrial workbook again does
 * not wipe the other sectors). Other editions are never touched. A file left providing no workbook is
 * marked superseded, kept for history.
 */
export function loadUpmeDemand(sqlite: BetterSqlite3.Database, file: ArchivedFile, parsed: UpmeDemandParse, runId: number, now = new Date()): LoadResult {
  const insertBook = sqlite.prepare(
    `INSERT INTO demand_book (source_file_id, edition, book, entry_name, projection_start, first_period, last_period, rows_loaded)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertRow = sqlite.prepare(
    `INSERT INTO demand_monthly (source_file_id, edition, book, sheet, sheet_kind, row_number, cell_ref, sector, scenario, area_kind, region, node_key, period, gbtud)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertNode = sqlite.prepare('INSERT INTO demand_node (key, region, name) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING');
  const insertCheck = sqlite.prepare(
    `INSERT INTO demand_check (source_file_id, edition, book, sheet, kind, scope, status, compared, failed, max_difference_gbtud, worst_period, detail)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const load = sqlite.transaction((): LoadResult => {
    removeReplacedData(sqlite, parsed);
    const fileId = insertSourceFile(sqlite, {
      ...file,
      sourceId: UPME_DEMAND_SOURCE,
      publisher: UPME_PUBLISHER,
      coverage: parsed.coverage,
      runId,
      importedAt: now.toISOString(),
    });
    for (const b of parsed.books) {
      insertBook.run(fileId, parsed.edition, b.book, b.entryName, b.projectionStart, b.firstPeriod, b.lastPeriod, b.rows);
    }
    for (const row of parsed.rows) {
      const { region, nodeKey } = areaColumns(row);
      if (row.area.kind === 'node') insertNode.run(row.area.nodeKey, row.area.region, row.area.nodeName);
      insertRow.run(fileId, parsed.edition, row.book, row.sheet, row.sheetKind, row.row, row.cellRef, row.sector, row.scenario, row.area.kind, region, nodeKey, row.period, row.gbtud);
    }
    for (const c of parsed.checks) {
      insertCheck.run(fileId, parsed.edition, c.book, c.sheet, c.kind, c.scope, c.status, c.compared, c.failed, c.maxDifferenceGbtud, c.worstPeriod, c.detail);
    }
    insertRejects(sqlite, UPME_DEMAND_SOURCE, fileId, runId, parsed.rejects);
    sqlite.prepare('UPDATE source_file SET rows_loaded = ?, rows_rejected = ? WHERE id = ?').run(parsed.rows.length, parsed.rejects.length, fileId);
    const supersededFileIds = supersedeEmptyFiles(sqlite, fileId);
    return { fileId, coverage: parsed.coverage, rowsLoaded: parsed.rows.length, rowsRejected: parsed.rejects.length, supersededFileIds };
  });
  return load.immediate();
}

function removeReplacedData(sqlite: BetterSqlite3.Database, parsed: UpmeDemandParse): void {
  const tables = ['demand_monthly', 'demand_check', 'demand_book'] as const;
  if (parsed.scope === 'edition') {
    for (const table of tables) sqlite.prepare(`DELETE FROM ${table} WHERE edition = ?`).run(parsed.edition);
    return;
  }
  for (const { book } of parsed.books) {
    for (const table of tables) sqlite.prepare(`DELETE FROM ${table} WHERE edition = ? AND book = ?`).run(parsed.edition, book);
  }
}

/** Files of this source that no longer provide any workbook: their data was replaced. */
function supersedeEmptyFiles(sqlite: BetterSqlite3.Database, newFileId: number): number[] {
  const ids = sqlite
    .prepare(
      `SELECT id FROM source_file f WHERE f.source_id = ? AND f.status = 'active' AND f.id <> ?
         AND NOT EXISTS (SELECT 1 FROM demand_book b WHERE b.source_file_id = f.id)`,
    )
    .pluck()
    .all(UPME_DEMAND_SOURCE, newFileId) as number[];
  const mark = sqlite.prepare("UPDATE source_file SET status = 'superseded' WHERE id = ?");
  for (const id of ids) mark.run(id);
  return ids;
}

function areaColumns(row: DemandRow): { region: string | null; nodeKey: string | null } {
  switch (row.area.kind) {
    case 'national':
      return { region: null, nodeKey: null };
    case 'region':
      return { region: row.area.region, nodeKey: null };
    case 'node':
      return { region: row.area.region, nodeKey: row.area.nodeKey };
  }
}
