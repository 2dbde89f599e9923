import type { EtlJobContext } from './etl-job-context';
import type { EtlJobEvent, EtlJobRequest, EtlJobResult } from './etl-job';
import type { JobControls } from './job-controls';
import { runImportJob } from './import-job';
import { runRefreshJob } from './refresh-job';

/** Runs one job on the thread that owns the writing connection; the same code in the worker and in-thread. */
export async function executeJob(ctx: EtlJobContext, request: EtlJobRequest, controls: JobControls, emit: (event: EtlJobEvent) => void): Promise<EtlJobResult> {
  switch (request.kind) {
    case 'refresh':
      return { kind: 'refresh', summary: await runRefreshJob(ctx, request, controls, emit) };
    case 'import':
      return { kind: 'import', summary: runImportJob(ctx, request, emit) };
  }
}
