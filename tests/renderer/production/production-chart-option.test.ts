import { describe, expect, it } from 'vitest';
import type { ProductionSeriesPoint } from '../../../src-shared/contract/production';
import { UNIT_SEPARATOR } from '../../../src-renderer/format/number-format';
import {
  PRODUCTION_CHART_SOURCE,
  monthlyAxis,
  productionChartOption,
  productionTooltip,
} from '../../../src-renderer/production/production-chart-option';

const nbsp = UNIT_SEPARATOR;

function point(period: string, volumeMpc: number, days: number): ProductionSeriesPoint {
  return { period, volumeMpc, rateMpcd: volumeMpc / days, volume: volumeMpc, rate: volumeMpc / days, days, months: 1 };
}

const points = [point('2024-01', 31_000, 31), point('2024-02', 29_580.5, 29), point('2024-04', 30_000, 30)];
const range = { from: '2023-12', to: '2024-04' };

// The option is built for ECharts; these helpers read it back without trusting its loose types.
function single<T>(value: T | T[] | undefined): T {
  if (Array.isArray(value)) return value[0] as T;
  if (value === undefined) throw new Error('missing option part');
  return value;
}

describe('monthlyAxis', () => {
  it('has one slot per calendar month of the range, null where there is no data', () => {
    const axis = monthlyAxis(points, range);
    expect(axis.months).toEqual(['2023-12', '2024-01', '2024-02', '2024-03', '2024-04']);
    expect(axis.rates).toEqual([null, 1000, 29_580.5 / 29, null, 1000]);
  });

  it('widens the range rather than drop a point the service returned outside it', () => {
    const axis = monthlyAxis(points, { from: '2024-02', to: '2024-03' });
    expect(axis.months[0]).toBe('2024-01');
    expect(axis.months.at(-1)).toBe('2024-04');
  });
});

describe('productionChartOption', () => {
  const option = productionChartOption(points, range);

  it('plots the MPCD rate of every month as an area line that breaks at gaps', () => {
    const series = single(option.series) as { type: string; data: unknown[]; connectNulls: boolean; areaStyle?: object };
    expect(series.type).toBe('line');
    expect(series.areaStyle).toBeDefined();
    expect(series.connectNulls).toBe(false);
    expect(series.data).toEqual([null, 1000, 29_580.5 / 29, null, 1000]);
  });

  it('names the unit on the axis and the unit and source in the title', () => {
    const title = single(option.title) as { text: string; subtext: string };
    expect(title.text).toContain('MPCD');
    expect(title.subtext).toBe(PRODUCTION_CHART_SOURCE);
    expect(title.subtext).toBe('Fuente: ANH, producción fiscalizada');
    const yAxis = single(option.yAxis) as { name: string; axisLabel: { formatter: (v: number) => string } };
    expect(yAxis.name).toBe('MPCD');
    expect(yAxis.axisLabel.formatter(1234567)).toBe('1.234.567');
  });

  it('labels the months in Spanish', () => {
    const xAxis = single(option.xAxis) as { data: string[]; axisLabel: { formatter: (v: string) => string } };
    expect(xAxis.data).toEqual(['2023-12', '2024-01', '2024-02', '2024-03', '2024-04']);
    expect(xAxis.axisLabel.formatter('2024-02')).toBe('feb 2024');
  });

  it('shows the es-CO rate, the volume and the days in the tooltip of the hovered month', () => {
    const tooltip = single(option.tooltip) as { trigger: string; formatter: (params: unknown) => string };
    expect(tooltip.trigger).toBe('axis');
    const text = tooltip.formatter([{ dataIndex: 2 }]);
    expect(text).toContain('febrero de 2024');
    expect(text).toContain(`Tasa media: 1.020,02${nbsp}MPCD`);
    expect(text).toContain(`Volumen: 29.580,50${nbsp}MPC en 29 días`);
    expect(tooltip.formatter([{ dataIndex: 3 }])).toContain('Sin datos importados');
  });
});

describe('productionTooltip', () => {
  it('describes a month without data', () => {
    expect(productionTooltip('2024-03', undefined)).toBe('<strong>marzo de 2024</strong><br/>Sin datos importados');
  });
});
