import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { expect, it } from 'vitest';
import { productionSeries } from '../../../../src-main/db/queries/production-series';
import { sourceHealth } from '../../../../src-main/db/queries/source-health';
import { anhProductionSource } from '../../../../src-main/etl/sources/anh-production';
import { closedPortOrigin, startSilentServer } from '../../../support/publisher-server';
import { anhIndexPath, anhProductionPublisher, estadisticasPage } from '../../../support/publishers/anh-production';
import { describeWithSamples, readSample } from '../../../support/samples';
import { useSourceRefresh } from '../sources/source-refresh-harness';
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
  const harness = useSourceRefresh(anhProductionSource, anhProductionPublisher);
  // `env` points some of the source's URLs elsewhere (a closed port, a silent host) for one run.
  const refresh = (overrides: { env?: Record<string, string> } = {}) => harness.refreshRun(overrides.env);
  const yearlyTotals = async () => (await productionSeries(harness.database.db, { granularity: 'year', measure: 'fiscalizada', rateUnit: 'MPCD', volumeUnit: 'MPC' })).points.map((p) => [p.period, p.months, Math.round(p.volumeMpc)]);

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
    for (const path of harness.publisher.oilPaths) expect(harness.server.requests(path)).toHaveLength(0);
    const files = harness.database.sqlite.prepare('SELECT file_name, url, etag, last_modified FROM source_file ORDER BY coverage').all() as Array<Record<string, string>>;
    expect(files.map((f) => f['file_name'])).toEqual([expect.stringMatching(/^Producción_Fiscalizada_Gas_2020_\w+\.xlsx$/), expect.any(String), expect.any(String)]);
    expect(files.every((f) => f['url']?.startsWith(`${harness.server.origin}/documents/`) && f['etag'] && f['last_modified'])).toBe(true);
  });

  it('downloads nothing new on a second run and says "sin cambios"', async () => {
    const before = tableChecksums(harness.database.sqlite, DATA_TABLES);
    const [anh] = (await refresh()).sources;
    expect(anh).toMatchObject({ status: 'unchanged', files: [], rowsLoaded: 0 });
    const workbookRequests = harness.server.requests().filter((r) => r.path.startsWith('/documents/'));
    expect(workbookRequests.map((r) => [r.conditional, r.status, r.bodyBytes])).toEqual([
      [true, 304, 0],
      [true, 304, 0],
      [true, 304, 0],
    ]);
    expect(tableChecksums(harness.database.sqlite, DATA_TABLES)).toEqual(before);
  });

  it('does not parse again a year ANH re-links with the same bytes, and asks conditionally next time', async () => {
    harness.publisher.republish(2024);
    const before = tableChecksums(harness.database.sqlite, ['production_monthly']);
    const [anh] = (await refresh()).sources;
    expect(anh!.status).toBe('unchanged');
    expect(tableChecksums(harness.database.sqlite, ['production_monthly'])).toEqual(before);
    expect(harness.database.sqlite.prepare("SELECT url FROM source_file WHERE coverage = '2024'").pluck().get()).toBe(harness.server.url(harness.publisher.workbookPath(2024)));
    harness.server.clearLog();
    await refresh();
    expect(harness.server.requests(harness.publisher.workbookPath(2024)).map((r) => r.status)).toEqual([304]);
  });

  const failures: Array<{ name: string; arrange: () => void | Promise<Record<string, string>>; message: RegExp }> = [
    { name: 'HTTP 500', arrange: () => void harness.server.fail(anhIndexPath, { kind: 'status', status: 500 }), message: /^El servidor 127\.0\.0\.1:\d+ respondió HTTP 500/ },
    { name: 'a timeout', arrange: () => void harness.server.fail(anhIndexPath, { kind: 'hang' }), message: /^No se pudo conectar con 127\.0\.0\.1:\d+: no respondió en 0\.5 s/ },
    {
      name: 'a truncated download',
      arrange: () => {
        harness.publisher.republish(2025);
        harness.server.fail(harness.publisher.workbookPath(2025), { kind: 'truncate' });
      },
      message: /^La descarga desde 127\.0\.0\.1:\d+ quedó incompleta: llegaron \d+ de 301562 bytes/,
    },
    {
      name: 'a page whose layout changed',
      arrange: () => void harness.server.fail(anhIndexPath, { kind: 'replace', file: { body: estadisticasPage('', '<li><a href="/documents/1/Producci%C3%B3n_Fiscalizada_Crudo_2024_x.xlsx">Crudo</a></li>'), contentType: 'text/html' } }),
      message: /^La página de la ANH cambió: no se encontraron enlaces de producción de gas$/,
    },
    {
      name: 'a workbook with a renamed header',
      arrange: () => harness.publisher.republish(2024, withRenamedHeader(readSample('anh', 'Produccion_Fiscalizada_Gas_2024.xlsx'), 'MUNICIPIO', 'CIUDAD')),
      message: /^Producción_Fiscalizada_Gas_2024_\w+\.xlsx: La hoja «.+» no tiene la columna «MUNICIPIO»/,
    },
    {
      name: 'an empty listing',
      arrange: () => void harness.server.fail(anhIndexPath, { kind: 'replace', file: { body: estadisticasPage('', ''), contentType: 'text/html' } }),
      message: /^La página de la ANH cambió: no se encontraron enlaces de producción de gas$/,
    },
    { name: 'a closed port (connection refused)', arrange: async () => ({ CAUDAL_URL_ANH_PRODUCTION_INDEX: `${await closedPortOrigin()}${anhIndexPath}` }), message: /^No se pudo conectar con 127\.0\.0\.1:\d+ \(conexión rechazada\)/ },
  ];

  it.each(failures)('reports $name for ANH only and keeps the loaded data intact and queryable', async ({ arrange, message }) => {
    const before = tableChecksums(harness.database.sqlite, DATA_TABLES);
    const totalsBefore = await yearlyTotals();
    const overrides = await arrange();
    const summary = await refresh(overrides ? { env: overrides } : {});
    const [anh] = summary.sources;
    expect(anh!.status).toBe('failed');
    expect(anh!.error?.message).toMatch(message);
    expect(anh!.keptDataFrom).not.toBeNull();
    expect(tableChecksums(harness.database.sqlite, DATA_TABLES)).toEqual(before);
    expect(await yearlyTotals()).toEqual(totalsBefore);
    harness.publisher.republish(2024, readSample('anh', 'Produccion_Fiscalizada_Gas_2024.xlsx'));
  });

  it('fails fast on a host that accepts and never answers, with the same message', async () => {
    const silent = await startSilentServer();
    const before = tableChecksums(harness.database.sqlite, DATA_TABLES);
    const [anh] = (await refresh({ env: { CAUDAL_URL_ANH_PRODUCTION_INDEX: `${silent.origin}${anhIndexPath}` } })).sources;
    await silent.close();
    expect(anh!.error?.message).toMatch(/^No se pudo conectar con 127\.0\.0\.1:\d+: no respondió en 0\.5 s \(tras 2 intentos\)$/);
    expect(tableChecksums(harness.database.sqlite, DATA_TABLES)).toEqual(before);
  });

  it('shows the source health: last attempt with its error, last success, files, rows and freshness', async () => {
    const health = await sourceHealth(harness.database.db, [
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
    expect(anh!.rows).toBe(Number(harness.database.sqlite.prepare('SELECT count(*) FROM production_monthly').pluck().get()));
  });
});
