import type { SelectQueryBuilder } from 'kysely';
import type { RoyaltyFilters } from '../../../src-shared/contract/royalties';
import type { Database } from '../database-types';

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
  const municipalities = filters.municipalities;
  if (municipalities?.length) {
    q = q.where('royalty_monthly.municipality_id', 'in', (eb) =>
      eb
        .selectFrom('municipality')
        .leftJoin('territory_municipality_key', 'territory_municipality_key.key', 'municipality.key')
        .select('municipality.id')
        .where((w) =>
          w.or([
            w('municipality.key', 'in', municipalities),
            w('municipality.divipola_code', 'in', municipalities),
            w('territory_municipality_key.code', 'in', municipalities),
          ]),
        ),
    );
  }
  if (filters.fields?.length) {
    q = q.where('royalty_monthly.field_id', 'in', (eb) => eb.selectFrom('field').select('field.id').where('field.key', 'in', filters.fields!));
  }
  if (filters.contracts?.length) {
    q = q.where('royalty_monthly.contract_id', 'in', (eb) => eb.selectFrom('contract').select('contract.id').where('contract.key', 'in', filters.contracts!));
  }
  if (filters.regimes?.length) q = q.where('royalty_monthly.regime', 'in', filters.regimes);
  if (filters.productionTypes?.length) q = q.where('royalty_monthly.production_type', 'in', filters.productionTypes);
  return q;
}
