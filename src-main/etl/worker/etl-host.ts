import type { SourceId } from '../../../src-shared/contract/sources';
import type { EtlJobEvent, EtlJobRequest, EtlJobResult } from './etl-job';

/**
 * Where ETL jobs run: a worker thread with its own (the only) writing connection in the app and under
 * `caudal serve`, or the calling thread in tests and the CLI. Either way the same `executeJob` runs.
 */
export interface EtlHost {
  /**
   * Starts a job. Events arrive in order, never before `run` returns. `result` rejects only when the
   * runner itself broke (the worker died); a source failing is a normal result.
   */
  run(request: EtlJobRequest, onEvent: (event: EtlJobEvent) => void): EtlJobHandle;
  /** Cancels a running job, or one source of it; ignored for a job that already ended. */
  cancel(jobId: number, sourceId?: SourceId): void;
  /** Stops the runner after the jobs in flight were cancelled (the service waits for them first). */
  close(): Promise<void>;
}

export interface EtlJobHandle {
  readonly jobId: number;
  readonly result: Promise<EtlJobResult>;
}
