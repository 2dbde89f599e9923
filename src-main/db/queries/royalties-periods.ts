import type { Kysely } from 'kysely';
import type { Database } from '../database-types';

/** Months with royalty data at all within a range: every one gets a point in a series. */
export async function loadedRoyaltyPeriods(db: Kysely<Database>, from?: string, to?: string): Promise<string[]> {
  let q = db.selectFrom('royalty_monthly').select('period').distinct();
  if (from) q = q.where('period', '>=', from);
  if (to) q = q.where('period', '<=', to);
  return (await q.orderBy('period').execute()).map((r) => r.period);
}
