import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { up as up0001 } from '../../../../src-main/db/migrations/0001-initial';
import { up } from '../../../../src-main/db/migrations/0002-territory';

describe('migration 0002-territory', () => {
  let db: Kysely<unknown>;
  afterEach(async () => db.destroy());

  it('creates the DIVIPOLA, name-key and boundary tables with their checks and lineage', async () => {
    const sqlite = new BetterSqlite3(':memory:');
    sqlite.pragma('foreign_keys = ON');
    db = new Kysely({ dialect: new SqliteDialect({ database: sqlite }) });
    await up0001(db);
    await up(db);
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'territory_%' ORDER BY name").pluck().all();
    expect(tables).toEqual(['territory_boundary', 'territory_municipality', 'territory_municipality_key']);

    sqlite.prepare("INSERT INTO department (code, name) VALUES ('85', 'Casanare')").run();
    sqlite.prepare("INSERT INTO source_file (id, source_id, sha256, file_name, size_bytes, publisher, status, imported_at) VALUES (1, 'dane-territory', 'a', 'd.csv', 1, 'DANE', 'active', 't')").run();
    sqlite.prepare("INSERT INTO territory_municipality (code, department_code, name, source_file_id, row_number) VALUES ('85001', '85', 'Yopal', 1, 2)").run();
    // Codes are exactly five digits; lineage is mandatory.
    expect(() => sqlite.prepare("INSERT INTO territory_municipality (code, department_code, name, source_file_id, row_number) VALUES ('8501', '85', 'X', 1, 3)").run()).toThrow(/CHECK/);
    expect(() => sqlite.prepare("INSERT INTO territory_municipality (code, department_code, name, source_file_id, row_number) VALUES ('85A01', '85', 'X', 1, 3)").run()).toThrow(/CHECK/);
    expect(() => sqlite.prepare("INSERT INTO territory_municipality (code, department_code, name, source_file_id, row_number) VALUES ('85002', '85', 'X', 9, 3)").run()).toThrow(/FOREIGN KEY/);
    // One key per spelling; the origin says where it comes from.
    sqlite.prepare("INSERT INTO territory_municipality_key (key, code, origin, source_file_id) VALUES ('85:YOPAL', '85001', 'divipola', 1)").run();
    expect(() => sqlite.prepare("INSERT INTO territory_municipality_key (key, code, origin, source_file_id) VALUES ('85:YOPAL', '85002', 'mgn', 1)").run()).toThrow(/UNIQUE/);
    expect(() => sqlite.prepare("INSERT INTO territory_municipality_key (key, code, origin, source_file_id) VALUES ('85:X', '85002', 'otro', 1)").run()).toThrow(/CHECK/);
    // One boundary per level and code.
    const boundary = sqlite.prepare("INSERT INTO territory_boundary (level, code, name, geometry_json, source_file_id, feature_index) VALUES (?, '85', 'CASANARE', '{}', 1, 1)");
    boundary.run('department');
    expect(() => boundary.run('department')).toThrow(/UNIQUE/);
    expect(() => boundary.run('vereda')).toThrow(/CHECK/);
  });
});
