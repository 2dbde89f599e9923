import { useMemo } from 'react';
import type { FactFilters } from '../../src-shared/contract/filters';
import { useWorkspace } from '../app/workspace-context';
import { knownSelections, resolvePeriod, toFactFilters, type DashboardFilters, type EntityFilterKey, type FilterKey } from './dashboard-filters';
import { useFilters } from './filters-context';
import type { PeriodRange } from './period-range';
import { defaultSourceRange, sourcePeriodSpan } from './source-periods';

export interface PageFilters extends Omit<DashboardFilters, 'period' | EntityFilterKey> {
  uses: readonly FilterKey[];
  /** The month window in use; null while nothing is loaded. */
  range: PeriodRange | null;
  /** Entity selections the catalog knows. */
  selections: Pick<DashboardFilters, EntityFilterKey>;
  /** The contract's filters for this page's queries (only the filters it uses). */
  facts: FactFilters;
}

/**
 * The shared filters as the page on screen applies them; stable identities while nothing changes. The
 * month window is clipped to the months of the page's dataset (its `periodSource`).
 */
export function usePageFilters(): PageFilters {
  const { filters } = useFilters();
  const { catalog, pageFilters: uses, periodSource } = useWorkspace();
  const { first, last } = sourcePeriodSpan(catalog, periodSource);
  const rangeFrom = first && last ? resolvePeriod(filters.period, first, last, defaultSourceRange(periodSource, first, last, new Date())) : null;
  const from = rangeFrom?.from;
  const to = rangeFrom?.to;
  const range = useMemo(() => (from && to ? { from, to } : null), [from, to]);
  const selectionsKey = JSON.stringify(knownSelections(filters, catalog));
  const selections = useMemo(() => JSON.parse(selectionsKey) as Pick<DashboardFilters, EntityFilterKey>, [selectionsKey]);
  const facts = useMemo(() => toFactFilters(selections, range, uses), [selections, range, uses]);
  return {
    uses,
    range,
    selections,
    facts,
    sectors: filters.sectors,
    regions: filters.regions,
    scenario: filters.scenario,
    edition: filters.edition,
    rateUnit: filters.rateUnit,
    volumeUnit: filters.volumeUnit,
  };
}
