import type BetterSqlite3 from 'better-sqlite3';
import { municipalityKey, territoryKey } from '../../../../src-shared/domain/territory';
import { toPeriod } from '../../../../src-shared/domain/period';
import { KPC_PER_MPC } from '../../../../src-shared/domain/units';
import { createDimensionIds, type DimensionIds } from '../../../db/dimension-ids';
import type { ArchivedFile } from '../../archive/archived-file';
import { insertRejects, insertSourceFile } from '../../load/lineage';
import { nameKey } from '../../text/name-key';
import { linkMunicipalityCodes } from '../dane-territory/load/link-municipality-codes';
import type { LoadResult } from '../source-definition';
import { ANH_ROYALTIES_PUBLISHER, ANH_ROYALTIES_SOURCE, type RoyaltiesParse, type RoyaltyRow } from './types';

/**
 * Replaces the whole royalties dataset in one transaction: the file is a complete snapshot, so every
 * earlier royalties file is superseded and its rows removed; until the commit, queries see the old
 * snapshot. Volumes are stored in MPC (the source's KPC ÷ 1000), like every volume in Caudal.
 */
export function loadRoyalties(sqlite: BetterSqlite3.Database, file: ArchivedFile, parsed: RoyaltiesParse, runId: number, now: Date): LoadResult {
  const insert = sqlite.prepare(
    `INSERT INTO royalty_monthly (source_file_id, sheet, row_number, period, year, department_code, municipality_id, field_id, contract_id,
       latitude, longitude, production_type, regime, trm_cop_per_usd, price_usd, royalty_percent, taxable_volume_mpc, royalty_volume_mpc, royalties_cop)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const load = sqlite.transaction((): LoadResult => {
    const supersededFileIds = sqlite
      .prepare("SELECT id FROM source_file WHERE source_id = ? AND status = 'active'")
      .pluck()
      .all(ANH_ROYALTIES_SOURCE) as number[];
    sqlite.prepare('DELETE FROM royalty_monthly').run();
    const supersede = sqlite.prepare("UPDATE source_file SET status = 'superseded' WHERE id = ?");
    for (const id of supersededFileIds) supersede.run(id);

    const fileId = insertSourceFile(sqlite, {
      ...file,
      sourceId: ANH_ROYALTIES_SOURCE,
      publisher: ANH_ROYALTIES_PUBLISHER,
      coverage: parsed.coverage,
      runId,
      importedAt: now.toISOString(),
    });
    const ids = createDimensionIds(sqlite);
    for (const row of parsed.rows) {
      insert.run(
        fileId, row.sheet, row.row, toPeriod(row.year, row.month), row.year, row.departmentCode,
        municipalityId(ids, row), ids.entity('field', nameKey(row.field), row.field),
        row.contract === null ? null : ids.entity('contract', nameKey(row.contract), row.contract),
        row.latitude, row.longitude, row.productionType, row.regime, row.trmCopPerUsd, row.priceUsd, row.royaltyPercent,
        toMpc(row.taxableVolumeKpc), toMpc(row.royaltyVolumeKpc), row.royaltiesCop,
      );
    }
    // New municipality spellings get their DIVIPOLA code now, if the territory list knows them.
    linkMunicipalityCodes(sqlite);
    insertRejects(sqlite, ANH_ROYALTIES_SOURCE, fileId, runId, parsed.rejects);
    sqlite.prepare('UPDATE source_file SET rows_loaded = ?, rows_rejected = ? WHERE id = ?').run(parsed.rows.length, parsed.rejects.length, fileId);
    return { fileId, coverage: parsed.coverage, rowsLoaded: parsed.rows.length, rowsRejected: parsed.rejects.length, supersededFileIds };
  });
  return load.immediate();
}

function municipalityId(ids: DimensionIds, row: RoyaltyRow): number | null {
  const name = row.municipality.trim();
  if (name === '') return null;
  const key = row.departmentCode ? municipalityKey(row.departmentCode, name) : `ND:${territoryKey(name)}`;
  return key === null ? null : ids.municipality(key, row.departmentCode, name);
}

function toMpc(kpc: number | null): number | null {
  return kpc === null ? null : kpc / KPC_PER_MPC;
}
