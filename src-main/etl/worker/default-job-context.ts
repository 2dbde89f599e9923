import type { OpenDatabase } from '../../db/open-database';
import type { ClosableHttpClient } from '../http/undici-http-client';
import { createHttpClient } from '../http/undici-http-client';
import { isRefreshable } from '../refresh/refreshable-source';
import { fileSources } from '../sources/registry';
import { createHttpProbe, type ClosableProbe } from './connectivity';
import type { EtlJobContext } from './etl-job-context';

export interface DefaultJobContext {
  /** Built on first call: nothing network-bound exists before a job needs it. */
  context(): EtlJobContext;
  /** Closes the HTTP connections, if any were opened. */
  close(): Promise<void>;
}

/** Every source of the registry, the real HTTP client and connectivity probe, the real clock. */
export function defaultJobContext(database: OpenDatabase, archiveDir: string): DefaultJobContext {
  let http: ClosableHttpClient | null = null;
  let probe: ClosableProbe | null = null;
  let ctx: EtlJobContext | null = null;
  return {
    context() {
      http ??= createHttpClient();
      probe ??= createHttpProbe();
      ctx ??= {
        database,
        archiveDir,
        refreshableSources: fileSources.filter(isRefreshable),
        importSources: fileSources,
        http,
        probe: probe.probe,
        now: () => new Date(),
      };
      return ctx;
    },
    async close() {
      await Promise.all([http?.close(), probe?.close()]);
    },
  };
}
