import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { up as initial } from '../../../../src-main/db/migrations/0001-initial';
import { up } from '../../../../src-main/db/migrations/0005-demand';
import { migrations } from '../../../../src-main/db/migrations';

describe('migration 0005-demand', () => {
  let sqlite: BetterSqlite3.Database;
  let db: Kysely<unknown>;
  afterEach(async () => db?.destroy());

  async function migrated(): Promise<void> {
    sqlite = new BetterSqlite3(':memory:');
    sqlite.pragma('foreign_keys = ON');
    db = new Kysely({ dialect: new SqliteDialect({ database: sqlite }) });
    await initial(db);
    await up(db);
    sqlite
      .prepare("INSERT INTO source_file (id, source_id, sha256, file_name, size_bytes, publisher, status, imported_at) VALUES (1, 'upme-demand', 'abc', 'a.zip', 1, 'UPME', 'active', 't')")
      .run();
  }

  const insertFact = (values: Partial<Record<string, unknown>>) => {
    const row = { source_file_id: 1, edition: '2024', book: 'total', sheet: 's', sheet_kind: 'regional', row_number: 5, cell_ref: 'B5', sector: 'total', scenario: 'medio', area_kind: 'region', region: 'centro', node_key: null, period: '2024-10', gbtud: 1.5, ...values };
    const columns = Object.keys(row);
    return sqlite.prepare(`INSERT INTO demand_monthly (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...Object.values(row));
  };

  it('is registered, in numeric order', () => {
    const names = migrations.map(([name]) => name);
    expect(names).toContain('0005-demand');
    expect([...names].sort()).toEqual(names);
  });

  it('creates the demand tables with their indexes', async () => {
    await migrated();
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'demand_%' ORDER BY name").pluck().all();
    expect(tables).toEqual(['demand_book', 'demand_check', 'demand_monthly', 'demand_node']);
    const indexes = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'demand_monthly'").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['demand_monthly_by_series', 'demand_monthly_by_region', 'demand_monthly_by_node', 'demand_monthly_by_book', 'demand_monthly_by_file']));
  });

  it('keeps facts consistent: lineage required, known scenarios, area columns that match the area kind', async () => {
    await migrated();
    expect(() => insertFact({})).not.toThrow();
    expect(() => insertFact({ area_kind: 'national', region: null })).not.toThrow();
    expect(() => insertFact({ area_kind: 'node', node_key: 'centro:X' })).not.toThrow();
    expect(() => insertFact({ source_file_id: 99 })).toThrow(/FOREIGN KEY/);
    expect(() => insertFact({ scenario: 'optimista' })).toThrow(/CHECK/);
    expect(() => insertFact({ area_kind: 'national' })).toThrow(/CHECK/); // a national row names no region
    expect(() => insertFact({ area_kind: 'node', node_key: null })).toThrow(/CHECK/);
    expect(() => insertFact({ gbtud: 'mucho' })).toThrow(/datatype mismatch|cannot store/);
    const book = "INSERT INTO demand_book (source_file_id, edition, book, rows_loaded) VALUES (1, '2024', 'total', 3)";
    sqlite.prepare(book).run();
    expect(() => sqlite.prepare(book).run()).toThrow(/UNIQUE/);
  });
});
