import { describe, expect, it } from 'vitest';
import { UNIT_SEPARATOR } from '../../../src-renderer/format/number-format';
import type { ProductionDisplay } from '../../../src-renderer/production/production-display';
import { yearOverYear, yearOverYearOption, yearOverYearRange, yearOverYearTooltip } from '../../../src-renderer/production/year-over-year';
import { productionPoint as point } from '../dashboard-fixtures';

const nbsp = UNIT_SEPARATOR;
const rate: ProductionDisplay = { magnitude: 'rate', rateUnit: 'MPCD', volumeUnit: 'MPC' };
const points = [point('2024-01', 3100, 31), point('2024-02', 2900, 29), point('2025-01', 3410, 31), point('2025-03', 3100, 31)];

describe('yearOverYear', () => {
  it('puts each month of the year beside the same month of the year before, with the change', () => {
    const months = yearOverYear(points, 2025, rate);
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: 1, previous: 100, current: 110, change: expect.closeTo(0.1, 12) });
    expect(months[1]).toEqual({ month: 2, previous: 100, current: null, change: null });
    expect(months[2]).toEqual({ month: 3, previous: null, current: 100, change: null });
    expect(months[11]).toEqual({ month: 12, previous: null, current: null, change: null });
  });

  it('compares volumes when volumes are shown (a 29-day February changes the picture)', () => {
    const months = yearOverYear([point('2024-02', 2900, 29), point('2025-02', 2800, 28)], 2025, { ...rate, magnitude: 'volume' });
    expect(months[1]!.change).toBeCloseTo(-100 / 2900, 12);
    expect(yearOverYear([point('2024-02', 2900, 29), point('2025-02', 2800, 28)], 2025, rate)[1]!.change).toBe(0);
  });

  it('asks for both full years', () => {
    expect(yearOverYearRange(2025)).toEqual({ from: '2024-01', to: '2025-12' });
  });
});

describe('yearOverYearOption', () => {
  const months = yearOverYear(points, 2025, rate);
  const option = yearOverYearOption(months, 2025, 'fiscalizada', rate, 'es');

  it('draws last year and this year as bars by calendar month, unit on the axis and in the title', () => {
    const series = option.series as { type: string; name: string; data: (number | null)[] }[];
    expect(series.map((s) => [s.type, s.name])).toEqual([
      ['bar', '2024'],
      ['bar', '2025'],
    ]);
    expect(series[1]!.data.slice(0, 3)).toEqual([110, null, 100]);
    expect((option.xAxis as { data: string[] }).data.slice(0, 3)).toEqual(['ene', 'feb', 'mar']);
    expect((option.yAxis as { name: string }).name).toBe('MPCD');
    const title = option.title as { text: string; subtext: string };
    expect(title.text).toBe('Producción fiscalizada de gas: 2025 frente a 2024 — tasa media diaria (MPCD)');
    expect(title.subtext).toBe('Fuente: ANH, producción fiscalizada');
  });

  it('gives both exact values and the signed change in the tooltip', () => {
    expect(yearOverYearTooltip(months[0]!, 2025, rate, 'es')).toBe(
      `<strong>Enero</strong><br/>2024: 100,00${nbsp}MPCD<br/>2025: 110,00${nbsp}MPCD<br/>Variación: +10,0${nbsp}%`,
    );
    expect(yearOverYearTooltip(months[1]!, 2025, rate, 'en')).toContain('2025: No data imported');
  });
});
