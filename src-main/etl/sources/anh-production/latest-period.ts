import type { Kysely } from 'kysely';
import type { Database } from '../../../db/database-types';

/** Freshness of ANH production for the sources panel: the latest month loaded (`2025-10`), not just the year. */
export async function latestAnhProductionPeriod(db: Kysely<Database>): Promise<string | null> {
  const row = await db
    .selectFrom('production_monthly')
    .select((eb) => eb.fn.max('period').as('latest'))
    .executeTakeFirst();
  return row?.latest ?? null;
}
