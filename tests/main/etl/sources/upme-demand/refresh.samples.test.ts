import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { expect, it } from 'vitest';
import { demandSeries } from '../../../../../src-main/db/queries/demand-series';
import { upmeDemandSource } from '../../../../../src-main/etl/sources/upme-demand';
import { commands } from '../../../../../src-shared/contract';
import { closedPortOrigin } from '../../../../support/publisher-server';
import { upmeDemandPublisher, upmeIndexPath, upmeProjectionPage, upmeSampleZip2024 } from '../../../../support/publishers/upme-demand';
import { describeWithSamples } from '../../../../support/samples';
import { useSourceRefresh } from '../source-refresh-harness';
import { tableChecksums } from '../../../../support/table-checksums';
import { edition2023Zip } from './fixtures/layout-2023';

/**
 * The UPME source end to end: the real 2024 workbooks zipped at test time and a synthetic 2023 zip,
 * served by a local stand-in for UPME's projections page, discovered, downloaded conditionally, parsed
 * and loaded; then every failure the issue lists, each a clear error for UPME with the loaded data
 * byte-for-byte intact and still queryable.
 */
const DATA_TABLES = ['demand_monthly', 'demand_book', 'demand_check', 'demand_node', 'rejected_row', { table: 'source_file', exclude: ['url', 'etag', 'last_modified'] }];

/** The 2024 sample zip with one header of the Agregada workbook renamed, rebuilt in memory. */
function withRenamedHeader(from: string, to: string): Uint8Array {
  const zip = unzipSync(upmeSampleZip2024());
  const name = 'UPME_Series_2024_Gas_Natural_Agregada.xlsx';
  const parts = unzipSync(zip[name]!);
  const strings = strFromU8(parts['xl/sharedStrings.xml']!);
  const renamed = strings.replace(`<t>${from}</t>`, `<t>${to}</t>`);
  if (renamed === strings) throw new Error(`La muestra no tiene el encabezado ${from}`);
  return zipSync({ ...zip, [name]: zipSync({ ...parts, 'xl/sharedStrings.xml': strToU8(renamed) }) });
}

describeWithSamples('UPME proyección de demanda: refresh against a local UPME site', () => {
  let sample2024: Uint8Array;
  const harness = useSourceRefresh(upmeDemandSource, async () => upmeDemandPublisher({ editions: { '2024': (sample2024 = upmeSampleZip2024()), '2023': await edition2023Zip() } }));
  // `env` points some of the source's URLs elsewhere (a closed port, a silent host) for one run.
  const refresh = (overrides: { env?: Record<string, string> } = {}) => harness.refreshRun(overrides.env);
  const yearlyMedio = async () =>
    (await demandSeries(harness.database.db, commands['demand.series'].input.parse({ granularity: 'year', scenarios: ['historico', 'medio'] }))).points.map((p) => [p.period, p.scenario, Math.round(p.gbtud * 100) / 100]);

  it('loads every edition the page lists and never downloads the other annexes', async () => {
    const [upme] = (await refresh()).sources;
    expect(upme!.status).toBe('updated');
    expect(upme!.files.map((f) => [f.status, 'coverage' in f ? f.coverage : null])).toEqual([
      ['loaded', 'Edición 2024'],
      ['loaded', 'Edición 2023'],
    ]);
    expect(harness.server.requests().map((r) => r.path)).toEqual([upmeIndexPath, harness.publisher.zipPath('2024'), harness.publisher.zipPath('2023')]);
    const series = await demandSeries(harness.database.db, commands['demand.series'].input.parse({ from: '2024-09', to: '2024-10', scenarios: ['historico', 'medio'] }));
    expect(series.edition).toBe('2024');
    expect(series.points.map((p) => [p.period, p.scenario, Math.round(p.gbtud * 100) / 100])).toEqual([
      ['2024-09', 'historico', 1215.9],
      ['2024-10', 'medio', 1370.45],
    ]);
    const files = harness.database.sqlite.prepare("SELECT url, etag FROM source_file WHERE source_id = 'upme-demand' ORDER BY coverage DESC").all() as Array<{ url: string; etag: string }>;
    expect(files.map((f) => f.url)).toEqual([harness.server.url(harness.publisher.zipPath('2024')), harness.server.url(harness.publisher.zipPath('2023'))]);
    expect(files.every((f) => f.etag)).toBe(true);
  });

  it('downloads nothing new on a second run and says "sin cambios"', async () => {
    const before = tableChecksums(harness.database.sqlite, DATA_TABLES);
    const [upme] = (await refresh()).sources;
    expect(upme).toMatchObject({ status: 'unchanged', files: [], rowsLoaded: 0 });
    const zips = harness.server.requests().filter((r) => r.path.endsWith('.zip'));
    expect(zips.map((r) => [r.conditional, r.status, r.bodyBytes])).toEqual([
      [true, 304, 0],
      [true, 304, 0],
    ]);
    expect(tableChecksums(harness.database.sqlite, DATA_TABLES)).toEqual(before);
  });

  const failures: Array<{ name: string; arrange: () => void | Promise<Record<string, string>>; message: RegExp }> = [
    { name: 'HTTP 500', arrange: () => void harness.server.fail(upmeIndexPath, { kind: 'status', status: 500 }), message: /^El servidor 127\.0\.0\.1:\d+ respondió HTTP 500/ },
    { name: 'a timeout', arrange: () => void harness.server.fail(upmeIndexPath, { kind: 'hang' }), message: /^No se pudo conectar con 127\.0\.0\.1:\d+: no respondió en 0\.5 s/ },
    {
      name: 'a truncated download',
      // The failure answers even a conditional request: headers for the whole zip, then half of it.
      arrange: () => void harness.server.fail(harness.publisher.zipPath('2024'), { kind: 'truncate' }),
      message: /^La descarga desde 127\.0\.0\.1:\d+ quedó incompleta: llegaron \d+ de \d+ bytes/,
    },
    {
      name: 'a page whose layout changed',
      arrange: () => void harness.server.fail(upmeIndexPath, { kind: 'replace', file: { body: '<html><body><h1>Sitio en mantenimiento</h1></body></html>', contentType: 'text/html' } }),
      message: /^La página de proyecciones de la UPME cambió: no se encontró ningún anexo de datos \(\.zip\) de demanda de gas natural$/,
    },
    {
      name: 'a workbook with a renamed header',
      arrange: () => harness.publisher.republish('2024', withRenamedHeader('Esc. Bajo', 'Esc. Pesimista')),
      message:
        /^Anexo_Datos_Proyeccion_Demanda_Gas_Nat_2024\.zip: UPME_Series_2024_Gas_Natural_Agregada\.xlsx: La hoja «Esc Alto, Medio y Bajo» tiene en la columna B \(celda B2\) el encabezado «Esc\. Pesimista», que no es un escenario conocido/,
    },
    {
      name: 'an empty listing',
      arrange: () => void harness.server.fail(upmeIndexPath, { kind: 'replace', file: { body: upmeProjectionPage(harness.server.origin, []), contentType: 'text/html' } }),
      message: /^La página de proyecciones de la UPME cambió: no se encontró ningún anexo/,
    },
    { name: 'a closed port (connection refused)', arrange: async () => ({ CAUDAL_URL_UPME_DEMAND_INDEX: `${await closedPortOrigin()}${upmeIndexPath}` }), message: /^No se pudo conectar con 127\.0\.0\.1:\d+ \(conexión rechazada\)/ },
  ];

  it.each(failures)('reports $name for UPME only and keeps the loaded editions intact and queryable', async ({ arrange, message }) => {
    const before = tableChecksums(harness.database.sqlite, DATA_TABLES);
    const yearlyBefore = await yearlyMedio();
    const overrides = await arrange();
    const [upme] = (await refresh(overrides ? { env: overrides } : {})).sources;
    expect(upme!.status).toBe('failed');
    expect(upme!.error?.message).toMatch(message);
    expect(tableChecksums(harness.database.sqlite, DATA_TABLES)).toEqual(before);
    expect(await yearlyMedio()).toEqual(yearlyBefore);
    harness.publisher.republish('2024', sample2024);
  });
});
