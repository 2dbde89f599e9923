import type BetterSqlite3 from 'better-sqlite3';
import type { CurrentRun, RunSourceOutcome } from '../../../src-shared/contract/refresh';

/**
 * When the worker dies mid-run, its run records would stay 'running' forever: the main thread (the
 * only connection left) closes them as failed, with the reason, so the history and the scheduler's
 * backoff tell the truth. Nothing else is touched: the worker's open transaction was never committed.
 */
export function markRunInterrupted(sqlite: BetterSqlite3.Database, runId: number, message: string, now: Date): void {
  const at = now.toISOString();
  sqlite.transaction(() => {
    sqlite.prepare("UPDATE etl_run_source SET status = 'failed', finished_at = ?, error_code = 'interrupted', error = ? WHERE run_id = ? AND status = 'running'").run(at, message, runId);
    sqlite.prepare("UPDATE etl_run SET status = 'failed', finished_at = ?, error = ? WHERE id = ? AND status = 'running'").run(at, message, runId);
  })();
}

/** Only the `CAUDAL_URL_<SOURCE>_<ROLE>` variables go to the worker: the overrides the sources honour. */
export function urlOverrides(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[0].startsWith('CAUDAL_URL_') && entry[1] !== undefined));
}

/** What each source of a run whose runner died ends as: what had ended stays, the rest failed with the reason. */
export function interruptedOutcomes(tracking: CurrentRun, message: string): RunSourceOutcome[] {
  return tracking.sources.map((source): RunSourceOutcome => {
    const { state } = source;
    const unfinished = state === 'pending' || state === 'running';
    return {
      sourceId: source.sourceId,
      title: source.title,
      status: state === 'pending' || state === 'running' ? 'failed' : state,
      filesLoaded: 0,
      rowsLoaded: 0,
      rowsRejected: 0,
      newPeriod: null,
      message: unfinished ? message : (source.message ?? ''),
      knownFailedFiles: 0,
    };
  });
}
