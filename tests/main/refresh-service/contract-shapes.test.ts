import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, events as eventSchemas } from '../../../src-shared/contract';
import { createInProcessClient } from '../../../src-main/transports/in-process';
import { mmeDeclarationSource } from '../../../src-main/etl/sources/mme-declaration';
import { readingsPublisher, readingsSource } from '../../support/fake-readings-source';
import { startPublisherServer, type PublisherServer } from '../../support/publisher-server';
import { installPublishers } from '../../support/publishers/environment';
import { mmeDeclarationPublisher } from '../../support/publishers/mme-declaration';
import { startServiceHarness, type ServiceHarness } from './service-harness';

/**
 * The renderer's client validates every event and answer against the contract: whatever the service
 * emits and answers over a busy scenario (refresh with a failure and a known failure, cancel, import,
 * history, status mid-run) must parse with the contract's schemas.
 */
describe('refresh payloads against the contract', () => {
  let server: PublisherServer;
  let h: ServiceHarness;

  beforeAll(async () => {
    server = await startPublisherServer();
    const readings = readingsPublisher('anh-royalties', 'a');
    h = await startServiceHarness({ sources: [readingsSource('anh-royalties', 'Lecturas A'), mmeDeclarationSource], env: installPublishers(server, [readings, await mmeDeclarationPublisher({ legacyXls: true })]) });
  });
  afterAll(async () => {
    await h.close();
    await server.close();
  });

  it('every event and answer parses', async () => {
    const first = await h.service.start({ trigger: 'button' });
    const midRun = await h.service.status();
    await first.done;
    await (await h.service.start({ trigger: 'schedule' })).done;
    server.fail('/a/', { kind: 'status', status: 503 });
    const cancelled = await h.service.start({ trigger: 'button' });
    h.service.cancel(cancelled.runId, 'mme-declaration');
    await cancelled.done;
    writeFileSync(join(h.dataDir, 'x.csv'), 'periodo,valor\n2020-01,1\n');
    const imported = await h.service.importFiles({ paths: [join(h.dataDir, 'x.csv')], uploads: [{ fileName: 'y.txt', contentBase64: 'aG9sYQ==' }], trigger: 'app-import' });

    expect(commands['refresh.status'].output.parse(midRun).current).not.toBeNull();
    commands['refresh.status'].output.parse(await h.service.status());
    const history = commands['refresh.runs'].output.parse(await h.service.runs({ limit: 50, offset: 0 }));
    expect(history.runs.map((r) => r.status)).toEqual(['partial', 'failed', 'ok', 'partial']);
    commands['import.files'].output.parse(imported);
    commands['settings.get'].output.parse(await createInProcessClient(h.app.dispatcher).send('settings.get'));

    const names = new Set<string>();
    for (const { name, payload } of h.events) {
      names.add(name);
      const parsed = eventSchemas[name].payload.safeParse(payload);
      expect(parsed.success, `${name}: ${JSON.stringify(payload).slice(0, 300)}`).toBe(true);
    }
    expect([...names].sort()).toEqual(['etl.progress', 'import.progress', 'refresh.state']);
  });
});
