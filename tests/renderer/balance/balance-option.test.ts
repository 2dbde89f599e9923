import { describe, expect, it } from 'vitest';
import { balanceChartOption, balanceTooltip, DEFICIT_COLOR, SURPLUS_COLOR } from '../../../src-renderer/balance/balance-chart-option';
import { balanceMessages } from '../../../src-renderer/balance/balance-messages';
import { balanceInput, balanceViewParams, defaultBalanceView, parseBalanceView } from '../../../src-renderer/balance/balance-route';
import { deficitRuns, deficitSummary, isDeficit } from '../../../src-renderer/balance/deficits';
import { REST_COLOR } from '../../../src-renderer/charts/chart-option-types';
import { UNIT_SEPARATOR } from '../../../src-renderer/format/number-format';
import { balanceAnswer, balancePoint } from './balance-fixtures';

const nbsp = UNIT_SEPARATOR;
const { points } = balanceAnswer({ granularity: 'month' });

describe('deficits', () => {
  it('is a deficit only where demand exceeds supply, never where the edition does not reach', () => {
    expect(points.map((point) => isDeficit(point, 'medio'))).toEqual([false, false, true, false, true, true]);
    expect(isDeficit(points[5]!, 'alto')).toBe(false);
  });

  it('groups consecutive deficit periods into the runs the chart shades', () => {
    expect(deficitRuns(points, 'medio')).toEqual([
      { from: '2025-03', to: '2025-03' },
      { from: '2025-05', to: '2025-06' },
    ]);
    expect(deficitRuns(points, 'alto')).toEqual([{ from: '2025-02', to: '2025-05' }]);
    expect(deficitRuns(points, 'bajo')).toEqual([]);
  });

  it('counts deficit periods over the comparable ones and finds the largest', () => {
    expect(deficitSummary(points, 'medio')).toEqual({ periods: 6, deficitPeriods: 3, worst: { period: '2025-06', gapGbtud: -50 } });
    expect(deficitSummary(points, 'alto')).toEqual({ periods: 5, deficitPeriods: 4, worst: { period: '2025-05', gapGbtud: -35 } });
    expect(deficitSummary(points, 'bajo')).toEqual({ periods: 6, deficitPeriods: 0, worst: null });
  });
});

describe('balance chart', () => {
  const option = balanceChartOption({ points, scenarios: ['bajo', 'medio', 'alto'], highlighted: 'medio', granularity: 'month', source: 'Fuente: X', language: 'es' });
  type Series = { type: string; name: string; data: unknown[]; markArea?: { data: { xAxis: string }[][] }; lineStyle?: { type: string } };
  const series = option.series as Series[];

  it('colours the supply bars red in the highlighted scenario’s deficit months and shades those runs', () => {
    const [bars] = series;
    expect(bars!.type).toBe('bar');
    expect((bars!.data as { value: number; itemStyle: { color: string } }[]).map((bar) => bar.itemStyle.color)).toEqual([
      SURPLUS_COLOR,
      SURPLUS_COLOR,
      DEFICIT_COLOR,
      SURPLUS_COLOR,
      DEFICIT_COLOR,
      DEFICIT_COLOR,
    ]);
    expect(bars!.markArea!.data.map((area) => area.map((edge) => edge.xAxis))).toEqual([
      ['2025-03', '2025-03'],
      ['2025-05', '2025-06'],
    ]);
    // Where the highlighted scenario has no demand the bar is neither red nor green.
    const alto = balanceChartOption({ points, scenarios: ['alto'], highlighted: 'alto', granularity: 'month', source: '', language: 'es' });
    expect(((alto.series as Series[])[0]!.data[5] as { itemStyle: { color: string } }).itemStyle.color).toBe(REST_COLOR);
  });

  it('draws each scenario’s demand, the highlighted one solid, with the unit and the sources', () => {
    expect(series.slice(1).map((line) => [line.name, line.lineStyle?.type])).toEqual([
      ['Demanda, escenario bajo', 'dashed'],
      ['Demanda, escenario medio', 'solid'],
      ['Demanda, escenario alto', 'dashed'],
    ]);
    expect(series[3]!.data).toEqual([995, 995, 995, 995, 995, null]);
    expect(option.title).toMatchObject({ text: 'Oferta declarada frente a demanda proyectada (GBTUD)', subtext: 'Promedio diario de cada mes · Fuente: X' });
    expect((option.yAxis as { name: string }).name).toBe('GBTUD');
  });

  it('says in the tooltip, per scenario, the demand and the deficit or surplus it leaves', () => {
    expect(balanceTooltip(points[5]!, ['bajo', 'medio', 'alto'], 'es')).toBe(
      [
        '<strong>junio de 2025</strong>',
        `Oferta declarada: 950,00${nbsp}GBTUD`,
        `Escenario bajo: demanda 800,00${nbsp}GBTUD, superávit de 150,00${nbsp}GBTUD`,
        `Escenario medio: demanda 1.000,00${nbsp}GBTUD, déficit de 50,00${nbsp}GBTUD`,
        'Escenario alto: la edición no llega a este periodo',
      ].join('<br/>'),
    );
    expect(balanceTooltip(balancePoint('2026', 10, 5, 5, 5), ['medio'], 'en')).toBe(`<strong>2026</strong><br/>Declared supply: 10,00${nbsp}GBTUD<br/>Medium scenario: demand 5,00${nbsp}GBTUD, surplus of 5,00${nbsp}GBTUD`);
  });
});

describe('balance route and request', () => {
  it('keeps declaration, resolution and frequency in the address and sends only what was chosen', () => {
    const view = parseBalanceView({ declaracion: '2024-2033', resolucion: '00662-2024', periodicidad: 'anio' });
    expect(view).toEqual({ declarationPeriod: '2024-2033', resolution: '00662-2024', granularity: 'year' });
    expect(balanceViewParams(view)).toEqual({ declaracion: '2024-2033', resolucion: '00662-2024', periodicidad: 'anio' });
    expect(parseBalanceView({ declaracion: '2024', resolucion: 'x' })).toEqual(defaultBalanceView);
    expect(balanceInput(defaultBalanceView, null)).toEqual({ granularity: 'month' });
    expect(balanceInput(view, '2023')).toEqual({ declarationPeriod: '2024-2033', resolution: '00662-2024', edition: '2023', granularity: 'year' });
    // The shared month window, when there is one, bounds the months asked for.
    expect(balanceInput(defaultBalanceView, null, { from: '2026-01', to: '2034-12' })).toEqual({ from: '2026-01', to: '2034-12', granularity: 'month' });
  });
});

describe('balance dictionary', () => {
  it('has the same keys and placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    expect(Object.keys(balanceMessages.en).sort()).toEqual(Object.keys(balanceMessages.es).sort());
    for (const key of Object.keys(balanceMessages.es) as (keyof typeof balanceMessages.es)[]) {
      expect({ key, placeholders: placeholders(balanceMessages.en[key]) }).toEqual({ key, placeholders: placeholders(balanceMessages.es[key]) });
    }
  });
});
