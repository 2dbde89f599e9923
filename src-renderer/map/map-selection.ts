import type { MapLevel } from '../../src-shared/contract/map';
import type { Catalog, DashboardFilters } from '../filters/dashboard-filters';

export type TerritoryFilters = Pick<DashboardFilters, 'departments' | 'municipalities'>;

export type TerritoryClick =
  /** The shared filters to set: every page then shows only the clicked territory (or, unclicked, all). */
  | { kind: 'filter'; filters: TerritoryFilters }
  /** The territory has no production loaded: the catalog does not know it, so a filter would do nothing. */
  | { kind: 'unknown'; code: string };

/**
 * What a click on a territory does to the shared filters. A department replaces the territorial
 * filters with itself; a municipality sets itself and its department (so the bar shows both and the
 * municipality list stays offered). Clicking the territory that is already the filter removes it.
 */
export function territoryClick(level: MapLevel, code: string, current: TerritoryFilters, catalog: Pick<Catalog, 'departments' | 'municipalities'>): TerritoryClick {
  switch (level) {
    case 'department': {
      if (!catalog.departments.some((department) => department.key === code)) return { kind: 'unknown', code };
      const already = current.departments.length === 1 && current.departments[0] === code && current.municipalities.length === 0;
      return { kind: 'filter', filters: already ? { departments: [], municipalities: [] } : { departments: [code], municipalities: [] } };
    }
    case 'municipality': {
      const municipality = catalog.municipalities.find((candidate) => candidate.key === code);
      if (!municipality) return { kind: 'unknown', code };
      const already = current.municipalities.length === 1 && current.municipalities[0] === code;
      const department = municipality.departmentCode ?? code.slice(0, 2);
      return { kind: 'filter', filters: already ? { departments: [], municipalities: [] } : { departments: [department], municipalities: [code] } };
    }
  }
}

/** The codes of this level that the filters select (highlighted on the map). */
export function selectedCodes(level: MapLevel, filters: TerritoryFilters): string[] {
  return level === 'department' ? filters.departments : filters.municipalities;
}
