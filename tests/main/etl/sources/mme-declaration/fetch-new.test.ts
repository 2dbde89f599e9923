import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../../src-main/etl/archive/archive-file';
import { describeError } from '../../../../../src-main/etl/import/describe-error';
import { SourceHttpError } from '../../../../../src-main/etl/http/source-http-error';
import { startRun } from '../../../../../src-main/etl/runs';
import { probeFile } from '../../../../../src-main/etl/sources/file-probe';
import { mmeDeclarationSource } from '../../../../../src-main/etl/sources/mme-declaration';
import { createFakeContext, createFakeHttp, type FakeResponse } from './fixtures/fake-http';
import { openDeclarationTestDb, type DeclarationTestDb } from './fixtures/declaration-db';
import { demoDeclarations, demoTemplates, renderDeclarationPage } from './fixtures/minenergia-page';
import { buildSoporteWorkbook, declining, legacyXlsBytes } from './fixtures/soporte-workbook';

const PAGE = 'http://127.0.0.1:9/mme/gas-natural/';
const HOST = 'http://127.0.0.1:9';
const XLS = `${HOST}/documents/2694/Res_31_289_del_3Jun2015_DPGN_2015-2024.xls`;
const FIRST = `${HOST}/documents/13717/Soporte_Magnetico_Declaracion_GN_2025-2034-1.xlsm`;
const SECOND = `${HOST}/documents/14163/Soporte_Magnetico_Declaracion_de_Producci%C3%B2n_GN_2025-2034-2.xlsm`;

async function publisher(): Promise<Map<string, FakeResponse>> {
  const sheet = (base: number) => [{ kind: 'field' as const, name: 'VIGIA SUR - 1', layout: 'below' as const, firstYear: 2025, rows: [{ operator: 'OPERADORA DEMO S.A.S.', type: 'PTDV', value: declining(base) }] }];
  return new Map<string, FakeResponse>([
    // The page answers after a redirect: its relative links resolve against where it really is.
    ['http://127.0.0.1:9/gas', { kind: 'body', bytes: new TextEncoder().encode(renderDeclarationPage(demoDeclarations(), { templates: demoTemplates })), finalUrl: PAGE }],
    [XLS, { kind: 'body', bytes: legacyXlsBytes(), etag: '"xls"' }],
    [FIRST, { kind: 'body', bytes: await buildSoporteWorkbook(sheet(10)), etag: '"a"' }],
    [SECOND, { kind: 'body', bytes: await buildSoporteWorkbook(sheet(12)), etag: '"b"' }],
  ]);
}

let t: DeclarationTestDb;
beforeEach(async () => {
  t = await openDeclarationTestDb();
});
afterEach(async () => t.close());

describe('mme-declaration fetchNew', () => {
  it('downloads every soporte oldest first; each file then loads or fails on its own (.xls), like the refresh runner does', async () => {
    const http = createFakeHttp(await publisher());
    const ctx = createFakeContext(http, { index: 'http://127.0.0.1:9/gas' });
    const files = await mmeDeclarationSource.fetchNew(ctx);
    expect(files.map((f) => [f.ref.url, f.ref.fileName, f.validators.etag])).toEqual([
      [XLS, 'Resolución 31289 del 2015-06-03 - Declaración 2015-2024 - Res_31_289_del_3Jun2015_DPGN_2015-2024.xls', '"xls"'],
      [FIRST, 'Resolución 00739 del 2025-05-28 - Declaración 2025-2034 - Soporte_Magnetico_Declaracion_GN_2025-2034-1.xlsm', '"a"'],
      [SECOND, 'Resolución 01281 del 2025-07-29 - Declaración 2025-2034 - Soporte_Magnetico_Declaracion_de_Producciòn_GN_2025-2034-2.xlsm', '"b"'],
    ]);
    expect(http.requests.every((r) => r.signal === ctx.signal)).toBe(true);
    expect(ctx.reports.find((r) => r.step === 'discover' && r.message?.startsWith('3 '))?.message).toBe('3 archivos publicados');

    const runId = startRun(t.sqlite, 'cli-refresh');
    const outcomes = files.map((f) => {
      try {
        const parsed = mmeDeclarationSource.transform(probeFile(f.ref.fileName, f.bytes));
        const file = { sha256: sha256Hex(f.bytes), fileName: f.ref.fileName, sizeBytes: f.bytes.length, archivePath: null, url: f.ref.url, ...f.validators };
        return `cargado: ${mmeDeclarationSource.load(t.sqlite, file, parsed, runId, new Date()).coverage}`;
      } catch (error) {
        return `falló: ${describeError(error)}`;
      }
    });
    expect(outcomes[0]).toMatch(/^falló: Formato \.xls no soportado: conviértalo a \.xlsx e impórtelo/);
    expect(outcomes.slice(1)).toEqual(['cargado: Declaración 2025-2034, Resolución 00739 de 2025', 'cargado: Declaración 2025-2034, Resolución 01281 de 2025']);
  });

  it('downloads nothing the second time: conditional requests, then equal bytes', async () => {
    const responses = await publisher();
    const http = createFakeHttp(responses);
    const first = await mmeDeclarationSource.fetchNew(createFakeContext(http, { index: 'http://127.0.0.1:9/gas' }));
    const previous = new Map(first.map((f) => [f.ref.url, { validators: f.validators, sha256: sha256Hex(f.bytes) }]));

    const again = createFakeContext(http, { index: 'http://127.0.0.1:9/gas' }, previous);
    expect(await mmeDeclarationSource.fetchNew(again)).toEqual([]);
    expect(http.requests.filter((r) => r.url === FIRST).map((r) => r.validators?.etag)).toEqual([undefined, '"a"']);

    // A server that ignores validators sends the same bytes: still nothing new.
    for (const [url, response] of responses) if (response.kind === 'body' && url !== 'http://127.0.0.1:9/gas') responses.set(url, { ...response, etag: 'otro' });
    expect(await mmeDeclarationSource.fetchNew(createFakeContext(http, { index: 'http://127.0.0.1:9/gas' }, previous))).toEqual([]);
  });

  it('fails the refresh with the HTTP error of a soporte it cannot fetch, and needs a page URL', async () => {
    const broken = await publisher();
    broken.set(FIRST, { kind: 'status', status: 500 });
    await expect(mmeDeclarationSource.fetchNew(createFakeContext(createFakeHttp(broken), { index: 'http://127.0.0.1:9/gas' }))).rejects.toMatchObject({
      code: 'http-status',
      message: 'El servidor 127.0.0.1:9 respondió HTTP 500',
    });
    await expect(mmeDeclarationSource.fetchNew(createFakeContext(createFakeHttp(broken), { index: '' }))).rejects.toMatchObject({ code: 'missing-url' });
  });

  it('stops at once when cancelled, and reports a page that fails or changed layout', async () => {
    const cancelled = await publisher();
    cancelled.set(XLS, { kind: 'error', code: 'aborted' });
    const http = createFakeHttp(cancelled);
    await expect(mmeDeclarationSource.fetchNew(createFakeContext(http, { index: 'http://127.0.0.1:9/gas' }))).rejects.toMatchObject({ code: 'aborted' });
    expect(http.requests.map((r) => r.url)).not.toContain(FIRST);

    const down = new Map<string, FakeResponse>([['http://127.0.0.1:9/gas', { kind: 'status', status: 503 }]]);
    await expect(mmeDeclarationSource.fetchNew(createFakeContext(createFakeHttp(down), { index: 'http://127.0.0.1:9/gas' }))).rejects.toBeInstanceOf(SourceHttpError);

    const redesigned = new Map<string, FakeResponse>([['http://127.0.0.1:9/gas', { kind: 'body', bytes: new TextEncoder().encode('<html><title>Gas natural</title><body><ul><li>Nada</li></ul></body></html>') }]]);
    await expect(mmeDeclarationSource.fetchNew(createFakeContext(createFakeHttp(redesigned), { index: 'http://127.0.0.1:9/gas' }))).rejects.toMatchObject({
      code: 'layout-changed',
      message: 'La página de MinEnergía cambió: no se encontró ninguna sección «Declaración de Producción de Gas Natural AAAA - AAAA» (la página recibida se titula «Gas natural»)',
    });
  });

  it('uses the official page unless the settings point elsewhere', () => {
    expect(mmeDeclarationSource.defaultUrls).toEqual({ index: 'https://www.minenergia.gov.co/es/misional/hidrocarburos/funcionamiento-del-sector/gas-natural/' });
    expect(mmeDeclarationSource.officialUrl).toBe(mmeDeclarationSource.defaultUrls['index']);
  });
});
