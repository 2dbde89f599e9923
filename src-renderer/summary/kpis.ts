import type { BalancePoint } from '../../src-shared/contract/balance';
import type { DemandSeriesPoint } from '../../src-shared/contract/demand';
import type { ProductionSeriesPoint } from '../../src-shared/contract/production';
import type { RoyaltySeriesPoint } from '../../src-shared/contract/royalties';
import { parsePeriod } from '../../src-shared/domain/period';
import { shiftPeriod } from '../filters/period-range';

/** (current − reference) ÷ reference; null when there is no reference or it is zero. */
export function relativeChange(current: number, reference: number | null | undefined): number | null {
  if (reference === null || reference === undefined || reference === 0 || !Number.isFinite(reference)) return null;
  return (current - reference) / reference;
}

export interface ProductionKpi {
  /** The newest month with production. */
  period: string;
  rateMpcd: number;
  /** The rate in the unit the series was asked in. */
  rate: number;
  volumeMpc: number;
  /** The months compared with, always named; `rate` is null when they have no data. */
  previous: { period: string; rate: number | null };
  yearAgo: { period: string; rate: number | null };
  /** Changes of the daily rate, so months of different length compare fairly. */
  changeVsPrevious: number | null;
  changeVsYearAgo: number | null;
}

/** The window `production.series` is asked for: the newest month and the thirteen before it. */
export function productionKpiRange(lastPeriod: string): { from: string; to: string } {
  return { from: shiftPeriod(lastPeriod, -13), to: lastPeriod };
}

/**
 * Latest month's national production against the month before and the same month a year earlier.
 * Compared as average daily rates (in the unit asked for): a 28-day February is not a 10 % fall against January.
 */
export function productionKpi(points: readonly ProductionSeriesPoint[]): ProductionKpi | null {
  const latest = [...points].sort((a, b) => (a.period < b.period ? -1 : 1)).at(-1);
  if (!latest) return null;
  const byPeriod = new Map(points.map((point) => [point.period, point]));
  const at = (period: string) => ({ period, rate: byPeriod.get(period)?.rate ?? null });
  const previous = at(shiftPeriod(latest.period, -1));
  const yearAgo = at(shiftPeriod(latest.period, -12));
  return {
    period: latest.period,
    rateMpcd: latest.rateMpcd,
    rate: latest.rate,
    volumeMpc: latest.volumeMpc,
    previous,
    yearAgo,
    changeVsPrevious: relativeChange(latest.rate, previous.rate),
    changeVsYearAgo: relativeChange(latest.rate, yearAgo.rate),
  };
}

export interface RoyaltiesKpi {
  year: number;
  /** The newest month with royalties: the year to date runs from January to it. */
  through: string;
  cop: number;
  /** Months of the year with royalty data (a gap shows as fewer months than the calendar). */
  months: number;
  /** The same months of the year before, for comparison; null when that year has none of them. */
  previousYearCop: number | null;
  change: number | null;
}

/**
 * Royalties of the newest year with data, January through its newest month, and the same span of the
 * year before. COP are flows: summed, never averaged.
 */
export function royaltiesYearToDate(points: readonly RoyaltySeriesPoint[]): RoyaltiesKpi | null {
  const monthly = points.filter((point) => /^\d{4}-\d{2}$/.test(point.period));
  const latest = monthly.reduce<string | null>((max, point) => (max === null || point.period > max ? point.period : max), null);
  if (latest === null) return null;
  const { year, month: lastMonth } = parsePeriod(latest);
  let cop = 0;
  let months = 0;
  let previousYearCop = 0;
  let previousYearMonths = 0;
  for (const point of monthly) {
    const { year: pointYear, month } = parsePeriod(point.period);
    if (month > lastMonth) continue;
    if (pointYear === year) {
      cop += point.royaltiesCop;
      months += point.months;
    } else if (pointYear === year - 1) {
      previousYearCop += point.royaltiesCop;
      previousYearMonths += point.months;
    }
  }
  const previous = previousYearMonths > 0 ? previousYearCop : null;
  return { year, through: latest, cop, months, previousYearCop: previous, change: relativeChange(cop, previous) };
}

/** The calendar year after `today`'s: the horizon of the demand KPI. */
export function nextCalendarYear(today: Date): number {
  return today.getFullYear() + 1;
}

export interface DemandKpi {
  edition: string;
  year: number;
  gbtud: number;
  /** Months of the year in the projection (12 for a complete year). */
  months: number;
}

/** The medium scenario's average daily demand for `year`, from a yearly `demand.series` answer. */
export function demandForYear(edition: string | null, points: readonly DemandSeriesPoint[], year: number): DemandKpi | null {
  if (edition === null) return null;
  const point = points.find((candidate) => candidate.period === String(year) && candidate.scenario === 'medio');
  return point ? { edition, year, gbtud: point.gbtud, months: point.months } : null;
}

export interface BalanceKpi {
  year: number;
  supplyGbtud: number;
  demandGbtud: number;
  /** Supply − demand: negative is a deficit. */
  gapGbtud: number;
}

/**
 * The medium scenario's balance for `year` from a yearly `balance.series` answer: declared supply, the
 * projected demand and their difference, all GBTUD as the service computed them. Null when the year
 * has no supply or no medium demand (the declaration or the edition does not reach it).
 */
export function balanceForYear(points: readonly BalancePoint[], year: number): BalanceKpi | null {
  const point = points.find((candidate) => candidate.period === String(year));
  const demand = point?.demandGbtud.medio ?? null;
  const gap = point?.gapGbtud.medio ?? null;
  if (!point || demand === null || gap === null) return null;
  return { year, supplyGbtud: point.supplyGbtud, demandGbtud: demand, gapGbtud: gap };
}
