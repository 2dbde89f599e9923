import type { Kysely } from 'kysely';
import type { Database } from '../db/database-types';
import { openDatabase, type OpenDatabase } from '../db/open-database';
import { syncDepartments } from '../db/sync-departments';
import { archiveDirFor } from '../etl/archive/archive-dir';
import { isRefreshable } from '../etl/refresh/refreshable-source';
import { createRefreshService, type RefreshService } from '../etl/service/refresh-service';
import type { Environment } from '../etl/settings/source-urls';
import { fileSources } from '../etl/sources/registry';
import { defaultJobContext } from '../etl/worker/default-job-context';
import type { EtlHost } from '../etl/worker/etl-host';
import { createInThreadHost } from '../etl/worker/in-thread-host';
import { createWorkerHost } from '../etl/worker/worker-host';
import type { WorkerScript } from '../etl/worker/worker-script';
import { stopAllExportJobs } from '../exports/export-jobs';
import type { SpawnExportProcess } from '../exports/process/export-child';
import { handlers } from '../handlers';
import type { DesktopCapability } from '../handlers/context';
import { createDispatcher, type Dispatcher, type InternalErrorLog } from './dispatcher';
import { createEventBus, type EventBus } from './event-bus';

/** One open Caudal: the database, the dispatcher every transport shares, and the event bus. */
export interface CaudalApp {
  readonly dispatcher: Dispatcher;
  readonly events: EventBus;
  readonly dbPath: string;
  /** The open database, for the ETL (writes) and for tests. Transports only use the dispatcher. */
  readonly database: OpenDatabase;
  /** Refreshes and imports, one at a time, in the ETL runner (a worker thread when `etlWorker` is given). */
  readonly refresh: RefreshService;
  close(): Promise<void>;
}

export interface OpenCaudalAppOptions {
  /** SQLite file; created (with its folder) and migrated when needed. */
  dbPath: string;
  logInternal?: InternalErrorLog;
  /**
   * Run refreshes and imports in a worker thread with its own writing connection (the desktop app and
   * `caudal serve`); without it they run in this thread (the CLI's one-shot commands and tests).
   */
  etlWorker?: WorkerScript;
  /** Where `CAUDAL_URL_…` overrides are read; process.env by default. */
  env?: Environment;
  /** The desktop shell's save dialog and file manager (Electron only); it may keep its choices in the database. */
  desktop?: (db: Kysely<Database>) => DesktopCapability;
  /**
   * Starts the dedicated process every export runs in (the desktop app, `caudal serve` and the CLI
   * give one); without it exports run in this process (tests of the export itself).
   */
  exportProcess?: SpawnExportProcess;
}

export async function openCaudalApp(options: OpenCaudalAppOptions): Promise<CaudalApp> {
  const database = await openDatabase(options.dbPath);
  syncDepartments(database.sqlite);
  const events = createEventBus();
  const refresh = createRefreshService({
    db: database.db,
    sqlite: database.sqlite,
    events,
    host: etlHost(database, options),
    sources: fileSources.filter(isRefreshable),
    titles: new Map(fileSources.map((source) => [source.id, source.title])),
    env: options.env ?? process.env,
  });
  const dispatcher = createDispatcher(
    handlers,
    {
      db: database.db,
      events,
      refresh,
      ...(options.desktop ? { desktop: options.desktop(database.db) } : {}),
      ...(options.exportProcess ? { exportProcess: options.exportProcess } : {}),
    },
    options.logInternal,
  );
  let closed = false;
  return {
    dispatcher,
    events,
    dbPath: options.dbPath,
    database,
    refresh,
    async close() {
      if (closed) return;
      closed = true;
      try {
        // Exports read the database on connections of their own: stop them before it closes.
        await stopAllExportJobs();
        await refresh.close();
      } finally {
        await database.close();
      }
    },
  };
}

/** Nothing is spawned nor connected here: the runner starts with the first job. */
function etlHost(database: OpenDatabase, options: OpenCaudalAppOptions): EtlHost {
  const archiveDir = archiveDirFor(options.dbPath);
  if (options.etlWorker && options.dbPath !== ':memory:') {
    return createWorkerHost({ script: options.etlWorker, data: { dbPath: options.dbPath, archiveDir } });
  }
  const jobContext = defaultJobContext(database, archiveDir);
  return createInThreadHost(jobContext.context, jobContext.close);
}
