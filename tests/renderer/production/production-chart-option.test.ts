import { describe, expect, it } from 'vitest';
import type { ProductionSeriesPoint } from '../../../src-shared/contract/production';
import { UNIT_SEPARATOR } from '../../../src-renderer/format/number-format';
import {
  monthlyAxis,
  productionChartOption,
  productionChartText,
  productionTooltip,
  stackedTooltip,
  type ProductionChartInput,
} from '../../../src-renderer/production/production-chart-option';
import type { ProductionDisplay } from '../../../src-renderer/production/production-display';
import { withRestGroup } from '../../../src-renderer/production/stacked-series';

const nbsp = UNIT_SEPARATOR;

function point(period: string, volumeMpc: number, days: number): ProductionSeriesPoint {
  return { period, volumeMpc, rateMpcd: volumeMpc / days, volume: volumeMpc, rate: volumeMpc / days, days, months: 1 };
}

/** The same month as the service answers it in KPC/KPCD: stored MPC kept, `volume`/`rate` converted. */
function pointInK(period: string, volumeMpc: number, days: number): ProductionSeriesPoint {
  return { ...point(period, volumeMpc, days), volume: volumeMpc * 1000, rate: (volumeMpc / days) * 1000 };
}

const points = [point('2024-01', 31_000, 31), point('2024-02', 29_580.5, 29), point('2024-04', 30_000, 30)];
const range = { from: '2023-12', to: '2024-04' };
const mpcd: ProductionDisplay = { magnitude: 'rate', rateUnit: 'MPCD', volumeUnit: 'MPC' };

function option(overrides: Partial<ProductionChartInput> = {}) {
  return productionChartOption({ range, total: points, groups: [], measure: 'fiscalizada', display: mpcd, language: 'es', ...overrides });
}

// The option is built for ECharts; these helpers read it back without trusting its loose types.
function single<T>(value: T | T[] | undefined): T {
  if (Array.isArray(value)) return value[0] as T;
  if (value === undefined) throw new Error('missing option part');
  return value;
}
type LineSeries = { type: string; name: string; data: unknown[]; connectNulls: boolean; areaStyle?: object; stack?: string; color?: string };
const seriesOf = (o: ReturnType<typeof option>) => (Array.isArray(o.series) ? o.series : [o.series]) as LineSeries[];

describe('monthlyAxis', () => {
  it('has one slot per calendar month of the range', () => {
    const axis = monthlyAxis(points, range);
    expect(axis.months).toEqual(['2023-12', '2024-01', '2024-02', '2024-03', '2024-04']);
    expect(axis.pointByMonth.get('2024-02')?.volumeMpc).toBe(29_580.5);
  });

  it('widens the range rather than drop a point the service returned outside it', () => {
    const axis = monthlyAxis(points, { from: '2024-02', to: '2024-03' });
    expect(axis.months[0]).toBe('2024-01');
    expect(axis.months.at(-1)).toBe('2024-04');
  });
});

describe('productionChartOption, one series', () => {
  it('plots the rate of every month as an area line that breaks at gaps', () => {
    const [series] = seriesOf(option());
    expect(series!.type).toBe('line');
    expect(series!.areaStyle).toBeDefined();
    expect(series!.connectNulls).toBe(false);
    expect(series!.stack).toBeUndefined();
    expect(series!.data).toEqual([null, 1000, 29_580.5 / 29, null, 1000]);
  });

  it('plots the volumes instead when the analyst asks for them', () => {
    const [series] = seriesOf(option({ display: { ...mpcd, magnitude: 'volume' } }));
    expect(series!.data).toEqual([null, 31_000, 29_580.5, null, 30_000]);
  });

  it('plots what the service converted, never converting itself', () => {
    const inK = [pointInK('2024-01', 31_000, 31)];
    const [series] = seriesOf(option({ total: inK, display: { magnitude: 'rate', rateUnit: 'KPCD', volumeUnit: 'KPC' } }));
    expect(series!.data).toEqual([null, 1_000_000, null, null, null]);
  });

  it('names the unit on the axis and the unit and source in the title', () => {
    const o = option();
    const title = single(o.title) as { text: string; subtext: string };
    expect(title.text).toBe('Producción fiscalizada de gas — tasa media diaria (MPCD)');
    expect(title.subtext).toBe('Fuente: ANH, producción fiscalizada');
    const yAxis = single(o.yAxis) as { name: string; axisLabel: { formatter: (v: number) => string } };
    expect(yAxis.name).toBe('MPCD');
    expect(yAxis.axisLabel.formatter(1234567)).toBe('1.234.567');
  });

  it('titles other measures, volumes, cubic metres and GBTUD with their own words and unit', () => {
    expect(productionChartText('quemado', { ...mpcd, magnitude: 'volume', volumeUnit: 'm3' }, 'es').title).toBe('Gas quemado — volumen mensual (m³)');
    const gbtud = productionChartText('fiscalizada', { ...mpcd, rateUnit: 'GBTUD' }, 'es');
    expect(gbtud.title).toContain('(GBTUD)');
    expect(gbtud.source).toContain('poder calorífico declarado de cada campo');
    expect(productionChartText('entregadoGasoductos', mpcd, 'en').title).toBe('Delivered to pipelines — average daily rate (MPCD)');
  });

  it('labels the months in the page language', () => {
    const xAxis = single(option().xAxis) as { data: string[]; axisLabel: { formatter: (v: string) => string } };
    expect(xAxis.data).toEqual(['2023-12', '2024-01', '2024-02', '2024-03', '2024-04']);
    expect(xAxis.axisLabel.formatter('2024-02')).toBe('feb 2024');
    const english = single(option({ language: 'en' }).xAxis) as { axisLabel: { formatter: (v: string) => string } };
    expect(english.axisLabel.formatter('2024-02')).toBe('Feb 2024');
  });

  it('shows the es-CO rate, the volume and the days in the tooltip of the hovered month', () => {
    const tooltip = single(option().tooltip) as { trigger: string; formatter: (params: unknown) => string };
    expect(tooltip.trigger).toBe('axis');
    const text = tooltip.formatter([{ dataIndex: 2 }]);
    expect(text).toContain('febrero de 2024');
    expect(text).toContain(`Tasa media: 1.020,02${nbsp}MPCD`);
    expect(text).toContain(`Volumen: 29.580,50${nbsp}MPC en 29 días`);
    expect(tooltip.formatter([{ dataIndex: 3 }])).toContain('Sin datos importados');
  });
});

describe('productionChartOption, stacked', () => {
  const casanare = [point('2024-01', 20_000, 31), point('2024-02', 19_000, 29), point('2024-04', 18_000, 30)];
  const guajira = [point('2024-01', 6_000, 31), point('2024-04', 5_000, 30)];
  const groups = withRestGroup(
    points,
    [
      { key: '85', label: 'Casanare', points: casanare },
      { key: '44', label: 'La <Guajira>', points: guajira },
    ],
    'Otros (3 departamentos)',
  );
  const stacked = option({ groups, stackNote: 'por departamento, los 2 mayores' });

  it('stacks one band per group plus the rest, adding up to the total every month', () => {
    const series = seriesOf(stacked);
    expect(series.map((s) => s.name)).toEqual(['Casanare', 'La <Guajira>', 'Otros (3 departamentos)']);
    expect(series.every((s) => s.stack === 'production')).toBe(true);
    // A group without data in a month the total has is zero there; a month without any data is a gap.
    expect(series[1]!.data).toEqual([null, 6_000 / 31, 0, null, 5_000 / 30]);
    for (const monthIndex of [1, 2, 4]) {
      const sum = series.reduce((total, s) => total + (s.data[monthIndex] as number), 0);
      const month = ['2023-12', '2024-01', '2024-02', '2024-03', '2024-04'][monthIndex]!;
      expect(sum).toBeCloseTo(points.find((p) => p.period === month)!.rateMpcd, 9);
    }
    expect(series[2]!.color).toBeDefined();
    expect((single(stacked.title) as { text: string }).text).toContain('por departamento, los 2 mayores');
    expect(stacked.legend).toBeDefined();
  });

  it('lists every band and the total in the tooltip, escaping names from the workbooks', () => {
    const tooltip = single(stacked.tooltip) as { formatter: (params: unknown) => string };
    const text = tooltip.formatter([{ dataIndex: 2 }]);
    expect(text).toContain(`Casanare: 655,17${nbsp}MPCD`);
    expect(text).toContain(`La &#60;Guajira&#62;: 0,00${nbsp}MPCD`);
    expect(text).toContain(`<strong>Total: 1.020,02${nbsp}MPCD</strong>`);
  });
});

describe('tooltips', () => {
  it('describe a month without data', () => {
    expect(productionTooltip('2024-03', undefined, mpcd, 'es')).toBe('<strong>marzo de 2024</strong><br/>Sin datos importados');
    expect(stackedTooltip('2024-03', [], undefined, mpcd, 'en')).toBe('<strong>March 2024</strong><br/>No data imported');
  });

  it('print the units the answer is in', () => {
    const text = productionTooltip('2024-01', pointInK('2024-01', 31_000, 31), { magnitude: 'rate', rateUnit: 'KPCD', volumeUnit: 'KPC' }, 'es');
    expect(text).toContain(`1.000.000,00${nbsp}KPCD`);
    expect(text).toContain(`31.000.000,00${nbsp}KPC en 31 días`);
  });
});
