/** Median and 95th percentile (nearest rank) of a list of timings. */
export function summarize(samples: readonly number[]): { medianMs: number; p95Ms: number } {
  if (samples.length === 0) throw new Error('summarize: no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
  return { medianMs: rank(0.5), p95Ms: rank(0.95) };
}

/**
 * Runs `task` `warmup` times unmeasured, then `runs` times measured; returns the timings in ms.
 * `before` runs ahead of every execution, outside the measured time.
 */
export async function timeRepeated(task: () => unknown, runs: number, warmup = 2, before?: () => void): Promise<number[]> {
  for (let i = 0; i < warmup; i++) {
    before?.();
    await task();
  }
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * Samples this process's resident memory every few milliseconds: the true peak of a synchronous burst
 * is caught by `resourceUsage().maxRSS` (kernel-tracked, lifetime), this adds the peak within a window.
 */
export function startRssSampler(intervalMs = 5): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

/** Lifetime peak resident memory of this process, in bytes (Linux reports kB). */
export function maxRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

const number = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('es-CO', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const formatBench = {
  count: (n: number) => number.format(n),
  seconds: (ms: number) => `${decimal.format(ms / 1000)} s`,
  megabytes: (bytes: number) => `${number.format(bytes / 1_048_576)} MB`,
  kilobytes: (bytes: number) => `${number.format(bytes / 1024)} kB`,
  ms: (ms: number) => (ms < 10 ? decimal.format(ms) : number.format(ms)),
};
