import type { Kysely } from 'kysely';
import type { Database } from '../database-types';
import { distinctPeriods } from './distinct-periods';

/** Months with royalty data at all within a range: every one gets a point in a series. */
export async function loadedRoyaltyPeriods(db: Kysely<Database>, from?: string, to?: string): Promise<string[]> {
  return distinctPeriods(db, 'royalty_monthly', from, to);
}
