import type { Kysely } from 'kysely';
import type { CommandOutput, ParsedInput } from '../../../src-shared/contract';
import {
  demandRegionIds,
  demandRegionLabels,
  demandScenarioIds,
  demandSectorIds,
  demandSectorLabels,
  type DemandRegionId,
} from '../../../src-shared/contract/demand';
import type { Database } from '../database-types';
import { demandDb, resolveDemandEdition } from './demand-edition';

type DimensionsOutput = CommandOutput<'demand.dimensions'>;

/** What can be asked of an edition: its sectors (with their scenarios and areas), regions and nodes. */
export async function demandDimensions(db: Kysely<Database>, input: ParsedInput<'demand.dimensions'>): Promise<DimensionsOutput> {
  const edition = await resolveDemandEdition(db, input.edition);
  if (edition === null) return { edition, sectors: [], regions: [], nodes: [] };
  const ddb = demandDb(db);
  const combos = await ddb.selectFrom('demand_monthly').select(['sector', 'scenario', 'area_kind']).distinct().where('edition', '=', edition).execute();
  const sectors = demandSectorIds
    .filter((sector) => combos.some((c) => c.sector === sector))
    .map((sector) => {
      const mine = combos.filter((c) => c.sector === sector);
      return {
        sector,
        label: demandSectorLabels[sector],
        scenarios: demandScenarioIds.filter((s) => mine.some((c) => c.scenario === s)),
        hasRegions: mine.some((c) => c.area_kind === 'region'),
        hasNodes: mine.some((c) => c.area_kind === 'node'),
      };
    });
  const regionRows = await ddb.selectFrom('demand_monthly').select('region').distinct().where('edition', '=', edition).where('region', 'is not', null).execute();
  const present = new Set(regionRows.map((r) => r.region));
  const nodes = await ddb
    .selectFrom('demand_node as n')
    .select(['n.key', 'n.name', 'n.region'])
    .where(({ exists, selectFrom }) => exists(selectFrom('demand_monthly as d').select('d.id').whereRef('d.node_key', '=', 'n.key').where('d.edition', '=', edition)))
    .orderBy('n.region')
    .orderBy('n.name')
    .execute();
  return {
    edition,
    sectors,
    regions: demandRegionIds.filter((r) => present.has(r)).map((region) => ({ region, label: demandRegionLabels[region] })),
    nodes: nodes.map((n) => ({ key: n.key, name: n.name, region: n.region as DemandRegionId })),
  };
}
