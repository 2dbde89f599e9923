import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../../src-main/db/open-database';
import { productionSeries } from '../../../../src-main/db/queries/production-series';
import { sourceHealth } from '../../../../src-main/db/queries/source-health';
import { syncDepartments } from '../../../../src-main/db/sync-departments';
import { createHttpClient, type ClosableHttpClient } from '../../../../src-main/etl/http/undici-http-client';
import { runRefresh } from '../../../../src-main/etl/refresh/run-refresh';
import { anhProductionSource } from '../../../../src-main/etl/sources/anh-production';
import { closedPortOrigin, startPublisherServer, startSilentServer, type PublisherServer } from '../../../support/publisher-server';
import { anhIndexPath, anhProductionPublisher, estadisticasPage, type AnhPublisher } from '../../../support/publishers/anh-production';
import { installPublishers } from '../../../support/publishers/environment';
import { describeWithSamples, readSample } from '../../../support/samples';
import { tableChecksums } from '../../../support/table-checksums';

/**
 * The ANH source end to end: the real yearly workbooks served by a local stand-in for the ANH site,
 * discovered on its page, downloaded conditionally, parsed and loaded; then every failure the issue
 * lists, each a clear error for ANH with the loaded data byte-for-byte intact and still queryable.
 */
/** Facts and lineage. A refresh may record where an unchanged file was fetched from (URL, validators); nothing else. */
const DATA_TABLES = [
  'production_monthly',
  'production_summary_rate',
  { table: 'source_file', exclude: ['url', 'etag', 'last_modified'] },
  'sheet_reconciliation',
  'rejected_row',
  'operator',
  'field',
  'contract',
  'municipality',
];

/** The 2024 sample with its MUNICIPIO header renamed, rebuilt in memory (nothing derived is written to disk). */
function withRenamedHeader(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const entries = unzipSync(bytes);
  const strings = strFromU8(entries['xl/sharedStrings.xml']!);
  const renamed = strings.replace(`<t>${from}</t>`, `<t>${to}</t>`);
  if (renamed === strings) throw new Error(`La muestra no tiene el encabezado ${from}`);
  return zipSync({ ...entries, 'xl/sharedStrings.xml': strToU8(renamed) });
}

describeWithSamples('ANH producción fiscalizada: refresh against a local ANH site', () => {
  let server: PublisherServer;
  let publisher: AnhPublisher;
  let env: Record<string, string>;
  let database: OpenDatabase;
  let http: ClosableHttpClient;
  let dataDir: string;
  const refresh = (overrides: { env?: Record<string, string> } = {}) =>
    runRefresh(database, [anhProductionSource], { http, archiveDir: join(dataDir, 'archivo'), trigger: 'cli-refresh', env: overrides.env ?? env });
  const yearlyTotals = async () => (await productionSeries(database.db, { granularity: 'year', measure: 'fiscalizada', rateUnit: 'MPCD', volumeUnit: 'MPC' })).points.map((p) => [p.period, p.months, Math.round(p.volumeMpc)]);

  beforeAll(async () => {
    server = await startPublisherServer();
    publisher = anhProductionPublisher();
    env = installPublishers(server, [publisher]);
    dataDir = mkdtempSync(join(tmpdir(), 'caudal-anh-'));
    database = await openDatabase(join(dataDir, 'caudal.sqlite'));
    syncDepartments(database.sqlite);
    http = createHttpClient({ headersTimeoutMs: 500, bodyTimeoutMs: 500, retry: { maxAttempts: 2 }, sleep: async () => undefined });
  });
  afterAll(async () => {
    await http.close();
    await database?.close();
    await server?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => {
    server.heal();
    server.clearLog();
  });

  it('loads every published year and never touches the crude-oil workbooks', async () => {
    const summary = await refresh();
    const [anh] = summary.sources;
    expect(anh!.status).toBe('updated');
    expect(anh!.files.map((f) => [f.status, 'coverage' in f ? f.coverage : null])).toEqual([
      ['loaded', '2020'],
      ['loaded', '2024'],
      ['loaded', '2025'],
    ]);
    expect(anh!.rowsLoaded).toBeGreaterThan(1000);
    expect((await yearlyTotals()).map(([period, months]) => [period, months])).toEqual([
      ['2020', 12],
      ['2024', 12],
      ['2025', 10],
    ]);
    for (const path of publisher.oilPaths) expect(server.requests(path)).toHaveLength(0);
    const files = database.sqlite.prepare('SELECT file_name, url, etag, last_modified FROM source_file ORDER BY coverage').all() as Array<Record<string, string>>;
    expect(files.map((f) => f['file_name'])).toEqual([expect.stringMatching(/^Producción_Fiscalizada_Gas_2020_\w+\.xlsx$/), expect.any(String), expect.any(String)]);
    expect(files.every((f) => f['url']?.startsWith(`${server.origin}/documents/`) && f['etag'] && f['last_modified'])).toBe(true);
  });

  it('downloads nothing new on a second run and says "sin cambios"', async () => {
    const before = tableChecksums(database.sqlite, DATA_TABLES);
    const [anh] = (await refresh()).sources;
    expect(anh).toMatchObject({ status: 'unchanged', files: [], rowsLoaded: 0 });
    const workbookRequests = server.requests().filter((r) => r.path.startsWith('/documents/'));
    expect(workbookRequests.map((r) => [r.conditional, r.status, r.bodyBytes])).toEqual([
      [true, 304, 0],
      [true, 304, 0],
      [true, 304, 0],
    ]);
    expect(tableChecksums(database.sqlite, DATA_TABLES)).toEqual(before);
  });

  it('does not parse again a year ANH re-links with the same bytes, and asks conditionally next time', async () => {
    publisher.republish(2024);
    const before = tableChecksums(database.sqlite, ['production_monthly']);
    const [anh] = (await refresh()).sources;
    expect(anh!.status).toBe('unchanged');
    expect(tableChecksums(database.sqlite, ['production_monthly'])).toEqual(before);
    expect(database.sqlite.prepare("SELECT url FROM source_file WHERE coverage = '2024'").pluck().get()).toBe(server.url(publisher.workbookPath(2024)));
    server.clearLog();
    await refresh();
    expect(server.requests(publisher.workbookPath(2024)).map((r) => r.status)).toEqual([304]);
  });

  const failures: Array<{ name: string; arrange: () => void | Promise<Record<string, string>>; message: RegExp }> = [
    { name: 'HTTP 500', arrange: () => void server.fail(anhIndexPath, { kind: 'status', status: 500 }), message: /^El servidor 127\.0\.0\.1:\d+ respondió HTTP 500/ },
    { name: 'a timeout', arrange: () => void server.fail(anhIndexPath, { kind: 'hang' }), message: /^No se pudo conectar con 127\.0\.0\.1:\d+: no respondió en 0\.5 s/ },
    {
      name: 'a truncated download',
      arrange: () => {
        publisher.republish(2025);
        server.fail(publisher.workbookPath(2025), { kind: 'truncate' });
      },
      message: /^La descarga desde 127\.0\.0\.1:\d+ quedó incompleta: llegaron \d+ de 301562 bytes/,
    },
    {
      name: 'a page whose layout changed',
      arrange: () => void server.fail(anhIndexPath, { kind: 'replace', file: { body: estadisticasPage('', '<li><a href="/documents/1/Producci%C3%B3n_Fiscalizada_Crudo_2024_x.xlsx">Crudo</a></li>'), contentType: 'text/html' } }),
      message: /^La página de la ANH cambió: no se encontraron enlaces de producción de gas$/,
    },
    {
      name: 'a workbook with a renamed header',
      arrange: () => publisher.republish(2024, withRenamedHeader(readSample('anh', 'Produccion_Fiscalizada_Gas_2024.xlsx'), 'MUNICIPIO', 'CIUDAD')),
      message: /^Producción_Fiscalizada_Gas_2024_\w+\.xlsx: La hoja «.+» no tiene la columna «MUNICIPIO»/,
    },
    {
      name: 'an empty listing',
      arrange: () => void server.fail(anhIndexPath, { kind: 'replace', file: { body: estadisticasPage('', ''), contentType: 'text/html' } }),
      message: /^La página de la ANH cambió: no se encontraron enlaces de producción de gas$/,
    },
    { name: 'a closed port (connection refused)', arrange: async () => ({ CAUDAL_URL_ANH_PRODUCTION_INDEX: `${await closedPortOrigin()}${anhIndexPath}` }), message: /^No se pudo conectar con 127\.0\.0\.1:\d+ \(conexión rechazada\)/ },
  ];

  it.each(failures)('reports $name for ANH only and keeps the loaded data intact and queryable', async ({ arrange, message }) => {
    const before = tableChecksums(database.sqlite, DATA_TABLES);
    const totalsBefore = await yearlyTotals();
    const overrides = await arrange();
    const summary = await refresh(overrides ? { env: overrides } : {});
    const [anh] = summary.sources;
    expect(anh!.status).toBe('failed');
    expect(anh!.error?.message).toMatch(message);
    expect(anh!.keptDataFrom).not.toBeNull();
    expect(tableChecksums(database.sqlite, DATA_TABLES)).toEqual(before);
    expect(await yearlyTotals()).toEqual(totalsBefore);
    publisher.republish(2024, readSample('anh', 'Produccion_Fiscalizada_Gas_2024.xlsx'));
  });

  it('fails fast on a host that accepts and never answers, with the same message', async () => {
    const silent = await startSilentServer();
    const before = tableChecksums(database.sqlite, DATA_TABLES);
    const [anh] = (await refresh({ env: { CAUDAL_URL_ANH_PRODUCTION_INDEX: `${silent.origin}${anhIndexPath}` } })).sources;
    await silent.close();
    expect(anh!.error?.message).toMatch(/^No se pudo conectar con 127\.0\.0\.1:\d+: no respondió en 0\.5 s \(tras 2 intentos\)$/);
    expect(tableChecksums(database.sqlite, DATA_TABLES)).toEqual(before);
  });

  it('shows the source health: last attempt with its error, last success, files, rows and freshness', async () => {
    const health = await sourceHealth(database.db, [
      {
        id: 'anh-production',
        title: anhProductionSource.title,
        publisher: anhProductionSource.publisher,
        officialUrl: anhProductionSource.officialUrl,
        latestPeriod: anhProductionSource.latestPeriod,
      },
    ]);
    const [anh] = health.sources;
    expect(anh).toMatchObject({
      id: 'anh-production',
      officialUrl: expect.stringMatching(/^https:\/\/www\.anh\.gov\.co\/es\/operaciones-y-regal/),
      lastAttempt: { status: 'failed', trigger: 'cli-refresh', errorCode: 'timeout' },
      lastSuccess: { status: 'unchanged' },
      files: 3,
      freshness: '2025-10',
    });
    expect(anh!.rows).toBe(Number(database.sqlite.prepare('SELECT count(*) FROM production_monthly').pluck().get()));
  });
});
