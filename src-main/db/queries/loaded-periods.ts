import type { Kysely } from 'kysely';
import type { Database } from '../database-types';

/**
 * Months for which production data is loaded at all, within an optional range. A daily rate divides by
 * the days of these months even when a filtered entity produced nothing in some of them: a field that
 * was shut in for a month still averaged zero that month.
 */
export async function loadedProductionPeriods(db: Kysely<Database>, from?: string, to?: string): Promise<string[]> {
  let q = db.selectFrom('production_monthly').select('period').distinct();
  if (from) q = q.where('period', '>=', from);
  if (to) q = q.where('period', '<=', to);
  const rows = await q.orderBy('period').execute();
  return rows.map((r) => r.period);
}
