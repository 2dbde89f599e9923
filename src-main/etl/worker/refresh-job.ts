import { EtlError } from '../etl-error';
import { runRefresh } from '../refresh/run-refresh';
import type { RefreshProgress } from '../refresh/source-progress';
import type { EtlJobContext } from './etl-job-context';
import type { EtlJobEvent, GuardedSourceResult, RefreshJobRequest, RefreshJobSummary } from './etl-job';
import type { JobControls } from './job-controls';
import { createReachability } from './reachability';
import { createSourceGuard, knownFailuresNote } from './source-guard';

/**
 * A refresh on the writing connection: the shared runner (one source after another, each in its own
 * transaction, recorded in etl_run / etl_run_source), with every source guarded by the connectivity
 * check and the memory of failed downloads. Progress and each source's result go to `emit` as they happen.
 */
export async function runRefreshJob(ctx: EtlJobContext, request: RefreshJobRequest, controls: JobControls, emit: (event: EtlJobEvent) => void): Promise<RefreshJobSummary> {
  const sources = request.sourceIds.map((id) => {
    const source = ctx.refreshableSources.find((candidate) => candidate.id === id);
    if (!source) throw new EtlError('unknown-source', `La fuente «${id}» no se puede actualizar desde internet`);
    return source;
  });
  const guard = createSourceGuard(ctx.database.sqlite, createReachability(ctx.probe), ctx.now);
  const results = new Map<string, GuardedSourceResult>();
  let runId = 0;

  const summary = await runRefresh(ctx.database, sources.map(guard.wrap), {
    http: ctx.http,
    archiveDir: ctx.archiveDir,
    trigger: request.trigger,
    env: request.env,
    settings: request.settings,
    signal: controls.runSignal,
    sourceSignal: controls.sourceSignal,
    now: ctx.now,
    onProgress(progress) {
      runId = progress.runId;
      emit({ kind: 'progress', progress: withKnownFailures(progress, guard.knownFailures(progress.sourceId)) });
    },
    onSourceDone(result) {
      const guarded: GuardedSourceResult = { ...result, knownFailedFiles: [...guard.settle(result, runId)] };
      results.set(result.sourceId, guarded);
      emit({ kind: 'source-done', result: guarded });
    },
  });
  const guarded = summary.sources.map((s) => results.get(s.sourceId) ?? { ...s, knownFailedFiles: [] });
  // Every source cancelled one by one is a cancelled run, not a failed one (the runner only knows the run's own cancel).
  if (summary.status !== 'cancelled' && guarded.length > 0 && guarded.every((s) => s.status === 'cancelled')) {
    ctx.database.sqlite.prepare("UPDATE etl_run SET status = 'cancelled' WHERE id = ?").run(summary.runId);
    return { ...summary, status: 'cancelled', sources: guarded };
  }
  return { ...summary, sources: guarded };
}

/** A source's closing line also names the known failures it skipped ("sin cambios; 1 archivo ya conocido…"). */
function withKnownFailures(progress: RefreshProgress, known: ReturnType<ReturnType<typeof createSourceGuard>['knownFailures']>): RefreshProgress {
  const closing = progress.step === 'done' || progress.step === 'failed';
  if (!closing || known.length === 0) return progress;
  return { ...progress, message: `${progress.message ?? ''}; ${knownFailuresNote(known)}` };
}
