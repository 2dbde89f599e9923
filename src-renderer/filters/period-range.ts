import { comparePeriods, parsePeriod, toPeriod } from '../../src-shared/domain/period';

export interface PeriodRange {
  from: string;
  to: string;
}

/** How much history the first screen shows before the analyst changes anything. */
export const DEFAULT_RANGE_MONTHS = 24;

/** `2024-11` shifted by 3 → `2025-02`; negative steps go back. */
export function shiftPeriod(period: string, months: number): string {
  const { year, month } = parsePeriod(period);
  const index = year * 12 + (month - 1) + months;
  return toPeriod(Math.floor(index / 12), (index % 12) + 1);
}

/** Every calendar month from `first` to `last`, both included, oldest first. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let period = first; comparePeriods(period, last) <= 0; period = shiftPeriod(period, 1)) months.push(period);
  return months;
}

/**
 * The last `months` calendar months ending at the newest month with data, clipped to the oldest one.
 * Calendar months, not "months that have data": a gap in the imported years must show as a gap, not
 * stretch the window back across it.
 */
export function defaultPeriodRange(first: string, last: string, months = DEFAULT_RANGE_MONTHS): PeriodRange {
  const start = shiftPeriod(last, -(months - 1));
  return { from: comparePeriods(start, first) < 0 ? first : start, to: last };
}

/** Keeps `from ≤ to` after one end moves: the other end follows instead of producing an empty range. */
export function withFrom(range: PeriodRange, from: string): PeriodRange {
  return { from, to: comparePeriods(from, range.to) > 0 ? from : range.to };
}

export function withTo(range: PeriodRange, to: string): PeriodRange {
  return { from: comparePeriods(to, range.from) < 0 ? to : range.from, to };
}
