import type { CurrentRun } from '../../../src-shared/contract/refresh';
import type { RunTrigger } from '../../../src-shared/contract/etl-sources';
import type { SourceId } from '../../../src-shared/contract/sources';
import { advanceSourceState, overallFraction, pendingSourceState } from '../../../src-shared/domain/source-run-progress';
import type { RefreshProgress } from '../refresh/source-progress';

/**
 * Pure: the run in progress as `refresh.status` shows it, folded from the `etl.progress` events. Each
 * source's fraction weighs its steps by how long they usually take (downloads most), so the overall bar
 * the taskbar shows moves steadily; a source's fraction never goes back.
 */


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
    sources: start.sources.map((s) => pendingSourceState(s.id, s.title)),
    files: start.kind === 'import' ? { done: 0, total: start.fileCount ?? 0 } : null,
    fraction: 0,
    cancelling: false,
  };
}


export function applyProgress(run: CurrentRun, progress: RefreshProgress): CurrentRun {
  const sources = run.sources.map((source) => (source.sourceId === progress.sourceId ? advanceSourceState(source, progress) : source));
  return { ...run, runId: run.runId ?? progress.runId, sources, fraction: overallFraction(sources) };
}

export function applyImportFile(run: CurrentRun, index: number, total: number): CurrentRun {
  const files = { done: Math.max(run.files?.done ?? 0, index + 1), total };
  return { ...run, files, fraction: total > 0 ? Math.min(1, files.done / total) : 1 };
}

export function markCancelling(run: CurrentRun): CurrentRun {
  return { ...run, cancelling: true };
}




