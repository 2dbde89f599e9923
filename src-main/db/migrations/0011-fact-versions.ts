// Frozen in time: this migration must never import application code, and must never change once released.
// A later schema change is a new file.
import { sql, type Kysely } from 'kysely';

/**
 * A version number per fact table that moves with every updated or deleted row, whoever writes it (a
 * load in the worker, the CLI in another process, a hand edit in a SQLite browser). Inserts need no
 * trigger: a new row always gets a row id above the table's largest, so `max(id)` — one b-tree seek —
 * moves with every insert. Together they change with every change to the facts.
 *
 * The national series read every fact row (~60 ms for production and ~85 ms for royalties at ten times
 * today's volume), so their totals are cached per connection. The cache used to be keyed by SQLite's
 * change counters, which move on any write at all — a refresh that finds nothing new still records its
 * run — so the first national chart after every refresh paid the full price. Keyed by version and
 * largest id it is recomputed only when the facts really change. Loads only insert and delete (a year
 * replaced), so an import pays for no trigger on its inserted rows.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migrations do not know the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    `CREATE TABLE fact_version (
      table_name TEXT PRIMARY KEY,
      version INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID`,
    `INSERT INTO fact_version (table_name, version) VALUES ('production_monthly', 0), ('royalty_monthly', 0)`,
  ];
  for (const table of ['production_monthly', 'royalty_monthly']) {
    for (const event of ['UPDATE', 'DELETE']) {
      statements.push(
        `CREATE TRIGGER ${table}_version_after_${event.toLowerCase()} AFTER ${event} ON ${table}
         BEGIN UPDATE fact_version SET version = version + 1 WHERE table_name = '${table}'; END`,
      );
    }
  }
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
