import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from './database-types';
import { migrateToLatest, type MigrationReport } from './migrate';

export interface OpenDatabase {
  /** Raw connection: used for synchronous batch loads inside one transaction (prepared statements). */
  readonly sqlite: BetterSqlite3.Database;
  /** Typed query builder over the same connection: used for every read. */
  readonly db: Kysely<Database>;
  readonly migration: MigrationReport;
  close(): Promise<void>;
}

export async function openDatabase(path: string): Promise<OpenDatabase> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new BetterSqlite3(path);
  // WAL lets readers keep answering from the last commit while a load writes.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    const migration = await migrateToLatest(db, sqlite, path);
    return {
      sqlite,
      db,
      migration,
      async close() {
        await db.destroy();
      },
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
