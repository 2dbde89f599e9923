import { sql } from 'kysely';
import { distinctCandidates } from '../search/distinct-candidates';
import { periodCandidates } from '../search/period-candidates';
import type { SearchSource } from '../search/search-source';
import { demandAreaLabels, demandScenarioLabels, regionLabels, sectorLabels } from './demand-labels';

const fixed = (labels: Readonly<Record<string, string>>) => Object.entries(labels).map(([value, text]) => ({ value, text: `${value} ${text}` }));

/**
 * Sector, scenario, area, region and node names, the sheet, and the period, within one edition.
 * Scenario and area are complete: the table's CHECK constraints allow only the labelled codes.
 */
export function demandSearch(edition: string): SearchSource[] {
  return [
    { match: sql`d.sector`, candidates: fixed(sectorLabels) },
    { match: sql`d.scenario`, candidates: fixed(demandScenarioLabels), complete: true },
    { match: sql`d.area_kind`, candidates: fixed(demandAreaLabels), complete: true },
    { match: sql`d.region`, candidates: fixed(regionLabels) },
    { match: sql`d.node_key`, candidates: sql<{ value: string; text: string }>`SELECT key AS value, name AS text FROM demand_node` },
    { match: sql`d.sheet`, candidates: distinctCandidates('demand_monthly', 'sheet', { scope: { column: 'edition', value: edition } }), complete: true },
    // The period as the index of migration 0010 holds it (an expression equal to the period, which
    // only this search uses): a year becomes a few index seeks instead of a walk over the edition.
    { match: sql`substr(d.period, 1, 7)`, candidates: periodCandidates },
  ];
}
