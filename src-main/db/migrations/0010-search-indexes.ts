// Frozen in time: this migration must never import application code, and must never change once released.
// A later schema change is a new file.
import { sql, type Kysely } from 'kysely';

/**
 * Indexes for the "Datos" table, measured at ten times today's volume (`npm run bench -- queries`):
 *
 * - royalty_monthly (regime) and (production_type): a search lists the regimes and production types
 *   in use to match words against them. `SELECT DISTINCT` read all ~400,000 rows twice (~40 ms each);
 *   with these indexes each distinct value is one seek.
 * - demand_monthly (edition, sheet): the sheet names of an edition, for the search, one seek each.
 * - demand_monthly (edition): an edition's rows in load order (the row id is the index's last column),
 *   the order the demand table lists them in, as the workbooks do: its first page read and sorted all
 *   ~235,000 rows of the edition (~60 ms), and reads 100 now. An index on (edition, period) would have
 *   served a period order too, but without statistics SQLite then walked it for every demand series
 *   over a period range, reading the whole edition (~33 ms instead of ~2 ms).
 * - demand_monthly (edition, substr(period, 1, 7)): the months a search names ("2030"), one seek each
 *   (data.rows "medio 2030 nodo": ~59 → ~14 ms). On the expression, which equals the period, and not on the
 *   column, so that only the search, which matches that expression, can use it: the series group by
 *   the bare column and are never lured onto it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migrations do not know the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    `CREATE INDEX royalty_monthly_by_regime ON royalty_monthly (regime)`,
    `CREATE INDEX royalty_monthly_by_production_type ON royalty_monthly (production_type)`,
    `CREATE INDEX demand_monthly_by_sheet ON demand_monthly (edition, sheet)`,
    `CREATE INDEX demand_monthly_by_edition ON demand_monthly (edition)`,
    `CREATE INDEX demand_monthly_by_searched_month ON demand_monthly (edition, substr(period, 1, 7))`,
  ];
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
