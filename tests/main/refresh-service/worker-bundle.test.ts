import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../src-main/db/open-database';
import { createWorkerHost } from '../../../src-main/etl/worker/worker-host';
import { bundlePaths } from '../../../src-main/electron/paths';

const projectRoot = path.resolve(import.meta.dirname, '../../..');

/**
 * What the desktop app runs: scripts/build-main.mjs bundles the worker as its own entry next to the main
 * bundle (where electron/paths.ts looks for it), and that file alone runs an import in a worker thread.
 * Built inside the project (test-artifacts/) so the bundle finds better-sqlite3 as the packaged app does.
 */
describe('the bundled ETL worker', () => {
  let workDir: string;
  let database: OpenDatabase;

  beforeAll(() => {
    mkdirSync(path.join(projectRoot, 'test-artifacts'), { recursive: true });
    workDir = mkdtempSync(path.join(projectRoot, 'test-artifacts', 'etl-worker-'));
    execFileSync(process.execPath, [path.join(projectRoot, 'scripts/build-main.mjs'), '--outdir', path.join(workDir, 'dist-main')], { cwd: projectRoot, stdio: 'pipe' });
  }, 120_000);
  afterAll(async () => {
    await database?.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('starts from dist-main/etl-worker.cjs and imports with its own connection', { timeout: 60_000 }, async () => {
    const dbPath = path.join(workDir, 'caudal.sqlite');
    database = await openDatabase(dbPath);
    writeFileSync(path.join(workDir, 'notas.txt'), 'nada');
    const host = createWorkerHost({ script: { kind: 'file', path: bundlePaths(path.join(workDir, 'dist-main')).etlWorker }, data: { dbPath, archiveDir: path.join(workDir, 'archivo') } });
    const events: string[] = [];
    const { result } = host.run({ kind: 'import', paths: [path.join(workDir, 'notas.txt')], uploads: [], trigger: 'app-import' }, (event) => events.push(event.kind));
    expect(await result).toMatchObject({ kind: 'import', summary: { ok: false, files: [{ status: 'unknown', fileName: 'notas.txt' }] } });
    expect(events).toEqual(['import-started', 'import-file']);
    await host.close();
    // Written by the worker's connection, read by this one.
    expect(database.sqlite.prepare('SELECT trigger, status FROM etl_run').all()).toEqual([{ trigger: 'app-import', status: 'failed' }]);
  });
});
