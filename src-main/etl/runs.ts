import type BetterSqlite3 from 'better-sqlite3';
import type { EtlRunTable } from '../db/database-types';

export type RunTrigger = EtlRunTable['trigger'];
export type RunStatus = Exclude<EtlRunTable['status'], 'running'>;

/** Every import or refresh is recorded, whatever its outcome, so the history explains the data. */
export function startRun(sqlite: BetterSqlite3.Database, trigger: RunTrigger, now = new Date()): number {
  const result = sqlite.prepare("INSERT INTO etl_run (trigger, started_at, status) VALUES (?, ?, 'running')").run(trigger, now.toISOString());
  return Number(result.lastInsertRowid);
}

export function finishRun(sqlite: BetterSqlite3.Database, runId: number, status: RunStatus, summary: unknown, error: string | null, now = new Date()): void {
  sqlite
    .prepare('UPDATE etl_run SET finished_at = ?, status = ?, summary_json = ?, error = ? WHERE id = ?')
    .run(now.toISOString(), status, JSON.stringify(summary), error, runId);
}
