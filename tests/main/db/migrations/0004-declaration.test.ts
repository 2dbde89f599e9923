import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { up as initial } from '../../../../src-main/db/migrations/0001-initial';
import { up } from '../../../../src-main/db/migrations/0004-declaration';
import { migrations } from '../../../../src-main/db/migrations';

describe('migration 0004-declaration', () => {
  let db: Kysely<unknown>;
  afterEach(async () => db.destroy());

  it('creates the declaration tables with their lineage and constraints', async () => {
    const sqlite = new BetterSqlite3(':memory:');
    sqlite.pragma('foreign_keys = ON');
    db = new Kysely({ dialect: new SqliteDialect({ database: sqlite }) });
    await initial(db);
    await up(db);
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'declaration%' ORDER BY name").pluck().all();
    expect(tables).toEqual(['declaration_field_sheet', 'declaration_file', 'declaration_monthly', 'declaration_resolution', 'declaration_row']);

    sqlite.exec(`INSERT INTO source_file (id, source_id, sha256, file_name, size_bytes, publisher, status, imported_at) VALUES (1, 'mme-declaration', 'abc', 'a.xlsm', 1, 'MinEnergía', 'active', 't');
      INSERT INTO field (id, key, name) VALUES (1, 'F', 'F');
      INSERT INTO operator (id, key, name) VALUES (1, 'O', 'O');`);
    const insertResolution = sqlite.prepare('INSERT INTO declaration_resolution (declaration_period, first_year, last_year, number, year) VALUES (?, 2025, 2034, ?, 2025)');
    insertResolution.run('2025-2034', '00739');
    // One resolution per number and year within a declaration; the period is written AAAA-AAAA.
    expect(() => insertResolution.run('2025-2034', '00739')).toThrow(/UNIQUE/);
    expect(() => insertResolution.run('2025 - 2034', '01281')).toThrow(/CHECK/);

    sqlite.exec(`INSERT INTO declaration_file (source_file_id, resolution_id, field_sheets) VALUES (1, 1, 1);
      INSERT INTO declaration_field_sheet (id, source_file_id, sheet, field_id, heating_value_btu_per_cf) VALUES (1, 1, 'F', 1, 1050);
      INSERT INTO declaration_row (id, field_sheet_id, row_number, operator_id, production_type, production_type_text, is_state_share) VALUES (1, 1, 11, 1, 'PTDV', 'PTDV', 0);
      INSERT INTO declaration_monthly (row_id, period, gbtud) VALUES (1, '2025-01', 12.5);`);
    expect(() => sqlite.exec("INSERT INTO declaration_monthly (row_id, period, gbtud) VALUES (1, '2025-01', 3)")).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => sqlite.exec("INSERT INTO declaration_monthly (row_id, period, gbtud) VALUES (99, '2025-02', 3)")).toThrow(/FOREIGN KEY/);
    expect(() => sqlite.exec("INSERT INTO declaration_row (field_sheet_id, row_number, operator_id, production_type, production_type_text, is_state_share) VALUES (1, 12, 1, 'OTRO', 'x', 0)")).toThrow(/CHECK/);
    expect(() => sqlite.exec("INSERT INTO declaration_field_sheet (source_file_id, sheet, field_id, heating_value_btu_per_cf) VALUES (1, 'G', 1, 0)")).toThrow(/CHECK/);
    expect(() => sqlite.exec("INSERT INTO declaration_monthly (row_id, period, gbtud) VALUES (1, '2025-03', 'mucho')")).toThrow(/datatype mismatch|cannot store/);
  });

  it('is registered after 0003, in order', () => {
    const names = migrations.map(([name]) => name);
    expect(names).toContain('0004-declaration');
    expect([...names].sort()).toEqual(names);
  });
});
