import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCaudalApp, type CaudalApp } from '../../../src-main/app/caudal-app';
import { startSourceRun } from '../../../src-main/etl/refresh/source-run-record';
import { startRun } from '../../../src-main/etl/runs';
import { createRefreshService } from '../../../src-main/etl/service/refresh-service';
import { anhRoyaltiesSource } from '../../../src-main/etl/sources/anh-royalties';
import { createWorkerHost } from '../../../src-main/etl/worker/worker-host';
import { tsxWorkerScript } from '../../../src-main/etl/worker/tsx-worker-script';
import { createInProcessClient } from '../../../src-main/transports/in-process';
import { royaltyFixtureRows, royaltyRow } from '../etl/sources/anh-royalties/royalty-fixture';
import { startPublisherServer, type PublisherServer } from '../../support/publisher-server';
import { anhRoyaltiesPublisher } from '../../support/publishers/anh-royalties';
import { installPublishers } from '../../support/publishers/environment';

/**
 * The one test that starts the real ETL worker thread (from source, through tsx): the app's
 * `refresh.start` and `import.files` run there, with the worker's own writing connection, while the
 * main connection answers queries; the progress comes back as `etl.progress` on the app's bus.
 */
describe('ETL worker thread', () => {
  let server: PublisherServer;
  let dataDir: string;
  let app: CaudalApp;

  beforeAll(async () => {
    server = await startPublisherServer();
    dataDir = mkdtempSync(join(tmpdir(), 'caudal-worker-'));
    const env = installPublishers(server, [anhRoyaltiesPublisher()]);
    app = await openCaudalApp({ dbPath: join(dataDir, 'caudal.sqlite'), etlWorker: tsxWorkerScript(), env });
  });
  afterAll(async () => {
    await app?.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refreshes and imports in the worker; the main connection reads the committed result', { timeout: 60_000 }, async () => {
    const client = createInProcessClient(app.dispatcher);
    const seen: string[] = [];
    const finished = new Promise<Record<string, unknown>>((resolve) => {
      app.events.subscribe((name, payload) => {
        const record = payload as Record<string, unknown>;
        seen.push(name === 'etl.progress' ? `${String(record['step'])}` : `${name}:${String(record['phase'] ?? '')}`);
        if (name === 'refresh.state' && record['phase'] === 'finished') resolve(record);
      });
    });

    const { runId } = await client.send('refresh.start', { sourceIds: ['anh-royalties'] });
    // While the worker works, this thread answers from the last committed data.
    expect((await client.send('royalties.series', { from: '2024-01', to: '2024-12' })).points).toBeDefined();
    expect(await finished).toMatchObject({ runId, status: 'ok', sources: [{ sourceId: 'anh-royalties', status: 'updated' }] });
    expect(seen[0]).toBe('refresh.state:started');
    expect(seen).toContain('done');
    expect((await client.send('etl.sources')).sources.find((s) => s.id === 'anh-royalties')).toMatchObject({ lastAttempt: { runId, status: 'updated', trigger: 'button' } });
    const royalties = await client.send('royalties.series', { from: '2024-01', to: '2024-12' });
    expect(royalties.points.some((p) => p.royaltiesCop > 0)).toBe(true);

    const upload = { fileName: 'regalias.json', contentBase64: Buffer.from(JSON.stringify([...royaltyFixtureRows(), royaltyRow({ a_o: '2024', mes: '7', regaliascop: '5' })])).toString('base64') };
    const imported = await client.send('import.files', { uploads: [upload] });
    expect(imported.files).toEqual([expect.objectContaining({ fileName: 'regalias.json', status: 'loaded', sourceId: 'anh-royalties' })]);
    expect((await client.send('refresh.runs', { kind: 'import' })).runs[0]).toMatchObject({ runId: imported.runId, trigger: 'app-import', status: 'ok' });
  });
});

describe('a worker that dies', () => {
  it('fails its run with a Spanish message, closes the run records, and the next job gets a new worker', { timeout: 30_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'caudal-worker-dies-'));
    const app = await openCaudalApp({ dbPath: join(dataDir, 'caudal.sqlite') });
    try {
      // The run the dying worker was recording.
      const runId = startRun(app.database.sqlite, 'button', new Date());
      startSourceRun(app.database.sqlite, runId, 'anh-royalties', new Date());
      let spawned = 0;
      const host = createWorkerHost({
        script: { kind: 'file', path: 'unused' },
        data: { dbPath: 'unused', archiveDir: 'unused' },
        spawn: () => {
          spawned += 1;
          const progress = { runId, sourceId: 'anh-royalties', step: 'discover', file: null, done: 0, total: null, message: null };
          return new Worker(
            `const { parentPort } = require('node:worker_threads');
             parentPort.on('message', (m) => {
               if (m.type !== 'job') return;
               parentPort.postMessage({ type: 'event', jobId: m.jobId, event: { kind: 'progress', progress: ${JSON.stringify(progress)} } });
               setTimeout(() => process.exit(3), 50);
             });`,
            { eval: true },
          );
        },
      });
      const service = createRefreshService({
        db: app.database.db,
        sqlite: app.database.sqlite,
        events: app.events,
        host,
        sources: [anhRoyaltiesSource],
        titles: new Map([['anh-royalties', 'ANH regalías']]),
        env: {},
      });
      const run = await service.start({ trigger: 'button', sourceIds: ['anh-royalties'] });
      expect(run.runId).toBe(runId);
      const outcome = await run.done;
      expect(outcome.summary).toBeNull();
      expect(outcome.finished).toMatchObject({ status: 'failed', notice: { title: 'La actualización falló', body: 'El proceso de actualización se detuvo inesperadamente (código de salida 3)' } });
      expect(app.database.sqlite.prepare('SELECT status, error FROM etl_run WHERE id = ?').get(runId)).toEqual({ status: 'failed', error: 'El proceso de actualización se detuvo inesperadamente (código de salida 3)' });
      expect(app.database.sqlite.prepare('SELECT status, error_code FROM etl_run_source WHERE run_id = ?').get(runId)).toEqual({ status: 'failed', error_code: 'interrupted' });
      expect(service.busy).toBe(false);

      // No run number at all: the start itself reports the failure.
      await expect(service.importFiles({ paths: [dataDir], trigger: 'app-import' })).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('se detuvo inesperadamente') });
      expect(spawned).toBe(2);
      await service.close();
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
