import type { SchedulerClock } from '../../../src-main/etl/schedule/scheduler';

/** A clock tests move by hand: timers fire in order as time is advanced, nothing waits for real. */
export class FakeClock implements SchedulerClock {
  private timers: Array<{ id: number; at: number; callback: () => void }> = [];
  private nextId = 1;

  constructor(public time: number) {}

  now(): Date {
    return new Date(this.time);
  }
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.push({ id, at: this.time + ms, callback });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((timer) => timer.id !== handle);
  }
  get pending(): number {
    return this.timers.length;
  }

  /** Moves time forward, firing each due timer at its own time and letting what it started settle. */
  async advance(ms: number): Promise<void> {
    const target = this.time + ms;
    for (;;) {
      await settle();
      const next = [...this.timers].sort((a, b) => a.at - b.at)[0];
      if (!next || next.at > target) break;
      this.timers = this.timers.filter((timer) => timer !== next);
      this.time = next.at;
      next.callback();
    }
    this.time = target;
    await settle();
  }
}

/** Lets pending promise chains run (the scheduler awaits its plans and its start). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}
