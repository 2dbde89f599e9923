import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCaudalApp } from '../../../src-main/app/caudal-app';
import { migrateToLatest } from '../../../src-main/db/migrate';
import { migrations } from '../../../src-main/db/migrations';
import { syncDepartments } from '../../../src-main/db/sync-departments';
import { startRun } from '../../../src-main/etl/runs';
import { loadRoyalties } from '../../../src-main/etl/sources/anh-royalties/load';
import { transformRoyalties } from '../../../src-main/etl/sources/anh-royalties/transform/transform-royalties';
import { probeFile } from '../../../src-main/etl/sources/file-probe';
import { createInProcessClient } from '../../../src-main/transports/in-process';
import { demoSoporteSheets } from '../../support/publishers/mme-declaration';
import { seedProduction } from '../../support/seed-production';
import { tableChecksums } from '../../support/table-checksums';
import { royaltyFixtureRows } from '../etl/sources/anh-royalties/royalty-fixture';
import { archived } from '../../support/temp-app';
import { loadSoporte } from '../etl/sources/mme-declaration/fixtures/declaration-db';
import { edition2024Zip } from '../etl/sources/upme-demand/fixtures/layout-2024';
import { importUpme } from '../etl/sources/upme-demand/fixtures/load-fixture';

/**
 * A database written by an older Caudal — built here by running only that version's migrations, then
 * filled with data as that version would have — is opened by this one: every pending migration runs,
 * a backup of the old file is written first, every row that was there is still there, and the queries
 * answer from it.
 */
describe('upgrading a database from an older version', () => {
  let dir: string;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  /** A database file at the schema of an older release (its first `count` migrations). */
  async function olderDatabase(count: number): Promise<{ path: string; sqlite: BetterSqlite3.Database; close(): Promise<void> }> {
    dir = mkdtempSync(join(tmpdir(), 'caudal-actualizacion-'));
    const path = join(dir, 'caudal.db');
    const sqlite = new BetterSqlite3(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
    const report = await migrateToLatest(db, sqlite, path, migrations.slice(0, count));
    expect(report.applied).toHaveLength(count);
    syncDepartments(sqlite);
    return { path, sqlite, close: () => db.destroy() };
  }

  const userTables = (sqlite: BetterSqlite3.Database) =>
    sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migration' ORDER BY name").pluck().all() as string[];

  async function upgradeAndCompare(older: Awaited<ReturnType<typeof olderDatabase>>, appliedBefore: number) {
    const tablesBefore = userTables(older.sqlite);
    const before = tableChecksums(older.sqlite, tablesBefore);
    await older.close();

    const app = await openCaudalApp({ dbPath: older.path });
    try {
      expect(app.database.migration.applied).toEqual(migrations.slice(appliedBefore).map(([name]) => name));
      const backup = `${older.path}.antes-de-${migrations[appliedBefore]![0]}.bak`;
      expect(app.database.migration.backupPath).toBe(backup);
      expect(existsSync(backup)).toBe(true);
      const saved = new BetterSqlite3(backup, { readonly: true });
      try {
        // The backup is the old database as it was, whole.
        expect(saved.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(tableChecksums(saved, tablesBefore)).toEqual(before);
      } finally {
        saved.close();
      }
      expect(app.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(app.database.sqlite.pragma('foreign_key_check')).toEqual([]);
      // Every table of the old version holds exactly the same rows.
      expect(tableChecksums(app.database.sqlite, tablesBefore)).toEqual(before);
      return { app, client: createInProcessClient(app.dispatcher) };
    } catch (error) {
      await app.close();
      throw error;
    }
  }

  it('from the first release (0001): production facts come through and answer the dashboard', async () => {
    const older = await olderDatabase(1);
    seedProduction(older.sqlite, [
      { period: '2024-01', field: 'Cusiana', operator: 'Ecopetrol', department: '85', municipality: 'Tauramena', contract: 'Santiago', fiscalizada: 310, quemado: 3 },
      { period: '2024-02', field: 'Cusiana', operator: 'Ecopetrol', department: '85', municipality: 'Tauramena', contract: 'Santiago', fiscalizada: 290 },
      { period: '2024-02', field: 'Chuchupa', operator: 'Hocol', department: '44', municipality: 'Manaure', fiscalizada: 580.5 },
    ]);
    const { app, client } = await upgradeAndCompare(older, 1);
    try {
      const series = await client.send('production.series', { granularity: 'month' });
      expect(series.points.map((p) => [p.period, p.volumeMpc])).toEqual([
        ['2024-01', 310],
        ['2024-02', 870.5],
      ]);
      const breakdown = await client.send('production.breakdown', { by: 'department' });
      expect(breakdown.items.map((i) => [i.key, i.volumeMpc])).toEqual([
        ['85', 600],
        ['44', 580.5],
      ]);
      expect((await client.send('catalog.dimensions')).fields.map((f) => f.key)).toEqual(['CHUCHUPA', 'CUSIANA']);
    } finally {
      await app.close();
    }
  });

  it('from the release before this one (0001–0006): every source’s data comes through', async () => {
    const older = await olderDatabase(6);
    const sqlite = older.sqlite;
    seedProduction(sqlite, [{ period: '2024-01', field: 'Cusiana', operator: 'Ecopetrol', department: '85', fiscalizada: 310 }]);
    const royalties = transformRoyalties(probeFile('regalias.json', new TextEncoder().encode(JSON.stringify(royaltyFixtureRows()))));
    loadRoyalties(sqlite, archived('regalias.json'), royalties, startRun(sqlite, 'cli-import'), new Date('2025-06-01T12:00:00Z'));
    await loadSoporte(sqlite, 'Resolución 00739 del 28 de mayo de 2025.xlsm', demoSoporteSheets(10));
    importUpme({ sqlite } as Parameters<typeof importUpme>[0], 'anexo-2024.zip', await edition2024Zip());
    sqlite.prepare("INSERT INTO etl_run_source (run_id, source_id, started_at, status) VALUES (1, 'anh-production', '2025-06-01T00:00:00Z', 'updated')").run();

    const { app, client } = await upgradeAndCompare(older, 6);
    try {
      expect((await client.send('production.series', {})).points.map((p) => p.volumeMpc)).toEqual([310]);
      const royaltySeries = await client.send('royalties.series', {});
      expect(royaltySeries.points.reduce((sum, p) => sum + p.royaltiesCop, 0)).toBe(royalties.rows.reduce((sum, r) => sum + r.royaltiesCop, 0));
      const declaration = await client.send('declaration.series', {});
      expect(declaration.resolution?.id).toBe('00739-2025');
      expect(declaration.points.some((p) => p.value > 0)).toBe(true);
      const demand = await client.send('demand.series', {});
      expect(demand.edition).toBe('2024');
      expect(demand.points.length).toBeGreaterThan(0);
      expect((await client.send('etl.sources', {})).sources.find((s) => s.id === 'anh-production')?.lastAttempt?.status).toBe('updated');
      // What this version added works on the upgraded file.
      expect((await client.send('settings.get', {}))).toBeDefined();
    } finally {
      await app.close();
    }
  });

  it('opening the upgraded database again applies nothing and writes no new backup', async () => {
    const older = await olderDatabase(6);
    const { app } = await upgradeAndCompare(older, 6);
    await app.close();
    const again = await openCaudalApp({ dbPath: older.path });
    try {
      expect(again.database.migration).toEqual({ applied: [], backupPath: null });
    } finally {
      await again.close();
    }
  });
});
