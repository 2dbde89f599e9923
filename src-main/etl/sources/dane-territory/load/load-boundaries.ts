import type BetterSqlite3 from 'better-sqlite3';
import type { ArchivedFile } from '../../../archive/archived-file';
import { insertRejects } from '../../../load/lineage';
import { DANE_TERRITORY_SOURCE, type BoundariesParse } from '../types';
import type { TerritoryLoadResult } from './load-divipola';
import { linkMunicipalityCodes } from './link-municipality-codes';
import { rebuildMunicipalityKeys } from './municipality-keys';
import { filesBacking, insertTerritoryFile, supersedeUnusedFiles } from './territory-files';

/**
 * Replaces the boundaries of each level the file holds, in one transaction; a level the file does not
 * hold keeps its current boundaries. Municipal boundaries bring the MGN names as extra exact keys, so
 * the municipality rows of other sources are linked again.
 */
export function loadBoundaries(sqlite: BetterSqlite3.Database, file: ArchivedFile, parsed: BoundariesParse, runId: number, now: Date): TerritoryLoadResult {
  const load = sqlite.transaction((): TerritoryLoadResult => {
    const previous = parsed.layers.flatMap((layer) => filesBacking(sqlite, 'territory_boundary', layer.level));
    const fileId = insertTerritoryFile(sqlite, file, parsed.coverage, runId, now);
    const insert = sqlite.prepare(
      'INSERT INTO territory_boundary (level, code, name, geometry_json, source_file_id, feature_index) VALUES (?, ?, ?, ?, ?, ?)',
    );
    let rowsLoaded = 0;
    for (const layer of parsed.layers) {
      sqlite.prepare('DELETE FROM territory_boundary WHERE level = ?').run(layer.level);
      for (const f of layer.features) insert.run(layer.level, f.code, f.name, JSON.stringify(f.geometry), fileId, f.featureIndex);
      rowsLoaded += layer.features.length;
    }
    const warnings: string[] = [];
    if (parsed.layers.some((layer) => layer.level === 'municipality')) {
      warnings.push(...rebuildMunicipalityKeys(sqlite), ...linkMunicipalityCodes(sqlite).warnings);
    }
    insertRejects(sqlite, DANE_TERRITORY_SOURCE, fileId, runId, parsed.rejects);
    sqlite.prepare('UPDATE source_file SET rows_loaded = ?, rows_rejected = ? WHERE id = ?').run(rowsLoaded, parsed.rejects.length, fileId);
    const supersededFileIds = supersedeUnusedFiles(sqlite, previous, fileId);
    return { fileId, coverage: parsed.coverage, rowsLoaded, rowsRejected: parsed.rejects.length, supersededFileIds, warnings };
  });
  return load.immediate();
}
