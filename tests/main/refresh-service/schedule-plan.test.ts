import { describe, expect, it } from 'vitest';
import { defaultBackoff, dueSources, nextWakeAt, planSource, retryDelayMs, type PlanInput, type SourceHistory } from '../../../src-main/etl/schedule/schedule-plan';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const now = new Date('2025-11-30T12:00:00.000Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

const neverRun: SourceHistory = { lastAttempt: null, lastSuccessAt: null, consecutiveFailures: 0 };
const succeeded = (msAgo: number): SourceHistory => ({ lastAttempt: { startedAt: ago(msAgo + MINUTE), finishedAt: ago(msAgo) }, lastSuccessAt: ago(msAgo), consecutiveFailures: 0 });
const failed = (msAgo: number, failures: number): SourceHistory => ({ lastAttempt: { startedAt: ago(msAgo + MINUTE), finishedAt: ago(msAgo) }, lastSuccessAt: ago(3 * DAY), consecutiveFailures: failures });

const plan = (overrides: Partial<PlanInput>) => planSource({ sourceId: 'anh-production', schedule: 'daily', history: neverRun, running: false, now, ...overrides });

describe('planSource', () => {
  it('a source never refreshed is due at once; a manual one never is', () => {
    expect(plan({})).toMatchObject({ nextRunAt: now, reason: 'never-run' });
    expect(plan({ schedule: 'manual' })).toMatchObject({ nextRunAt: null, reason: 'manual' });
    expect(plan({ schedule: 'manual', history: failed(DAY, 5) })).toMatchObject({ nextRunAt: null, reason: 'manual', consecutiveFailures: 5 });
  });

  it('after a success the next check follows the schedule: due, or not yet due', () => {
    expect(plan({ history: succeeded(23 * HOUR) })).toMatchObject({ nextRunAt: new Date(now.getTime() + HOUR), reason: 'interval' });
    expect(plan({ history: succeeded(25 * HOUR) }).nextRunAt!.getTime()).toBeLessThan(now.getTime());
    expect(plan({ schedule: 'weekly', history: succeeded(3 * DAY) }).nextRunAt).toEqual(new Date(now.getTime() + 4 * DAY));
    expect(plan({ schedule: 'monthly', history: succeeded(29 * DAY) }).nextRunAt).toEqual(new Date(now.getTime() + DAY));
  });

  it('after failures it backs off: 15 min, 30 min, 1 h … capped at a day, from the failed attempt', () => {
    expect([1, 2, 3, 4, 7, 8, 20].map((n) => retryDelayMs(n) / MINUTE)).toEqual([15, 30, 60, 120, 960, 1440, 1440]);
    expect(retryDelayMs(0)).toBe(0);
    expect(plan({ history: failed(10 * MINUTE, 1) })).toMatchObject({ nextRunAt: new Date(now.getTime() + 5 * MINUTE), reason: 'retry', consecutiveFailures: 1 });
    expect(plan({ history: failed(10 * MINUTE, 3) }).nextRunAt).toEqual(new Date(now.getTime() + 50 * MINUTE));
    // A weekly source that keeps failing is retried daily, not weekly.
    expect(plan({ schedule: 'weekly', history: failed(0, 12) }).nextRunAt).toEqual(new Date(now.getTime() + defaultBackoff.maxMs));
  });

  it('a source of the run in progress has nothing planned until the run ends', () => {
    expect(plan({ running: true, history: succeeded(2 * DAY) })).toMatchObject({ nextRunAt: null, reason: 'running' });
  });
});

describe('dueSources and nextWakeAt', () => {
  const plans = [
    plan({ sourceId: 'anh-production', history: succeeded(25 * HOUR) }),
    plan({ sourceId: 'mme-declaration', history: succeeded(24 * HOUR - 30_000) }),
    plan({ sourceId: 'upme-demand', schedule: 'weekly', history: succeeded(DAY) }),
    plan({ sourceId: 'anh-royalties', schedule: 'manual' }),
    plan({ sourceId: 'dane-territory', schedule: 'monthly', history: failed(5 * MINUTE, 1) }),
  ];

  it('takes what is due now and what falls due within the window, in one run', () => {
    expect(dueSources(plans, now)).toEqual(['anh-production', 'mme-declaration']);
    expect(dueSources(plans, now, 0)).toEqual(['anh-production']);
  });

  it('wakes at the earliest next time; never for manual or running sources only', () => {
    const later = plans.filter((p) => p.sourceId === 'upme-demand' || p.sourceId === 'dane-territory');
    expect(nextWakeAt(later)).toEqual(new Date(now.getTime() + 10 * MINUTE));
    expect(nextWakeAt([plan({ schedule: 'manual' }), plan({ running: true })])).toBeNull();
  });
});
