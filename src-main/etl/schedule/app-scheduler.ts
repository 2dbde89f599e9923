import { CaudalError } from '../../../src-shared/contract';
import type { EventBus } from '../../app/event-bus';
import type { RefreshService } from '../service/refresh-service';
import { createScheduler, systemClock, type Scheduler, type SchedulerClock } from './scheduler';

export interface AppSchedulerOptions {
  readonly clock?: SchedulerClock;
  /** The desktop app waits a little after start, so the first screen gets the machine first. */
  readonly startDelayMs?: number;
}

/**
 * The scheduler wired to the app: it starts runs through the RefreshService (trigger `schedule`), steps
 * aside while any other run is in progress, plans again when a run ends or the schedules change, and
 * tells `refresh.status` that it is active.
 */
export function createAppScheduler(service: RefreshService, events: EventBus, options: AppSchedulerOptions = {}): Scheduler {
  let unsubscribeSettings: (() => void) | null = null;
  const scheduler = createScheduler({
    clock: options.clock ?? systemClock,
    startDelayMs: options.startDelayMs,
    plans: () => service.plans(),
    async start(sourceIds) {
      try {
        return await service.start({ sourceIds, trigger: 'schedule' });
      } catch (error) {
        // The button (or an import) got there first: its end brings the scheduler back.
        if (error instanceof CaudalError && error.code === 'conflict') return null;
        throw error;
      }
    },
    onRunFinished: (listener) => service.onRunFinished(() => listener()),
  });
  return {
    start() {
      service.setSchedulerActive(true);
      unsubscribeSettings ??= events.subscribe((name) => {
        if (name === 'settings.changed') scheduler.replan();
      });
      scheduler.start();
    },
    stop() {
      scheduler.stop();
      unsubscribeSettings?.();
      unsubscribeSettings = null;
      service.setSchedulerActive(false);
    },
    replan: () => scheduler.replan(),
    get active() {
      return scheduler.active;
    },
  };
}
