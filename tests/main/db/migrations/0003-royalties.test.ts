import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { up as up0001 } from '../../../../src-main/db/migrations/0001-initial';
import { up as up0002 } from '../../../../src-main/db/migrations/0002-territory';
import { up } from '../../../../src-main/db/migrations/0003-royalties';

describe('migration 0003-royalties', () => {
  let db: Kysely<unknown>;
  afterEach(async () => db.destroy());

  it('creates the royalty table with mandatory lineage, strict types and its query indexes', async () => {
    const sqlite = new BetterSqlite3(':memory:');
    sqlite.pragma('foreign_keys = ON');
    db = new Kysely({ dialect: new SqliteDialect({ database: sqlite }) });
    await up0001(db);
    await up0002(db);
    await up(db);
    const indexes = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'royalty_monthly'").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['royalty_monthly_by_period', 'royalty_monthly_by_department', 'royalty_monthly_by_municipality', 'royalty_monthly_by_file']));

    sqlite.prepare("INSERT INTO field (id, key, name) VALUES (1, 'CUSIANA', 'CUSIANA')").run();
    const insert = sqlite.prepare(
      "INSERT INTO royalty_monthly (source_file_id, sheet, row_number, period, year, field_id, regime, royalties_cop) VALUES (?, 'json', 1, '2024-01', 2024, 1, 'Ley 756', ?)",
    );
    expect(() => insert.run(99, 100)).toThrow(/FOREIGN KEY/);
    sqlite.prepare("INSERT INTO source_file (id, source_id, sha256, file_name, size_bytes, publisher, status, imported_at) VALUES (1, 'anh-royalties', 'a', 'r.json', 1, 'ANH', 'active', 't')").run();
    insert.run(1, 100);
    // Rows that differ only in regime are distinct: nothing unique forbids a second settlement.
    insert.run(1, 50);
    expect(sqlite.prepare('SELECT count(*) FROM royalty_monthly').pluck().get()).toBe(2);
    expect(() => insert.run(1, 'cien')).toThrow(/cannot store|datatype mismatch/);
    expect(() => sqlite.prepare("INSERT INTO royalty_monthly (source_file_id, row_number, period, year, field_id) VALUES (1, 2, '2024-01', 2024, 1)").run()).toThrow(/NOT NULL/);
  });
});
