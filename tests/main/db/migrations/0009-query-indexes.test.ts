import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../../../src-main/db/migrate';
import { migrations } from '../../../../src-main/db/migrations';

/**
 * The indexes exist, the ones they replace are gone, and SQLite's planner — without statistics, as in
 * an analyst's database — picks them for the queries they were made for.
 */
describe('migration 0009-query-indexes', () => {
  let db: Kysely<unknown>;
  let sqlite: BetterSqlite3.Database;
  afterEach(async () => db.destroy());

  const open = async () => {
    sqlite = new BetterSqlite3(':memory:');
    db = new Kysely({ dialect: new SqliteDialect({ database: sqlite }) });
    await migrateToLatest(db, sqlite, ':memory:');
  };
  const plan = (query: string) => (sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as Array<{ detail: string }>).map((r) => r.detail).join('\n');
  const indexes = (table: string) => sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name").pluck().all(table);

  it('replaces the period index of production and the node index of demand with wider ones', async () => {
    await open();
    expect(indexes('production_monthly')).toContain('production_monthly_by_period_dimensions');
    expect(indexes('production_monthly')).not.toContain('production_monthly_by_period');
    expect(indexes('demand_monthly')).toEqual(expect.arrayContaining(['demand_monthly_by_node_series', 'demand_monthly_by_shape']));
    expect(indexes('demand_monthly')).not.toContain('demand_monthly_by_node');
  });

  it('answers a breakdown over a period range from the index alone', async () => {
    await open();
    for (const dimension of ['department_code', 'municipality_id', 'operator_id', 'field_id', 'contract_id']) {
      expect(plan(`SELECT ${dimension}, sum(fiscalizada_mpc) FROM production_monthly WHERE period >= '2025-01' AND period <= '2025-12' GROUP BY ${dimension}`)).toContain(
        'USING COVERING INDEX production_monthly_by_period_dimensions (period>? AND period<?)',
      );
    }
  });

  it('reads a series of a few demand nodes through the node index, grouped as demand.series groups it', async () => {
    await open();
    const nodeSeries = `SELECT d.period, d.scenario, sum(d.gbtud) FROM demand_monthly d
      WHERE d.edition = '2024' AND d.sector = 'total' AND d.scenario IN ('historico', 'medio') AND d.area_kind = 'node'
        AND d.node_key IN ('centro:A', 'cqr:B') GROUP BY d.period, d.scenario ORDER BY d.period`;
    expect(plan(nodeSeries)).toContain('USING COVERING INDEX demand_monthly_by_node_series (edition=? AND sector=? AND area_kind=? AND node_key=? AND scenario=?)');
    expect(plan("SELECT 1 FROM demand_monthly WHERE edition = '2024' AND sector = 'total' AND scenario = 'alto' AND area_kind = 'node'")).toContain(
      'USING COVERING INDEX demand_monthly_by_shape (edition=? AND sector=? AND scenario=? AND area_kind=?)',
    );
  });

  it('upgrades a database that already holds facts, keeping every row', async () => {
    sqlite = new BetterSqlite3(':memory:');
    db = new Kysely({ dialect: new SqliteDialect({ database: sqlite }) });
    const before = migrations.filter(([name]) => name !== '0009-query-indexes');
    await migrateToLatest(db, sqlite, ':memory:', before);
    sqlite.prepare("INSERT INTO source_file (id, source_id, sha256, file_name, size_bytes, publisher, status, imported_at) VALUES (1, 'anh-production', 'x', 'x.xlsx', 1, 'ANH', 'active', 'x')").run();
    sqlite.prepare("INSERT INTO operator (id, key, name) VALUES (1, 'OP', 'Op')").run();
    sqlite.prepare("INSERT INTO field (id, key, name) VALUES (1, 'CAMPO', 'Campo')").run();
    const insert = sqlite.prepare("INSERT INTO production_monthly (source_file_id, sheet, row_number, period, year, operator_id, field_id, fiscalizada_mpc) VALUES (1, 'h', ?, ?, 2024, 1, 1, ?)");
    for (let i = 0; i < 24; i++) insert.run(i + 8, `2024-${String((i % 12) + 1).padStart(2, '0')}`, i * 1.5);
    const report = await migrateToLatest(db, sqlite, ':memory:');
    expect(report.applied).toEqual(['0009-query-indexes']);
    expect(sqlite.prepare('SELECT count(*), sum(fiscalizada_mpc) FROM production_monthly INDEXED BY production_monthly_by_period_dimensions WHERE period >= ?').raw().get('2024-01')).toEqual([24, 414]);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
