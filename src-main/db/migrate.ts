import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { migrations as allMigrations, type Migration } from './migrations';

export interface MigrationReport {
  applied: string[];
  /** Copy of the database taken before the first pending migration ran (null for a new database). */
  backupPath: string | null;
}

/**
 * Applies pending migrations in order, each inside its own transaction, after copying the database
 * file aside so an analyst's data survives a failed upgrade.
 */
export async function migrateToLatest(
  db: Kysely<any>, // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations see the schema of their own time
  sqlite: BetterSqlite3.Database,
  path: string,
  migrations: ReadonlyArray<readonly [string, Migration]> = allMigrations,
): Promise<MigrationReport> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migration (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT`.execute(db);
  const done = new Set((await db.selectFrom('schema_migration').select('name').execute()).map((r: { name: string }) => r.name));
  const unknown = [...done].filter((name) => !migrations.some(([known]) => known === name));
  if (unknown.length > 0) {
    throw new Error(`La base de datos fue creada por una versión más nueva de Caudal (migraciones ${unknown.join(', ')}). Actualice la aplicación.`);
  }
  const pending = migrations.filter(([name]) => !done.has(name));
  if (pending.length === 0) return { applied: [], backupPath: null };

  let backupPath: string | null = null;
  if (done.size > 0 && path !== ':memory:') {
    backupPath = `${path}.antes-de-${pending[0]![0]}.bak`;
    await sqlite.backup(backupPath);
  }
  const applied: string[] = [];
  for (const [name, migration] of pending) {
    await db.transaction().execute(async (trx) => {
      await migration.up(trx);
      await trx.insertInto('schema_migration').values({ name, applied_at: new Date().toISOString() }).execute();
    });
    applied.push(name);
  }
  return { applied, backupPath };
}
