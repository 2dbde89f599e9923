import { sql } from 'kysely';
import type { SearchSource } from '../search/search-source';
import { demandAreaLabels, demandScenarioLabels, regionLabels, sectorLabels } from './demand-labels';

const fixed = (labels: Readonly<Record<string, string>>) => Object.entries(labels).map(([value, text]) => ({ value, text: `${value} ${text}` }));

/** Sector, scenario, area, region and node names, the sheet, and the period. */
export function demandSearch(): SearchSource[] {
  return [
    { kind: 'lookup', match: sql`d.sector`, candidates: fixed(sectorLabels) },
    { kind: 'lookup', match: sql`d.scenario`, candidates: fixed(demandScenarioLabels) },
    { kind: 'lookup', match: sql`d.area_kind`, candidates: fixed(demandAreaLabels) },
    { kind: 'lookup', match: sql`d.region`, candidates: fixed(regionLabels) },
    { kind: 'lookup', match: sql`d.node_key`, candidates: sql<{ value: string; text: string }>`SELECT key AS value, name AS text FROM demand_node` },
    { kind: 'like', match: sql`d.sheet` },
    { kind: 'like', match: sql`d.period` },
  ];
}
