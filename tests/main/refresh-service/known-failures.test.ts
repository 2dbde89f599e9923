import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mmeDeclarationSource } from '../../../src-main/etl/sources/mme-declaration';
import { createInProcessClient } from '../../../src-main/transports/in-process';
import { buildSoporteWorkbook } from '../etl/sources/mme-declaration/fixtures/soporte-workbook';
import { startPublisherServer, type PublisherServer } from '../../support/publisher-server';
import { installPublishers } from '../../support/publishers/environment';
import { demoSoporteSheets, mmeDeclarationPublisher, type MmePublisher } from '../../support/publishers/mme-declaration';
import { startServiceHarness, type ServiceHarness } from './service-harness';

const LEGACY_PATH = '/documents/2694/Res_31_289_del_3Jun2015_DPGN_2015-2024.xls';
const LEGACY_NAME = 'Resolución 31289 del 2015-06-03 - Declaración 2015-2024 - Res_31_289_del_3Jun2015_DPGN_2015-2024.xls';

/**
 * MinEnergía still lists a legacy .xls soporte that Caudal cannot read. It fails once; after that it is a
 * known failure: asked for conditionally, never downloaded or parsed again while unchanged, and the
 * source reports "sin cambios" instead of failing on it every day.
 */
describe('remembered failed downloads', () => {
  let server: PublisherServer;
  let publisher: MmePublisher;
  let h: ServiceHarness;

  beforeAll(async () => {
    server = await startPublisherServer();
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(async () => {
    server.heal();
    server.clearLog();
    publisher = await mmeDeclarationPublisher({ legacyXls: true });
    h = await startServiceHarness({ sources: [mmeDeclarationSource], env: installPublishers(server, [publisher]) });
  });
  afterEach(async () => {
    await h.close();
  });

  const refresh = async () => (await (await h.service.start({ trigger: 'schedule' })).done).summary!.sources[0]!;

  it('reports the legacy .xls once, then "sin cambios" with the .xls listed as a known unsupported file', async () => {
    const first = await refresh();
    expect(first.status).toBe('partial');
    expect(first.files.filter((f) => f.status === 'failed').map((f) => f.fileName)).toEqual([LEGACY_NAME]);
    expect(first.knownFailedFiles).toEqual([]);

    server.clearLog();
    const progress = h.next('etl.progress', (p) => p['step'] === 'done');
    const second = await refresh();
    expect(second).toMatchObject({ status: 'unchanged', files: [], error: null });
    expect(second.knownFailedFiles).toEqual([
      expect.objectContaining({ fileName: LEGACY_NAME, url: server.url(LEGACY_PATH), message: expect.stringMatching(/^Formato \.xls no soportado: conviértalo a \.xlsx e impórtelo/) }),
    ]);
    // Asked for with the failed copy's validators and answered 304: no bytes, no parse.
    expect(server.requests(LEGACY_PATH)).toEqual([expect.objectContaining({ conditional: true, status: 304, bodyBytes: 0 })]);
    expect((await progress)['message']).toBe(`sin cambios; 1 archivo ya conocido que no se pudo cargar: ${LEGACY_NAME}`);

    // The sources panel: the source is fine (its last attempt "unchanged"), the file is listed apart.
    const client = createInProcessClient(h.app.dispatcher);
    const health = (await client.send('etl.sources')).sources.find((s) => s.id === 'mme-declaration')!;
    expect(health.lastAttempt).toMatchObject({ status: 'unchanged', error: null });
    const status = await h.service.status();
    expect(status.sources[0]).toMatchObject({ sourceId: 'mme-declaration', reason: 'interval', consecutiveFailures: 0, knownFailedFiles: [expect.objectContaining({ fileName: LEGACY_NAME })] });
    const history = await h.service.runs({ limit: 1, offset: 0 });
    expect(history.runs[0]!.sources[0]).toMatchObject({ status: 'unchanged', knownFailedFiles: [expect.objectContaining({ fileName: LEGACY_NAME, url: server.url(LEGACY_PATH) })] });
    const finished = h.events.filter((e) => e.name === 'refresh.state').at(-1)!.payload;
    expect(finished).toMatchObject({ sources: [{ status: 'unchanged', knownFailedFiles: 1 }] });
  });

  it('tries the file again when the publisher replaces it, and forgets the failure once it loads', async () => {
    await refresh();
    // MinEnergía re-uploads the soporte at the same address, now as a workbook Caudal can read.
    publisher.republish(LEGACY_PATH, await buildSoporteWorkbook(demoSoporteSheets(8, 2015)));
    const retried = await refresh();
    expect(retried.status).toBe('updated');
    expect(retried.files).toEqual([expect.objectContaining({ status: 'loaded', fileName: LEGACY_NAME })]);
    expect(retried.knownFailedFiles).toEqual([]);
    expect(h.app.database.sqlite.prepare('SELECT count(*) FROM failed_download').pluck().get()).toBe(0);
    expect((await h.service.status()).sources[0]!.knownFailedFiles).toEqual([]);
  });
});
