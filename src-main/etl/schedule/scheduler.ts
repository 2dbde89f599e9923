import type { SourceId } from '../../../src-shared/contract/sources';
import { dueSources, nextWakeAt, type SourcePlan } from './schedule-plan';

/** Time as the scheduler sees it; tests drive a fake one, the app the system clock. */
export interface SchedulerClock {
  now(): Date;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The system clock; its timers never keep the process alive on their own. */
export const systemClock: SchedulerClock = {
  now: () => new Date(),
  setTimeout(callback, ms) {
    const timer = setTimeout(callback, ms);
    timer.unref();
    return timer;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface SchedulerDeps {
  readonly clock: SchedulerClock;
  /** Every source's plan now (settings + history + the run in progress). */
  plans(): Promise<readonly SourcePlan[]>;
  /** Starts a scheduled run; null when another run is in progress (no refresh piles on another). */
  start(sourceIds: SourceId[]): Promise<{ readonly done: Promise<unknown> } | null>;
  /** Called when any run ends (button, import, schedule): a moment to look again. */
  onRunFinished(listener: () => void): () => void;
  /** Wait before the first look after `start`, so the first screen gets the machine first. */
  readonly startDelayMs?: number;
  /** Sources whose times fall this close together run in one run. */
  readonly windowMs?: number;
  /** The longest sleep: a laptop that slept or a clock that jumped is noticed within this. */
  readonly maxSleepMs?: number;
  /**
   * A source the scheduler started is not started again within this, whatever the history says (a run
   * that died before recording anything must not turn into a loop).
   */
  readonly minGapMs?: number;
  readonly log?: (message: string, error?: unknown) => void;
}

export interface Scheduler {
  /** Catches up once on what is overdue (after `startDelayMs`), then wakes when the next source is due. */
  start(): void;
  stop(): void;
  /** Look again now (settings changed). */
  replan(): void;
  readonly active: boolean;
}

/**
 * The thin timer around the pure plan: one wake-up at a time, never two runs at once. When it wakes it
 * starts one run with every due source; when that run (or anyone's) ends it plans again.
 */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  const windowMs = deps.windowMs ?? 60_000;
  const maxSleepMs = deps.maxSleepMs ?? 60 * 60_000;
  const minGapMs = deps.minGapMs ?? 15 * 60_000;
  const log = deps.log ?? ((message: string, error?: unknown) => console.error(`[caudal] ${message}`, error ?? ''));
  const launched = new Map<SourceId, number>();
  let active = false;
  let timer: unknown = null;
  let unsubscribe: (() => void) | null = null;
  let ticking = false;
  let lookAgain = false;

  const arm = (ms: number) => {
    if (timer !== null) deps.clock.clearTimeout(timer);
    timer = deps.clock.setTimeout(() => {
      timer = null;
      void tick();
    }, Math.max(1_000, ms));
  };

  /** The plan with the scheduler's own launches taken into account. */
  const guarded = (plans: readonly SourcePlan[]): SourcePlan[] =>
    plans.map((plan) => {
      const at = launched.get(plan.sourceId);
      if (plan.nextRunAt === null || at === undefined || plan.nextRunAt.getTime() >= at + minGapMs) return plan;
      return { ...plan, nextRunAt: new Date(at + minGapMs) };
    });

  const tick = async (): Promise<void> => {
    if (!active) return;
    if (ticking) {
      lookAgain = true;
      return;
    }
    ticking = true;
    try {
      const now = deps.clock.now();
      const plans = guarded(await deps.plans());
      const due = dueSources(plans, now, windowMs);
      if (due.length > 0 && active) {
        const run = await deps.start(due);
        if (run) {
          for (const id of due) launched.set(id, now.getTime());
          // The run's end (through onRunFinished) plans the next wake-up.
          return;
        }
        // Someone else's run is in progress: its end brings us back.
        return;
      }
      const wake = nextWakeAt(plans);
      if (wake && active) arm(Math.min(maxSleepMs, wake.getTime() - now.getTime()));
      else if (active) arm(maxSleepMs);
    } catch (error) {
      log('el programador de actualizaciones falló; reintenta más tarde', error);
      if (active) arm(minGapMs);
    } finally {
      ticking = false;
      if (lookAgain && active) {
        lookAgain = false;
        void tick();
      }
    }
  };

  return {
    start() {
      if (active) return;
      active = true;
      unsubscribe = deps.onRunFinished(() => void tick());
      if (deps.startDelayMs) arm(deps.startDelayMs);
      else void tick();
    },
    stop() {
      active = false;
      unsubscribe?.();
      unsubscribe = null;
      if (timer !== null) deps.clock.clearTimeout(timer);
      timer = null;
    },
    replan() {
      void tick();
    },
    get active() {
      return active;
    },
  };
}
