import { CaudalError } from '../../src-shared/contract';

/**
 * Exports in progress in this process, by the id their caller chose, so that `exports.cancel` can
 * reach them. An id can run once at a time.
 */
const running = new Map<string, AbortController>();

export function startExportJob(exportId: string): { signal: AbortSignal; finish(): void } {
  if (running.has(exportId)) throw new CaudalError('conflict', `La exportación ${exportId} ya está en curso`);
  const controller = new AbortController();
  running.set(exportId, controller);
  return {
    signal: controller.signal,
    finish: () => {
      if (running.get(exportId) === controller) running.delete(exportId);
    },
  };
}

/** True when the export was running (it stops at its next batch of rows and removes its file). */
export function cancelExportJob(exportId: string): boolean {
  const controller = running.get(exportId);
  if (!controller) return false;
  controller.abort();
  return true;
}
