import type { SourceId } from '../../../src-shared/contract/sources';
import type { EtlHost } from './etl-host';
import type { EtlJobContext } from './etl-job-context';
import { executeJob } from './execute-job';
import { createJobControls, type JobControls } from './job-controls';

/**
 * Jobs on the calling thread, over the app's own connection: what the CLI and the unit tests use. The
 * context is built on first use, so opening the app costs nothing until a job runs.
 */
export function createInThreadHost(context: () => EtlJobContext, onClose: () => Promise<void> = async () => undefined): EtlHost {
  const jobs = new Map<number, JobControls>();
  let nextJobId = 1;
  let ctx: EtlJobContext | null = null;

  return {
    run(request, onEvent) {
      const jobId = nextJobId++;
      const controls = createJobControls();
      jobs.set(jobId, controls);
      const result = (async () => {
        // Let the caller finish setting up before the first event.
        await new Promise<void>((resolve) => setImmediate(resolve));
        ctx ??= context();
        try {
          return await executeJob(ctx, request, controls, onEvent);
        } finally {
          jobs.delete(jobId);
        }
      })();
      return { jobId, result };
    },
    cancel(jobId: number, sourceId?: SourceId) {
      jobs.get(jobId)?.cancel(sourceId);
    },
    async close() {
      for (const controls of jobs.values()) controls.cancel();
      await onClose();
    },
  };
}
