import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CaudalError } from '../../../src-shared/contract';
import { readingsPublisher, readingsSource, type ReadingsPublisher } from '../../support/fake-readings-source';
import { startPublisherServer, type PublisherServer } from '../../support/publisher-server';
import { installPublishers } from '../../support/publishers/environment';
import { eventTrail, startServiceHarness, type ServiceHarness } from './service-harness';

/**
 * The RefreshService with the real runner (in this thread), a real database and a local publisher
 * serving two small test sources: runs, events, conflict, cancel, status and history.
 */
describe('RefreshService', () => {
  let server: PublisherServer;
  let readingsA: ReadingsPublisher;
  let readingsB: ReadingsPublisher;
  let h: ServiceHarness;
  const sources = [readingsSource('anh-royalties', 'Lecturas A'), readingsSource('upme-demand', 'Lecturas B')];
  const readings = (sourceId: string) => h.app.database.sqlite.prepare('SELECT period, value FROM test_reading WHERE source_id = ? ORDER BY period').all(sourceId);

  beforeAll(async () => {
    server = await startPublisherServer();
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(async () => {
    server.heal();
    readingsA = readingsPublisher('anh-royalties', 'a');
    readingsB = readingsPublisher('upme-demand', 'b', { 2024: 'periodo,valor\n2024-01,5\n' });
    h = await startServiceHarness({ sources, env: installPublishers(server, [readingsA, readingsB]) });
  });
  afterEach(async () => {
    server.heal();
    await h.close();
  });

  it('runs every source in order, announcing the run around its progress events', async () => {
    const run = await h.service.start({ trigger: 'button' });
    expect(run).toMatchObject({ runId: expect.any(Number), sourceIds: ['anh-royalties', 'upme-demand'] });
    const outcome = await run.done;
    expect(outcome.summary).toMatchObject({ runId: run.runId, status: 'ok', ok: true });

    const trail = eventTrail(h.events);
    expect(trail[0]).toBe('state:started');
    expect(trail.at(-1)).toBe('state:finished');
    // Each source's steps arrive in order: buscando, descargando, procesando, guardando, then its end.
    const steps = (sourceId: string) => trail.filter((t) => t.startsWith(`${sourceId}:`)).filter((t, i, all) => t !== all[i - 1]);
    expect(steps('anh-royalties')).toEqual(['discover', 'download', 'parse', 'load', 'done'].map((s) => `anh-royalties:${s}`));
    expect(steps('upme-demand')).toEqual(['discover', 'download', 'parse', 'load', 'done'].map((s) => `upme-demand:${s}`));
    // Source A ends before source B begins: one run, one source at a time.
    expect(trail.indexOf('anh-royalties:done')).toBeLessThan(trail.indexOf('upme-demand:discover'));
    expect(h.events.filter((e) => e.name === 'etl.progress').every((e) => e.payload['runId'] === run.runId)).toBe(true);

    const finished = h.events.at(-1)!.payload;
    expect(finished).toMatchObject({
      phase: 'finished',
      runId: run.runId,
      kind: 'refresh',
      trigger: 'button',
      status: 'ok',
      sources: [
        { sourceId: 'anh-royalties', status: 'updated', rowsLoaded: 4, rowsRejected: 1, newPeriod: '2024', filesLoaded: 2 },
        { sourceId: 'upme-demand', status: 'updated', rowsLoaded: 1, newPeriod: '2024' },
      ],
      notice: { title: 'Datos actualizados', body: 'Lecturas A: nuevo periodo 2024; 4 filas nuevas\nLecturas B: nuevo periodo 2024; 1 filas nuevas' },
    });
    expect(h.service.busy).toBe(false);
    expect(h.service.current()).toBeNull();

    const again = await (await h.service.start({ trigger: 'button' })).done;
    expect(again.finished).toMatchObject({ status: 'ok', notice: { title: 'Sin cambios', body: 'No hay datos nuevos en ninguna fuente.' } });
  });

  it('refuses a second run while one is in progress (typed conflict, in Spanish), then cancels it cleanly', async () => {
    server.fail(readingsA.indexPath, { kind: 'hang' });
    const run = await h.service.start({ trigger: 'schedule' });
    await h.next('etl.progress', (p) => p['step'] === 'discover' && p['done'] === 0 && p['message'] === 'Buscando archivos publicados');

    const refused = await h.service.start({ trigger: 'button' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(CaudalError);
    expect(refused).toMatchObject({ code: 'conflict', message: expect.stringMatching(/^Ya hay una actualización de datos en curso \(iniciada a las \d\d:\d\d\)\. Espere a que termine o cancélela\.$/) });
    await expect(h.service.importFiles({ paths: [h.dataDir], trigger: 'app-import' })).rejects.toMatchObject({ code: 'conflict' });

    const status = await h.service.status();
    expect(status.current).toMatchObject({ runId: run.runId, kind: 'refresh', trigger: 'schedule', cancelling: false });
    expect(status.current!.sources.map((s) => [s.sourceId, s.state, s.step])).toEqual([
      ['anh-royalties', 'running', 'discover'],
      ['upme-demand', 'pending', null],
    ]);
    expect(status.sources.map((s) => [s.sourceId, s.reason])).toEqual([
      ['anh-royalties', 'running'],
      ['upme-demand', 'running'],
    ]);

    expect(h.service.cancel(run.runId + 1)).toBe(false);
    expect(h.service.cancel(run.runId)).toBe(true);
    const outcome = await run.done;
    expect(outcome.summary).toMatchObject({ status: 'cancelled' });
    expect(outcome.summary!.sources.map((s) => s.status)).toEqual(['cancelled', 'cancelled']);
    expect(outcome.finished.notice.title).toBe('Actualización cancelada');
    expect(h.service.cancel(run.runId)).toBe(false);
  });

  it('cancels one source mid-download: it keeps its previous data, the next source still runs', async () => {
    await (await h.service.start({ trigger: 'button' })).done;
    const before = readings('anh-royalties');
    readingsA.setYear(2025, `periodo,valor\n${Array.from({ length: 400 }, (_, i) => `2025-01,${i}`).join('\n')}\n`);
    server.fail(readingsA.filePath(2025), { kind: 'stall' });

    const run = await h.service.start({ trigger: 'button' });
    await h.next('etl.progress', (p) => p['sourceId'] === 'anh-royalties' && p['step'] === 'download' && typeof p['receivedBytes'] === 'number' && (p['receivedBytes'] as number) > 0);
    const during = h.service.current()!;
    expect(during.sources[0]).toMatchObject({ state: 'running', step: 'download', file: 'lecturas-2025.csv' });
    expect(during.fraction).toBeGreaterThan(0);
    expect(h.service.cancel(run.runId, 'anh-royalties')).toBe(true);

    const outcome = await run.done;
    expect(outcome.summary!.sources.map((s) => [s.sourceId, s.status])).toEqual([
      ['anh-royalties', 'cancelled'],
      ['upme-demand', 'unchanged'],
    ]);
    expect(outcome.summary!.status).toBe('partial');
    expect(readings('anh-royalties')).toEqual(before);
    expect(outcome.finished.sources[0]).toMatchObject({ status: 'cancelled', message: 'Actualización cancelada; se conservan los datos anteriores' });
    expect(h.service.cancel(run.runId, 'upme-demand')).toBe(false);

    server.heal();
    const next = await (await h.service.start({ trigger: 'button', sourceIds: ['anh-royalties'] })).done;
    expect(next.summary!.sources).toMatchObject([{ sourceId: 'anh-royalties', status: 'updated', rowsLoaded: 400 }]);
    expect(next.finished.sources[0]).toMatchObject({ newPeriod: '2025' });
  });

  it('lists every run in the history with its trigger and per-source results, newest first', async () => {
    await (await h.service.start({ trigger: 'schedule' })).done;
    server.fail(readingsB.indexPath, { kind: 'status', status: 500 });
    const second = await h.service.start({ trigger: 'button', sourceIds: ['upme-demand'] });
    await second.done;

    const history = await h.service.runs({ limit: 50, offset: 0 });
    expect(history.total).toBe(2);
    const [latest, first] = history.runs;
    expect(latest).toMatchObject({
      runId: second.runId,
      trigger: 'button',
      kind: 'refresh',
      status: 'failed',
      sources: [{ sourceId: 'upme-demand', title: 'Lecturas B', status: 'failed', errorCode: 'http-status', error: expect.stringMatching(/respondió HTTP 500/) }],
    });
    expect(first).toMatchObject({ trigger: 'schedule', status: 'ok', totals: { filesDownloaded: 3, filesLoaded: 3, rowsLoaded: 5, rowsRejected: 1 } });
    expect(first!.sources.map((s) => [s.sourceId, s.status, s.filesLoaded])).toEqual([
      ['anh-royalties', 'updated', 2],
      ['upme-demand', 'updated', 1],
    ]);
    expect(first!.files.map((f) => [f.fileName, f.status, f.sourceId, f.coverage])).toEqual([
      ['lecturas-2023.csv', 'loaded', 'anh-royalties', '2023'],
      ['lecturas-2024.csv', 'loaded', 'anh-royalties', '2024'],
      ['lecturas-2024.csv', 'loaded', 'upme-demand', '2024'],
    ]);
    expect((await h.service.runs({ limit: 1, offset: 1 })).runs.map((r) => r.runId)).toEqual([first!.runId]);
    expect((await h.service.runs({ limit: 50, offset: 0, kind: 'import' })).total).toBe(0);

    // The failed source now waits before its retry; the other one follows its schedule.
    const status = await h.service.status();
    const upme = status.sources.find((s) => s.sourceId === 'upme-demand')!;
    expect(upme).toMatchObject({ reason: 'retry', consecutiveFailures: 1, schedule: 'weekly' });
    expect(Date.parse(upme.nextRunAt!) - Date.parse(latest!.sources[0]!.finishedAt!)).toBe(15 * 60_000);
    expect(status.sources.find((s) => s.sourceId === 'anh-royalties')).toMatchObject({ reason: 'interval', consecutiveFailures: 0 });
    expect(status.schedulerActive).toBe(false);
  });

  it('stops a running refresh when closed, recording it as cancelled', async () => {
    server.fail(readingsA.indexPath, { kind: 'hang' });
    const run = await h.service.start({ trigger: 'schedule' });
    await h.service.close();
    const outcome = await run.done;
    expect(outcome.summary).toMatchObject({ status: 'cancelled' });
    expect(h.app.database.sqlite.prepare('SELECT status FROM etl_run WHERE id = ?').pluck().get(run.runId)).toBe('cancelled');
    await expect(h.service.start({ trigger: 'button' })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('cerrando') });
  });
});
