import { afterEach, describe, expect, it } from 'vitest';
import type { RefreshSchedule } from '../../../src-shared/contract/settings';
import type { SourceId } from '../../../src-shared/contract/sources';
import { planSource, type SourceHistory } from '../../../src-main/etl/schedule/schedule-plan';
import { createScheduler, type Scheduler } from '../../../src-main/etl/schedule/scheduler';
import { FakeClock, settle } from './fake-clock';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const T0 = Date.parse('2025-11-30T12:00:00.000Z');

/**
 * A stand-in for the RefreshService and its history: runs only end when the test says how, and what
 * they end with becomes the history the next plan reads — as etl_run_source does for the real one.
 */
class World {
  readonly schedules: Record<string, RefreshSchedule> = {};
  readonly histories = new Map<SourceId, SourceHistory>();
  readonly started: SourceId[][] = [];
  private running: { ids: SourceId[]; finish: () => void; startedAt: number } | null = null;
  private listeners = new Set<() => void>();
  /** A run someone else (the button) started. */
  busyElsewhere = false;

  constructor(readonly clock: FakeClock) {}

  source(id: SourceId, schedule: RefreshSchedule, history: SourceHistory = { lastAttempt: null, lastSuccessAt: null, consecutiveFailures: 0 }): this {
    this.schedules[id] = schedule;
    this.histories.set(id, history);
    return this;
  }

  scheduler(startDelayMs = 0): Scheduler {
    return createScheduler({
      clock: this.clock,
      startDelayMs,
      plans: async () =>
        [...this.histories].map(([sourceId, history]) =>
          planSource({ sourceId, schedule: this.schedules[sourceId]!, history, running: this.running?.ids.includes(sourceId) ?? false, now: this.clock.now() }),
        ),
      start: async (ids) => {
        if (this.running || this.busyElsewhere) return null;
        this.started.push(ids);
        let finish = () => {};
        const done = new Promise<void>((resolve) => (finish = resolve));
        this.running = { ids, finish, startedAt: this.clock.time };
        return { done };
      },
      onRunFinished: (listener) => {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
      },
      log: () => undefined,
    });
  }

  /** The scheduled run in progress ends; each source succeeded or failed. */
  async endRun(outcome: 'ok' | 'failed'): Promise<void> {
    const run = this.running!;
    const at = new Date(this.clock.time).toISOString();
    for (const id of run.ids) {
      const before = this.histories.get(id)!;
      const attempt = { startedAt: new Date(run.startedAt).toISOString(), finishedAt: at };
      this.histories.set(id, outcome === 'ok' ? { lastAttempt: attempt, lastSuccessAt: at, consecutiveFailures: 0 } : { ...before, lastAttempt: attempt, consecutiveFailures: before.consecutiveFailures + 1 });
    }
    this.running = null;
    run.finish();
    this.notifyFinished();
    await settle();
  }

  notifyFinished(): void {
    for (const listener of this.listeners) listener();
  }
}

const success = (msAgo: number): SourceHistory => {
  const at = new Date(T0 - msAgo).toISOString();
  return { lastAttempt: { startedAt: at, finishedAt: at }, lastSuccessAt: at, consecutiveFailures: 0 };
};

describe('scheduler (fake clock)', () => {
  let scheduler: Scheduler | null = null;
  afterEach(() => scheduler?.stop());

  it('catches up once at start: one run with everything overdue, nothing for what is not due yet or manual', async () => {
    const clock = new FakeClock(T0);
    const world = new World(clock)
      .source('anh-production', 'daily', success(2 * DAY))
      .source('mme-declaration', 'daily')
      .source('upme-demand', 'weekly', success(DAY))
      .source('anh-royalties', 'manual');
    scheduler = world.scheduler();
    scheduler.start();
    await settle();
    expect(world.started).toEqual([['anh-production', 'mme-declaration']]);

    await world.endRun('ok');
    await clock.advance(12 * HOUR);
    expect(world.started).toHaveLength(1);
    // A day later the daily ones are due again; UPME (weekly) is not.
    await clock.advance(12 * HOUR);
    expect(world.started).toEqual([['anh-production', 'mme-declaration'], ['anh-production', 'mme-declaration']]);
  });

  it('waits the start delay before the catch-up, so the first screen comes first', async () => {
    const clock = new FakeClock(T0);
    const world = new World(clock).source('anh-production', 'daily');
    scheduler = world.scheduler(20_000);
    scheduler.start();
    await clock.advance(19_000);
    expect(world.started).toEqual([]);
    await clock.advance(1_000);
    expect(world.started).toEqual([['anh-production']]);
  });

  it('backs off after failures (15 min, then 30 min) and returns to the schedule after a success', async () => {
    const clock = new FakeClock(T0);
    const world = new World(clock).source('anh-production', 'daily', success(DAY + HOUR));
    scheduler = world.scheduler();
    scheduler.start();
    await settle();
    expect(world.started).toHaveLength(1);
    await world.endRun('failed');

    await clock.advance(14 * MINUTE);
    expect(world.started).toHaveLength(1);
    await clock.advance(MINUTE);
    expect(world.started).toHaveLength(2);
    await world.endRun('failed');

    await clock.advance(29 * MINUTE);
    expect(world.started).toHaveLength(2);
    await clock.advance(MINUTE);
    expect(world.started).toHaveLength(3);
    await world.endRun('ok');

    await clock.advance(23 * HOUR);
    expect(world.started).toHaveLength(3);
    await clock.advance(HOUR);
    expect(world.started).toHaveLength(4);
  });

  it('never piles a run on another: it steps aside while one runs and starts when it ends', async () => {
    const clock = new FakeClock(T0);
    const world = new World(clock).source('anh-production', 'daily').source('upme-demand', 'weekly');
    world.busyElsewhere = true; // the analyst pressed "Actualizar datos" just before
    scheduler = world.scheduler();
    scheduler.start();
    await clock.advance(2 * HOUR);
    expect(world.started).toEqual([]);

    world.busyElsewhere = false;
    world.notifyFinished();
    await settle();
    expect(world.started).toEqual([['anh-production', 'upme-demand']]);

    // Its own run is still going: however long it takes, no second run starts.
    await clock.advance(3 * DAY);
    expect(world.started).toHaveLength(1);
    await world.endRun('ok');
    expect(world.started).toHaveLength(1);
  });

  it('"solo a mano": a manual source is never started, until its schedule changes', async () => {
    const clock = new FakeClock(T0);
    const world = new World(clock).source('anh-production', 'manual').source('dane-territory', 'manual', success(400 * DAY));
    scheduler = world.scheduler();
    scheduler.start();
    await clock.advance(60 * DAY);
    expect(world.started).toEqual([]);

    world.schedules['dane-territory'] = 'monthly';
    scheduler.replan();
    await settle();
    expect(world.started).toEqual([['dane-territory']]);
  });

  it('does not start a source again right away when its run left no trace in the history', async () => {
    const clock = new FakeClock(T0);
    const world = new World(clock).source('anh-production', 'daily');
    scheduler = world.scheduler();
    scheduler.start();
    await settle();
    // The run ends without recording an attempt (the worker died before writing anything).
    const run = world['running']!;
    world['running'] = null;
    run.finish();
    world.notifyFinished();
    await settle();
    expect(world.started).toHaveLength(1);
    await clock.advance(14 * MINUTE);
    expect(world.started).toHaveLength(1);
    await clock.advance(MINUTE);
    expect(world.started).toHaveLength(2);
  });

  it('stops cleanly: no timer left, nothing starts afterwards', async () => {
    const clock = new FakeClock(T0);
    const world = new World(clock).source('anh-production', 'daily', success(HOUR));
    scheduler = world.scheduler();
    scheduler.start();
    await settle();
    expect(clock.pending).toBe(1);
    scheduler.stop();
    expect(clock.pending).toBe(0);
    await clock.advance(2 * DAY);
    expect(world.started).toEqual([]);
  });
});
