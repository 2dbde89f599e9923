// Frozen in time: this migration must never import application code, and must never change once released.
// A later schema change is a new file.
import { sql, type Kysely } from 'kysely';

/**
 * What the analyst chose in "Configuración" (refresh schedules, source URLs, interface preferences), one
 * JSON value per section. The values are validated with the contract's schema when read, so a value
 * written by a newer Caudal, or edited by hand, falls back to the defaults instead of breaking the app.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migrations do not know the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `CREATE TABLE settings (
        key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 100),
        value_json TEXT NOT NULL CHECK (json_valid(value_json)),
        updated_at TEXT NOT NULL
      ) STRICT`,
    )
    .execute(db);
}
