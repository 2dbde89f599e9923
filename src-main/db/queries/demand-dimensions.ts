import { sql, type Kysely } from 'kysely';
import type { CommandOutput, ParsedInput } from '../../../src-shared/contract';
import {
  demandRegionIds,
  demandRegionLabels,
  demandScenarioIds,
  demandSectorIds,
  demandSectorLabels,
  type DemandRegionId,
  type DemandScenario,
  type DemandSector,
} from '../../../src-shared/contract/demand';
import type { Database } from '../database-types';
import { resolveDemandEdition } from './demand-edition';

type DimensionsOutput = CommandOutput<'demand.dimensions'>;

const demandAreaKinds = ['national', 'region', 'node'] as const;

/**
 * What can be asked of an edition: its sectors (with their scenarios and areas), regions and nodes.
 * Each possible sector × scenario × area, region and node is probed with EXISTS on an index (a few
 * hundred seeks); a DISTINCT over the edition's rows would read all of them (~240,000 at 10× volume).
 */
export async function demandDimensions(db: Kysely<Database>, input: ParsedInput<'demand.dimensions'>): Promise<DimensionsOutput> {
  const edition = await resolveDemandEdition(db, input.edition);
  if (edition === null) return { edition, sectors: [], regions: [], nodes: [] };
  const { rows: combos } = await sql<{ sector: DemandSector; scenario: DemandScenario; area_kind: (typeof demandAreaKinds)[number] }>`
    SELECT s.value AS sector, c.value AS scenario, a.value AS area_kind
    FROM json_each(${JSON.stringify(demandSectorIds)}) s, json_each(${JSON.stringify(demandScenarioIds)}) c, json_each(${JSON.stringify(demandAreaKinds)}) a
    WHERE EXISTS (SELECT 1 FROM demand_monthly d WHERE d.edition = ${edition} AND d.sector = s.value AND d.scenario = c.value AND d.area_kind = a.value)`.execute(db);
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
  const { rows: regionRows } = await sql<{ region: DemandRegionId }>`
    SELECT r.value AS region FROM json_each(${JSON.stringify(demandRegionIds)}) r
    WHERE EXISTS (SELECT 1 FROM demand_monthly d WHERE d.edition = ${edition} AND d.sector IN (${sql.join([...demandSectorIds])}) AND d.region = r.value)`.execute(db);
  const present = new Set(regionRows.map((r) => r.region));
  const nodes = await db
    .selectFrom('demand_node as n')
    .select(['n.key', 'n.name', 'n.region'])
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('demand_monthly as d')
          .select('d.id')
          .where('d.edition', '=', edition)
          .where('d.sector', 'in', [...demandSectorIds])
          .where('d.area_kind', '=', 'node')
          .whereRef('d.node_key', '=', 'n.key'),
      ),
    )
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
