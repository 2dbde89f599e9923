import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCaudalApp, type CaudalApp } from '../../../../src-main/app/caudal-app';
import { createInProcessClient, type InProcessClient } from '../../../../src-main/transports/in-process';
import { seedProduction } from '../../../support/seed-production';

/**
 * National series come from totals cached per connection. They must never be stale: a load through the
 * app's own connection, or a commit by another process (the CLI importing while the app is open),
 * shows in the next answer; and the cached answer equals the one computed from the facts.
 */
describe('cached national totals', () => {
  let dir: string;
  let app: CaudalApp;
  let client: InProcessClient;
  const fact = (period: string, fiscalizada: number) => ({ period, field: 'Cusiana', operator: 'Ecopetrol', department: '85', fiscalizada, quemado: fiscalizada / 10 });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'caudal-totales-'));
    app = await openCaudalApp({ dbPath: join(dir, 'caudal.db') });
    client = createInProcessClient(app.dispatcher);
    seedProduction(app.database.sqlite, [fact('2024-01', 310), fact('2024-02', 290.5), { ...fact('2024-02', 12.25), field: 'Chuchupa', department: '44' }]);
  });
  afterEach(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const national = async (measure: 'fiscalizada' | 'quemado' = 'fiscalizada') =>
    (await client.send('production.series', { granularity: 'month', measure })).points.map((p) => [p.period, p.volumeMpc]);
  // Both departments selected: the same rows, but through the filtered query over the facts.
  const fromFacts = async (measure: 'fiscalizada' | 'quemado' = 'fiscalizada') =>
    (await client.send('production.series', { granularity: 'month', measure, departments: ['44', '85'] })).points.map((p) => [p.period, p.volumeMpc]);

  it('answers what the facts add up to, for each measure', async () => {
    expect(await national()).toEqual([
      ['2024-01', 310],
      ['2024-02', 302.75],
    ]);
    expect(await national()).toEqual(await fromFacts());
    expect(await national('quemado')).toEqual(await fromFacts('quemado'));
  });

  it('sees a load made through its own connection at once', async () => {
    await national();
    seedProduction(app.database.sqlite, [fact('2024-03', 100)], 'otro.xlsx');
    expect(await national()).toEqual([
      ['2024-01', 310],
      ['2024-02', 302.75],
      ['2024-03', 100],
    ]);
    app.database.sqlite.prepare("DELETE FROM production_monthly WHERE period = '2024-01'").run();
    expect(await national()).toEqual([
      ['2024-02', 302.75],
      ['2024-03', 100],
    ]);
  });

  it('sees a commit made by another connection to the same file', async () => {
    await national();
    const other = new BetterSqlite3(join(dir, 'caudal.db'));
    try {
      other.prepare("UPDATE production_monthly SET fiscalizada_mpc = 1000 WHERE period = '2024-01'").run();
    } finally {
      other.close();
    }
    expect(await national()).toEqual([
      ['2024-01', 1000],
      ['2024-02', 302.75],
    ]);
  });

  it('keeps the totals across writes that leave the facts alone, and only those', async () => {
    const sqlite = app.database.sqlite;
    expect(await national()).toEqual([
      ['2024-01', 310],
      ['2024-02', 302.75],
    ]);
    // Change the facts behind the version's back (triggers off): an answer that still says 310 after
    // other writes proves the cached totals were reused rather than recomputed.
    const triggers = sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'production_monthly'").all() as Array<{ name: string; sql: string }>;
    expect(triggers).toHaveLength(2);
    for (const trigger of triggers) sqlite.exec(`DROP TRIGGER ${trigger.name}`);
    sqlite.prepare("UPDATE production_monthly SET fiscalizada_mpc = 999 WHERE period = '2024-01'").run();
    for (const trigger of triggers) sqlite.exec(trigger.sql);
    await client.send('settings.update', { ui: { 'produccion.unidad': 'KPC' } });
    sqlite.prepare("INSERT INTO etl_run (trigger, started_at, status) VALUES ('button', '2026-01-01T00:00:00Z', 'ok')").run();
    expect((await national())[0]).toEqual(['2024-01', 310]);
    // Any row written to the facts moves the version: the next answer is recomputed.
    sqlite.prepare("UPDATE production_monthly SET fiscalizada_mpc = fiscalizada_mpc WHERE period = '2024-02'").run();
    expect((await national())[0]).toEqual(['2024-01', 999]);
  });

  it('does the same for royalties', async () => {
    const insertFile = app.database.sqlite.prepare(
      "INSERT INTO source_file (source_id, sha256, file_name, size_bytes, publisher, status, imported_at) VALUES ('anh-royalties', ?, 'r.json', 1, 'ANH', 'active', 'x')",
    );
    const fileId = Number(insertFile.run('sha-regalias').lastInsertRowid);
    const fieldId = app.database.sqlite.prepare("SELECT id FROM field WHERE key = 'CUSIANA'").pluck().get() as number;
    const insert = app.database.sqlite.prepare(
      "INSERT INTO royalty_monthly (source_file_id, row_number, period, year, field_id, trm_cop_per_usd, royalties_cop, taxable_volume_mpc, royalty_volume_mpc) VALUES (?, ?, ?, 2024, ?, ?, ?, 1, 0.08)",
    );
    insert.run(fileId, 1, '2024-01', fieldId, 4000, 1_000_000);
    insert.run(fileId, 2, '2024-01', fieldId, 0, 500_000);
    const first = await client.send('royalties.series', {});
    expect(first.points).toEqual([expect.objectContaining({ period: '2024-01', royaltiesCop: 1_500_000, royaltiesUsd: 250, rowsWithoutTrm: 1, rows: 2 })]);
    insert.run(fileId, 3, '2024-02', fieldId, 4000, 400_000);
    const second = await client.send('royalties.series', {});
    const filtered = await client.send('royalties.series', { fields: ['CUSIANA'] });
    expect(second.points.map((p) => [p.period, p.royaltiesCop, p.royaltiesUsd])).toEqual([
      ['2024-01', 1_500_000, 250],
      ['2024-02', 400_000, 100],
    ]);
    expect(second.points).toEqual(filtered.points);
  });
});
