import type { Kysely } from 'kysely';
import type { Database } from '../database-types';
import { distinctPeriods } from './distinct-periods';

/**
 * Months for which production data is loaded at all, within an optional range. A daily rate divides by
 * the days of these months even when a filtered entity produced nothing in some of them: a field that
 * was shut in for a month still averaged zero that month.
 */
export async function loadedProductionPeriods(db: Kysely<Database>, from?: string, to?: string): Promise<string[]> {
  return distinctPeriods(db, 'production_monthly', from, to);
}
