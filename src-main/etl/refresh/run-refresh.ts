import type { SourceId } from '../../../src-shared/contract/sources';
import type { OpenDatabase } from '../../db/open-database';
import type { HttpClient } from '../http/http-types';
import { finishRun, startRun, type RunStatus, type RunTrigger } from '../runs';
import type { Environment, SourceUrlSettings } from '../settings/source-urls';
import { refreshSource } from './refresh-source';
import type { RefreshSummary, SourceRefreshResult, SourceRefreshStatus } from './refresh-result';
import type { RefreshableSource } from './refreshable-source';
import { finishSourceRun, startSourceRun } from './source-run-record';
import { createSourceProgress, type RefreshProgress } from './source-progress';

export type RefreshTrigger = Extract<RunTrigger, 'cli-refresh' | 'button' | 'schedule'>;

export interface RefreshOptions {
  readonly http: HttpClient;
  /** Content-addressed copies of every downloaded file (beside the database). */
  readonly archiveDir: string;
  readonly trigger: RefreshTrigger;
  /** For `CAUDAL_URL_<SOURCE>_<ROLE>` overrides; the CLI passes process.env. */
  readonly env?: Environment;
  readonly settings?: SourceUrlSettings;
  /** Cancels the whole run: the current source stops, the ones after it are not started. */
  readonly signal?: AbortSignal;
  /** Cancels one source and lets the run go on with the next (the sources panel's per-source cancel). */
  readonly sourceSignal?: (sourceId: SourceId) => AbortSignal | undefined;
  /** `etl.progress` payloads, in order; the app forwards them to the event bus. */
  readonly onProgress?: (progress: RefreshProgress) => void;
  /** Each source's result as soon as it ends (the terminal prints its summary line then). */
  readonly onSourceDone?: (result: SourceRefreshResult) => void;
  readonly now?: () => Date;
}

/**
 * Refreshes sources one after another, each in isolation: one failing or being cancelled never touches
 * another's data, and keeps its own previous data. The run is recorded (etl_run, and one etl_run_source
 * line per source) whatever happens. The same runner serves `caudal refresh`, the button and the timer.
 */
export async function runRefresh(database: OpenDatabase, sources: readonly RefreshableSource[], options: RefreshOptions): Promise<RefreshSummary> {
  const now = options.now ?? (() => new Date());
  const { sqlite } = database;
  const runId = startRun(sqlite, options.trigger, now());
  const emit = options.onProgress ?? (() => undefined);
  const results: SourceRefreshResult[] = [];

  for (const [sourceIndex, source] of sources.entries()) {
    const startedAt = now();
    const recordId = startSourceRun(sqlite, runId, source.id, startedAt);
    const progress = createSourceProgress({ runId, sourceId: source.id, sourceIndex, sourceCount: sources.length }, emit, now);
    const signal = combinedSignal(options.signal, options.sourceSignal?.(source.id));
    const result = await refreshSource(source, {
      sqlite,
      runId,
      http: options.http,
      env: options.env ?? {},
      settings: options.settings ?? {},
      archiveDir: options.archiveDir,
      signal,
      progress,
      startedAt,
      now,
    });
    finishSourceRun(sqlite, recordId, result);
    results.push(result);
    progress.finish(finalStep(result.status), result.status, summaryLine(result));
    options.onSourceDone?.(result);
  }

  const status = runStatus(results, options.signal?.aborted ?? false);
  const errors = results.filter((r) => r.error).map((r) => `${r.title}: ${r.error!.message}`);
  finishRun(sqlite, runId, status, { sources: results.map(summarizeForRun) }, errors.length ? errors.join('\n') : null, now());
  return { runId, status, sources: results, ok: results.every((r) => r.status === 'updated' || r.status === 'unchanged') };
}

function combinedSignal(run: AbortSignal | undefined, source: AbortSignal | undefined): AbortSignal {
  const signals = [run, source].filter((s): s is AbortSignal => s !== undefined);
  if (signals.length === 0) return new AbortController().signal;
  return signals.length === 1 ? signals[0]! : AbortSignal.any(signals);
}

function runStatus(results: readonly SourceRefreshResult[], runCancelled: boolean): RunStatus {
  if (runCancelled) return 'cancelled';
  const good = results.filter((r) => r.status === 'updated' || r.status === 'unchanged').length;
  if (good === results.length) return 'ok';
  const anyLoaded = results.some((r) => r.status === 'updated' || r.status === 'unchanged' || r.status === 'partial');
  return anyLoaded ? 'partial' : 'failed';
}

function finalStep(status: SourceRefreshStatus): 'done' | 'failed' | 'cancelled' {
  switch (status) {
    case 'updated':
    case 'unchanged':
      return 'done';
    case 'partial':
    case 'failed':
      return 'failed';
    case 'cancelled':
      return 'cancelled';
  }
}

const count = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 0 });

/** The one line the UI shows when a source ends (the `message` of its done / failed / cancelled event). */
export function summaryLine(result: SourceRefreshResult): string {
  const loaded = result.files.filter((f) => f.status === 'loaded');
  switch (result.status) {
    case 'unchanged':
      return 'sin cambios';
    case 'updated':
    case 'partial': {
      const what = `${loaded.length} ${loaded.length === 1 ? 'archivo nuevo' : 'archivos nuevos'}`;
      const base = `${what}, ${count.format(result.rowsLoaded)} filas cargadas, ${count.format(result.rowsRejected)} rechazadas`;
      return result.status === 'partial' ? `${base}; con errores: ${result.error?.message ?? ''}` : base;
    }
    case 'failed':
    case 'cancelled':
      return result.error?.message ?? (result.status === 'cancelled' ? 'cancelada' : 'error');
  }
}

function summarizeForRun(result: SourceRefreshResult): Record<string, unknown> {
  return {
    sourceId: result.sourceId,
    status: result.status,
    files: result.files.map((f) => ({ file: f.fileName, status: f.status, coverage: 'coverage' in f ? f.coverage : null })),
    rowsLoaded: result.rowsLoaded,
    rowsRejected: result.rowsRejected,
    bytesDownloaded: result.bytesDownloaded,
    error: result.error?.message ?? null,
  };
}
