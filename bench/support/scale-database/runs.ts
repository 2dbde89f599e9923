import type BetterSqlite3 from 'better-sqlite3';
import { sourceIds } from '../../../src-shared/contract/sources';
import type { Prng } from './prng';

/**
 * Two years of daily scheduled refreshes (what the sources panel reads its last attempt and last
 * success from): one etl_run per day and one etl_run_source per source, with the odd failure.
 */
export function insertRefreshHistory(sqlite: BetterSqlite3.Database, prng: Prng, days: number): number {
  const insertRun = sqlite.prepare("INSERT INTO etl_run (trigger, started_at, finished_at, status, summary_json, error) VALUES ('schedule', ?, ?, ?, '{}', NULL)");
  const insertSource = sqlite.prepare(
    `INSERT INTO etl_run_source (run_id, source_id, started_at, finished_at, status, files_loaded, rows_loaded, error_code, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const start = Date.UTC(2023, 10, 1, 11, 0, 0);
  let rows = 0;
  for (let day = 0; day < days; day++) {
    const startedAt = new Date(start + day * 86_400_000).toISOString();
    const finishedAt = new Date(start + day * 86_400_000 + 90_000).toISOString();
    const outcomes = sourceIds.map(() => (prng.next() < 0.05 ? 'failed' : prng.next() < 0.1 ? 'updated' : 'unchanged'));
    const runId = Number(insertRun.run(startedAt, finishedAt, outcomes.includes('failed') ? 'partial' : 'ok').lastInsertRowid);
    sourceIds.forEach((sourceId, i) => {
      const status = outcomes[i]!;
      const failed = status === 'failed';
      insertSource.run(runId, sourceId, startedAt, finishedAt, status, status === 'updated' ? 1 : 0, status === 'updated' ? 1000 : 0, failed ? 'http-status' : null, failed ? 'El servidor respondió HTTP 503' : null);
      rows += 1;
    });
  }
  return rows;
}
