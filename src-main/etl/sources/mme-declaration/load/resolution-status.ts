import type BetterSqlite3 from 'better-sqlite3';

/**
 * Statuses inside one declaration: only the files of its latest resolution are `active`; every other
 * file is `superseded`. An older resolution keeps its rows (it stays queryable); "latest" is by year of
 * issue and number, since MinEnergía numbers its resolutions in order within a year, and the page does
 * not list them in a fixed order. Returns the files that stopped being active. Runs in the load's
 * transaction.
 */
export function refreshDeclarationStatuses(sqlite: BetterSqlite3.Database, declarationPeriod: string): number[] {
  const latest = sqlite
    .prepare(
      `SELECT r.id FROM declaration_resolution r
       WHERE r.declaration_period = ?
         AND EXISTS (SELECT 1 FROM declaration_file f WHERE f.resolution_id = r.id AND f.replaced_by_file_id IS NULL)
       ORDER BY r.year DESC, CAST(r.number AS INTEGER) DESC
       LIMIT 1`,
    )
    .pluck()
    .get(declarationPeriod) as number | undefined;
  const files = sqlite
    .prepare(
      `SELECT f.source_file_id AS id, f.resolution_id AS resolutionId, f.replaced_by_file_id AS replacedBy, s.status
       FROM declaration_file f JOIN declaration_resolution r ON r.id = f.resolution_id JOIN source_file s ON s.id = f.source_file_id
       WHERE r.declaration_period = ?`,
    )
    .all(declarationPeriod) as Array<{ id: number; resolutionId: number; replacedBy: number | null; status: 'active' | 'superseded' }>;

  const setStatus = sqlite.prepare('UPDATE source_file SET status = ? WHERE id = ?');
  const noLongerActive: number[] = [];
  for (const file of files) {
    const status = file.resolutionId === latest && file.replacedBy === null ? 'active' : 'superseded';
    if (status === file.status) continue;
    setStatus.run(status, file.id);
    if (status === 'superseded') noLongerActive.push(file.id);
  }
  return noLongerActive;
}

/**
 * A new copy of a resolution's soporte (republished or imported again with other bytes) replaces the
 * earlier copies that declare any of the same fields: one resolution cannot declare a field twice, so
 * keeping both would count its gas twice. Their rows are deleted; their file records stay as history.
 * Copies with disjoint fields are parts of the resolution and all stay.
 */
export function replaceEarlierCopies(sqlite: BetterSqlite3.Database, resolutionId: number, fileId: number): number[] {
  const replaced = sqlite
    .prepare(
      `SELECT f.source_file_id FROM declaration_file f
       WHERE f.resolution_id = ? AND f.source_file_id <> ? AND f.replaced_by_file_id IS NULL
         AND EXISTS (
           SELECT 1 FROM declaration_field_sheet old JOIN declaration_field_sheet new ON new.field_id = old.field_id
           WHERE old.source_file_id = f.source_file_id AND new.source_file_id = ?)`,
    )
    .pluck()
    .all(resolutionId, fileId, fileId) as number[];
  for (const id of replaced) {
    deleteDeclarationFacts(sqlite, id);
    sqlite.prepare('UPDATE declaration_file SET replaced_by_file_id = ? WHERE source_file_id = ?').run(fileId, id);
    sqlite.prepare("UPDATE source_file SET status = 'superseded' WHERE id = ?").run(id);
  }
  return replaced;
}

function deleteDeclarationFacts(sqlite: BetterSqlite3.Database, fileId: number): void {
  const sheets = 'SELECT id FROM declaration_field_sheet WHERE source_file_id = ?';
  sqlite.prepare(`DELETE FROM declaration_monthly WHERE row_id IN (SELECT id FROM declaration_row WHERE field_sheet_id IN (${sheets}))`).run(fileId);
  sqlite.prepare(`DELETE FROM declaration_row WHERE field_sheet_id IN (${sheets})`).run(fileId);
  sqlite.prepare('DELETE FROM declaration_field_sheet WHERE source_file_id = ?').run(fileId);
}
