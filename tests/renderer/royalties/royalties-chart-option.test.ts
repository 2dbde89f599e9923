import { describe, expect, it } from 'vitest';
import type { RoyaltySeriesPoint } from '../../../src-shared/contract/royalties';
import { axisScale, periodAxis } from '../../../src-renderer/charts/period-axis';
import { UNIT_SEPARATOR } from '../../../src-renderer/format/number-format';
import {
  formatPrice,
  royaltiesMoneyOption,
  royaltiesMoneyTitle,
  royaltiesTooltip,
  royaltiesVolumeOption,
  type RoyaltiesChartInput,
} from '../../../src-renderer/royalties/royalties-chart-option';
import { royaltiesMessages } from '../../../src-renderer/royalties/royalties-messages';
import { defaultRoyaltiesView, parseRoyaltiesView, royaltiesViewParams } from '../../../src-renderer/royalties/royalties-route';
import { impliedPrice, royaltiesTotals } from '../../../src-renderer/royalties/royalties-totals';

const nbsp = UNIT_SEPARATOR;

function point(period: string, cop: number, usd: number, overrides: Partial<RoyaltySeriesPoint> = {}): RoyaltySeriesPoint {
  return { period, royaltiesCop: cop, royaltiesUsd: usd, rowsWithoutTrm: 0, taxableVolume: 1000, royaltyVolume: 80, rows: 3, months: 1, ...overrides };
}

const points = [point('2024-01', 1_900_000, 475), point('2024-03', 2_780_000, 200, { rowsWithoutTrm: 1, royaltyVolume: 40 })];

function input(overrides: Partial<RoyaltiesChartInput> = {}): RoyaltiesChartInput {
  return { points, axis: periodAxis(points.map((p) => p.period), 'month', { from: '2023-12', to: '2024-04' }), currency: 'COP', granularity: 'month', volumeUnit: 'KPC', language: 'es', ...overrides };
}

type Series = { type: string; name: string; data: unknown[]; yAxisIndex?: number };
const seriesOf = (option: { series?: unknown }) => (Array.isArray(option.series) ? option.series : [option.series]) as Series[];

describe('royalties totals', () => {
  it('adds pesos, dollars, volumes and rows, and counts the settlements without TRM', () => {
    expect(royaltiesTotals(points)).toEqual({
      cop: 4_680_000,
      usd: 675,
      taxableVolume: 2000,
      royaltyVolume: 120,
      rows: 6,
      rowsWithoutTrm: 1,
      months: 2,
      first: '2024-01',
      last: '2024-03',
    });
    expect(royaltiesTotals([])).toMatchObject({ cop: 0, rows: 0, first: null, last: null });
  });

  it('prices the royalty volume in pesos, and in dollars only when every settlement had a TRM', () => {
    expect(impliedPrice(points[0]!, 'COP')).toBe(1_900_000 / 80);
    expect(impliedPrice(points[0]!, 'USD')).toBe(475 / 80);
    // One settlement lacked a TRM: its volume has no dollars, so a USD price would be too low.
    expect(impliedPrice(points[1]!, 'USD')).toBeNull();
    expect(impliedPrice(point('2024-05', 10, 1, { royaltyVolume: 0 }), 'COP')).toBeNull();
  });
});

describe('royalties charts', () => {
  it('draws one bar per month of the range, empty where nothing was settled, in the chosen currency', () => {
    const option = royaltiesMoneyOption(input());
    const [bars] = seriesOf(option);
    expect(bars!.type).toBe('bar');
    expect(bars!.data).toEqual([null, 1_900_000, null, 2_780_000, null]);
    expect((option.xAxis as { data: string[] }).data).toEqual(['2023-12', '2024-01', '2024-02', '2024-03', '2024-04']);
    expect(seriesOf(royaltiesMoneyOption(input({ currency: 'USD' })))[0]!.data).toEqual([null, 475, null, 200, null]);
  });

  it('titles the chart with its unit and names the source and the nominal pesos', () => {
    const { title, source } = royaltiesMoneyTitle('COP', 'month', 'es');
    expect(title).toBe('Regalías liquidadas por mes (COP)');
    expect(source).toBe('Fuente: ANH, liquidación de regalías por campo (datos.gov.co) · pesos corrientes, sin ajuste por inflación');
    expect(royaltiesMoneyTitle('USD', 'year', 'en').title).toBe('Royalties settled by year (USD)');
    const option = royaltiesMoneyOption(input());
    expect((option.title as { text: string }).text).toBe(title);
    // Millions of pesos on the axis, said in its name.
    expect((option.yAxis as { name: string }).name).toBe('COP');
    expect(axisScale(2_780_000_000, 'COP', 'es')).toEqual({ divisor: 1e6, name: 'millones de COP' });
    expect(axisScale(45_000_000_000, 'COP', 'en')).toEqual({ divisor: 1e9, name: 'billions of COP' });
  });

  it('puts the taxable volume beside the implied price, on its own axis', () => {
    const option = royaltiesVolumeOption(input());
    const [volume, price] = seriesOf(option);
    expect(volume).toMatchObject({ type: 'bar', name: 'Producción gravable', yAxisIndex: 0 });
    expect(volume!.data).toEqual([null, 1000, null, 1000, null]);
    expect(price).toMatchObject({ type: 'line', name: 'Precio implícito', yAxisIndex: 1 });
    expect(price!.data).toEqual([null, 1_900_000 / 80, null, 2_780_000 / 40, null]);
    expect((option.yAxis as { name: string }[])[1]!.name).toBe('COP/KPC');
  });

  it('gives both currencies, the TRM gap and the volumes in the tooltip, in es-CO numbers', () => {
    const text = royaltiesTooltip('2024-03', points[1], { currency: 'USD', volumeUnit: 'KPC', language: 'es' });
    expect(text).toContain('<strong>marzo de 2024</strong>');
    expect(text).toContain(`Regalías: 2.780.000${nbsp}COP`);
    expect(text).toContain(`En dólares: 200,00${nbsp}USD`);
    expect(text).toContain('Liquidaciones sin TRM (fuera del valor en USD): 1');
    expect(text).toContain(`Producción gravable: 1.000,00${nbsp}KPC`);
    expect(text).toContain('Sin precio en USD');
    expect(royaltiesTooltip('2024-02', undefined, { currency: 'COP', volumeUnit: 'KPC', language: 'es' })).toContain('Sin liquidaciones');
    expect(formatPrice(23_750, 'COP', 'm3')).toBe(`23.750,00${nbsp}COP/m³`);
  });

  it('labels years as years', () => {
    const yearly = [point('2023', 1, 1), point('2025', 2, 2)];
    const option = royaltiesMoneyOption(input({ points: yearly, granularity: 'year', axis: periodAxis(['2023', '2025'], 'year') }));
    expect((option.xAxis as { data: string[] }).data).toEqual(['2023', '2024', '2025']);
    expect(royaltiesTooltip('2023', yearly[0], { currency: 'COP', volumeUnit: 'KPC', language: 'es' })).toContain('<strong>2023</strong>');
  });
});

describe('royalties route', () => {
  it('reads and writes the page’s choices in Spanish words, leaving defaults out', () => {
    const view = parseRoyaltiesView({ moneda: 'usd', periodicidad: 'anio', tabla: 'regimen', filas: '20' });
    expect(view).toEqual({ currency: 'USD', granularity: 'year', table: 'regime', tableSize: 20 });
    expect(royaltiesViewParams(view)).toEqual({ moneda: 'usd', periodicidad: 'anio', tabla: 'regimen', filas: '20' });
    expect(royaltiesViewParams(defaultRoyaltiesView)).toEqual({ moneda: null, periodicidad: null, tabla: null, filas: null });
    expect(parseRoyaltiesView({ moneda: 'eur', tabla: 'x', filas: '7' })).toEqual(defaultRoyaltiesView);
  });
});

describe('royalties dictionary', () => {
  it('has the same keys and placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    expect(Object.keys(royaltiesMessages.en).sort()).toEqual(Object.keys(royaltiesMessages.es).sort());
    for (const key of Object.keys(royaltiesMessages.es) as (keyof typeof royaltiesMessages.es)[]) {
      expect({ key, placeholders: placeholders(royaltiesMessages.en[key]) }).toEqual({ key, placeholders: placeholders(royaltiesMessages.es[key]) });
    }
  });
});
