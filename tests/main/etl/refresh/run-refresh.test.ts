import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../../src-main/db/open-database';
import { sourceHealth } from '../../../../src-main/db/queries/source-health';
import { createHttpClient, type ClosableHttpClient } from '../../../../src-main/etl/http/undici-http-client';
import type { RefreshSummary } from '../../../../src-main/etl/refresh/refresh-result';
import { runRefresh, type RefreshOptions } from '../../../../src-main/etl/refresh/run-refresh';
import type { RefreshProgress } from '../../../../src-main/etl/refresh/source-progress';
import { createReadingsTable, readingsPublisher, readingsSource, type ReadingsPublisher } from '../../../support/fake-readings-source';
import { startPublisherServer, type PublisherServer } from '../../../support/publisher-server';
import { installPublishers } from '../../../support/publishers/environment';
import { tableChecksums } from '../../../support/table-checksums';

/**
 * The runner with a small test source (CSV files listed on a page), so every behaviour is checked
 * without depending on a real parser: change detection, isolation, atomicity, cancel, history.
 */
const DATA_TABLES = ['test_reading', 'source_file', 'rejected_row', 'production_monthly'];

describe('runRefresh', () => {
  let server: PublisherServer;
  let http: ClosableHttpClient;
  let database: OpenDatabase;
  let archiveDir: string;
  let publisher: ReadingsPublisher;
  let env: Record<string, string>;
  const source = readingsSource();
  let clock: number;
  const now = () => new Date(Date.UTC(2025, 10, 28, 12, 0, 0) + clock++ * 1000);

  const refresh = (options: Partial<RefreshOptions> = {}, sources = [source]): Promise<RefreshSummary> =>
    runRefresh(database, sources, { http, archiveDir, trigger: 'cli-refresh', env, now, ...options });
  const only = (summary: RefreshSummary) => summary.sources[0]!;
  const checksums = () => tableChecksums(database.sqlite, DATA_TABLES);

  beforeAll(async () => {
    server = await startPublisherServer();
    http = createHttpClient({ headersTimeoutMs: 300, bodyTimeoutMs: 300, retry: { maxAttempts: 2 }, sleep: async () => undefined });
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });
  beforeEach(async () => {
    clock = 0;
    server.heal();
    server.clearLog();
    publisher = readingsPublisher();
    env = installPublishers(server, [publisher]);
    database = await openDatabase(':memory:');
    createReadingsTable(database.sqlite);
    archiveDir = mkdtempSync(join(tmpdir(), 'caudal-archivo-'));
  });
  afterEach(async () => {
    await database.close();
    rmSync(archiveDir, { recursive: true, force: true });
  });

  it('loads what is published, then a second run downloads nothing and says "sin cambios"', async () => {
    const events: RefreshProgress[] = [];
    const first = await refresh({ onProgress: (e) => events.push(e) });
    expect(first.status).toBe('ok');
    expect(only(first)).toMatchObject({ status: 'updated', rowsLoaded: 4, rowsRejected: 1, error: null });
    expect(only(first).files.map((f) => [f.fileName, f.status])).toEqual([
      ['lecturas-2023.csv', 'loaded'],
      ['lecturas-2024.csv', 'loaded'],
    ]);
    // Lineage keeps the URL and validators, so the next run asks conditionally.
    const stored = database.sqlite.prepare('SELECT url, etag, last_modified FROM source_file ORDER BY id').all() as Array<Record<string, string>>;
    expect(stored.map((f) => f['url'])).toEqual([server.url(publisher.filePath(2023)), server.url(publisher.filePath(2024))]);
    expect(stored.every((f) => f['etag'] && f['last_modified'])).toBe(true);
    // Steps arrive in order: buscando → descargando → procesando → guardando → listo.
    const order = ['discover', 'download', 'parse', 'load', 'done'];
    const steps = events.map((e) => e.step).filter((step, i, all) => step !== all[i - 1]);
    expect(steps).toEqual(order);
    expect(events.every((e) => e.runId === first.runId && e.sourceId === 'anh-royalties' && e.sourceCount === 1)).toBe(true);
    expect(events.at(-1)).toMatchObject({ step: 'done', status: 'updated', message: '2 archivos nuevos, 4 filas cargadas, 1 rechazadas' });

    server.clearLog();
    const before = checksums();
    const second = await refresh();
    expect(only(second)).toMatchObject({ status: 'unchanged', files: [], rowsLoaded: 0 });
    const fileRequests = server.requests().filter((r) => r.path.includes('/files/'));
    expect(fileRequests.map((r) => [r.conditional, r.status, r.bodyBytes])).toEqual([
      [true, 304, 0],
      [true, 304, 0],
    ]);
    expect(checksums()).toEqual(before);
  });

  it('does not parse again a file re-sent with the same bytes, and remembers its new validators', async () => {
    await refresh();
    server.publish(publisher.filePath(2024), { body: 'periodo,valor\n2024-01,20\n2024-02,21\n', contentType: 'text/csv', etag: '"otra-etiqueta"' });
    const before = checksums().test_reading;
    const again = await refresh();
    expect(only(again).status).toBe('unchanged');
    expect(checksums().test_reading).toEqual(before);
    expect(database.sqlite.prepare('SELECT etag FROM source_file WHERE url = ?').pluck().get(server.url(publisher.filePath(2024)))).toBe('"otra-etiqueta"');
    server.clearLog();
    await refresh();
    expect(server.requests(publisher.filePath(2024)).map((r) => r.status)).toEqual([304]);
  });

  it('replaces a changed year in one transaction and keeps the old file as history', async () => {
    await refresh();
    publisher.setYear(2024, 'periodo,valor\n2024-01,20\n2024-02,21\n2024-03,22\n');
    const result = only(await refresh());
    expect(result.status).toBe('updated');
    expect(result.files).toEqual([expect.objectContaining({ status: 'loaded', coverage: '2024', rowsLoaded: 3, supersededFileIds: [2] })]);
    expect(database.sqlite.prepare("SELECT count(*) FROM test_reading WHERE period LIKE '2024-%'").pluck().get()).toBe(3);
    expect(database.sqlite.prepare('SELECT status FROM source_file ORDER BY id').pluck().all()).toEqual(['active', 'superseded', 'active']);
  });

  const failures: Array<{ name: string; arrange: (p: ReadingsPublisher) => void; code: string; message: RegExp }> = [
    { name: 'HTTP 500 on the page', arrange: (p) => server.fail(p.indexPath, { kind: 'status', status: 500 }), code: 'http-status', message: /^El servidor 127\.0\.0\.1:\d+ respondió HTTP 500 .*\(tras 2 intentos\)$/ },
    { name: 'HTTP 500 on a file', arrange: (p) => (p.setYear(2024, 'periodo,valor\n2024-01,99\n'), server.fail(p.filePath(2024), { kind: 'status', status: 500 })), code: 'http-status', message: /respondió HTTP 500/ },
    { name: 'a page that never answers', arrange: (p) => server.fail(p.indexPath, { kind: 'hang' }), code: 'timeout', message: /^No se pudo conectar con 127\.0\.0\.1:\d+: no respondió en 0\.3 s/ },
    { name: 'a truncated download', arrange: (p) => (p.setYear(2024, 'periodo,valor\n2024-01,99\n'), server.fail(p.filePath(2024), { kind: 'truncate' })), code: 'truncated', message: /quedó incompleta: llegaron \d+ de \d+ bytes/ },
    {
      name: 'a page whose layout changed',
      arrange: (p) => server.fail(p.indexPath, { kind: 'replace', file: { body: '<html><body><p>Nuevo portal</p></body></html>', contentType: 'text/html' } }),
      code: 'layout-changed',
      message: /^La página de prueba cambió: no se encontraron archivos de lecturas$/,
    },
    {
      name: 'a renamed header',
      arrange: (p) => p.setYear(2024, 'periodo,volumen\n2024-01,99\n'),
      code: 'file-failed',
      message: /^lecturas-2024\.csv: No se encontró la columna «valor» en el encabezado/,
    },
  ];

  it.each(failures)('fails for $name with a clear message and leaves the loaded data exactly as it was', async ({ arrange, code, message }) => {
    await refresh();
    const before = checksums();
    arrange(publisher);
    const summary = await refresh();
    const result = only(summary);
    expect(result.status).toBe('failed');
    expect(result.error?.code).toBe(code);
    expect(result.error?.message).toMatch(message);
    const newestFile = database.sqlite.prepare("SELECT max(imported_at) FROM source_file WHERE status = 'active'").pluck().get();
    expect(result.keptDataFrom).toBe(newestFile);
    expect(result.keptDataFrom).toMatch(/^2025-11-28T12:/);
    expect(summary.ok).toBe(false);
    expect(checksums()).toEqual(before);
    const record = database.sqlite.prepare('SELECT status, error_code, error FROM etl_run_source WHERE run_id = ?').get(summary.runId);
    expect(record).toEqual({ status: 'failed', error_code: code, error: result.error?.message });
    expect(database.sqlite.prepare('SELECT status, error FROM etl_run WHERE id = ?').get(summary.runId)).toEqual({ status: 'failed', error: `Lecturas de prueba: ${result.error?.message}` });
  });

  it('loads the good files and reports the bad one when only one file fails to parse', async () => {
    await refresh();
    publisher.setYear(2023, 'periodo,valor\n2023-01,10\n2023-02,11\n2023-03,12\n');
    publisher.setYear(2024, 'fecha,valor\n2024-01,99\n');
    const result = only(await refresh());
    expect(result.status).toBe('partial');
    expect(result.files.map((f) => [f.fileName, f.status])).toEqual([
      ['lecturas-2024.csv', 'failed'],
      ['lecturas-2023.csv', 'loaded'],
    ]);
    expect(database.sqlite.prepare("SELECT count(*) FROM test_reading WHERE period LIKE '2023-%'").pluck().get()).toBe(3);
    expect(database.sqlite.prepare("SELECT value FROM test_reading WHERE period LIKE '2024-%' ORDER BY period").pluck().all()).toEqual([20, 21]);
  });

  it('keeps one source failing away from another source’s data', async () => {
    const second = readingsSource('upme-demand', 'Otra fuente de prueba');
    const otherPublisher = readingsPublisher('upme-demand', 'otra', { 2022: 'periodo,valor\n2022-05,5\n' });
    env = { ...env, ...installPublishers(server, [otherPublisher]) };
    await refresh({}, [source, second]);
    const before = checksums();
    server.fail(publisher.indexPath, { kind: 'status', status: 503 });
    otherPublisher.setYear(2022, 'periodo,valor\n2022-05,6\n');
    const summary = await refresh({}, [source, second]);
    expect(summary.status).toBe('partial');
    expect(summary.sources.map((s) => s.status)).toEqual(['failed', 'updated']);
    expect(database.sqlite.prepare("SELECT value FROM test_reading WHERE source_id = 'upme-demand'").pluck().all()).toEqual([6]);
    const after = tableChecksums(database.sqlite, ['test_reading']);
    expect(after).not.toEqual({ test_reading: before.test_reading });
    expect(database.sqlite.prepare("SELECT value FROM test_reading WHERE source_id = 'anh-royalties' ORDER BY period").pluck().all()).toEqual([10, 11, 20, 21]);
  });

  it('cancels mid-download: the source keeps its previous data and the run says so', async () => {
    await refresh();
    const before = checksums();
    publisher.setYear(2024, 'periodo,valor\n2024-01,77\n');
    server.fail(publisher.filePath(2024), { kind: 'stall' });
    const controller = new AbortController();
    const events: RefreshProgress[] = [];
    const summary = await refresh({
      signal: controller.signal,
      onProgress: (e) => {
        events.push(e);
        if (e.step === 'download' && e.receivedBytes) controller.abort();
      },
    });
    expect(summary.status).toBe('cancelled');
    expect(only(summary)).toMatchObject({ status: 'cancelled', error: { code: 'cancelled' } });
    expect(events.at(-1)).toMatchObject({ step: 'cancelled', status: 'cancelled' });
    expect(checksums()).toEqual(before);
    expect(database.sqlite.prepare('SELECT status FROM etl_run WHERE id = ?').pluck().get(summary.runId)).toBe('cancelled');
  });

  it('cancels one source and goes on with the next', async () => {
    const second = readingsSource('upme-demand', 'Otra fuente de prueba');
    env = { ...env, ...installPublishers(server, [readingsPublisher('upme-demand', 'otra', { 2022: 'periodo,valor\n2022-05,5\n' })]) };
    const cancelFirst = new AbortController();
    cancelFirst.abort();
    const summary = await refresh({ sourceSignal: (id) => (id === 'anh-royalties' ? cancelFirst.signal : undefined) }, [source, second]);
    expect(summary.sources.map((s) => s.status)).toEqual(['cancelled', 'updated']);
    expect(server.requests(publisher.indexPath)).toHaveLength(0);
  });

  it('records each attempt for the sources panel: last attempt with its error, last success, what is loaded', async () => {
    const descriptor = { id: source.id, title: source.title, publisher: source.publisher, officialUrl: source.officialUrl };
    const never = { id: 'upme-demand' as const, title: 'Nunca actualizada', publisher: 'UPME', officialUrl: null };
    const ok = await refresh();
    server.fail(publisher.indexPath, { kind: 'status', status: 404 });
    const failed = await refresh({ trigger: 'button' });
    const { sources } = await sourceHealth(database.db, [descriptor, never]);
    expect(sources[0]).toEqual({
      ...descriptor,
      lastAttempt: {
        runId: failed.runId,
        trigger: 'button',
        startedAt: only(failed).startedAt,
        finishedAt: only(failed).finishedAt,
        status: 'failed',
        error: only(failed).error!.message,
        errorCode: 'http-status',
        filesLoaded: 0,
        rowsLoaded: 0,
      },
      lastSuccess: expect.objectContaining({ runId: ok.runId, trigger: 'cli-refresh', status: 'updated', filesLoaded: 2, rowsLoaded: 4, error: null }),
      files: 2,
      rows: 4,
      rejects: 1,
      freshness: '2024',
      lastLoadedAt: expect.stringMatching(/^2025-11-28T12:/),
    });
    expect(sources[1]).toEqual({ ...never, lastAttempt: null, lastSuccess: null, files: 0, rows: 0, rejects: 0, freshness: null, lastLoadedAt: null });
  });

  it('refuses an invalid URL override for that source without making a request', async () => {
    const summary = await refresh({ env: { CAUDAL_URL_ANH_ROYALTIES_INDEX: 'ftp://espejo/lecturas' } });
    expect(only(summary).error).toEqual({
      code: 'bad-url-setting',
      message: 'La URL de Lecturas de prueba definida en la variable de entorno CAUDAL_URL_ANH_ROYALTIES_INDEX no es una dirección http(s) válida: «ftp://espejo/lecturas»',
    });
    expect(only(summary).keptDataFrom).toBeNull();
    expect(server.requests()).toHaveLength(0);
  });
});
