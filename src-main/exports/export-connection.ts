import BetterSqlite3 from 'better-sqlite3';
import { Kysely, sql, SqliteDialect } from 'kysely';
import { CaudalError } from '../../src-shared/contract';
import type { Database } from '../db/database-types';

/** A read-only connection of the export's own, inside one read transaction: one snapshot throughout. */
export interface ExportConnection {
  readonly sqlite: BetterSqlite3.Database;
  readonly db: Kysely<Database>;
  close(): void;
}

/**
 * Exports read on a second, read-only connection: the app's connection keeps answering the dashboard
 * while a long export iterates (better-sqlite3 forbids other statements on a connection with an open
 * iterator), and a refresh that commits meanwhile does not change what the file contains (WAL snapshot).
 */
export function openExportConnection(dbPath: string): ExportConnection {
  const sqlite = new BetterSqlite3(dbPath, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  sqlite.prepare('BEGIN').run();
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    sqlite,
    db,
    close() {
      if (sqlite.inTransaction) sqlite.prepare('COMMIT').run();
      sqlite.close();
    },
  };
}

/** The database file behind the app's connection (`PRAGMA database_list`). */
export async function databaseFile(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ name: string; file: string }>`PRAGMA database_list`.execute(db);
  const file = rows.find((r) => r.name === 'main')?.file ?? '';
  if (!file) throw new CaudalError('internal', 'La exportación necesita una base de datos guardada en un archivo.');
  return file;
}
