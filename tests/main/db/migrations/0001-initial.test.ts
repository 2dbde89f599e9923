import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { up } from '../../../../src-main/db/migrations/0001-initial';

describe('migration 0001-initial', () => {
  let sqlite: BetterSqlite3.Database;
  let db: Kysely<unknown>;
  afterEach(async () => db.destroy());

  it('creates the fact, dimension, lineage and run tables with their constraints', async () => {
    sqlite = new BetterSqlite3(':memory:');
    sqlite.pragma('foreign_keys = ON');
    db = new Kysely({ dialect: new SqliteDialect({ database: sqlite }) });
    await up(db);
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual([
      'contract', 'department', 'etl_run', 'field', 'municipality', 'operator', 'production_monthly', 'production_summary_rate',
      'rejected_row', 'sheet_reconciliation', 'source_file',
    ]);
    const indexes = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'production_monthly'").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['production_monthly_by_period', 'production_monthly_by_department', 'production_monthly_by_file']));

    // Lineage is mandatory: a fact without its source file is refused.
    sqlite.prepare("INSERT INTO operator (key, name) VALUES ('X', 'X')").run();
    sqlite.prepare("INSERT INTO field (key, name) VALUES ('F', 'F')").run();
    expect(() =>
      sqlite.prepare("INSERT INTO production_monthly (source_file_id, sheet, row_number, period, year, operator_id, field_id) VALUES (99, 's', 8, '2024-01', 2024, 1, 1)").run(),
    ).toThrow(/FOREIGN KEY/);
    // STRICT tables refuse text in numeric columns instead of silently storing it.
    expect(() => sqlite.prepare("INSERT INTO field (id, key, name) VALUES ('not a number', 'k', 'n')").run()).toThrow(/datatype mismatch|cannot store/);
    expect(() => sqlite.prepare("INSERT INTO source_file (source_id, sha256, file_name, size_bytes, publisher, status, imported_at) VALUES ('a','b','c',1,'p','deleted','t')").run()).toThrow(/CHECK/);
  });
});
