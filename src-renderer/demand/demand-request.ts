import type { CommandInput, CommandOutput } from '../../src-shared/contract';
import type { DemandRegionId, DemandSector } from '../../src-shared/contract/demand';
import type { Granularity } from '../../src-shared/contract/filters';
import type { PeriodRange } from '../filters/period-range';

export type DemandDimensions = CommandOutput<'demand.dimensions'>;

/** What one demand chart sums: the country, some regions, or some nodes (never regions and nodes). */
export type DemandArea = { kind: 'national' } | { kind: 'regions'; regions: DemandRegionId[] } | { kind: 'nodes'; nodes: string[] };

export interface DemandAreaChoice {
  area: DemandArea;
  /** A selection the sector cannot honour (it has no regional or node series): said on screen, not dropped silently. */
  ignored: 'regions' | 'nodes' | null;
}

/**
 * Nodes refine regions (each node belongs to one), so chosen nodes win over chosen regions. A sector
 * whose workbook has no regional or node sheet falls back to the next wider area, and says so.
 */
export function chooseDemandArea(sector: DemandSector, regions: readonly DemandRegionId[], nodes: readonly string[], dimensions: DemandDimensions): DemandAreaChoice {
  const info = dimensions.sectors.find((entry) => entry.sector === sector);
  const hasRegions = info?.hasRegions ?? false;
  const hasNodes = info?.hasNodes ?? false;
  const knownNodes = new Set(dimensions.nodes.map((node) => node.key));
  const chosenNodes = nodes.filter((node) => knownNodes.has(node));
  let ignored: DemandAreaChoice['ignored'] = null;
  if (chosenNodes.length > 0) {
    if (hasNodes) return { area: { kind: 'nodes', nodes: [...chosenNodes].sort() }, ignored: null };
    ignored = 'nodes';
  }
  if (regions.length > 0) {
    if (hasRegions) return { area: { kind: 'regions', regions: [...regions].sort() }, ignored };
    ignored = ignored ?? 'regions';
  }
  return { area: { kind: 'national' }, ignored };
}

/**
 * The `demand.series` request of the page's chart: every scenario, so history and the band come in one
 * answer; within the shared month window when one is given.
 */
export function demandSeriesInput(edition: string | null, sector: DemandSector, area: DemandArea, granularity: Granularity, range: PeriodRange | null = null): CommandInput<'demand.series'> {
  return {
    ...(edition ? { edition } : {}),
    ...(range ? { from: range.from, to: range.to } : {}),
    sector,
    granularity,
    ...(area.kind === 'regions' ? { regions: area.regions } : {}),
    ...(area.kind === 'nodes' ? { nodes: area.nodes } : {}),
  };
}

/**
 * The edition comparison's two requests: the older edition's medium projection and the newest one's
 * history, over the same sector, area, frequency and month window as the page's chart.
 */
export function comparisonInputs(
  edition: string,
  newest: string,
  sector: DemandSector,
  area: DemandArea,
  granularity: Granularity,
  range: PeriodRange | null,
): [CommandInput<'demand.series'>, CommandInput<'demand.series'>] {
  return [
    { ...demandSeriesInput(edition, sector, area, granularity, range), scenarios: ['medio'] },
    { ...demandSeriesInput(newest, sector, area, granularity, range), scenarios: ['historico'] },
  ];
}
