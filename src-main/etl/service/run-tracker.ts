import type { CurrentRun, SourceRunState } from '../../../src-shared/contract/refresh';
import type { RunTrigger } from '../../../src-shared/contract/etl-sources';
import type { SourceId } from '../../../src-shared/contract/sources';
import type { RefreshProgress } from '../refresh/source-progress';

/**
 * Pure: the run in progress as `refresh.status` shows it, folded from the `etl.progress` events. Each
 * source's fraction weighs its steps by how long they usually take (downloads most), so the overall bar
 * the taskbar shows moves steadily; a source's fraction never goes back.
 */

const stepSpan = {
  discover: [0, 0.05],
  download: [0.05, 0.65],
  parse: [0.65, 0.9],
  load: [0.9, 1],
} as const;

export interface RunStart {
  readonly kind: CurrentRun['kind'];
  readonly trigger: RunTrigger;
  readonly startedAt: string;
  readonly sources: ReadonlyArray<{ readonly id: SourceId; readonly title: string }>;
  readonly fileCount?: number | null;
}

export function startTracking(start: RunStart): CurrentRun {
  return {
    runId: null,
    kind: start.kind,
    trigger: start.trigger,
    startedAt: start.startedAt,
    sources: start.sources.map((s) => pendingSource(s.id, s.title)),
    files: start.kind === 'import' ? { done: 0, total: start.fileCount ?? 0 } : null,
    fraction: 0,
    cancelling: false,
  };
}

function pendingSource(sourceId: SourceId, title: string): SourceRunState {
  return { sourceId, title, state: 'pending', step: null, file: null, message: null, filesDone: null, filesTotal: null, receivedBytes: null, totalBytes: null, etaSeconds: null, fraction: 0 };
}

export function applyProgress(run: CurrentRun, progress: RefreshProgress): CurrentRun {
  const sources = run.sources.map((source) => (source.sourceId === progress.sourceId ? advanceSource(source, progress) : source));
  return { ...run, runId: run.runId ?? progress.runId, sources, fraction: overallFraction(sources) };
}

export function applyImportFile(run: CurrentRun, index: number, total: number): CurrentRun {
  const files = { done: Math.max(run.files?.done ?? 0, index + 1), total };
  return { ...run, files, fraction: total > 0 ? Math.min(1, files.done / total) : 1 };
}

export function markCancelling(run: CurrentRun): CurrentRun {
  return { ...run, cancelling: true };
}

function advanceSource(source: SourceRunState, progress: RefreshProgress): SourceRunState {
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
      const next: SourceRunState = isBytes
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
  if (source.state !== 'running' && source.state !== 'pending') return 1;
  if (source.step === null) return 0;
  const [from, to] = stepSpan[source.step];
  let within = 0;
  if (source.filesTotal && source.filesTotal > 0) {
    const current = source.step === 'download' && source.totalBytes ? Math.min(1, (source.receivedBytes ?? 0) / source.totalBytes) : 0;
    within = Math.min(1, ((source.filesDone ?? 0) + current) / source.filesTotal);
  }
  return from + (to - from) * within;
}

export function overallFraction(sources: readonly SourceRunState[]): number {
  if (sources.length === 0) return 0;
  return Math.min(1, sources.reduce((sum, s) => sum + s.fraction, 0) / sources.length);
}

function wholeOrNull(value: number | null): number | null {
  return value !== null && Number.isInteger(value) && value >= 0 ? value : null;
}
