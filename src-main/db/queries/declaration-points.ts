import type { DeclarationSeriesPoint } from '../../../src-shared/contract/declaration';
import type { Granularity } from '../../../src-shared/contract/filters';
import { toPeriod } from '../../../src-shared/domain/period';

/**
 * Every month a declaration covers (January of its first year to December of its last), cut to the
 * requested range. A month with nothing declared is a real zero, so every one gets a point.
 */
export function declarationMonths(firstYear: number, lastYear: number, from?: string, to?: string): string[] {
  const months: string[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (let month = 1; month <= 12; month++) {
      const period = toPeriod(year, month);
      if ((from === undefined || period >= from) && (to === undefined || period <= to)) months.push(period);
    }
  }
  return months;
}

/** Monthly daily rates as points; a year is the average of its months' rates (rates are never summed over time). */
export function toSeriesPoints(months: readonly string[], valueByMonth: ReadonlyMap<string, number>, granularity: Granularity): DeclarationSeriesPoint[] {
  const monthly = months.map((period) => ({ period, value: valueByMonth.get(period) ?? 0, months: 1 }));
  if (granularity === 'month') return monthly;
  const years = new Map<string, { sum: number; months: number }>();
  for (const point of monthly) {
    const year = point.period.slice(0, 4);
    const bucket = years.get(year) ?? { sum: 0, months: 0 };
    bucket.sum += point.value;
    bucket.months += 1;
    years.set(year, bucket);
  }
  return [...years].map(([period, b]) => ({ period, value: b.sum / b.months, months: b.months }));
}
