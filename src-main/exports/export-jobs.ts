import { CaudalError } from '../../src-shared/contract';

interface RunningExport {
  readonly controller: AbortController;
  /** Settles when the export has stopped and cleaned up after itself (finish was called). */
  readonly stopped: Promise<void>;
  readonly markStopped: () => void;
}

/**
 * Exports in progress in this process, by the id their caller chose, so that `exports.cancel` can
 * reach them. An id can run once at a time.
 */
const running = new Map<string, RunningExport>();

export function startExportJob(exportId: string): { signal: AbortSignal; finish(): void } {
  if (running.has(exportId)) throw new CaudalError('conflict', `La exportación ${exportId} ya está en curso`);
  const controller = new AbortController();
  let markStopped = () => {};
  const stopped = new Promise<void>((resolve) => (markStopped = resolve));
  const job: RunningExport = { controller, stopped, markStopped };
  running.set(exportId, job);
  return {
    signal: controller.signal,
    finish: () => {
      if (running.get(exportId) === job) running.delete(exportId);
      job.markStopped();
    },
  };
}

/** True when the export was running (it stops at its next batch of rows and removes its file). */
export function cancelExportJob(exportId: string): boolean {
  const job = running.get(exportId);
  if (!job) return false;
  job.controller.abort();
  return true;
}

/**
 * Cancels every export in progress and waits until each has stopped and removed its temporary file:
 * closing the app mid-export must not leave a half-written hidden file beside the analyst's reports.
 */
export async function stopAllExportJobs(): Promise<void> {
  const jobs = [...running.values()];
  for (const job of jobs) job.controller.abort();
  await Promise.all(jobs.map((job) => job.stopped));
}
