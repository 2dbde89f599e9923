import type { Kysely } from 'kysely';
import type { KnownFailedFile, SourceSchedule } from '../../../src-shared/contract/refresh';
import type { AppSettings } from '../../../src-shared/contract/settings';
import type { SourceId } from '../../../src-shared/contract/sources';
import type { Database } from '../../db/database-types';
import { planSource, type BackoffPolicy, type SourcePlan } from '../schedule/schedule-plan';
import { readSourceHistories } from './source-histories';

export interface PlanRequest {
  readonly sourceIds: readonly SourceId[];
  readonly schedules: AppSettings['schedules'];
  /** Sources of the run in progress, and its id (its 'running' lines are not interruptions). */
  readonly running: ReadonlySet<SourceId>;
  readonly liveRunId: number | null;
  readonly now: Date;
  readonly backoff?: BackoffPolicy;
}

/** Every source's plan: its schedule setting, its history and the run in progress. */
export async function schedulePlans(db: Kysely<Database>, request: PlanRequest): Promise<SourcePlan[]> {
  const histories = await readSourceHistories(db, request.sourceIds, request.liveRunId);
  return request.sourceIds.map((sourceId) =>
    planSource(
      {
        sourceId,
        schedule: request.schedules[sourceId],
        history: histories.get(sourceId) ?? { lastAttempt: null, lastSuccessAt: null, consecutiveFailures: 0 },
        running: request.running.has(sourceId),
        now: request.now,
      },
      request.backoff,
    ),
  );
}

/** The plans as `refresh.status` lists them, with each source's remembered failed downloads. */
export async function scheduleView(db: Kysely<Database>, plans: readonly SourcePlan[], titles: ReadonlyMap<string, string>): Promise<SourceSchedule[]> {
  const ids = plans.map((plan) => plan.sourceId);
  const failed = ids.length
    ? await db
        .selectFrom('failed_download')
        .select(['source_id', 'file_name', 'url', 'error', 'first_failed_at', 'last_failed_at'])
        .where('source_id', 'in', ids)
        .orderBy('first_failed_at')
        .orderBy('id')
        .execute()
    : [];
  const failedBySource = new Map<string, KnownFailedFile[]>();
  for (const row of failed) {
    const list = failedBySource.get(row.source_id) ?? [];
    list.push({ fileName: row.file_name, url: row.url, message: row.error, firstFailedAt: row.first_failed_at, lastFailedAt: row.last_failed_at });
    failedBySource.set(row.source_id, list);
  }
  return plans.map((plan) => ({
    sourceId: plan.sourceId,
    title: titles.get(plan.sourceId) ?? plan.sourceId,
    schedule: plan.schedule,
    nextRunAt: plan.nextRunAt?.toISOString() ?? null,
    reason: plan.reason,
    consecutiveFailures: plan.consecutiveFailures,
    lastAttemptAt: plan.lastAttemptAt,
    knownFailedFiles: failedBySource.get(plan.sourceId) ?? [],
  }));
}
