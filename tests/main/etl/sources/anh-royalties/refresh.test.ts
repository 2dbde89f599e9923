import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpClient, type ClosableHttpClient } from '../../../../../src-main/etl/http/undici-http-client';
import { runRefresh } from '../../../../../src-main/etl/refresh/run-refresh';
import { anhRoyaltiesSource } from '../../../../../src-main/etl/sources/anh-royalties';
import { closedPortOrigin, startPublisherServer, type PublisherServer } from '../../../../support/publisher-server';
import { anhRoyaltiesPublisher, royaltiesMetadataPath, royaltiesResourcePath, type RoyaltiesPublisher } from '../../../../support/publishers/anh-royalties';
import { installPublishers } from '../../../../support/publishers/environment';
import { tableChecksums } from '../../../../support/table-checksums';
import { openTempApp, query, type TempApp } from '../dane-territory/temp-app';
import { fixtureTotals, royaltyFixtureRows, royaltyRow } from './royalty-fixture';

/**
 * The royalties source end to end against a local datos.gov.co: metadata, paged SoQL, one snapshot,
 * "sin cambios" from rowsUpdatedAt, and every failure the issue lists, each a clear error for this
 * source only with the loaded royalties byte-for-byte intact and still queryable.
 */
const DATA_TABLES = ['royalty_monthly', 'rejected_row', { table: 'source_file', exclude: ['url', 'etag', 'last_modified'] }];

describe('ANH regalías: refresh against a local datos.gov.co', () => {
  let server: PublisherServer;
  let publisher: RoyaltiesPublisher;
  let env: Record<string, string>;
  let t: TempApp;
  let http: ClosableHttpClient;
  const refresh = async (overrides: Record<string, string> = {}) =>
    (await runRefresh(t.app.database, [anhRoyaltiesSource], { http, archiveDir: join(t.dir, 'archivo'), trigger: 'cli-refresh', env: { ...env, ...overrides } })).sources[0]!;
  const yearlyCop = async () => (await query<{ points: Array<{ royaltiesCop: number }> }>(t.app, 'royalties.series', { granularity: 'year' })).points.map((p) => p.royaltiesCop);

  beforeAll(async () => {
    server = await startPublisherServer();
    publisher = anhRoyaltiesPublisher();
    env = installPublishers(server, [publisher]);
    t = await openTempApp();
    http = createHttpClient({ headersTimeoutMs: 500, bodyTimeoutMs: 500, retry: { maxAttempts: 2 }, sleep: async () => undefined });
  });
  afterAll(async () => {
    await http?.close();
    await t?.close();
    await server?.close();
  });
  beforeEach(() => {
    server.heal();
    server.clearLog();
  });

  it('loads the gas rows as one snapshot, dated by the dataset’s rowsUpdatedAt', async () => {
    const result = await refresh();
    expect(result.status).toBe('updated');
    expect(result.files).toMatchObject([{ status: 'loaded', coverage: 'datos.gov.co actualizado 2025-10-31 (2024-01 a 2024-02)', rowsLoaded: 5, rowsRejected: 3 }]);
    expect(server.requests().map((r) => r.path)).toEqual([royaltiesMetadataPath, royaltiesResourcePath, royaltiesMetadataPath]);
    const page = new URLSearchParams(server.requests(royaltiesResourcePath)[0]!.search);
    expect([page.get('$where'), page.get('$order'), page.get('$limit'), page.get('$offset')]).toEqual(["tipohidrocarburo='G'", ':id', '50000', '0']);
    expect(await yearlyCop()).toEqual([fixtureTotals.royaltiesCop]);
  });

  it('asks only the metadata on a second run and says "sin cambios"', async () => {
    const before = tableChecksums(t.app.database.sqlite, DATA_TABLES);
    const result = await refresh();
    expect(result).toMatchObject({ status: 'unchanged', files: [], rowsLoaded: 0 });
    expect(server.requests().map((r) => r.path)).toEqual([royaltiesMetadataPath]);
    expect(tableChecksums(t.app.database.sqlite, DATA_TABLES)).toEqual(before);
  });

  it('takes a new publication as a new snapshot (its date is the freshness), then is quiet again', async () => {
    publisher.republish(royaltyFixtureRows());
    const result = await refresh();
    expect(result.status).toBe('updated');
    expect(result.files).toMatchObject([{ status: 'loaded', coverage: 'datos.gov.co actualizado 2025-11-01 (2024-01 a 2024-02)', supersededFileIds: [1] }]);
    expect(await yearlyCop()).toEqual([fixtureTotals.royaltiesCop]);
    server.clearLog();
    await refresh();
    expect(server.requests().map((r) => r.path)).toEqual([royaltiesMetadataPath]);
  });

  const failures: Array<{ name: string; arrange: () => void | Promise<Record<string, string>>; message: RegExp }> = [
    { name: 'HTTP 500', arrange: () => void server.fail(royaltiesMetadataPath, { kind: 'status', status: 500 }), message: /^El servidor 127\.0\.0\.1:\d+ respondió HTTP 500/ },
    {
      name: 'a timeout',
      arrange: () => {
        publisher.republish();
        server.fail(royaltiesResourcePath, { kind: 'hang' });
      },
      message: /no respondió en 0\.5 s/,
    },
    {
      name: 'a truncated download',
      arrange: () => {
        publisher.republish();
        server.fail(royaltiesResourcePath, { kind: 'truncate' });
      },
      message: /quedó incompleta/,
    },
    {
      name: 'an API whose layout changed',
      arrange: () => {
        publisher.republish();
        server.fail(royaltiesResourcePath, { kind: 'replace', file: { body: JSON.stringify({ rows: [] }), contentType: 'application/json' } });
      },
      message: /^datos\.gov\.co no respondió una lista de filas de regalías \(página 1\)/,
    },
    {
      name: 'a renamed field',
      arrange: () => publisher.republish([royaltyRow()].map(({ regaliascop, ...rest }) => ({ ...rest, valor_regalias: regaliascop! }))),
      message: /le faltan las columnas "regaliascop"/,
    },
    { name: 'an empty result', arrange: () => publisher.republish([]), message: /no devolvió ninguna fila de regalías de gas; se conservan los datos cargados/ },
    {
      name: 'a closed port (connection refused)',
      arrange: async () => ({ CAUDAL_URL_ANH_ROYALTIES_METADATA: `${await closedPortOrigin()}${royaltiesMetadataPath}` }),
      message: /\(conexión rechazada\)/,
    },
  ];

  it.each(failures)('reports $name for the royalties only and keeps the loaded snapshot intact and queryable', async ({ arrange, message }) => {
    const before = tableChecksums(t.app.database.sqlite, DATA_TABLES);
    const copBefore = await yearlyCop();
    const overrides = await arrange();
    const result = await refresh(overrides ?? {});
    expect(result.status).toBe('failed');
    expect(result.error?.message).toMatch(message);
    expect(tableChecksums(t.app.database.sqlite, DATA_TABLES)).toEqual(before);
    expect(await yearlyCop()).toEqual(copBefore);
    publisher.republish(royaltyFixtureRows());
  });
});
