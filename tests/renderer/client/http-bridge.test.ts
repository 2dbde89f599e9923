import { describe, expect, it, vi } from 'vitest';
import { BridgeTransportError, ClientError } from '../../../src-renderer/client/client-error';
import { createClient } from '../../../src-renderer/client/create-client';
import { createHttpBridge, type EventSourceLike } from '../../../src-renderer/client/http-bridge';

type FetchStub = (url: string, init: RequestInit) => Promise<Response>;

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function bridgeWith(fetchStub: FetchStub, openEventSource?: (url: string) => EventSourceLike) {
  const fetchSpy = vi.fn(fetchStub);
  const bridge = createHttpBridge({ baseUrl: 'http://127.0.0.1:4321', fetch: fetchSpy as unknown as typeof fetch, ...(openEventSource ? { openEventSource } : {}) });
  return { bridge, fetchSpy };
}

class FakeEventSource implements EventSourceLike {
  closed = false;
  readonly listeners = new Map<string, Set<(event: MessageEvent<string>) => void>>();
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    const set = this.listeners.get(type) ?? new Set();
    this.listeners.set(type, set);
    set.add(listener);
  }
  removeEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    this.listeners.get(type)?.delete(listener);
  }
  close(): void {
    this.closed = true;
  }
  push(type: string, data: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener(new MessageEvent(type, { data }));
  }
}

describe('createHttpBridge: commands', () => {
  it('POSTs the JSON input to the invoke route with the session cookie and returns the result', async () => {
    const result = { ok: true, data: { files: [] } };
    const { bridge, fetchSpy } = bridgeWith(async () => jsonResponse(result));

    await expect(bridge.invoke('sources.files', { includeSuperseded: true })).resolves.toEqual(result);

    expect(fetchSpy).toHaveBeenCalledOnce();
    const [url, init] = fetchSpy.mock.calls[0]!;
    expect(url).toBe('http://127.0.0.1:4321/api/invoke/sources.files');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toEqual({ 'content-type': 'application/json' });
    expect(JSON.parse(init.body as string)).toEqual({ includeSuperseded: true });
  });

  it('sends null for an omitted input so the dispatcher applies the defaults', async () => {
    const { bridge, fetchSpy } = bridgeWith(async () => jsonResponse({ ok: true, data: {} }));
    await bridge.invoke('catalog.dimensions', undefined);
    expect(fetchSpy.mock.calls[0]![1].body).toBe('null');
  });

  it('reads the command result of a failed command even with an error status', async () => {
    const result = { ok: false, error: { code: 'not-found', message: 'No existe el archivo 9' } };
    const { bridge } = bridgeWith(async () => jsonResponse(result, 404));
    await expect(bridge.invoke('etl.rejects', { fileId: 9 })).resolves.toEqual(result);
  });

  it('reports a network failure as unreachable, in Spanish, through the client', async () => {
    const { bridge } = bridgeWith(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(bridge.invoke('catalog.dimensions', {})).rejects.toBeInstanceOf(BridgeTransportError);

    const failure = (await createClient(bridge).send('catalog.dimensions', {}).catch((e: unknown) => e)) as ClientError;
    expect(failure).toBeInstanceOf(ClientError);
    expect(failure.code).toBe('unreachable');
    expect(failure.message).toContain('No se pudo contactar al servicio de Caudal');
  });

  it('explains a refused token instead of showing a raw 401', async () => {
    const { bridge } = bridgeWith(async () => new Response('unauthorized', { status: 401 }));
    const failure = (await createClient(bridge).send('catalog.dimensions', {}).catch((e: unknown) => e)) as ClientError;
    expect(failure.code).toBe('unauthorized');
    expect(failure.message).toContain('caudal serve');
  });

  it('reports a non-JSON error page as a bad response with its status', async () => {
    const { bridge } = bridgeWith(async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    const failure = (await createClient(bridge).send('catalog.dimensions', {}).catch((e: unknown) => e)) as ClientError;
    expect(failure.code).toBe('bad-response');
    expect(failure.message).toContain('HTTP 502');
  });
});

describe('createHttpBridge: events', () => {
  it('shares one EventSource, parses JSON payloads and closes it with the last listener', () => {
    const sources: FakeEventSource[] = [];
    const { bridge } = bridgeWith(
      async () => jsonResponse({}),
      (url) => {
        const source = new FakeEventSource(url);
        sources.push(source);
        return source;
      },
    );
    const first: unknown[] = [];
    const second: unknown[] = [];

    const stopFirst = bridge.on('etl.progress', (payload) => first.push(payload));
    const stopSecond = bridge.on('etl.progress', (payload) => second.push(payload));
    expect(sources).toHaveLength(1);
    expect(sources[0]!.url).toBe('http://127.0.0.1:4321/api/events');

    sources[0]!.push('etl.progress', '{"runId":1}');
    sources[0]!.push('etl.progress', 'not json');
    sources[0]!.push('other.event', '{"runId":2}');
    expect(first).toEqual([{ runId: 1 }]);
    expect(second).toEqual([{ runId: 1 }]);

    stopFirst();
    expect(sources[0]!.closed).toBe(false);
    stopSecond();
    expect(sources[0]!.closed).toBe(true);
    expect(sources[0]!.listeners.get('etl.progress')?.size ?? 0).toBe(0);

    // Subscribing again opens a fresh connection.
    const stopThird = bridge.on('etl.progress', () => {});
    expect(sources).toHaveLength(2);
    stopThird();
  });
});
