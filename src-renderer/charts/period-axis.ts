import type { Granularity } from '../../src-shared/contract/filters';
import { isPeriod } from '../../src-shared/domain/period';
import { monthsBetween, type PeriodRange } from '../filters/period-range';
import { formatPeriodLong, formatPeriodRange, formatPeriodShort } from '../format/period-format';
import type { Language } from '../i18n/define-messages';

/**
 * The category axis of a time series: every month (or year) from the first to the last, so a gap in the
 * data shows as a gap instead of two distant periods drawn side by side. `bounds` (the filter's range)
 * widens the axis; periods the service answered outside it are never dropped.
 */
export function periodAxis(periods: Iterable<string>, granularity: Granularity, bounds?: PeriodRange | null): string[] {
  const all = [...periods];
  if (bounds) all.push(granularity === 'month' ? bounds.from : bounds.from.slice(0, 4), granularity === 'month' ? bounds.to : bounds.to.slice(0, 4));
  if (all.length === 0) return [];
  all.sort();
  const first = all[0]!;
  const last = all[all.length - 1]!;
  if (granularity === 'month') return monthsBetween(first, last);
  const years: string[] = [];
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year += 1) years.push(String(year));
  return years;
}

/** `2024-03` → `mar 2024`; a year stays as it is. For axis labels. */
export function periodAxisLabel(period: string, language: Language): string {
  return isPeriod(period) ? formatPeriodShort(period, language) : period;
}

/** `2024-03` → `marzo de 2024`; a year stays as it is. For tooltips, tables and sentences. */
export function periodLongLabel(period: string, language: Language): string {
  return isPeriod(period) ? formatPeriodLong(period, language) : period;
}

/** `ene 2024 – feb 2024` for months, `2023 – 2025` for years; one period prints once. */
export function periodRangeLabel(first: string, last: string, language: Language): string {
  if (isPeriod(first) && isPeriod(last)) return formatPeriodRange(first, last, language);
  return first === last ? first : `${first} – ${last}`;
}

/**
 * How an axis of large amounts is labelled: COP run to hundreds of thousands of millions, so the axis
 * counts millions (or thousands of millions) and says so in its name; tooltips keep the exact value.
 */
export interface AxisScale {
  divisor: number;
  /** `millones de COP`, or the plain unit when no scaling is needed. */
  name: string;
}

export function axisScale(maxValue: number, unit: string, language: Language): AxisScale {
  const max = Math.abs(maxValue);
  if (max >= 1e10) return { divisor: 1e9, name: language === 'es' ? `miles de millones de ${unit}` : `billions of ${unit}` };
  if (max >= 1e7) return { divisor: 1e6, name: language === 'es' ? `millones de ${unit}` : `millions of ${unit}` };
  return { divisor: 1, name: unit };
}
