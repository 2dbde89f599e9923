import { describe, expect, it } from 'vitest';
import type { BalancePoint } from '../../../src-shared/contract/balance';
import type { RoyaltySeriesPoint } from '../../../src-shared/contract/royalties';
import { balanceForYear, demandForYear, nextCalendarYear, productionKpi, productionKpiRange, relativeChange, royaltiesYearToDate } from '../../../src-renderer/summary/kpis';
import { productionPoint as point } from '../dashboard-fixtures';

describe('relativeChange', () => {
  it('is the change over the reference, and null without a usable reference', () => {
    expect(relativeChange(110, 100)).toBeCloseTo(0.1, 12);
    expect(relativeChange(90, 100)).toBeCloseTo(-0.1, 12);
    expect(relativeChange(90, 0)).toBeNull();
    expect(relativeChange(90, null)).toBeNull();
    expect(relativeChange(90, undefined)).toBeNull();
  });
});

describe('productionKpi', () => {
  it('asks for the newest month and the thirteen before it', () => {
    expect(productionKpiRange('2025-10')).toEqual({ from: '2024-09', to: '2025-10' });
  });

  it('compares the newest month with the one before and the same month a year earlier, as daily rates', () => {
    // February has 28 days: its rate equals January's although its volume is lower.
    const kpi = productionKpi([point('2024-02', 1450, 29), point('2025-01', 1550, 31), point('2025-02', 1400, 28)]);
    expect(kpi).toMatchObject({ period: '2025-02', rateMpcd: 50, rate: 50, volumeMpc: 1400 });
    expect(kpi?.previous).toEqual({ period: '2025-01', rate: 50 });
    expect(kpi?.changeVsPrevious).toBe(0);
    expect(kpi?.yearAgo).toEqual({ period: '2024-02', rate: 50 });
    expect(kpi?.changeVsYearAgo).toBe(0);
  });

  it('finds the newest month whatever the order, and says when there is nothing to compare with', () => {
    const kpi = productionKpi([point('2025-10', 3100, 31), point('2025-08', 3000, 31)]);
    expect(kpi?.period).toBe('2025-10');
    expect(kpi?.previous).toEqual({ period: '2025-09', rate: null });
    expect(kpi?.changeVsPrevious).toBeNull();
    expect(kpi?.yearAgo).toEqual({ period: '2024-10', rate: null });
    expect(productionKpi([])).toBeNull();
  });
});

function royalty(period: string, royaltiesCop: number): RoyaltySeriesPoint {
  return { period, royaltiesCop, royaltiesUsd: 0, rowsWithoutTrm: 0, taxableVolume: 0, royaltyVolume: 0, rows: 1, months: 1 };
}

describe('royaltiesYearToDate', () => {
  it('sums January to the newest month of the newest year, against the same months of the year before', () => {
    const kpi = royaltiesYearToDate([royalty('2024-01', 100), royalty('2024-02', 200), royalty('2024-03', 900), royalty('2025-01', 150), royalty('2025-02', 250)]);
    expect(kpi).toEqual({ year: 2025, through: '2025-02', cop: 400, months: 2, previousYearCop: 300, change: expect.closeTo(1 / 3, 12) });
  });

  it('counts months with data, and has no comparison when the year before has none of those months', () => {
    const kpi = royaltiesYearToDate([royalty('2025-01', 150), royalty('2025-03', 250), royalty('2024-07', 999)]);
    expect(kpi).toMatchObject({ year: 2025, through: '2025-03', cop: 400, months: 2, previousYearCop: null, change: null });
    expect(royaltiesYearToDate([])).toBeNull();
  });
});

describe('demand and balance for next year', () => {
  it('is the calendar year after today', () => {
    expect(nextCalendarYear(new Date(2026, 10, 30))).toBe(2027);
    expect(nextCalendarYear(new Date(2026, 0, 1))).toBe(2027);
  });

  it('takes the medium scenario of that year from the edition in use', () => {
    const points = [
      { period: '2027', scenario: 'medio' as const, history: false, gbtud: 1100.5, months: 12, historyMonths: 0 },
      { period: '2028', scenario: 'medio' as const, history: false, gbtud: 1102.9, months: 12, historyMonths: 0 },
    ];
    expect(demandForYear('2024', points, 2027)).toEqual({ edition: '2024', year: 2027, gbtud: 1100.5, months: 12 });
    expect(demandForYear('2024', points, 2040)).toBeNull();
    expect(demandForYear(null, points, 2027)).toBeNull();
  });

  it('reads supply, medium demand and their gap as the service computed them', () => {
    const points: BalancePoint[] = [
      { period: '2027', supplyGbtud: 900, demandGbtud: { bajo: 800, medio: 1100, alto: 1300 }, gapGbtud: { bajo: 100, medio: -200, alto: -400 } },
      { period: '2034', supplyGbtud: 500, demandGbtud: { bajo: null, medio: null, alto: null }, gapGbtud: { bajo: null, medio: null, alto: null } },
    ];
    expect(balanceForYear(points, 2027)).toEqual({ year: 2027, supplyGbtud: 900, demandGbtud: 1100, gapGbtud: -200 });
    expect(balanceForYear(points, 2034)).toBeNull();
    expect(balanceForYear(points, 2030)).toBeNull();
  });
});
