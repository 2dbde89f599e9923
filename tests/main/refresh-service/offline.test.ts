import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openCaudalApp } from '../../../src-main/app/caudal-app';
import { formatDate } from '../../../src-main/etl/worker/offline-message';
import { sourceUrlEnvName } from '../../../src-main/etl/settings/source-urls';
import { createInProcessClient } from '../../../src-main/transports/in-process';
import { readingsPublisher, readingsSource, type ReadingsPublisher } from '../../support/fake-readings-source';
import { closedPortOrigin, startPublisherServer, type PublisherServer } from '../../support/publisher-server';
import { installPublishers } from '../../support/publishers/environment';
import { startServiceHarness, type ServiceHarness } from './service-harness';

/** A blackholed publisher: accepts connections and never answers. Counts who knocked. */
async function startBlackhole(): Promise<{ origin: string; connections: () => number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server: Server = createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Without network the app works on its local data: nothing waits on a request at start, and a refresh
 * fails fast with "Sin conexión: se conservan los datos del …" — a closed port and a host that never
 * answers alike — even with the HTTP client's full timeouts and retries (30 s × 3 attempts).
 */
describe('offline', () => {
  let server: PublisherServer;
  let blackhole: Awaited<ReturnType<typeof startBlackhole>>;
  let closedOrigin: string;
  let readingsA: ReadingsPublisher;
  let readingsB: ReadingsPublisher;
  let h: ServiceHarness;
  const sources = [readingsSource('anh-royalties', 'Lecturas A'), readingsSource('upme-demand', 'Lecturas B')];

  beforeAll(async () => {
    server = await startPublisherServer();
    blackhole = await startBlackhole();
    closedOrigin = await closedPortOrigin();
  });
  afterAll(async () => {
    await blackhole.close();
    await server.close();
  });
  beforeEach(async () => {
    readingsA = readingsPublisher('anh-royalties', 'a');
    readingsB = readingsPublisher('upme-demand', 'b', { 2024: 'periodo,valor\n2024-03,3\n' });
    h = await startServiceHarness({
      sources,
      env: installPublishers(server, [readingsA, readingsB]),
      http: { retry: { maxAttempts: 3 }, headersTimeoutMs: 30_000, bodyTimeoutMs: 30_000 },
      probe: { connectTimeoutMs: 1_000, answerTimeoutMs: 1_000 },
    });
  });
  afterEach(async () => {
    await h.close();
  });

  it('fails fast for a closed port and a blackholed host, keeping the data and saying from when', { timeout: 20_000 }, async () => {
    const first = await (await h.service.start({ trigger: 'button' })).done;
    expect(first.summary!.ok).toBe(true);
    const kept = h.app.database.sqlite.prepare('SELECT source_id, count(*) AS n FROM test_reading GROUP BY source_id ORDER BY source_id').all();
    const loadedAt = h.app.database.sqlite.prepare("SELECT max(imported_at) FROM source_file WHERE source_id = 'anh-royalties'").pluck().get() as string;

    h.env[sourceUrlEnvName('anh-royalties', 'index')] = `${closedOrigin}/a/`;
    h.env[sourceUrlEnvName('upme-demand', 'index')] = `${blackhole.origin}/b/`;
    h.requested.length = 0;
    const offline = await (await h.service.start({ trigger: 'schedule' })).done;

    const [a, b] = offline.summary!.sources;
    expect(a).toMatchObject({ status: 'failed', error: { code: 'offline' } });
    expect(a!.error!.message).toBe(`Sin conexión: se conservan los datos del ${formatDate(loadedAt)} (no se pudo conectar con ${new URL(closedOrigin).host} (conexión rechazada))`);
    expect(b).toMatchObject({ status: 'failed', error: { code: 'offline' } });
    expect(b!.error!.message).toMatch(/^Sin conexión: se conservan los datos del \d\d\/\d\d\/\d{4} \(no se pudo conectar con 127\.0\.0\.1:\d+: no respondió en 1 s\)$/);
    // The sources never got to make a request: nothing waited out a 30 s timeout three times.
    expect(h.requested).toEqual([]);
    expect(h.app.database.sqlite.prepare('SELECT source_id, count(*) AS n FROM test_reading GROUP BY source_id ORDER BY source_id').all()).toEqual(kept);
    expect(offline.finished.notice).toEqual({ title: 'Sin conexión', body: 'No se pudo llegar a ninguna fuente; se conservan los datos ya cargados.\nCaudal volverá a intentarlo más tarde.' });

    // Each will be retried after the first backoff step.
    const status = await h.service.status();
    for (const source of status.sources) {
      expect(source).toMatchObject({ reason: 'retry', consecutiveFailures: 1 });
      expect(Date.parse(source.nextRunAt!)).toBeGreaterThan(Date.now());
    }
  });

  it('a source whose publisher is unreachable does not hold up the one that answers', { timeout: 20_000 }, async () => {
    h.env[sourceUrlEnvName('anh-royalties', 'index')] = `${blackhole.origin}/a/`;
    const run = await (await h.service.start({ trigger: 'button' })).done;
    expect(run.summary!.sources.map((s) => [s.sourceId, s.status, s.error?.code ?? null])).toEqual([
      ['anh-royalties', 'failed', 'offline'],
      ['upme-demand', 'updated', null],
    ]);
    expect(run.summary!.sources[0]!.error!.message).toMatch(/^Sin conexión: aún no hay datos de esta fuente \(/);
    expect(run.finished.notice.title).toBe('Actualización con errores');
  });
});

describe('starting offline', () => {
  it('opens and answers queries without a single connection to the publishers', async () => {
    const blackhole = await startBlackhole();
    const dataDir = mkdtempSync(join(tmpdir(), 'caudal-offline-start-'));
    const env = Object.fromEntries(['anh-production', 'mme-declaration', 'upme-demand', 'dane-territory'].map((id) => [sourceUrlEnvName(id, 'index'), `${blackhole.origin}/`]));
    try {
      const app = await openCaudalApp({ dbPath: join(dataDir, 'caudal.sqlite'), env });
      const client = createInProcessClient(app.dispatcher);
      expect(await client.send('production.series', { from: '2024-01', to: '2024-12', granularity: 'month' })).toMatchObject({ points: expect.any(Array) });
      expect((await client.send('etl.sources')).sources).toHaveLength(5);
      const status = await client.send('refresh.status');
      expect(status.current).toBeNull();
      expect(status.sources.map((s) => s.reason)).toEqual(['never-run', 'never-run', 'never-run', 'never-run', 'never-run']);
      expect((await client.send('settings.get')).sources.find((s) => s.id === 'anh-production')!.urls[0]).toMatchObject({ origin: 'environment', currentUrl: `${blackhole.origin}/` });
      await app.close();
      expect(blackhole.connections()).toBe(0);
    } finally {
      await blackhole.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
