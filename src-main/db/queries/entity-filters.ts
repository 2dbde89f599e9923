import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../database-types';

/**
 * Sub-selects that turn the contract's stable entity keys into dimension ids, shared by every fact
 * table's filters. A municipality may be asked by its DIVIPOLA code (which also reaches rows spelled as
 * one of its aliases) or by its `DD:NOMBRE` key.
 */
export function municipalityIdsFor<DB extends Database, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>, keys: readonly string[]) {
  const e = eb as unknown as ExpressionBuilder<Database, never>;
  return e
    .selectFrom('municipality')
    .leftJoin('territory_municipality_key', 'territory_municipality_key.key', 'municipality.key')
    .select('municipality.id')
    .where((w) =>
      w.or([w('municipality.key', 'in', keys), w('municipality.divipola_code', 'in', keys), w('territory_municipality_key.code', 'in', keys)]),
    );
}

export function entityIdsFor<DB extends Database, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>, table: 'operator' | 'field' | 'contract', keys: readonly string[]) {
  const e = eb as unknown as ExpressionBuilder<Database, never>;
  return e.selectFrom(table).select(`${table}.id`).where(`${table}.key`, 'in', keys);
}
