import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../src-main/db/migrations';
import { useMigratedMemoryDatabase } from './migrated-memory-database';

/**
 * The indexes exist and SQLite's planner — without statistics, as in an analyst's database — uses them
 * for the "Datos" table — a demand edition read in load order, the distinct regimes, production types
 * and sheets read by seeks — and that none of them lures the demand series away from their own indexes.
 */
describe('migration 0010-search-indexes', () => {
  const database = useMigratedMemoryDatabase();
  const { plan } = database;

  it('reads a demand edition in load order through the index, with no temporary sort', async () => {
    await database.open();
    const firstPage = plan("SELECT d.id, d.gbtud FROM demand_monthly d WHERE d.edition = '2024' ORDER BY d.id ASC LIMIT 100");
    expect(firstPage).toContain('USING INDEX demand_monthly_by_edition (edition=?)');
    expect(firstPage).not.toContain('TEMP B-TREE');
  });

  it('finds the months a demand search names by seeks on the searched-month index', async () => {
    await database.open();
    const yearSearch = `SELECT count(*) FROM demand_monthly d WHERE d.edition = '2024'
      AND (d.scenario IN (SELECT value FROM json_each('["medio"]')) OR d.sheet IN (SELECT value FROM json_each('["Esc Med Nodal"]')))
      AND substr(d.period, 1, 7) IN (SELECT value FROM json_each('["2030-01","2030-02"]'))`;
    expect(plan(yearSearch)).toContain('USING INDEX demand_monthly_by_searched_month (edition=? AND <expr>=?)');
  });

  it('leaves the demand series on their own indexes, even over a period range', async () => {
    await database.open();
    const nationalSeries = `SELECT d.period, d.scenario, sum(d.gbtud) FROM demand_monthly d
      WHERE d.edition = '2024' AND d.sector = 'total' AND d.area_kind = 'national' AND d.scenario IN ('historico', 'medio')
        AND d.period >= '2024-01' AND d.period <= '2040-12' GROUP BY d.period, d.scenario ORDER BY d.period`;
    expect(plan(nationalSeries)).toMatch(/USING (COVERING )?INDEX demand_monthly_by_(node_series|series|shape) \(edition=\? AND sector=\?/);
  });

  it('finds the next distinct regime, production type and sheet by one seek each', async () => {
    await database.open();
    expect(plan("SELECT min(regime) FROM royalty_monthly WHERE regime > 'Ley 141'")).toContain('USING COVERING INDEX royalty_monthly_by_regime (regime>?)');
    expect(plan("SELECT min(production_type) FROM royalty_monthly WHERE production_type > 'A'")).toContain('USING COVERING INDEX royalty_monthly_by_production_type (production_type>?)');
    expect(plan("SELECT min(sheet) FROM demand_monthly WHERE edition = '2024' AND sheet > 'A'")).toContain('USING COVERING INDEX demand_monthly_by_sheet (edition=? AND sheet>?)');
  });

  it('upgrades a database that already holds royalties, keeping every row', async () => {
    await database.open(migrations.filter(([name]) => name !== '0010-search-indexes'));
    const { sqlite } = database;
    sqlite.prepare("INSERT INTO source_file (id, source_id, sha256, file_name, size_bytes, publisher, status, imported_at) VALUES (1, 'anh-royalties', 'x', 'x.json', 1, 'ANH', 'active', 'x')").run();
    sqlite.prepare("INSERT INTO field (id, key, name) VALUES (1, 'CAMPO', 'Campo')").run();
    const insert = sqlite.prepare("INSERT INTO royalty_monthly (source_file_id, row_number, period, year, field_id, regime, royalties_cop) VALUES (1, ?, '2024-01', 2024, 1, ?, ?)");
    for (let i = 0; i < 10; i++) insert.run(i + 1, i % 2 ? 'Ley 141' : 'Ley 756', i * 100);
    const report = await database.upgrade();
    expect(report.applied).toEqual(['0010-search-indexes']);
    expect(sqlite.prepare('SELECT regime, count(*), sum(royalties_cop) FROM royalty_monthly INDEXED BY royalty_monthly_by_regime GROUP BY regime').raw().all()).toEqual([
      ['Ley 141', 5, 2500],
      ['Ley 756', 5, 2000],
    ]);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
