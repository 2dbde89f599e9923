import type BetterSqlite3 from 'better-sqlite3';
import type { ArchivedFile } from '../../../archive/archived-file';
import { insertRejects, type RejectToStore } from '../../../load/lineage';
import type { LoadResult } from '../../source-definition';
import { DANE_TERRITORY_SOURCE, type DivipolaParse } from '../types';
import { linkMunicipalityCodes } from './link-municipality-codes';
import { rebuildMunicipalityKeys } from './municipality-keys';
import { filesBacking, insertTerritoryFile, supersedeUnusedFiles } from './territory-files';

/**
 * `warnings` holds only what the load itself found (spellings, links): the parse's own warnings travel
 * with the parsed file and are shown next to these, so repeating them here would show them twice.
 */
export type TerritoryLoadResult = LoadResult & { warnings: string[] };

/**
 * Replaces the DIVIPOLA list in one transaction, rebuilds the name keys and links the municipality rows
 * of every other source to their codes. Rows of other sources that match no DIVIPOLA name or alias are
 * stored as rejects of this file (reason and spelling), so the analyst sees what the map leaves out.
 */
export function loadDivipola(sqlite: BetterSqlite3.Database, file: ArchivedFile, parsed: DivipolaParse, runId: number, now: Date): TerritoryLoadResult {
  const load = sqlite.transaction((): TerritoryLoadResult => {
    const previous = filesBacking(sqlite, 'territory_municipality');
    const fileId = insertTerritoryFile(sqlite, file, parsed.coverage, runId, now);
    sqlite.prepare('DELETE FROM territory_municipality').run();
    const insert = sqlite.prepare(
      'INSERT INTO territory_municipality (code, department_code, name, latitude, longitude, source_file_id, row_number) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const m of parsed.municipalities) insert.run(m.code, m.departmentCode, m.name, m.latitude, m.longitude, fileId, m.row);

    const warnings = rebuildMunicipalityKeys(sqlite);
    const link = linkMunicipalityCodes(sqlite);
    warnings.push(...link.warnings);
    const rejects: RejectToStore[] = [
      ...parsed.rejects,
      ...link.unlinked.map((u) => ({
        sheet: null,
        row: null,
        reasonCode: u.reasonCode,
        reason: u.reason,
        raw: { clave: u.key, municipio: u.name, departamento: u.departmentCode, ...factCounts(sqlite, u.id) },
      })),
    ];
    insertRejects(sqlite, DANE_TERRITORY_SOURCE, fileId, runId, rejects);
    sqlite.prepare('UPDATE source_file SET rows_loaded = ?, rows_rejected = ? WHERE id = ?').run(parsed.municipalities.length, rejects.length, fileId);
    const supersededFileIds = supersedeUnusedFiles(sqlite, previous, fileId);
    return { fileId, coverage: parsed.coverage, rowsLoaded: parsed.municipalities.length, rowsRejected: rejects.length, supersededFileIds, warnings };
  });
  return load.immediate();
}

/** How many facts use an unlinked municipality, so the analyst can judge how much the gap matters. */
function factCounts(sqlite: BetterSqlite3.Database, municipalityId: number): Record<string, number> {
  const count = (table: string) => sqlite.prepare(`SELECT count(*) FROM ${table} WHERE municipality_id = ?`).pluck().get(municipalityId) as number;
  return { filasProduccion: count('production_monthly'), filasRegalias: count('royalty_monthly') };
}
