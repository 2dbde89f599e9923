import type { SourceId } from '../../../src-shared/contract/sources';
import type { EtlJobEvent, EtlJobRequest, EtlJobResult } from './etl-job';

/** What the ETL worker is started with. */
export interface EtlWorkerData {
  readonly dbPath: string;
  readonly archiveDir: string;
}

export type ToWorker =
  | { readonly type: 'job'; readonly jobId: number; readonly request: EtlJobRequest }
  | { readonly type: 'cancel'; readonly jobId: number; readonly sourceId?: SourceId }
  /** Cancel everything, close the connection, exit. */
  | { readonly type: 'close' };

export type FromWorker =
  | { readonly type: 'event'; readonly jobId: number; readonly event: EtlJobEvent }
  | { readonly type: 'result'; readonly jobId: number; readonly result: EtlJobResult }
  /** The job threw: a bug or a broken database, not a source failing (sources never throw). */
  | { readonly type: 'job-failed'; readonly jobId: number; readonly message: string };
