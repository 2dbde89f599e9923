import { describe, expect, it } from 'vitest';
import { abortableSleep, backoffDelayMs, defaultRetryPolicy } from '../../../../src-main/etl/http/backoff';

describe('backoffDelayMs', () => {
  const policy = { maxAttempts: 6, baseDelayMs: 1_000, maxDelayMs: 5_000 };

  it('doubles each retry up to the cap, half of it fixed and half random', () => {
    expect([1, 2, 3, 4, 5].map((retry) => backoffDelayMs(retry, policy, () => 0))).toEqual([500, 1000, 2000, 2500, 2500]);
    expect([1, 2, 3, 4, 5].map((retry) => backoffDelayMs(retry, policy, () => 0.999999))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });

  it('has a default policy of three attempts', () => {
    expect(defaultRetryPolicy.maxAttempts).toBe(3);
  });
});

describe('abortableSleep', () => {
  it('rejects at once when the signal has already fired', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(abortableSleep(60_000, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('stops waiting as soon as the signal fires', async () => {
    const controller = new AbortController();
    const waiting = abortableSleep(60_000, controller.signal);
    setImmediate(() => controller.abort());
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('resolves after the wait without a signal', async () => {
    await expect(abortableSleep(1, undefined)).resolves.toBeUndefined();
  });
});
