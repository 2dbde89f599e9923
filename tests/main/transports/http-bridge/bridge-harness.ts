import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest, type Agent, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { CaudalError, type CommandOutput } from '../../../../src-shared/contract';
import { createDispatcher, type Handlers } from '../../../../src-main/app/dispatcher';
import { completeHandlers } from '../../../support/fake-handlers';
import { createEventBus, type EventBus } from '../../../../src-main/app/event-bus';
import { startHttpBridge, type HttpBridge } from '../../../../src-main/transports/http-bridge';

export const emptyDimensions: CommandOutput<'catalog.dimensions'> = {
  departments: [{ key: '85', label: 'Casanare' }],
  municipalities: [],
  operators: [],
  fields: [],
  contracts: [],
  periods: { first: '2020-01', last: '2024-12' },
  periodsBySource: {
    production: { first: '2020-01', last: '2024-12' },
    royalties: { first: null, last: null },
    declaration: { first: null, last: null },
    demand: { first: null, last: null },
  },
};

/** Real dispatcher (real contract validation) over handlers that answer fixed data. */
export function createFakeHandlers(): Handlers<null> {
  return completeHandlers<null>({
    'production.series': vi.fn((input) => ({ measure: input.measure, granularity: input.granularity, rateUnit: input.rateUnit, volumeUnit: input.volumeUnit, points: [], heatingValues: null })),
    'production.breakdown': vi.fn(() => {
      throw new CaudalError('not-found', 'No hay datos para esos filtros.');
    }),
    'catalog.dimensions': vi.fn(() => emptyDimensions),
    'sources.files': vi.fn(() => ({ files: [] })),
    'etl.rejects': vi.fn(() => ({ total: 0, rows: [] })),
  });
}

/** Counts live subscriptions so tests can see the SSE stream let go of the bus. */
export function createCountingBus(): EventBus & { readonly subscribers: number } {
  const bus = createEventBus();
  let subscribers = 0;
  return {
    emit: bus.emit,
    subscribe(listener) {
      subscribers += 1;
      const unsubscribe = bus.subscribe(listener);
      let active = true;
      return () => {
        if (active) subscribers -= 1;
        active = false;
        unsubscribe();
      };
    },
    get subscribers() {
      return subscribers;
    },
  };
}

export interface TestBridge {
  bridge: HttpBridge;
  events: ReturnType<typeof createCountingBus>;
  handlers: Handlers<null>;
  staticDir: string;
  cleanup(): Promise<void>;
}

export async function startTestBridge(staticDir?: string): Promise<TestBridge> {
  const ownDir = staticDir === undefined ? await mkdtemp(path.join(tmpdir(), 'caudal-bridge-')) : undefined;
  const handlers = createFakeHandlers();
  const events = createCountingBus();
  const bridge = await startHttpBridge({
    dispatcher: createDispatcher(handlers, null, () => undefined),
    events,
    staticDir: staticDir ?? ownDir!,
  });
  return {
    bridge,
    events,
    handlers,
    staticDir: staticDir ?? ownDir!,
    async cleanup() {
      await bridge.close();
      if (ownDir) await rm(ownDir, { recursive: true, force: true });
    },
  };
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  method?: string;
  /** Sent byte for byte: no normalization of `..` or percent escapes, unlike fetch. */
  path?: string;
  headers?: OutgoingHttpHeaders;
  body?: string | Buffer;
  /** Adds the x-caudal-token header with the bridge's token (default) or the given one; false sends none. */
  token?: boolean | string;
  /** Default: a fresh connection closed after the answer. */
  agent?: Agent;
}

/** node:http request with full control over Host, Origin and the raw path; no keep-alive. */
export function send(bridge: HttpBridge, options: RawRequest = {}): Promise<RawResponse> {
  const token = options.token ?? true;
  const headers: OutgoingHttpHeaders = { ...options.headers };
  if (token !== false) headers['x-caudal-token'] = token === true ? bridge.token : token;
  if (options.body !== undefined && headers['content-type'] === undefined) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: bridge.port, method: options.method ?? 'GET', path: options.path ?? '/', headers, agent: options.agent ?? false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

export function invoke(bridge: HttpBridge, name: string, input: unknown, extra: RawRequest = {}): Promise<RawResponse> {
  return send(bridge, { method: 'POST', path: `/api/invoke/${name}`, body: JSON.stringify(input), ...extra });
}

export interface OpenStream {
  response: IncomingMessage;
  /** Everything received so far. */
  text(): string;
  ended(): boolean;
  /** Drops the connection, as a closed browser tab does. */
  disconnect(): void;
}

/** Opens GET /api/events and keeps reading; resolves once the response headers arrived. */
export function openEventStream(bridge: HttpBridge): Promise<OpenStream> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: bridge.port, path: '/api/events', headers: { 'x-caudal-token': bridge.token, accept: 'text/event-stream' }, agent: false },
      (response) => {
        let received = '';
        let ended = false;
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (received += chunk));
        response.on('end', () => (ended = true));
        response.on('error', () => (ended = true));
        resolve({ response, text: () => received, ended: () => ended, disconnect: () => req.destroy() });
      },
    );
    req.on('error', reject);
    req.end();
  });
}
