import { openDatabase, type OpenDatabase } from '../db/open-database';
import { syncDepartments } from '../db/sync-departments';
import { handlers } from '../handlers';
import { createDispatcher, type Dispatcher, type InternalErrorLog } from './dispatcher';
import { createEventBus, type EventBus } from './event-bus';

/** One open Caudal: the database, the dispatcher every transport shares, and the event bus. */
export interface CaudalApp {
  readonly dispatcher: Dispatcher;
  readonly events: EventBus;
  readonly dbPath: string;
  /** The open database, for the ETL (writes) and for tests. Transports only use the dispatcher. */
  readonly database: OpenDatabase;
  close(): Promise<void>;
}

export interface OpenCaudalAppOptions {
  /** SQLite file; created (with its folder) and migrated when needed. */
  dbPath: string;
  logInternal?: InternalErrorLog;
}

export async function openCaudalApp(options: OpenCaudalAppOptions): Promise<CaudalApp> {
  const database = await openDatabase(options.dbPath);
  syncDepartments(database.sqlite);
  const events = createEventBus();
  const dispatcher = createDispatcher(handlers, { db: database.db }, options.logInternal);
  let closed = false;
  return {
    dispatcher,
    events,
    dbPath: options.dbPath,
    database,
    async close() {
      if (closed) return;
      closed = true;
      await database.close();
    },
  };
}
