import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sleep } from '../../../../src-main/etl/http/backoff';
import { browserUserAgent } from '../../../../src-main/etl/http/browser-headers';
import { SourceHttpError } from '../../../../src-main/etl/http/source-http-error';
import { createHttpClient, type ClosableHttpClient, type HttpClientOptions } from '../../../../src-main/etl/http/undici-http-client';
import { closedPortOrigin, startPublisherServer, startSilentServer, type PublisherServer } from '../../../support/publisher-server';

/** Backoff waits are recorded, never slept: the tests stay fast and assert no timings. */
function recordingSleep(): Sleep & { delays: number[] } {
  const delays: number[] = [];
  const sleep = (async (ms: number, signal: AbortSignal | undefined) => {
    delays.push(ms);
    if (signal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
  }) as Sleep & { delays: number[] };
  sleep.delays = delays;
  return sleep;
}

async function failure(promise: Promise<unknown>): Promise<SourceHttpError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(SourceHttpError);
    return error as SourceHttpError;
  }
  throw new Error('se esperaba un SourceHttpError');
}

const workbookBytes = new Uint8Array(Array.from({ length: 50_000 }, (_, i) => (i * 31) % 251));

describe('createHttpClient against a local publisher server', () => {
  let server: PublisherServer;
  let sleep: ReturnType<typeof recordingSleep>;
  let client: ClosableHttpClient;
  const clients: ClosableHttpClient[] = [];
  const makeClient = (options: HttpClientOptions = {}) => {
    const made = createHttpClient({ connectTimeoutMs: 1_000, headersTimeoutMs: 400, bodyTimeoutMs: 400, sleep, random: () => 0.5, ...options });
    clients.push(made);
    return made;
  };

  beforeAll(async () => {
    server = await startPublisherServer();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await server.close();
  });
  beforeEach(() => {
    server.heal();
    server.clearLog();
    sleep = recordingSleep();
    client = makeClient();
    server.publish('/documents/1/Producci%C3%B3n_Fiscalizada_Gas_2024_ab12.xlsx', {
      body: workbookBytes,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  });

  const fileUrl = () => server.url('/documents/1/Producci%C3%B3n_Fiscalizada_Gas_2024_ab12.xlsx');

  it('downloads the bytes with their validators, asking like a browser', async () => {
    const progress: number[] = [];
    const result = await client.getBytes(fileUrl(), { onProgress: (p) => progress.push(p.receivedBytes) });
    expect(result.kind).toBe('fetched');
    if (result.kind !== 'fetched') return;
    expect(result.bytes).toEqual(workbookBytes);
    expect(result.finalUrl).toBe(fileUrl());
    expect(result.contentType).toContain('spreadsheetml');
    expect(result.validators.etag).toMatch(/^"[0-9a-f]+"$/);
    expect(result.validators.lastModified).toBe('Mon, 03 Nov 2025 14:00:00 GMT');
    expect(server.requests()[0]?.userAgent).toBe(browserUserAgent);
    // Progress grows to the full size and never goes back.
    expect(progress.at(-1)).toBe(workbookBytes.length);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('answers not-modified to a conditional GET whose validators still hold, without sending the body', async () => {
    const first = await client.getBytes(fileUrl());
    if (first.kind !== 'fetched') throw new Error('esperaba la descarga');
    const second = await client.getBytes(fileUrl(), { validators: first.validators });
    expect(second).toEqual({ kind: 'not-modified', url: fileUrl() });
    const onlyDate = await client.getBytes(fileUrl(), { validators: { etag: null, lastModified: first.validators.lastModified } });
    expect(onlyDate.kind).toBe('not-modified');
    const log = server.requests();
    expect(log.map((r) => [r.conditional, r.status, r.bodyBytes])).toEqual([
      [false, 200, workbookBytes.length],
      [true, 304, 0],
      [true, 304, 0],
    ]);
  });

  it('downloads again when the publisher changed the file', async () => {
    const first = await client.getBytes(fileUrl());
    if (first.kind !== 'fetched') throw new Error('esperaba la descarga');
    const changed = workbookBytes.map((b) => b ^ 1);
    server.publish('/documents/1/Producci%C3%B3n_Fiscalizada_Gas_2024_ab12.xlsx', { body: changed, contentType: 'application/octet-stream', lastModified: 'Tue, 04 Nov 2025 10:00:00 GMT' });
    const second = await client.getBytes(fileUrl(), { validators: first.validators });
    expect(second.kind).toBe('fetched');
    if (second.kind === 'fetched') {
      expect(second.bytes).toEqual(changed);
      expect(second.validators.etag).not.toBe(first.validators.etag);
    }
  });

  it('retries a 500 with growing backoff and then reports the status in Spanish', async () => {
    server.fail('/documents/1/Producci%C3%B3n_Fiscalizada_Gas_2024_ab12.xlsx', { kind: 'status', status: 500 });
    const error = await failure(client.getBytes(fileUrl()));
    expect(error.code).toBe('http-status');
    expect(error.details.status).toBe(500);
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/^El servidor 127\.0\.0\.1:\d+ respondió HTTP 500 \(error del servidor del publicador\) \(tras 3 intentos\)$/);
    expect(server.requests()).toHaveLength(3);
    expect(sleep.delays).toEqual([750, 1500]);
  });

  it('recovers when the server fails once and then answers', async () => {
    server.fail('/documents/1/Producci%C3%B3n_Fiscalizada_Gas_2024_ab12.xlsx', { kind: 'status', status: 503 }, { times: 1 });
    const result = await client.getBytes(fileUrl());
    expect(result.kind).toBe('fetched');
    expect(server.requests().map((r) => r.status)).toEqual([503, 200]);
  });

  it('does not retry a 4xx', async () => {
    const error = await failure(client.getBytes(server.url('/documents/9/no-existe.xlsx')));
    expect(error.code).toBe('http-status');
    expect(error.message).toMatch(/respondió HTTP 404 \(el archivo o la página ya no existe\)$/);
    expect(server.requests()).toHaveLength(1);
    expect(sleep.delays).toEqual([]);
  });

  it('gives up on a server that never answers, saying it could not connect', async () => {
    server.fail('/documents/1/Producci%C3%B3n_Fiscalizada_Gas_2024_ab12.xlsx', { kind: 'hang' });
    const error = await failure(makeClient({ retry: { maxAttempts: 1 } }).getBytes(fileUrl()));
    expect(error.code).toBe('timeout');
    expect(error.message).toMatch(/^No se pudo conectar con 127\.0\.0\.1:\d+: no respondió en 0\.4 s$/);
  });

  it('reports a download that stalls half way as a timeout', async () => {
    server.fail('/documents/1/Producci%C3%B3n_Fiscalizada_Gas_2024_ab12.xlsx', { kind: 'stall' });
    const error = await failure(makeClient({ retry: { maxAttempts: 1 } }).getBytes(fileUrl()));
    expect(error.code).toBe('timeout');
    expect(error.message).toMatch(/^La descarga desde 127\.0\.0\.1:\d+ se detuvo: no llegaron datos en 0\.4 s$/);
  });

  it('never returns a truncated body: fewer bytes than Content-Length is an error, retried', async () => {
    server.fail('/documents/1/Producci%C3%B3n_Fiscalizada_Gas_2024_ab12.xlsx', { kind: 'truncate' });
    const error = await failure(client.getBytes(fileUrl()));
    expect(error.code).toBe('truncated');
    expect(error.message).toMatch(/^La descarga desde 127\.0\.0\.1:\d+ quedó incompleta: llegaron \d+ de 50000 bytes \(tras 3 intentos\)$/);
    expect(server.requests()).toHaveLength(3);
  });

  it('refuses a file larger than the maximum before reading it, without retrying', async () => {
    const error = await failure(client.getBytes(fileUrl(), { maxBytes: 10_000 }));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/supera el tamaño máximo permitido \(9,8 KB\); no se descargó$/);
    expect(server.requests()).toHaveLength(1);
  });

  it('follows redirects and says where the answer came from', async () => {
    server.fail('/archivo-viejo.xlsx', { kind: 'redirect', location: '/documents/1/Producci%C3%B3n_Fiscalizada_Gas_2024_ab12.xlsx', status: 301 });
    const result = await client.getBytes(server.url('/archivo-viejo.xlsx'));
    expect(result.kind === 'fetched' && result.finalUrl).toBe(fileUrl());
    expect(result.kind === 'fetched' && result.url).toBe(server.url('/archivo-viejo.xlsx'));
  });

  it('cancels a request in flight and a backoff wait when the signal fires', async () => {
    server.fail('/documents/1/Producci%C3%B3n_Fiscalizada_Gas_2024_ab12.xlsx', { kind: 'hang' });
    const controller = new AbortController();
    const pending = makeClient({ headersTimeoutMs: 60_000 }).getBytes(fileUrl(), { signal: controller.signal });
    setImmediate(() => controller.abort());
    const error = await failure(pending);
    expect(error.code).toBe('aborted');
    expect(error.message).toMatch(/^Descarga cancelada/);

    server.fail('/documents/1/Producci%C3%B3n_Fiscalizada_Gas_2024_ab12.xlsx', { kind: 'status', status: 500 });
    const during = new AbortController();
    const sleepingClient = makeClient({
      sleep: async () => {
        during.abort();
        throw Object.assign(new Error('aborted'), { name: 'AbortError' });
      },
    });
    const afterBackoff = await failure(sleepingClient.getBytes(fileUrl(), { signal: during.signal }));
    expect(afterBackoff.code).toBe('aborted');
  });

  it('decodes pages with the charset they declare and parses JSON answers', async () => {
    server.publish('/pagina-latin1', { body: Uint8Array.from([0x50, 0x72, 0x6f, 0x64, 0x75, 0x63, 0x63, 0x69, 0xf3, 0x6e]), contentType: 'text/html; charset=ISO-8859-1' });
    expect((await client.getText(server.url('/pagina-latin1'))).text).toBe('Producción');
    server.publish('/api/datos.json', { body: '[{"a_o":"2024"}]', contentType: 'application/json' });
    expect((await client.getJson(server.url('/api/datos.json'))).json).toEqual([{ a_o: '2024' }]);
    server.publish('/api/roto.json', { body: '<html>mantenimiento</html>', contentType: 'text/html' });
    const error = await failure(client.getJson(server.url('/api/roto.json')));
    expect(error.code).toBe('bad-response');
    expect(error.message).toMatch(/^La respuesta de 127\.0\.0\.1:\d+ no es válida: no es JSON$/);
  });
});

describe('createHttpClient when the publisher cannot be reached', () => {
  it('fails on a closed port with "No se pudo conectar", after its bounded retries', async () => {
    const sleep = recordingSleep();
    const client = createHttpClient({ connectTimeoutMs: 1_000, sleep, random: () => 0 });
    const origin = await closedPortOrigin();
    const error = await failure(client.getBytes(`${origin}/documents/1/x.xlsx`));
    await client.close();
    expect(error.code).toBe('unreachable');
    expect(error.message).toMatch(/^No se pudo conectar con 127\.0\.0\.1:\d+ \(conexión rechazada\) \(tras 3 intentos\)$/);
    expect(sleep.delays).toEqual([500, 1000]);
  });

  it('fails on a host that accepts and never answers with the same "No se pudo conectar" message', async () => {
    const silent = await startSilentServer();
    const client = createHttpClient({ headersTimeoutMs: 300, retry: { maxAttempts: 2 }, sleep: recordingSleep() });
    const error = await failure(client.getText(`${silent.origin}/es/estadisticas/`));
    await client.close();
    await silent.close();
    expect(error.code).toBe('timeout');
    expect(error.message).toMatch(/^No se pudo conectar con 127\.0\.0\.1:\d+: no respondió en 0\.3 s \(tras 2 intentos\)$/);
  });
});
