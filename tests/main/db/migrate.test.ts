import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../../src-main/db/migrate';
import { migrations, type Migration } from '../../../src-main/db/migrations';

function open(path: string) {
  const sqlite = new BetterSqlite3(path);
  return { sqlite, db: new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) }) };
}

describe('migrateToLatest', () => {
  it('applies every migration on a new database, without a backup, and nothing the second time', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'caudal-migrate-')), 'caudal.db');
    const { sqlite, db } = open(path);
    const first = await migrateToLatest(db, sqlite, path);
    expect(first).toEqual({ applied: migrations.map(([name]) => name), backupPath: null });
    expect(await migrateToLatest(db, sqlite, path)).toEqual({ applied: [], backupPath: null });
    await db.destroy();
  });

  it('backs the database up before upgrading it, and rolls a failed migration back on its own', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'caudal-migrate-')), 'caudal.db');
    const { sqlite, db } = open(path);
    await migrateToLatest(db, sqlite, path);
    sqlite.prepare("INSERT INTO department (code, name) VALUES ('05', 'Antioquia')").run();

    const good: Migration = { up: async (k) => void (await sql`CREATE TABLE extra (id INTEGER)`.execute(k)) };
    const bad: Migration = {
      up: async (k) => {
        await sql`CREATE TABLE half (id INTEGER)`.execute(k);
        throw new Error('boom');
      },
    };
    const next: Array<readonly [string, Migration]> = [...migrations, ['9001-good', good], ['9002-bad', bad]];
    await expect(migrateToLatest(db, sqlite, path, next)).rejects.toThrow('boom');
    const backup = `${path}.antes-de-9001-good.bak`;
    expect(existsSync(backup)).toBe(true);
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toContain('extra'); // its own transaction committed
    expect(tables).not.toContain('half'); // the failed one left nothing behind
    const applied = sqlite.prepare('SELECT name FROM schema_migration ORDER BY name').pluck().all();
    expect(applied).toEqual([...migrations.map(([name]) => name), '9001-good']);
    const saved = new BetterSqlite3(backup, { readonly: true });
    expect(saved.prepare('SELECT name FROM department').pluck().all()).toEqual(['Antioquia']);
    saved.close();
    await db.destroy();
  });

  it('refuses a database written by a newer version', async () => {
    const { sqlite, db } = open(':memory:');
    await migrateToLatest(db, sqlite, ':memory:');
    sqlite.prepare("INSERT INTO schema_migration (name, applied_at) VALUES ('9999-future', 'x')").run();
    await expect(migrateToLatest(db, sqlite, ':memory:')).rejects.toThrow(/versión más nueva/);
    await db.destroy();
  });
});
