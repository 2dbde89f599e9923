import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../../../src-main/db/open-database';
import { declarationResolutions } from '../../../../../src-main/db/queries/declaration-resolutions';
import { declarationSeries } from '../../../../../src-main/db/queries/declaration-series';
import { createHttpClient, type ClosableHttpClient } from '../../../../../src-main/etl/http/undici-http-client';
import { runRefresh } from '../../../../../src-main/etl/refresh/run-refresh';
import { mmeDeclarationSource } from '../../../../../src-main/etl/sources/mme-declaration';
import { declarationSeries as seriesCommand } from '../../../../../src-shared/contract/declaration';
import { startPublisherServer, type PublisherServer } from '../../../../support/publisher-server';
import { installPublishers } from '../../../../support/publishers/environment';
import { demoSoporteSheets, mmeDeclarationPublisher, mmeIndexPath, type MmePublisher } from '../../../../support/publishers/mme-declaration';
import { tableChecksums } from '../../../../support/table-checksums';
import { buildSoporteWorkbook } from './fixtures/soporte-workbook';

/** The real runner, HTTP client and a local MinEnergía: what `caudal refresh` does for this source. */
const DATA_TABLES = ['source_file', 'declaration_resolution', 'declaration_file', 'declaration_field_sheet', 'declaration_row', 'rejected_row'];

/** declaration_monthly is a WITHOUT ROWID table (tableChecksums orders by rowid): compared in key order. */
function monthlySnapshot(database: OpenDatabase): string {
  const rows = database.sqlite.prepare('SELECT row_id, period, gbtud FROM declaration_monthly ORDER BY row_id, period').all();
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

describe('mme-declaration refresh against a local MinEnergía', () => {
  let server: PublisherServer;
  let http: ClosableHttpClient;
  let database: OpenDatabase;
  let archiveDir: string;
  let publisher: MmePublisher;
  let env: Record<string, string>;
  let clock = 0;
  const now = () => new Date(Date.UTC(2025, 10, 30, 12, 0, 0) + clock++ * 1000);
  const refresh = async () => (await runRefresh(database, [mmeDeclarationSource], { http, archiveDir, trigger: 'cli-refresh', env, now })).sources[0]!;
  const current = async () => declarationSeries(database.db, seriesCommand.input.parse({}));

  beforeAll(async () => {
    server = await startPublisherServer();
    http = createHttpClient({ headersTimeoutMs: 300, bodyTimeoutMs: 300, retry: { maxAttempts: 2 }, sleep: async () => undefined });
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });
  beforeEach(async () => {
    server.heal();
    server.clearLog();
    publisher = await mmeDeclarationPublisher();
    env = installPublishers(server, [publisher]);
    database = await openDatabase(':memory:');
    archiveDir = mkdtempSync(join(tmpdir(), 'caudal-mme-'));
  });
  afterEach(async () => {
    await database.close();
    rmSync(archiveDir, { recursive: true, force: true });
  });

  it('loads every soporte, then a second run downloads nothing and says "sin cambios"', async () => {
    const first = await refresh();
    expect(first).toMatchObject({ status: 'updated', error: null });
    expect(first.files.map((f) => [f.status, f.fileName])).toEqual([
      ['loaded', 'Resolución 00662 del 2024-07-03 - Declaración 2024-2033 - 2024_2033_RESUMEN-2_V4.xlsm'],
      ['loaded', 'Resolución 00739 del 2025-05-28 - Declaración 2025-2034 - Soporte_Magnetico_Declaracion_de_Producciòn_de_Gas_Natural_GN_2025-2034-1.xlsm'],
      ['loaded', 'Resolución 01281 del 2025-07-29 - Declaración 2025-2034 - Soporte_Magnetico_Declaracion_de_Producciòn_de_Gas_Natural_GN_2025-2034-2.xlsm'],
    ]);
    expect(server.requests(mmeIndexPath)[0]?.userAgent).toMatch(/^Mozilla\/5\.0/);
    expect((await current()).resolution).toMatchObject({ id: '01281-2025', status: 'vigente' });
    expect(await mmeDeclarationSource.latestPeriod!(database.db)).toBe('Resolución 01281 de 2025 (declaración 2025-2034)');

    server.clearLog();
    const second = await refresh();
    expect(second).toMatchObject({ status: 'unchanged', files: [], error: null });
    expect(server.requests().filter((r) => r.path.startsWith('/documents/')).every((r) => r.conditional && r.status === 304)).toBe(true);
  });

  it('takes a new resolution as current and keeps the previous ones queryable', async () => {
    await refresh();
    publisher.publishResolution('Declaración de Producción de Gas Natural 2025 - 2034', {
      title: 'Resolución No. 01448 del 29 de agosto de 2025',
      documentPath: '/documents/14370/Resolucion_01448.pdf',
      soportes: [{ title: 'Soporte magnético declaración de producción de Gas Natural 2025 - 2034', path: '/documents/14371/Soporte_GN_2025-2034-3.xlsm', bytes: await buildSoporteWorkbook(demoSoporteSheets(14)) }],
    });
    const update = await refresh();
    expect(update.files.map((f) => [f.status, f.status === 'loaded' ? f.coverage : null])).toEqual([['loaded', 'Declaración 2025-2034, Resolución 01448 de 2025']]);
    const resolutions = await declarationResolutions(database.db, {});
    expect(resolutions.periods.map((p) => [p.declarationPeriod, p.resolutions.map((r) => `${r.id} ${r.status}`)])).toEqual([
      ['2025-2034', ['01448-2025 vigente', '01281-2025 anterior', '00739-2025 anterior']],
      ['2024-2033', ['00662-2024 vigente']],
    ]);
    const older = await declarationSeries(database.db, seriesCommand.input.parse({ resolution: '01281' }));
    expect(older.points[0]!.value).toBeLessThan((await current()).points[0]!.value);
  });

  it('keeps the loaded data intact when the page changed, a soporte fails or a file is damaged', async () => {
    await refresh();
    const before = { tables: tableChecksums(database.sqlite, DATA_TABLES), monthly: monthlySnapshot(database) };

    server.fail(mmeIndexPath, { kind: 'replace', file: { body: '<html><title>Gas natural</title><body><p>Nuevo diseño</p></body></html>', contentType: 'text/html' } });
    expect(await refresh()).toMatchObject({ status: 'failed', error: { code: 'layout-changed' } });
    server.heal();

    const path = '/documents/14163/Soporte_Magnetico_Declaracion_de_Producci%C3%B2n_de_Gas_Natural_GN_2025-2034-2.xlsm';
    server.fail(path, { kind: 'status', status: 500 });
    expect(await refresh()).toMatchObject({ status: 'failed', error: { code: 'http-status' } });
    server.heal();

    const renamed = await buildSoporteWorkbook(demoSoporteSheets(12).map((s) => (s.kind === 'field' ? { ...s, yearHeader: (y: number, n: number) => `${y} - Year ${n} (GBTUD)` } : s)));
    publisher.republish(path, renamed);
    const damaged = await refresh();
    expect(damaged.status).toBe('failed');
    expect(damaged.files).toEqual([expect.objectContaining({ status: 'failed', message: expect.stringContaining('no los encabezados de año «AAAA - Año N (GBTUD)»') })]);

    expect({ tables: tableChecksums(database.sqlite, DATA_TABLES), monthly: monthlySnapshot(database) }).toEqual(before);
    expect((await current()).resolution?.id).toBe('01281-2025');
  });

  it('reports a legacy .xls soporte for that file only; the other resolutions load', async () => {
    publisher = await mmeDeclarationPublisher({ legacyXls: true });
    env = installPublishers(server, [publisher]);
    const result = await refresh();
    expect(result.status).toBe('partial');
    const failed = result.files.filter((f) => f.status === 'failed');
    expect(failed).toEqual([
      expect.objectContaining({
        fileName: 'Resolución 31289 del 2015-06-03 - Declaración 2015-2024 - Res_31_289_del_3Jun2015_DPGN_2015-2024.xls',
        message: expect.stringMatching(/^Formato \.xls no soportado: conviértalo a \.xlsx e impórtelo/),
      }),
    ]);
    expect(result.files.filter((f) => f.status === 'loaded')).toHaveLength(3);
  });
});
