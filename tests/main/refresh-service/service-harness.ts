import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCaudalApp, type CaudalApp } from '../../../src-main/app/caudal-app';
import type { HttpClient } from '../../../src-main/etl/http/http-types';
import { createHttpClient, type ClosableHttpClient, type HttpClientOptions } from '../../../src-main/etl/http/undici-http-client';
import type { RefreshableSource } from '../../../src-main/etl/refresh/refreshable-source';
import { createRefreshService, type RefreshService } from '../../../src-main/etl/service/refresh-service';
import { createHttpProbe, type ClosableProbe } from '../../../src-main/etl/worker/connectivity';
import type { EtlHost } from '../../../src-main/etl/worker/etl-host';
import { createInThreadHost } from '../../../src-main/etl/worker/in-thread-host';
import type { EventName } from '../../../src-shared/contract';
import { createReadingsTable } from '../../support/fake-readings-source';

export interface RecordedEvent {
  readonly name: EventName;
  readonly payload: Record<string, unknown>;
}

export interface ServiceHarness {
  readonly app: CaudalApp;
  readonly service: RefreshService;
  readonly events: RecordedEvent[];
  readonly env: Record<string, string>;
  readonly dataDir: string;
  /** Every URL the sources' HTTP client was asked for. */
  readonly requested: string[];
  /** Resolves with the next event that matches. */
  next(name: EventName, match?: (payload: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  readonly sources: readonly RefreshableSource[];
  readonly env: Record<string, string>;
  readonly http?: HttpClientOptions;
  readonly probe?: { connectTimeoutMs: number; answerTimeoutMs: number };
  /** Replaces the in-thread host (to simulate a broken runner). */
  readonly host?: (app: CaudalApp, archiveDir: string) => EtlHost;
  readonly now?: () => Date;
}

/**
 * A real app (database in a temp folder, test_reading table for the readings source) with a
 * RefreshService over the in-thread host, the given sources and HTTP settings: what the app does, minus
 * the worker thread (worker-host.test.ts covers that one).
 */
export async function startServiceHarness(options: HarnessOptions): Promise<ServiceHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'caudal-refresh-service-'));
  const app = await openCaudalApp({ dbPath: join(dataDir, 'caudal.sqlite'), env: options.env });
  createReadingsTable(app.database.sqlite);
  const archiveDir = join(dataDir, 'archivo');
  const requested: string[] = [];
  const inner: ClosableHttpClient = createHttpClient({ retry: { maxAttempts: 1 }, headersTimeoutMs: 5_000, bodyTimeoutMs: 5_000, ...options.http });
  const http: HttpClient = {
    getBytes: (url, o) => (requested.push(url), inner.getBytes(url, o)),
    getText: (url, o) => (requested.push(url), inner.getText(url, o)),
    getJson: (url, o) => (requested.push(url), inner.getJson(url, o)),
  };
  const probe: ClosableProbe = createHttpProbe(options.probe ?? { connectTimeoutMs: 1_000, answerTimeoutMs: 1_000 });
  const now = options.now ?? (() => new Date());
  const host =
    options.host?.(app, archiveDir) ??
    createInThreadHost(() => ({ database: app.database, archiveDir, refreshableSources: options.sources, importSources: options.sources, http, probe: probe.probe, now }));
  const service = createRefreshService({
    db: app.database.db,
    sqlite: app.database.sqlite,
    events: app.events,
    host,
    sources: options.sources,
    titles: new Map(options.sources.map((s) => [s.id, s.title])),
    env: options.env,
    now,
  });
  const events: RecordedEvent[] = [];
  const waiters = new Set<{ name: EventName; match: (p: Record<string, unknown>) => boolean; resolve: (p: Record<string, unknown>) => void }>();
  app.events.subscribe((name, payload) => {
    const record = payload as Record<string, unknown>;
    events.push({ name, payload: record });
    for (const waiter of [...waiters]) {
      if (waiter.name === name && waiter.match(record)) {
        waiters.delete(waiter);
        waiter.resolve(record);
      }
    }
  });
  return {
    app,
    service,
    events,
    env: options.env,
    dataDir,
    requested,
    next: (name, match = () => true) => new Promise((resolve) => waiters.add({ name, match, resolve })),
    async close() {
      await service.close();
      await app.close();
      await inner.close();
      await probe.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** `refresh.state` → `started` / `finished`, `etl.progress` → `source:step`: the order a client sees. */
export function eventTrail(events: readonly RecordedEvent[]): string[] {
  return events.flatMap(({ name, payload }) => {
    switch (name) {
      case 'refresh.state':
        return [`state:${String(payload['phase'])}`];
      case 'etl.progress':
        return payload['receivedBytes'] === undefined ? [`${String(payload['sourceId'])}:${String(payload['step'])}`] : [];
      default:
        return [];
    }
  });
}
