import type { FactFilters } from '../../src-shared/contract/filters';
import type { PeriodRange } from './period-range';

/** What the first screen's filter bar holds. An empty department list means the whole country. */
export interface ProductionFilters extends PeriodRange {
  departments: string[];
}

/** The contract's filters for these choices; "all departments" is sent as no filter at all. */
export function toFactFilters(filters: ProductionFilters): FactFilters {
  return {
    from: filters.from,
    to: filters.to,
    ...(filters.departments.length > 0 ? { departments: [...filters.departments].sort() } : {}),
  };
}
