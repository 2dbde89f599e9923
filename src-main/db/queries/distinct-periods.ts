import type { Kysely } from 'kysely';
import type { Database } from '../database-types';
import { distinctValues } from './distinct-values';

/**
 * The distinct `period` values of a fact table within an optional range, ascending, read by index seeks
 * (~0.2 ms for 156 months at 10× today's volume, against ~40 ms for DISTINCT). Both tables have an index
 * whose first column is period.
 */
export async function distinctPeriods(db: Kysely<Database>, table: 'production_monthly' | 'royalty_monthly', from?: string, to?: string): Promise<string[]> {
  const { rows } = await distinctValues(table, 'period', { from: from ?? '', to }).execute(db);
  return rows.map((r) => r.value);
}
