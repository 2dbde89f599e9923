import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach } from 'vitest';
import { migrateToLatest, type MigrationReport } from '../../../../src-main/db/migrate';
import { migrations } from '../../../../src-main/db/migrations';

/**
 * An in-memory database migrated as the app migrates one (all migrations, or those given), closed after
 * each test; `plan` answers SQLite's EXPLAIN QUERY PLAN, the way index migrations prove their use.
 */
export function useMigratedMemoryDatabase() {
  let db: Kysely<unknown> | null = null;
  let sqlite: BetterSqlite3.Database | null = null;
  afterEach(async () => {
    await db?.destroy();
    db = null;
  });
  const current = () => {
    if (!sqlite || !db) throw new Error('open() first');
    return { sqlite, db };
  };
  return {
    async open(upTo = migrations): Promise<MigrationReport> {
      sqlite = new BetterSqlite3(':memory:');
      db = new Kysely({ dialect: new SqliteDialect({ database: sqlite }) });
      return migrateToLatest(db, sqlite, ':memory:', upTo);
    },
    /** Applies whatever is still pending, as an upgrade of an older database does. */
    upgrade: (): Promise<MigrationReport> => migrateToLatest(current().db, current().sqlite, ':memory:'),
    get sqlite(): BetterSqlite3.Database {
      return current().sqlite;
    },
    plan: (query: string) => (current().sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as Array<{ detail: string }>).map((r) => r.detail).join('\n'),
  };
}
