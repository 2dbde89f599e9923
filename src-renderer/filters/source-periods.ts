import type { PeriodSource, PeriodSpan } from '../../src-shared/contract/catalog';
import { comparePeriods, toPeriod } from '../../src-shared/domain/period';
import type { Catalog } from './dashboard-filters';
import { defaultPeriodRange, type PeriodRange } from './period-range';

/** How far ahead the first screen of a projection (demand, declared supply) looks: the declarations' horizon. */
export const PROJECTION_YEARS = 10;

/** The months a page's period filter can reach: the loaded span of the dataset the page shows. */
export function sourcePeriodSpan(catalog: Catalog, source: PeriodSource): PeriodSpan {
  return catalog.periodsBySource[source];
}

/**
 * The window shown before the analyst picks one. History (production, royalties) opens on its last 24
 * months of data; a projection (demand, declaration) opens on this year and the ten after it, since its
 * data runs years past today and its newest months are the least interesting. Both are clipped to the
 * data; a projection loaded entirely in the past or the future falls back to the history window.
 */
export function defaultSourceRange(source: PeriodSource, first: string, last: string, today: Date): PeriodRange {
  switch (source) {
    case 'production':
    case 'royalties':
      return defaultPeriodRange(first, last);
    case 'declaration':
    case 'demand':
      return projectionRange(first, last, today.getFullYear()) ?? defaultPeriodRange(first, last);
  }
}

function projectionRange(first: string, last: string, year: number): PeriodRange | null {
  const start = toPeriod(year, 1);
  const end = toPeriod(year + PROJECTION_YEARS, 12);
  const from = comparePeriods(start, first) < 0 ? first : start;
  const to = comparePeriods(end, last) > 0 ? last : end;
  return comparePeriods(from, to) <= 0 ? { from, to } : null;
}
