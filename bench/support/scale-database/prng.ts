/** mulberry32: a small seeded generator, so the synthetic database is the same on every run. */
export interface Prng {
  /** 0 ≤ x < 1 */
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  /** Around `mean`, ± `spread` (uniform). */
  around(mean: number, spread: number): number;
}

export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max) => Math.floor(next() * max),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    around: (mean, spread) => mean + (next() * 2 - 1) * spread,
  };
}

/** `YYYY-MM` for every month from January of `firstYear` to December of `lastYear`. */
export function monthsOf(firstYear: number, lastYear: number): string[] {
  const months: string[] = [];
  for (let y = firstYear; y <= lastYear; y++) for (let m = 1; m <= 12; m++) months.push(`${y}-${String(m).padStart(2, '0')}`);
  return months;
}
