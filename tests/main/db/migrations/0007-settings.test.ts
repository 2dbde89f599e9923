import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { up } from '../../../../src-main/db/migrations/0007-settings';

describe('migration 0007-settings', () => {
  let db: Kysely<unknown>;
  afterEach(async () => db.destroy());

  it('keeps one JSON value per section, and refuses text that is not JSON', async () => {
    const sqlite = new BetterSqlite3(':memory:');
    db = new Kysely({ dialect: new SqliteDialect({ database: sqlite }) });
    await up(db);

    const insert = (key: string, value: string) => sqlite.prepare("INSERT INTO settings (key, value_json, updated_at) VALUES (?, ?, '2025-11-30T12:00:00Z')").run(key, value);
    insert('schedules', '{"anh-production":"manual"}');
    expect(sqlite.prepare('SELECT key, value_json FROM settings').all()).toEqual([{ key: 'schedules', value_json: '{"anh-production":"manual"}' }]);
    expect(() => insert('schedules', '{}')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert('ui', '{no es json')).toThrow(/CHECK/);
    expect(() => insert('', '{}')).toThrow(/CHECK/);
    expect(() => sqlite.prepare("UPDATE settings SET updated_at = NULL").run()).toThrow(/NOT NULL/);
  });
});
