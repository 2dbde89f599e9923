import type { CommandInput } from '../../src-shared/contract';
import { energyRateDataUnit, productionDataUnit, royaltyDataUnit } from '../../src-shared/contract/data';
import type { FactFilters } from '../../src-shared/contract/filters';
import type { DashboardFilters } from '../filters/dashboard-filters';
import { sortKeys, type DataView } from './data-route';

export type DataRowsInput = CommandInput<'data.rows'>;

/** The page's filters as `data.rows` takes them, for each dataset. */
export interface DataRowsFilters extends Pick<DashboardFilters, 'edition' | 'scenario' | 'sectors' | 'regions'> {
  facts: FactFilters;
}

/**
 * One page of a dataset with the active filters. A unit the dataset does not offer (left in the URL
 * from another dataset) falls back to the dataset's default instead of failing the request.
 */
export function dataRowsInput(view: DataView, filters: DataRowsFilters): DataRowsInput {
  const paging = {
    offset: (view.page - 1) * view.pageSize,
    limit: view.pageSize,
    ...(view.search.trim() ? { search: view.search.trim() } : {}),
    ...(view.sort ? { sort: sortKeys(view) } : {}),
  };
  switch (view.dataset) {
    case 'production': {
      const unit = productionDataUnit.safeParse(view.unit);
      return { dataset: 'production', filters: filters.facts, ...(unit.success ? { unit: unit.data } : {}), ...paging };
    }
    case 'royalties': {
      const unit = royaltyDataUnit.safeParse(view.unit);
      return { dataset: 'royalties', filters: filters.facts, ...(unit.success ? { unit: unit.data } : {}), ...paging };
    }
    case 'declaration': {
      const unit = energyRateDataUnit.safeParse(view.unit);
      return { dataset: 'declaration', filters: filters.facts, ...(unit.success ? { unit: unit.data } : {}), ...paging };
    }
    case 'demand': {
      const unit = energyRateDataUnit.safeParse(view.unit);
      return {
        dataset: 'demand',
        filters: {
          ...filters.facts,
          ...(filters.edition ? { edition: filters.edition } : {}),
          // What happened and the chosen projection: the rows an analyst compares.
          scenarios: ['historico', filters.scenario],
          ...(filters.sectors.length > 0 ? { sectors: [...filters.sectors].sort() } : {}),
          ...(filters.regions.length > 0 ? { regions: [...filters.regions].sort() } : {}),
        },
        ...(unit.success ? { unit: unit.data } : {}),
        ...paging,
      };
    }
  }
}
