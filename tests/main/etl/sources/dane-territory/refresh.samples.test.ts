import { expect, it } from 'vitest';
import { daneTerritorySource } from '../../../../../src-main/etl/sources/dane-territory';
import { closedPortOrigin } from '../../../../support/publisher-server';
import { daneTerritoryPublisher, departmentLayerPath, divipolaCsvPath, municipalityLayerPath } from '../../../../support/publishers/dane-territory';
import { describeWithSamples, readSample } from '../../../../support/samples';
import { tableChecksums } from '../../../../support/table-checksums';
import { useSourceRefresh } from '../source-refresh-harness';
import { query } from '../../../../support/temp-app';

/**
 * The territory source end to end against a local datos.gov.co and DANE geoportal serving the real
 * samples: the DIVIPOLA export downloaded conditionally, both MGN layers paged, then every failure the
 * issue lists, each a clear error for this source only with the loaded territory intact.
 */
const DATA_TABLES = ['territory_municipality', 'territory_municipality_key', 'territory_boundary', 'municipality', 'rejected_row', { table: 'source_file', exclude: ['url', 'etag', 'last_modified'] }];
const sampleCsv = () => readSample('divipola', 'Departamentos_y_municipios_de_Colombia.csv');
const edited = (edit: (text: string) => string) => new TextEncoder().encode(edit(new TextDecoder().decode(sampleCsv())));

describeWithSamples('DANE territorio: refresh against local datos.gov.co and DANE geoportal', () => {
  const harness = useSourceRefresh(daneTerritorySource, daneTerritoryPublisher);
  const { refresh } = harness;
  const featureCount = async () => (await query<{ features: unknown[] }>(harness.t.app, 'map.boundaries', { level: 'municipality' })).features.length;

  it('loads the DIVIPOLA list and both boundary layers, following the service’s pages', async () => {
    const result = await refresh();
    expect(result.status).toBe('updated');
    expect(result.files.map((f) => [f.status, 'coverage' in f ? f.coverage : null])).toEqual([
      ['loaded', 'DIVIPOLA: 1.123 municipios de 33 departamentos'],
      ['loaded', 'Límites departamentales MGN 2018 (33)'],
      ['loaded', 'Límites municipales MGN 2018 (1.122)'],
    ]);
    expect(harness.server.requests(municipalityLayerPath).map((r) => new URLSearchParams(r.search).get('resultOffset'))).toEqual([null, '500', '1000']);
    expect(await featureCount()).toBe(1122);
  });

  it('downloads nothing new on a second run and says "sin cambios"', async () => {
    const before = tableChecksums(harness.t.app.database.sqlite, DATA_TABLES);
    const result = await refresh();
    expect(result).toMatchObject({ status: 'unchanged', files: [], rowsLoaded: 0 });
    expect(harness.server.requests(divipolaCsvPath).map((r) => [r.conditional, r.status, r.bodyBytes])).toEqual([[true, 304, 0]]);
    expect(tableChecksums(harness.t.app.database.sqlite, DATA_TABLES)).toEqual(before);
  });

  const failures: Array<{ name: string; arrange: () => void | Promise<Record<string, string>>; message: RegExp }> = [
    { name: 'HTTP 500', arrange: () => void harness.server.fail(divipolaCsvPath, { kind: 'status', status: 500 }), message: /^El servidor 127\.0\.0\.1:\d+ respondió HTTP 500/ },
    { name: 'a timeout', arrange: () => void harness.server.fail(municipalityLayerPath, { kind: 'hang' }), message: /no respondió en 0\.5 s/ },
    { name: 'a truncated download', arrange: () => void harness.server.fail(divipolaCsvPath, { kind: 'truncate' }), message: /quedó incompleta/ },
    {
      name: 'a page whose layout changed',
      arrange: () => void harness.server.fail(divipolaCsvPath, { kind: 'replace', file: { body: '<html><body><h1>Datos Abiertos: mantenimiento</h1></body></html>', contentType: 'text/html' } }),
      message: /no es una lista DIVIPOLA \(CSV\/JSON\) ni un archivo de límites/,
    },
    {
      name: 'a service answering an error',
      arrange: () => void harness.server.fail(departmentLayerPath, { kind: 'replace', file: { body: JSON.stringify({ error: { code: 500, message: 'Error performing query operation' } }), contentType: 'application/json' } }),
      message: /^El servicio de límites del DANE respondió con un error: Error performing query operation/,
    },
    {
      name: 'a CSV with a renamed header',
      arrange: () => harness.publisher.republishDivipola(edited((text) => text.replace('CÓDIGO DANE DEL MUNICIPIO', 'CODIGO MPIO DANE'))),
      message: /^divipola-departamentos-y-municipios\.csv: La lista DIVIPOLA no tiene las columnas "código del municipio"/,
    },
    {
      name: 'an empty export',
      arrange: () => harness.publisher.republishDivipola(edited((text) => `${text.split('\n')[0]}\n`)),
      message: /La lista DIVIPOLA no trae ningún municipio válido; no se reemplaza la lista cargada/,
    },
    {
      name: 'a closed port (connection refused)',
      arrange: async () => ({ CAUDAL_URL_DANE_TERRITORY_DIVIPOLA: `${await closedPortOrigin()}${divipolaCsvPath}` }),
      message: /\(conexión rechazada\)/,
    },
  ];

  it.each(failures)('reports $name for DANE only and keeps the loaded territory intact', async ({ arrange, message }) => {
    const before = tableChecksums(harness.t.app.database.sqlite, DATA_TABLES);
    const overrides = await arrange();
    const result = await refresh(overrides ?? {});
    expect(result.status).toBe('failed');
    expect(result.error?.message).toMatch(message);
    expect(tableChecksums(harness.t.app.database.sqlite, DATA_TABLES)).toEqual(before);
    expect(await featureCount()).toBe(1122);
    harness.publisher.republishDivipola(sampleCsv());
  });
});
