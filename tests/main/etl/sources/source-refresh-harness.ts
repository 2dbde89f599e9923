import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createHttpClient, type ClosableHttpClient } from '../../../../src-main/etl/http/undici-http-client';
import { runRefresh } from '../../../../src-main/etl/refresh/run-refresh';
import type { RefreshableSource } from '../../../../src-main/etl/refresh/refreshable-source';
import type { OpenDatabase } from '../../../../src-main/db/open-database';
import type { RefreshSummary, SourceRefreshResult } from '../../../../src-main/etl/refresh/refresh-result';
import { startPublisherServer, type PublisherFixture, type PublisherServer } from '../../../support/publisher-server';
import { installPublishers } from '../../../support/publishers/environment';
import { openTempApp, type TempApp } from '../../../support/temp-app';

export interface SourceRefreshHarness<P> {
  readonly server: PublisherServer;
  readonly publisher: P;
  /** The CAUDAL_URL_… variables that point the source at the local publisher. */
  readonly env: Readonly<Record<string, string>>;
  readonly t: TempApp;
  /** The app's database, as the refresh writes and the queries read it. */
  readonly database: OpenDatabase;
  /** One refresh of the source alone; `overrides` replace some of its URLs (a closed port, an empty one). */
  refresh(overrides?: Record<string, string>): Promise<SourceRefreshResult>;
  /** The same, answering the whole run (its id, status and every source's line). */
  refreshRun(overrides?: Record<string, string>): Promise<RefreshSummary>;
}

/**
 * One source refreshed end to end against a local imitation of its publisher, for one describe block:
 * the server, a fresh database, and an HTTP client with short timeouts and no waits between retries,
 * set up before the block's first test and closed after its last. Each test starts with the server
 * healed (no injected fault) and its request log empty.
 */
export function useSourceRefresh<P extends PublisherFixture>(source: RefreshableSource, makePublisher: () => P | Promise<P>): SourceRefreshHarness<P> {
  let server: PublisherServer;
  let publisher: P;
  let env: Record<string, string>;
  let t: TempApp;
  let http: ClosableHttpClient;

  beforeAll(async () => {
    server = await startPublisherServer();
    publisher = await makePublisher();
    env = installPublishers(server, [publisher]);
    t = await openTempApp();
    http = createHttpClient({ headersTimeoutMs: 500, bodyTimeoutMs: 500, retry: { maxAttempts: 2 }, sleep: async () => undefined });
  });
  afterAll(async () => {
    await http?.close();
    await t?.close();
    await server?.close();
  });
  beforeEach(() => {
    server.heal();
    server.clearLog();
  });

  const refreshRun = (overrides: Record<string, string> = {}) =>
    runRefresh(t.app.database, [source], { http, archiveDir: join(t.dir, 'archivo'), trigger: 'cli-refresh', env: { ...env, ...overrides } });

  return {
    get server() {
      return server;
    },
    get publisher() {
      return publisher;
    },
    get env() {
      return env;
    },
    get t() {
      return t;
    },
    get database() {
      return t.app.database;
    },
    refresh: async (overrides = {}) => (await refreshRun(overrides)).sources[0]!,
    refreshRun,
  };
}
