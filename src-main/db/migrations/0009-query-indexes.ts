// Frozen in time: this migration must never import application code, and must never change once released.
// A later schema change is a new file.
import { sql, type Kysely } from 'kysely';

/**
 * Indexes for the dashboard's queries, measured on a database at ten times today's volume (`npm run
 * bench -- queries`, see the README's "Rendimiento"):
 *
 * - production_monthly: every page filters by a period range first, then groups by one dimension and
 *   sums fiscalized production. One index holding the period, every dimension and that measure lets
 *   the series, the breakdowns and the map read only the index (no row lookups): a 12-month breakdown
 *   went from ~50 ms to ~15 ms. It starts with the period and includes fiscalizada_mpc, so it also does
 *   the job of production_monthly_by_period, which is dropped.
 * - demand_monthly: a series of a few nodes read every node row of the edition (~180,000 at 10×,
 *   ~55 ms): with a GROUP BY, SQLite preferred demand_monthly_by_series over the node index, whose
 *   first columns were not the query's equalities. The new node index starts with the same equalities
 *   (edition, sector, area) before the node and holds every column the series reads (~1.5 ms). It
 *   replaces demand_monthly_by_node, which is dropped. demand_monthly_by_shape answers the edition's
 *   sector × scenario × area combinations (demand.dimensions) by index probes instead of a scan.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migrations do not know the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    `CREATE INDEX production_monthly_by_period_dimensions ON production_monthly
       (period, department_code, municipality_id, operator_id, field_id, contract_id, fiscalizada_mpc)`,
    `DROP INDEX production_monthly_by_period`,
    `CREATE INDEX demand_monthly_by_node_series ON demand_monthly (edition, sector, area_kind, node_key, scenario, period, sheet_kind, gbtud)`,
    `DROP INDEX demand_monthly_by_node`,
    `CREATE INDEX demand_monthly_by_shape ON demand_monthly (edition, sector, scenario, area_kind)`,
  ];
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
