import type { EventPayload } from '../contract';
import type { SourceRunState } from '../contract/refresh';
import type { SourceId } from '../contract/sources';

/**
 * How a refresh's progress events fold into each source's state. The main process keeps the run's
 * snapshot with it (refresh.status, the taskbar bar) and the renderer replays live events with it, so
 * both show the same numbers. A source's fraction weighs its steps by how long they usually take
 * (downloads most), and never goes back.
 */
type EtlProgress = EventPayload<'etl.progress'>;

const stepSpan = {
  discover: [0, 0.05],
  download: [0.05, 0.65],
  parse: [0.65, 0.9],
  load: [0.9, 1],
} as const;

export function pendingSourceState(sourceId: SourceId, title: string): SourceRunState {
  return { sourceId, title, state: 'pending', step: null, file: null, message: null, filesDone: null, filesTotal: null, receivedBytes: null, totalBytes: null, etaSeconds: null, fraction: 0 };
}

/** Still to run or running: it can be cancelled. */
export function isActiveSource(source: Pick<SourceRunState, 'state'>): boolean {
  return source.state === 'pending' || source.state === 'running';
}

/** The source after one etl.progress event; extra fields of `S` are kept. */
export function advanceSourceState<S extends SourceRunState>(source: S, progress: EtlProgress): S {
  switch (progress.step) {
    case 'done':
    case 'failed':
    case 'cancelled':
      return {
        ...source,
        state: progress.status ?? (progress.step === 'done' ? 'updated' : progress.step),
        step: null,
        file: null,
        message: progress.message,
        receivedBytes: null,
        totalBytes: null,
        etaSeconds: null,
        fraction: 1,
      };
    case 'discover':
    case 'download':
    case 'parse':
    case 'load': {
      const isBytes = progress.receivedBytes !== undefined && progress.receivedBytes !== null;
      const stepChanged = source.step !== progress.step;
      const next: S = isBytes
        ? {
            ...source,
            state: 'running',
            step: progress.step,
            file: progress.file,
            receivedBytes: progress.receivedBytes ?? null,
            totalBytes: progress.totalBytes ?? null,
            etaSeconds: progress.etaSeconds ?? null,
          }
        : {
            ...source,
            state: 'running',
            step: progress.step,
            file: progress.file ?? (progress.step === 'download' ? progress.message : null),
            message: progress.message,
            filesDone: wholeOrNull(progress.done),
            filesTotal: wholeOrNull(progress.total),
            receivedBytes: stepChanged ? null : source.receivedBytes,
            totalBytes: stepChanged ? null : source.totalBytes,
            etaSeconds: progress.etaSeconds ?? null,
          };
      return { ...next, fraction: Math.max(source.fraction, sourceFraction(next)) };
    }
  }
}

/** Where a running source is, 0…1, from its step, the files of the step and the bytes of the current file. */
export function sourceFraction(source: SourceRunState): number {
  if (!isActiveSource(source)) return 1;
  if (source.step === null) return 0;
  const [from, to] = stepSpan[source.step];
  let within = 0;
  if (source.filesTotal && source.filesTotal > 0) {
    const current = source.step === 'download' && source.totalBytes ? Math.min(1, (source.receivedBytes ?? 0) / source.totalBytes) : 0;
    within = Math.min(1, ((source.filesDone ?? 0) + current) / source.filesTotal);
  }
  return from + (to - from) * within;
}

/** The mean of the sources' fractions; `sourceCount` covers sources of the run not yet seen. */
export function overallFraction(sources: readonly SourceRunState[], sourceCount?: number): number {
  const count = Math.max(sources.length, sourceCount ?? 0);
  if (count === 0) return 0;
  return Math.min(1, sources.reduce((sum, s) => sum + s.fraction, 0) / count);
}

function wholeOrNull(value: number | null): number | null {
  return value !== null && Number.isInteger(value) && value >= 0 ? value : null;
}
