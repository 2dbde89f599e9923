import type BetterSqlite3 from 'better-sqlite3';
import type { SourceRefreshResult } from './refresh-result';

/** The per-source line of a run's history (table etl_run_source), written as 'running' first. */
export function startSourceRun(sqlite: BetterSqlite3.Database, runId: number, sourceId: string, startedAt: Date): number {
  const result = sqlite
    .prepare("INSERT INTO etl_run_source (run_id, source_id, started_at, status) VALUES (?, ?, ?, 'running')")
    .run(runId, sourceId, startedAt.toISOString());
  return Number(result.lastInsertRowid);
}

export function finishSourceRun(sqlite: BetterSqlite3.Database, id: number, result: SourceRefreshResult): void {
  const count = (status: SourceRefreshResult['files'][number]['status']) => result.files.filter((f) => f.status === status).length;
  sqlite
    .prepare(
      `UPDATE etl_run_source SET finished_at = ?, status = ?, files_downloaded = ?, files_loaded = ?, files_unchanged = ?, files_failed = ?,
         bytes_downloaded = ?, rows_loaded = ?, rows_rejected = ?, error_code = ?, error = ?, summary_json = ? WHERE id = ?`,
    )
    .run(
      result.finishedAt,
      result.status,
      result.files.length,
      count('loaded'),
      count('unchanged'),
      count('failed'),
      result.bytesDownloaded,
      result.rowsLoaded,
      result.rowsRejected,
      result.error?.code ?? null,
      result.error?.message ?? null,
      JSON.stringify({ files: result.files }),
      id,
    );
}
