import type { OpenDatabase } from '../../db/open-database';
import type { HttpClient } from '../http/http-types';
import type { RefreshableSource } from '../refresh/refreshable-source';
import type { FileSource } from '../sources/source-definition';
import type { ConnectivityProbe } from './connectivity';

/** Everything a job needs, on the thread that owns the writing connection. */
export interface EtlJobContext {
  /** The single writing connection (the worker's own, or the app's in tests and the CLI). */
  readonly database: OpenDatabase;
  /** Content-addressed copies of every downloaded or imported file. */
  readonly archiveDir: string;
  /** What a refresh may run, by id. */
  readonly refreshableSources: readonly RefreshableSource[];
  /** What an import recognises files with. */
  readonly importSources: readonly FileSource[];
  readonly http: HttpClient;
  readonly probe: ConnectivityProbe;
  readonly now: () => Date;
}
