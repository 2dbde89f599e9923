import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHttpProbe, originsOf, type ClosableProbe } from '../../../src-main/etl/worker/connectivity';
import { offlineMessage } from '../../../src-main/etl/worker/offline-message';
import { createReachability } from '../../../src-main/etl/worker/reachability';
import { closedPortOrigin, startPublisherServer, startSilentServer, type PublisherServer } from '../../support/publisher-server';

describe('connectivity probe', () => {
  let server: PublisherServer;
  let silent: Awaited<ReturnType<typeof startSilentServer>>;
  let probe: ClosableProbe;

  beforeAll(async () => {
    server = await startPublisherServer();
    silent = await startSilentServer();
    probe = createHttpProbe({ connectTimeoutMs: 500, answerTimeoutMs: 500 });
  });
  afterAll(async () => {
    await probe.close();
    await silent.close();
    await server.close();
  });

  it('any HTTP answer is reachable (even a 404); a refused port and a silent host are not', async () => {
    const signal = new AbortController().signal;
    expect(await probe.probe(server.origin, signal)).toEqual({ reachable: true });
    expect(server.requests()).toEqual([expect.objectContaining({ method: 'HEAD', path: '/', status: 404, userAgent: expect.stringMatching(/^Mozilla/) })]);
    const closed = await closedPortOrigin();
    expect(await probe.probe(closed, signal)).toEqual({ reachable: false, reason: `No se pudo conectar con ${new URL(closed).host} (conexión rechazada)` });
    expect(await probe.probe(silent.origin, signal)).toEqual({ reachable: false, reason: `No se pudo conectar con ${new URL(silent.origin).host}: no respondió en 0.5 s` });
  });

  it('a cancel stops the probe at once', async () => {
    const controller = new AbortController();
    const pending = probe.probe(silent.origin, controller.signal);
    controller.abort(new Error('cancelado'));
    await expect(pending).rejects.toThrow('cancelado');
  });
});

describe('reachability of a run', () => {
  it('probes each origin once per run; a source is unreachable only when none of its hosts answers', async () => {
    const probe = vi.fn(async (origin: string) => (origin.includes('caido') ? { reachable: false as const, reason: 'no responde' } : { reachable: true as const }));
    const reach = createReachability(probe);
    const signal = new AbortController().signal;
    expect(await reach.check({ metadata: 'https://www.datos.gov.co/api/views/x.json', data: 'https://www.datos.gov.co/resource/x.json' }, signal)).toEqual({ reachable: true });
    expect(await reach.check({ index: 'https://www.datos.gov.co/otra' }, signal)).toEqual({ reachable: true });
    expect(await reach.check({ a: 'https://caido.example/', b: 'https://www.datos.gov.co/' }, signal)).toEqual({ reachable: true });
    expect(await reach.check({ a: 'https://caido.example/x' }, signal)).toEqual({ reachable: false, reason: 'no responde' });
    expect(await reach.check({ off: '' }, signal)).toEqual({ reachable: true });
    expect(probe.mock.calls.map(([origin]) => origin)).toEqual(['https://www.datos.gov.co', 'https://caido.example']);
    expect(originsOf({ a: 'https://x.org/1', b: 'https://x.org/2', c: 'no es url', d: '' })).toEqual(['https://x.org']);
  });
});

describe('offlineMessage', () => {
  it('says the data is kept and from when, or that there is none yet', () => {
    const loaded = '2025-11-28T15:00:00.000Z';
    expect(offlineMessage(loaded, 'No se pudo conectar con www.anh.gov.co (conexión rechazada)')).toBe(
      `Sin conexión: se conservan los datos del ${new Date(loaded).toLocaleDateString('es-CO', { day: '2-digit', month: '2-digit', year: 'numeric' })} (no se pudo conectar con www.anh.gov.co (conexión rechazada))`,
    );
    expect(offlineMessage(null, 'www.upme.gov.co no respondió en 8 s')).toBe('Sin conexión: aún no hay datos de esta fuente (www.upme.gov.co no respondió en 8 s)');
  });
});
