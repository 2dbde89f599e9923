import { sql, type Kysely } from 'kysely';
import type { Database } from '../database-types';

/**
 * The distinct `period` values of a fact table within an optional range, ascending, by a loose index
 * scan: each step asks the period index for the next period after the previous one, so 156 months cost
 * 156 index seeks instead of a walk over every fact row (SQLite's DISTINCT reads each index entry:
 * ~40 ms at 10× today's volume, against ~0.2 ms this way). Needs an index whose first column is period.
 */
export async function distinctPeriods(db: Kysely<Database>, table: 'production_monthly' | 'royalty_monthly', from?: string, to?: string): Promise<string[]> {
  const facts = sql.table(table);
  const upTo = to === undefined ? sql`` : sql`AND period <= ${to}`;
  const { rows } = await sql<{ period: string }>`
    WITH RECURSIVE loaded(period) AS (
      SELECT min(period) FROM ${facts} WHERE period >= ${from ?? ''} ${upTo}
      UNION ALL
      SELECT (SELECT min(period) FROM ${facts} WHERE period > loaded.period ${upTo}) FROM loaded WHERE loaded.period IS NOT NULL
    )
    SELECT period FROM loaded WHERE period IS NOT NULL`.execute(db);
  return rows.map((r) => r.period);
}
