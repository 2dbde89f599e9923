import { describe, expect, it } from 'vitest';
import { anhRoyaltiesSource } from '../../../../../src-main/etl/sources/anh-royalties';
import { closedPortOrigin } from '../../../../support/publisher-server';
import { anhRoyaltiesPublisher, royaltiesMetadataPath, royaltiesResourcePath } from '../../../../support/publishers/anh-royalties';
import { tableChecksums } from '../../../../support/table-checksums';
import { query } from '../../../../support/temp-app';
import { useSourceRefresh } from '../source-refresh-harness';
import { fixtureTotals, royaltyFixtureRows, royaltyRow } from './royalty-fixture';

/**
 * The royalties source end to end against a local datos.gov.co: metadata, paged SoQL, one snapshot,
 * "sin cambios" from rowsUpdatedAt, and every failure the issue lists, each a clear error for this
 * source only with the loaded royalties byte-for-byte intact and still queryable.
 */
const DATA_TABLES = ['royalty_monthly', 'rejected_row', { table: 'source_file', exclude: ['url', 'etag', 'last_modified'] }];

describe('ANH regalías: refresh against a local datos.gov.co', () => {
  const harness = useSourceRefresh(anhRoyaltiesSource, anhRoyaltiesPublisher);
  const { refresh } = harness;
  const yearlyCop = async () => (await query<{ points: Array<{ royaltiesCop: number }> }>(harness.t.app, 'royalties.series', { granularity: 'year' })).points.map((p) => p.royaltiesCop);

  it('loads the gas rows as one snapshot, dated by the dataset’s rowsUpdatedAt', async () => {
    const result = await refresh();
    expect(result.status).toBe('updated');
    expect(result.files).toMatchObject([{ status: 'loaded', coverage: 'datos.gov.co actualizado 2025-10-31 (2024-01 a 2024-02)', rowsLoaded: 5, rowsRejected: 3 }]);
    expect(harness.server.requests().map((r) => r.path)).toEqual([royaltiesMetadataPath, royaltiesResourcePath, royaltiesMetadataPath]);
    const page = new URLSearchParams(harness.server.requests(royaltiesResourcePath)[0]!.search);
    expect([page.get('$where'), page.get('$order'), page.get('$limit'), page.get('$offset')]).toEqual(["tipohidrocarburo='G'", ':id', '50000', '0']);
    expect(await yearlyCop()).toEqual([fixtureTotals.royaltiesCop]);
  });

  it('asks only the metadata on a second run and says "sin cambios"', async () => {
    const before = tableChecksums(harness.t.app.database.sqlite, DATA_TABLES);
    const result = await refresh();
    expect(result).toMatchObject({ status: 'unchanged', files: [], rowsLoaded: 0 });
    expect(harness.server.requests().map((r) => r.path)).toEqual([royaltiesMetadataPath]);
    expect(tableChecksums(harness.t.app.database.sqlite, DATA_TABLES)).toEqual(before);
  });

  it('takes a new publication as a new snapshot (its date is the freshness), then is quiet again', async () => {
    harness.publisher.republish(royaltyFixtureRows());
    const result = await refresh();
    expect(result.status).toBe('updated');
    expect(result.files).toMatchObject([{ status: 'loaded', coverage: 'datos.gov.co actualizado 2025-11-01 (2024-01 a 2024-02)', supersededFileIds: [1] }]);
    expect(await yearlyCop()).toEqual([fixtureTotals.royaltiesCop]);
    harness.server.clearLog();
    await refresh();
    expect(harness.server.requests().map((r) => r.path)).toEqual([royaltiesMetadataPath]);
  });

  const failures: Array<{ name: string; arrange: () => void | Promise<Record<string, string>>; message: RegExp }> = [
    { name: 'HTTP 500', arrange: () => void harness.server.fail(royaltiesMetadataPath, { kind: 'status', status: 500 }), message: /^El servidor 127\.0\.0\.1:\d+ respondió HTTP 500/ },
    {
      name: 'a timeout',
      arrange: () => {
        harness.publisher.republish();
        harness.server.fail(royaltiesResourcePath, { kind: 'hang' });
      },
      message: /no respondió en 0\.5 s/,
    },
    {
      name: 'a truncated download',
      arrange: () => {
        harness.publisher.republish();
        harness.server.fail(royaltiesResourcePath, { kind: 'truncate' });
      },
      message: /quedó incompleta/,
    },
    {
      name: 'an API whose layout changed',
      arrange: () => {
        harness.publisher.republish();
        harness.server.fail(royaltiesResourcePath, { kind: 'replace', file: { body: JSON.stringify({ rows: [] }), contentType: 'application/json' } });
      },
      message: /^datos\.gov\.co no respondió una lista de filas de regalías \(página 1\)/,
    },
    {
      name: 'a renamed field',
      arrange: () => harness.publisher.republish([royaltyRow()].map(({ regaliascop, ...rest }) => ({ ...rest, valor_regalias: regaliascop! }))),
      message: /le faltan las columnas "regaliascop"/,
    },
    { name: 'an empty result', arrange: () => harness.publisher.republish([]), message: /no devolvió ninguna fila de regalías de gas; se conservan los datos cargados/ },
    {
      name: 'a closed port (connection refused)',
      arrange: async () => ({ CAUDAL_URL_ANH_ROYALTIES_METADATA: `${await closedPortOrigin()}${royaltiesMetadataPath}` }),
      message: /\(conexión rechazada\)/,
    },
  ];

  it.each(failures)('reports $name for the royalties only and keeps the loaded snapshot intact and queryable', async ({ arrange, message }) => {
    const before = tableChecksums(harness.t.app.database.sqlite, DATA_TABLES);
    const copBefore = await yearlyCop();
    const overrides = await arrange();
    const result = await refresh(overrides ?? {});
    expect(result.status).toBe('failed');
    expect(result.error?.message).toMatch(message);
    expect(tableChecksums(harness.t.app.database.sqlite, DATA_TABLES)).toEqual(before);
    expect(await yearlyCop()).toEqual(copBefore);
    harness.publisher.republish(royaltyFixtureRows());
  });
});
