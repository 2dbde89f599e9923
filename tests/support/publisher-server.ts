import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the publishers' web sites (ANH, MinEnergía, UPME, datos.gov.co, DANE) on
 * 127.0.0.1: pages, files with ETag/Last-Modified and conditional GET, dynamic routes (Socrata queries),
 * and per-route failures (HTTP 500, a server that never answers, a stalled or truncated body, another
 * page layout). Each source's test fixture registers its routes through `PublisherFixture`.
 */

/** A page or file as a publisher serves it. */
export interface PublishedFile {
  readonly body: Uint8Array | string;
  readonly contentType: string;
  /** Default: a strong ETag from the content. null sends none. */
  readonly etag?: string | null;
  /** Default: a fixed date. null sends none. */
  readonly lastModified?: string | null;
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
}

export type RouteFailure =
  /** Answers this status with a small HTML error page. */
  | { readonly kind: 'status'; readonly status: number }
  /** Accepts the request and never answers: past any headers timeout. */
  | { readonly kind: 'hang' }
  /** Sends the headers and a first part of the body, then nothing more (body timeout). */
  | { readonly kind: 'stall' }
  /** Announces the full Content-Length, sends half the body and drops the connection. */
  | { readonly kind: 'truncate' }
  /** Serves something else instead (a page whose layout changed, an HTML error page with 200…). */
  | { readonly kind: 'replace'; readonly file: PublishedFile }
  | { readonly kind: 'redirect'; readonly location: string; readonly status?: 301 | 302 | 303 | 307 | 308 };

export interface RouteRequest {
  readonly method: string;
  /** Absolute URL as the server received it (pathname percent-encoded, query kept). */
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
}

/** A dynamic route: computes its answer per request (Socrata `$limit`/`$offset`, a page that changes). */
export type RouteHandler = (request: RouteRequest) => PublishedFile;

export interface LoggedRequest {
  readonly method: string;
  /** Pathname as received (percent-encoded). */
  readonly path: string;
  readonly search: string;
  readonly status: number | null;
  /** The request carried If-None-Match or If-Modified-Since. */
  readonly conditional: boolean;
  readonly userAgent: string | null;
  /** Body bytes sent (0 for 304, error pages count). */
  readonly bodyBytes: number;
}

export interface PublisherServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Absolute URL of a path on this server (non-ASCII characters are percent-encoded, as a browser would). */
  url(path: string): string;
  publish(path: string, file: PublishedFile): void;
  route(path: string, handler: RouteHandler): void;
  unpublish(path: string): void;
  /** Makes a route fail; `times` limits it to the next N requests (then it serves normally again). */
  fail(path: string, failure: RouteFailure, options?: { times?: number }): void;
  /** Removes the failures of one path, or of every path. */
  heal(path?: string): void;
  /** Requests seen so far, optionally for one path. */
  requests(path?: string): readonly LoggedRequest[];
  clearLog(): void;
  close(): Promise<void>;
}

/** What each source's fixture implements so one server can play every publisher at once. */
export interface PublisherFixture {
  readonly sourceId: string;
  /** Registers the source's routes; returns its URLs by role (what `CAUDAL_URL_<SOURCE>_<ROLE>` point at). */
  install(server: PublisherServer): Readonly<Record<string, string>>;
}

const FIXED_LAST_MODIFIED = 'Mon, 03 Nov 2025 14:00:00 GMT';

export async function startPublisherServer(): Promise<PublisherServer> {
  const routes = new Map<string, RouteHandler>();
  const failures = new Map<string, { failure: RouteFailure; remaining: number }>();
  const log: LoggedRequest[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const entry: { status: number | null; bodyBytes: number } = { status: null, bodyBytes: 0 };
    log.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      search: url.search,
      get status() {
        return entry.status;
      },
      conditional: Boolean(req.headers['if-none-match'] || req.headers['if-modified-since']),
      userAgent: req.headers['user-agent'] ?? null,
      get bodyBytes() {
        return entry.bodyBytes;
      },
    });
    const failure = takeFailure(url.pathname);
    const handler = routes.get(url.pathname);
    if (failure) {
      serveFailure(failure, handler, { method: req.method ?? 'GET', url, headers: req.headers }, res, entry);
      return;
    }
    if (!handler) {
      send(res, entry, { status: 404, contentType: 'text/html; charset=utf-8', body: '<html><body><h1>404 Página no encontrada</h1></body></html>', etag: null, lastModified: null });
      return;
    }
    const file = handler({ method: req.method ?? 'GET', url, headers: req.headers });
    if (isNotModified(req, file)) {
      entry.status = 304;
      res.writeHead(304, validatorHeaders(file));
      res.end();
      return;
    }
    send(res, entry, file);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function takeFailure(path: string): RouteFailure | null {
    const active = failures.get(path);
    if (!active) return null;
    active.remaining -= 1;
    if (active.remaining <= 0) failures.delete(path);
    return active.failure;
  }

  const key = (path: string) => new URL(path, origin).pathname;

  return {
    origin,
    url: (path) => new URL(path, origin).href,
    publish: (path, file) => routes.set(key(path), () => file),
    route: (path, handler) => routes.set(key(path), handler),
    unpublish: (path) => routes.delete(key(path)),
    fail: (path, failure, options) => failures.set(key(path), { failure, remaining: options?.times ?? Number.POSITIVE_INFINITY }),
    heal: (path) => (path === undefined ? failures.clear() : failures.delete(key(path))),
    requests: (path) => (path === undefined ? [...log] : log.filter((r) => r.path === key(path))),
    clearLog: () => {
      log.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function serveFailure(failure: RouteFailure, handler: RouteHandler | undefined, request: RouteRequest, res: ServerResponse, entry: { status: number | null; bodyBytes: number }): void {
  switch (failure.kind) {
    case 'status':
      send(res, entry, { status: failure.status, contentType: 'text/html; charset=utf-8', body: `<html><body><h1>Error ${failure.status}</h1></body></html>`, etag: null, lastModified: null });
      return;
    case 'hang':
      return; // the socket stays open until the client gives up or the server closes
    case 'stall':
    case 'truncate': {
      const file = handler?.(request) ?? { body: 'x'.repeat(4096), contentType: 'application/octet-stream' };
      const bytes = toBytes(file.body);
      const half = bytes.subarray(0, Math.max(1, Math.floor(bytes.length / 2)));
      entry.status = 200;
      res.writeHead(200, { 'content-type': file.contentType, 'content-length': String(bytes.length) });
      res.write(half);
      entry.bodyBytes = half.length;
      if (failure.kind === 'truncate') setImmediate(() => res.socket?.destroy());
      return;
    }
    case 'replace':
      send(res, entry, failure.file);
      return;
    case 'redirect':
      entry.status = failure.status ?? 302;
      res.writeHead(entry.status, { location: failure.location, 'content-length': '0' });
      res.end();
      return;
  }
}

function send(res: ServerResponse, entry: { status: number | null; bodyBytes: number }, file: PublishedFile): void {
  const bytes = toBytes(file.body);
  entry.status = file.status ?? 200;
  entry.bodyBytes = bytes.length;
  res.writeHead(entry.status, { 'content-type': file.contentType, 'content-length': String(bytes.length), ...validatorHeaders(file), ...file.headers });
  res.end(bytes);
}

function validatorHeaders(file: PublishedFile): Record<string, string> {
  const headers: Record<string, string> = {};
  const etag = etagOf(file);
  const lastModified = file.lastModified === undefined ? FIXED_LAST_MODIFIED : file.lastModified;
  if (etag) headers['etag'] = etag;
  if (lastModified) headers['last-modified'] = lastModified;
  return headers;
}

function etagOf(file: PublishedFile): string | null {
  if (file.etag !== undefined) return file.etag;
  return `"${createHash('sha1').update(toBytes(file.body)).digest('hex').slice(0, 20)}"`;
}

function isNotModified(req: IncomingMessage, file: PublishedFile): boolean {
  if ((file.status ?? 200) !== 200) return false;
  const etag = etagOf(file);
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) return etag !== null && ifNoneMatch.split(',').map((t) => t.trim()).includes(etag);
  const ifModifiedSince = req.headers['if-modified-since'];
  const lastModified = file.lastModified === undefined ? FIXED_LAST_MODIFIED : file.lastModified;
  return ifModifiedSince !== undefined && lastModified !== null && Date.parse(lastModified) <= Date.parse(ifModifiedSince);
}

function toBytes(body: Uint8Array | string): Uint8Array {
  return typeof body === 'string' ? new TextEncoder().encode(body) : body;
}

/** A host that accepts connections and never answers: what a blackholed publisher looks like to a client. */
export async function startSilentServer(): Promise<{ origin: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** An origin whose port was just freed: connecting to it is refused. */
export async function closedPortOrigin(): Promise<string> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
