import type { SelectQueryBuilder } from 'kysely';
import type { FactFilters } from '../../../src-shared/contract/filters';
import type { Database } from '../database-types';
import { entityIdsFor, municipalityIdsFor } from './entity-filters';

type ProductionQuery<O> = SelectQueryBuilder<Database, 'production_monthly', O>;

/**
 * Applies the shared filters to a query over production_monthly. Entity filters use stable keys
 * (normalized names, DIVIPOLA codes), resolved through the dimension tables (see entity-filters).
 */
export function whereProductionFilters<O>(query: ProductionQuery<O>, filters: FactFilters): ProductionQuery<O> {
  let q = query;
  if (filters.from) q = q.where('production_monthly.period', '>=', filters.from);
  if (filters.to) q = q.where('production_monthly.period', '<=', filters.to);
  if (filters.departments?.length) q = q.where('production_monthly.department_code', 'in', filters.departments);
  if (filters.municipalities?.length) {
    const keys = filters.municipalities;
    q = q.where('production_monthly.municipality_id', 'in', (eb) => municipalityIdsFor(eb, keys));
  }
  if (filters.operators?.length) {
    const keys = filters.operators;
    q = q.where('production_monthly.operator_id', 'in', (eb) => entityIdsFor(eb, 'operator', keys));
  }
  if (filters.fields?.length) {
    const keys = filters.fields;
    q = q.where('production_monthly.field_id', 'in', (eb) => entityIdsFor(eb, 'field', keys));
  }
  if (filters.contracts?.length) {
    const keys = filters.contracts;
    q = q.where('production_monthly.contract_id', 'in', (eb) => entityIdsFor(eb, 'contract', keys));
  }
  return q;
}

/** True when the filters select by entity (anything other than the period range). */
export function hasEntityFilters(filters: FactFilters): boolean {
  return Boolean(
    filters.departments?.length || filters.municipalities?.length || filters.operators?.length || filters.fields?.length || filters.contracts?.length,
  );
}
