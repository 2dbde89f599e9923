import { z } from 'zod';
import type { CommandOutput } from '../../src-shared/contract';
import { demandEdition, demandRegionId, demandSector, type DemandRegionId, type DemandSector } from '../../src-shared/contract/demand';
import { period, type FactFilters } from '../../src-shared/contract/filters';
import { rateUnits, volumeUnits, type RateUnit, type VolumeUnit } from '../../src-shared/domain/units';
import { comparePeriods } from '../../src-shared/domain/period';
import { defaultPeriodRange, type PeriodRange } from './period-range';

/** Every filter the bar can show; a page lists the ones it uses (see the page registry). */
export const filterKeys = [
  'period',
  'departments',
  'municipalities',
  'operators',
  'fields',
  'contracts',
  'sectors',
  'regions',
  'scenario',
  'edition',
  'rateUnit',
  'volumeUnit',
] as const;
export type FilterKey = (typeof filterKeys)[number];

/** The filters that narrow facts by entity, in the contract's names. */
export const entityFilterKeys = ['departments', 'municipalities', 'operators', 'fields', 'contracts'] as const;
export type EntityFilterKey = (typeof entityFilterKeys)[number];

/** Projection scenarios an analyst picks; history is always shown beside them. */
export const projectionScenarios = ['bajo', 'medio', 'alto'] as const;
export type ProjectionScenario = (typeof projectionScenarios)[number];

/**
 * What the filter bar holds, shared by every page and remembered between launches. Empty lists mean
 * "all". `period: null` means "the default window of the page's data" (the last 24 months; this year
 * and ten more for projections), so the window follows new imports until the analyst pins one.
 */
export interface DashboardFilters {
  period: PeriodRange | null;
  departments: string[];
  municipalities: string[];
  operators: string[];
  fields: string[];
  contracts: string[];
  sectors: DemandSector[];
  regions: DemandRegionId[];
  scenario: ProjectionScenario;
  /** UPME edition; null: the newest loaded. */
  edition: string | null;
  rateUnit: RateUnit;
  volumeUnit: VolumeUnit;
}

export const defaultFilters: DashboardFilters = {
  period: null,
  departments: [],
  municipalities: [],
  operators: [],
  fields: [],
  contracts: [],
  sectors: [],
  regions: [],
  scenario: 'medio',
  edition: null,
  rateUnit: 'MPCD',
  volumeUnit: 'MPC',
};

const keyList = z.array(z.string().min(1).max(200)).max(2000);

/**
 * Reading stored filters is forgiving field by field: one damaged or outdated value falls back to its
 * default without discarding the rest of the analyst's choices.
 */
export const dashboardFiltersSchema = z.object({
  period: z
    .object({ from: period, to: period })
    .refine((range) => comparePeriods(range.from, range.to) <= 0)
    .nullable()
    .catch(null),
  departments: keyList.catch([]),
  municipalities: keyList.catch([]),
  operators: keyList.catch([]),
  fields: keyList.catch([]),
  contracts: keyList.catch([]),
  sectors: z.array(demandSector).catch([]),
  regions: z.array(demandRegionId).catch([]),
  scenario: z.enum(projectionScenarios).catch('medio'),
  edition: demandEdition.nullable().catch(null),
  rateUnit: z.enum(rateUnits).catch('MPCD'),
  volumeUnit: z.enum(volumeUnits).catch('MPC'),
}) satisfies z.ZodType<DashboardFilters, unknown>;

export type Catalog = CommandOutput<'catalog.dimensions'>;

/**
 * The month window actually used: the stored one clipped to the months with data, or the default
 * window (`fallback`, by default the last 24 months) when none was chosen or the stored one no longer
 * overlaps the data. One stored window serves every page: a page over another dataset clips it to that
 * dataset's months.
 */
export function resolvePeriod(chosen: PeriodRange | null, first: string, last: string, fallback: PeriodRange = defaultPeriodRange(first, last)): PeriodRange {
  if (chosen === null || comparePeriods(chosen.from, last) > 0 || comparePeriods(chosen.to, first) < 0) return fallback;
  return {
    from: comparePeriods(chosen.from, first) < 0 ? first : chosen.from,
    to: comparePeriods(chosen.to, last) > 0 ? last : chosen.to,
  };
}

/**
 * Entity selections restricted to what the catalog knows. The stored choice is kept untouched (a field
 * missing after a partial re-import comes back with the next one); only what is sent and shown drops it.
 */
export function knownSelections(filters: DashboardFilters, catalog: Catalog): Pick<DashboardFilters, EntityFilterKey> {
  const keep = (selected: string[], options: readonly { key: string }[]) => {
    if (selected.length === 0) return selected;
    const known = new Set(options.map((option) => option.key));
    return selected.filter((key) => known.has(key));
  };
  return {
    departments: keep(filters.departments, catalog.departments),
    municipalities: keep(filters.municipalities, catalog.municipalities),
    operators: keep(filters.operators, catalog.operators),
    fields: keep(filters.fields, catalog.fields),
    contracts: keep(filters.contracts, catalog.contracts),
  };
}

/**
 * The contract's filters for a page: only the keys the page uses, lists sorted (one request per
 * selection, whatever the clicking order) and "all" sent as no filter at all.
 */
export function toFactFilters(selections: Pick<DashboardFilters, EntityFilterKey>, range: PeriodRange | null, uses: readonly FilterKey[]): FactFilters {
  const facts: FactFilters = {};
  if (range && uses.includes('period')) {
    facts.from = range.from;
    facts.to = range.to;
  }
  for (const key of entityFilterKeys) {
    const selected = selections[key];
    if (uses.includes(key) && selected.length > 0) facts[key] = [...selected].sort();
  }
  return facts;
}

/** How many entity filters narrow the data now (for the "Limpiar filtros" badge). */
export function activeEntityFilterCount(filters: Pick<DashboardFilters, EntityFilterKey>, uses: readonly FilterKey[]): number {
  return entityFilterKeys.filter((key) => uses.includes(key) && filters[key].length > 0).length;
}
