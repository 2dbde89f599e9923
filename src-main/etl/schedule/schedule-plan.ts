import type { RefreshSchedule } from '../../../src-shared/contract/settings';
import type { SourceSchedule } from '../../../src-shared/contract/refresh';
import type { SourceId } from '../../../src-shared/contract/sources';

/**
 * Pure core of the scheduler: when each source should be refreshed next, from its schedule, its history
 * and the clock. Nothing here waits or reads a database; the timer (scheduler.ts) asks and acts.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const scheduleIntervalsMs: Readonly<Record<Exclude<RefreshSchedule, 'manual'>, number>> = {
  daily: DAY,
  weekly: 7 * DAY,
  monthly: 30 * DAY,
};

/** After a failure the wait grows: 15 min, 30 min, 1 h … up to a day, then once a day until it works. */
export interface BackoffPolicy {
  readonly baseMs: number;
  readonly factor: number;
  readonly maxMs: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 15 * MINUTE, factor: 2, maxMs: DAY };

/** A source's refresh history, as the planner needs it. */
export interface SourceHistory {
  /** The most recent refresh attempt, whatever started it. */
  readonly lastAttempt: { readonly startedAt: string; readonly finishedAt: string | null } | null;
  /** When the last attempt that loaded or confirmed data (updated, unchanged, partial) ended. */
  readonly lastSuccessAt: string | null;
  /** Failed, cancelled or interrupted attempts since then, newest first without a success in between. */
  readonly consecutiveFailures: number;
}

export interface SourcePlan {
  readonly sourceId: SourceId;
  readonly schedule: RefreshSchedule;
  readonly nextRunAt: Date | null;
  readonly reason: SourceSchedule['reason'];
  readonly consecutiveFailures: number;
  readonly lastAttemptAt: string | null;
}

export interface PlanInput {
  readonly sourceId: SourceId;
  readonly schedule: RefreshSchedule;
  readonly history: SourceHistory;
  /** Part of the run in progress: nothing to plan until it ends. */
  readonly running: boolean;
  readonly now: Date;
}

export function retryDelayMs(consecutiveFailures: number, policy: BackoffPolicy = defaultBackoff): number {
  if (consecutiveFailures <= 0) return 0;
  return Math.min(policy.maxMs, policy.baseMs * policy.factor ** (consecutiveFailures - 1));
}

export function planSource(input: PlanInput, policy: BackoffPolicy = defaultBackoff): SourcePlan {
  const { history } = input;
  const base = {
    sourceId: input.sourceId,
    schedule: input.schedule,
    consecutiveFailures: history.consecutiveFailures,
    lastAttemptAt: history.lastAttempt?.startedAt ?? null,
  };
  if (input.running) return { ...base, nextRunAt: null, reason: 'running' };
  if (input.schedule === 'manual') return { ...base, nextRunAt: null, reason: 'manual' };
  const last = history.lastAttempt;
  if (!last) return { ...base, nextRunAt: input.now, reason: 'never-run' };
  if (history.consecutiveFailures > 0) {
    const failedAt = Date.parse(last.finishedAt ?? last.startedAt);
    return { ...base, nextRunAt: new Date(failedAt + retryDelayMs(history.consecutiveFailures, policy)), reason: 'retry' };
  }
  const checkedAt = Date.parse(history.lastSuccessAt ?? last.finishedAt ?? last.startedAt);
  return { ...base, nextRunAt: new Date(checkedAt + scheduleIntervalsMs[input.schedule]), reason: 'interval' };
}

/**
 * The sources to refresh now: due, or due within `windowMs` (so sources whose times are close run
 * together in one run instead of one after another in several).
 */
export function dueSources(plans: readonly SourcePlan[], now: Date, windowMs = MINUTE): SourceId[] {
  return plans.filter((plan) => plan.nextRunAt !== null && plan.nextRunAt.getTime() <= now.getTime() + windowMs).map((plan) => plan.sourceId);
}

/** When something next becomes due; null when every source is manual or running. */
export function nextWakeAt(plans: readonly SourcePlan[]): Date | null {
  const times = plans.flatMap((plan) => (plan.nextRunAt ? [plan.nextRunAt.getTime()] : []));
  return times.length ? new Date(Math.min(...times)) : null;
}
