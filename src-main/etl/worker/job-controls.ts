import type { SourceId } from '../../../src-shared/contract/sources';

/**
 * The cancel switches of one job: the whole run, or one source (before or during its turn). A source
 * cancelled before its turn starts already aborted and ends `cancelled` without a request.
 */
export interface JobControls {
  readonly runSignal: AbortSignal;
  sourceSignal(sourceId: SourceId): AbortSignal;
  cancel(sourceId?: SourceId): void;
}

export function createJobControls(): JobControls {
  const run = new AbortController();
  const sources = new Map<SourceId, AbortController>();
  const controllerFor = (sourceId: SourceId): AbortController => {
    let controller = sources.get(sourceId);
    if (!controller) {
      controller = new AbortController();
      sources.set(sourceId, controller);
    }
    return controller;
  };
  return {
    runSignal: run.signal,
    sourceSignal: (sourceId) => controllerFor(sourceId).signal,
    cancel(sourceId) {
      if (sourceId === undefined) run.abort();
      else controllerFor(sourceId).abort();
    },
  };
}
