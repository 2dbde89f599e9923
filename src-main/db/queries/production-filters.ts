import type { SelectQueryBuilder } from 'kysely';
import type { FactFilters } from '../../../src-shared/contract/filters';
import type { Database } from '../database-types';

type ProductionQuery<O> = SelectQueryBuilder<Database, 'production_monthly', O>;

/**
 * Applies the shared filters to a query over production_monthly. Entity filters use stable keys
 * (normalized names, DIVIPOLA codes), resolved through the dimension tables' unique indexes.
 */
export function whereProductionFilters<O>(query: ProductionQuery<O>, filters: FactFilters): ProductionQuery<O> {
  let q = query;
  if (filters.from) q = q.where('production_monthly.period', '>=', filters.from);
  if (filters.to) q = q.where('production_monthly.period', '<=', filters.to);
  if (filters.departments?.length) q = q.where('production_monthly.department_code', 'in', filters.departments);
  const municipalities = filters.municipalities;
  if (municipalities?.length) {
    q = q.where('production_monthly.municipality_id', 'in', (eb) =>
      eb
        .selectFrom('municipality')
        .select('municipality.id')
        .where((w) => w.or([w('municipality.key', 'in', municipalities), w('municipality.divipola_code', 'in', municipalities)])),
    );
  }
  if (filters.operators?.length) {
    q = q.where('production_monthly.operator_id', 'in', (eb) => eb.selectFrom('operator').select('operator.id').where('operator.key', 'in', filters.operators!));
  }
  if (filters.fields?.length) {
    q = q.where('production_monthly.field_id', 'in', (eb) => eb.selectFrom('field').select('field.id').where('field.key', 'in', filters.fields!));
  }
  if (filters.contracts?.length) {
    q = q.where('production_monthly.contract_id', 'in', (eb) => eb.selectFrom('contract').select('contract.id').where('contract.key', 'in', filters.contracts!));
  }
  return q;
}

/** True when the filters select by entity (anything other than the period range). */
export function hasEntityFilters(filters: FactFilters): boolean {
  return Boolean(
    filters.departments?.length || filters.municipalities?.length || filters.operators?.length || filters.fields?.length || filters.contracts?.length,
  );
}
