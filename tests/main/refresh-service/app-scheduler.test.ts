import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppScheduler } from '../../../src-main/etl/schedule/app-scheduler';
import type { Scheduler } from '../../../src-main/etl/schedule/scheduler';
import { createInProcessClient } from '../../../src-main/transports/in-process';
import { readingsPublisher, readingsSource } from '../../support/fake-readings-source';
import { startPublisherServer, type PublisherServer } from '../../support/publisher-server';
import { installPublishers } from '../../support/publishers/environment';
import { FakeClock, settle } from './fake-clock';
import { startServiceHarness, type ServiceHarness } from './service-harness';

const HOUR = 3_600_000;

/** The scheduler wired to a real RefreshService and database, on a fake clock. */
describe('app scheduler', () => {
  let server: PublisherServer;
  let clock: FakeClock;
  let h: ServiceHarness;
  let scheduler: Scheduler;
  const sources = [readingsSource('anh-royalties', 'Lecturas A'), readingsSource('upme-demand', 'Lecturas B')];
  const runs = () => h.app.database.sqlite.prepare('SELECT trigger, (SELECT group_concat(source_id) FROM etl_run_source s WHERE s.run_id = r.id) AS sources FROM etl_run r ORDER BY id').all();
  const finishedRuns = () => h.events.filter((e) => e.name === 'refresh.state' && e.payload['phase'] === 'finished').length;

  beforeAll(async () => {
    server = await startPublisherServer();
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(async () => {
    clock = new FakeClock(Date.parse('2025-11-30T12:00:00.000Z'));
    const env = installPublishers(server, [readingsPublisher('anh-royalties', 'a'), readingsPublisher('upme-demand', 'b', { 2024: 'periodo,valor\n2024-01,1\n' })]);
    h = await startServiceHarness({ sources, env, now: () => clock.now() });
    scheduler = createAppScheduler(h.service, h.app.events, { clock });
  });
  afterEach(async () => {
    scheduler.stop();
    await h.close();
  });

  it('catches up once at start, then waits for the schedule; says it is active', async () => {
    scheduler.start();
    expect((await h.service.status()).schedulerActive).toBe(true);
    await vi.waitFor(() => expect(finishedRuns()).toBe(1));
    expect(runs()).toEqual([{ trigger: 'schedule', sources: 'anh-royalties,upme-demand' }]);

    await clock.advance(6 * 24 * HOUR);
    expect(runs()).toHaveLength(1); // Lecturas A is weekly (royalties' default), B too (UPME's)
    await clock.advance(24 * HOUR);
    await vi.waitFor(() => expect(finishedRuns()).toBe(2));
    expect(runs()).toHaveLength(2);
    scheduler.stop();
    expect((await h.service.status()).schedulerActive).toBe(false);
  });

  it('steps aside while the button’s run goes, and follows a change of schedule at once', async () => {
    const button = await h.service.start({ trigger: 'button', sourceIds: ['anh-royalties'] });
    scheduler.start();
    await settle();
    await button.done;
    // The button's run ended: the scheduler looks again and runs what is still due (B, never refreshed).
    await vi.waitFor(() => expect(finishedRuns()).toBe(2));
    expect(runs()).toEqual([
      { trigger: 'button', sources: 'anh-royalties' },
      { trigger: 'schedule', sources: 'upme-demand' },
    ]);

    const client = createInProcessClient(h.app.dispatcher);
    await client.send('settings.update', { schedules: { 'anh-royalties': 'manual', 'upme-demand': 'daily' } });
    await clock.advance(25 * HOUR);
    await vi.waitFor(() => expect(finishedRuns()).toBe(3));
    expect(runs().at(-1)).toEqual({ trigger: 'schedule', sources: 'upme-demand' });
  });
});
