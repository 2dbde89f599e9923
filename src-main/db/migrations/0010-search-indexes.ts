// Frozen in time: this migration must never import application code, and must never change once released.
// A later schema change is a new file.
import { sql, type Kysely } from 'kysely';

/**
 * Indexes for the "Datos" table, measured at ten times today's volume (`npm run bench -- queries`):
 *
 * - royalty_monthly (regime) and (production_type): a search lists the regimes and production types
 *   in use to match words against them. `SELECT DISTINCT` read all ~400,000 rows twice (~40 ms each);
 *   with these indexes each distinct value is one seek.
 * - demand_monthly (edition, period): the first page of an edition, in period order, was sorted in a
 *   temporary b-tree of all ~235,000 rows of the edition (~60 ms); the index walks it in order (the
 *   row id that breaks ties is the index's last column) and also serves period searches.
 * - demand_monthly (edition, sheet): the sheet names of an edition, for the search, one seek each.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migrations do not know the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    `CREATE INDEX royalty_monthly_by_regime ON royalty_monthly (regime)`,
    `CREATE INDEX royalty_monthly_by_production_type ON royalty_monthly (production_type)`,
    `CREATE INDEX demand_monthly_by_period ON demand_monthly (edition, period)`,
    `CREATE INDEX demand_monthly_by_sheet ON demand_monthly (edition, sheet)`,
  ];
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
