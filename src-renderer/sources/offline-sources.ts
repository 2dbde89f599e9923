import type { SourceHealth } from '../../src-shared/contract/etl-sources';
import type { SourceSchedule } from '../../src-shared/contract/refresh';
import type { SourceId } from '../../src-shared/contract/sources';
import { isOfflineMessage } from '../refresh/describe-progress';

/** A source whose last attempt could not reach its publisher, and when it will be tried again. */
export interface OfflineSource {
  readonly sourceId: SourceId;
  readonly title: string;
  /** The service's words: "Sin conexión: se conservan los datos del 30/11/2025 (…)". */
  readonly message: string;
  /** ISO; null when nothing retries by itself (only by hand, or no scheduler in this window). */
  readonly retryAt: string | null;
}

/**
 * Pure: the sources to warn about, from the stored health (it survives a restart) and the scheduler's
 * plan. A source that has since succeeded, or is running now, is not offline any more.
 */
export function offlineSources(health: readonly SourceHealth[], schedules: readonly SourceSchedule[] | null, schedulerActive: boolean): OfflineSource[] {
  return health.flatMap((source) => {
    const attempt = source.lastAttempt;
    if (!attempt || attempt.status !== 'failed' || !isOfflineMessage(attempt.error)) return [];
    const plan = schedules?.find((s) => s.sourceId === source.id);
    if (plan?.reason === 'running') return [];
    const retryAt = schedulerActive && plan && plan.reason !== 'manual' ? plan.nextRunAt : null;
    return [{ sourceId: source.id, title: source.title, message: attempt.error ?? '', retryAt }];
  });
}
