import type { SelectQueryBuilder } from 'kysely';
import type { RoyaltyFilters } from '../../../src-shared/contract/royalties';
import type { Database } from '../database-types';
import { entityIdsFor, municipalityIdsFor } from './entity-filters';

type RoyaltyQuery<O> = SelectQueryBuilder<Database, 'royalty_monthly', O>;

/**
 * Applies the royalty filters to a query over `royalty_monthly`. Municipalities are asked by stable key:
 * the 5-digit DIVIPOLA code (which also reaches rows spelled as an alias of it) or the `DD:NOMBRE` key.
 */
export function whereRoyaltyFilters<O>(query: RoyaltyQuery<O>, filters: RoyaltyFilters): RoyaltyQuery<O> {
  let q = query;
  if (filters.from) q = q.where('royalty_monthly.period', '>=', filters.from);
  if (filters.to) q = q.where('royalty_monthly.period', '<=', filters.to);
  if (filters.departments?.length) q = q.where('royalty_monthly.department_code', 'in', filters.departments);
  if (filters.municipalities?.length) {
    const keys = filters.municipalities;
    q = q.where('royalty_monthly.municipality_id', 'in', (eb) => municipalityIdsFor(eb, keys));
  }
  if (filters.fields?.length) {
    const keys = filters.fields;
    q = q.where('royalty_monthly.field_id', 'in', (eb) => entityIdsFor(eb, 'field', keys));
  }
  if (filters.contracts?.length) {
    const keys = filters.contracts;
    q = q.where('royalty_monthly.contract_id', 'in', (eb) => entityIdsFor(eb, 'contract', keys));
  }
  if (filters.regimes?.length) q = q.where('royalty_monthly.regime', 'in', filters.regimes);
  if (filters.productionTypes?.length) q = q.where('royalty_monthly.production_type', 'in', filters.productionTypes);
  return q;
}

/** True when the filters select by anything other than the period range. */
export function hasRoyaltyFilters(filters: RoyaltyFilters): boolean {
  return Boolean(
    filters.departments?.length ||
      filters.municipalities?.length ||
      filters.fields?.length ||
      filters.contracts?.length ||
      filters.regimes?.length ||
      filters.productionTypes?.length,
  );
}
