import { sql, type Kysely } from 'kysely';
import type { SourceId } from '../../../src-shared/contract/sources';
import type { Database } from '../../db/database-types';
import type { SourceHistory } from '../schedule/schedule-plan';

/** Enough attempts to count failures in a row well past the longest backoff step. */
const ATTEMPTS_LOOKED_AT = 30;

const successes = new Set(['updated', 'unchanged', 'partial']);

/**
 * Each source's refresh history for the scheduler, from etl_run_source: its latest attempt, its last
 * success and the failures since (cancelled and interrupted attempts count: they did not refresh it).
 * `liveRunId` is the run in progress, whose 'running' lines are not interruptions.
 */
export async function readSourceHistories(db: Kysely<Database>, sourceIds: readonly SourceId[], liveRunId: number | null): Promise<Map<SourceId, SourceHistory>> {
  const histories = new Map<SourceId, SourceHistory>(sourceIds.map((id) => [id, { lastAttempt: null, lastSuccessAt: null, consecutiveFailures: 0 }]));
  if (sourceIds.length === 0) return histories;
  const recent = await sql<{ source_id: string; run_id: number; status: string; started_at: string; finished_at: string | null }>`
    SELECT source_id, run_id, status, started_at, finished_at FROM (
      SELECT source_id, run_id, status, started_at, finished_at,
             row_number() OVER (PARTITION BY source_id ORDER BY started_at DESC, id DESC) AS position
      FROM etl_run_source WHERE source_id IN (${sql.join([...sourceIds])})
    ) WHERE position <= ${ATTEMPTS_LOOKED_AT} ORDER BY source_id, position`.execute(db);
  const lastSuccess = await db
    .selectFrom('etl_run_source')
    .select((eb) => ['source_id', eb.fn.max(eb.fn.coalesce('finished_at', 'started_at')).as('at')])
    .where('source_id', 'in', [...sourceIds])
    .where('status', 'in', [...successes] as Array<'updated' | 'unchanged' | 'partial'>)
    .groupBy('source_id')
    .execute();
  const successAt = new Map(lastSuccess.map((row) => [row.source_id, row.at as string | null]));

  for (const id of sourceIds) {
    const attempts = recent.rows.filter((row) => row.source_id === id && !(row.run_id === liveRunId && row.status === 'running'));
    const [latest] = attempts;
    let failures = 0;
    for (const attempt of attempts) {
      if (successes.has(attempt.status)) break;
      failures += 1;
    }
    histories.set(id, {
      lastAttempt: latest ? { startedAt: latest.started_at, finishedAt: latest.finished_at } : null,
      lastSuccessAt: successAt.get(id) ?? null,
      consecutiveFailures: failures,
    });
  }
  return histories;
}
