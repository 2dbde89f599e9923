/** How often and how patiently a failed request is tried again. */
export interface RetryPolicy {
  /** Requests in total, the first included (1 = never retry). */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 15_000 };

/**
 * The wait before retry number `retry` (1-based): exponential, capped, with "equal jitter" (half fixed,
 * half random) so waits still grow while many clients on one flaky link never retry in lockstep.
 */
export function backoffDelayMs(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Waits are injectable: tests pass one that returns at once and records the delays asked for. */
export type Sleep = (ms: number, signal: AbortSignal | undefined) => Promise<void>;

/** Real waiting; rejects with an AbortError as soon as `signal` fires, so a cancel never waits out a backoff. */
export const abortableSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

function abortError(): Error {
  const error = new Error('This operation was aborted');
  error.name = 'AbortError';
  return error;
}
