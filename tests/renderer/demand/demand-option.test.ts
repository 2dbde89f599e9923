import { describe, expect, it } from 'vitest';
import type { DemandSeriesPoint } from '../../../src-shared/contract/demand';
import { demandBandOption, demandRows, demandTooltip, firstProjectedPeriod } from '../../../src-renderer/demand/demand-band-option';
import { comparedMonths, compareWithHistory, comparisonOption, comparisonSummary, comparisonTooltip } from '../../../src-renderer/demand/demand-comparison';
import { demandMessages } from '../../../src-renderer/demand/demand-messages';
import { chooseDemandArea, comparisonInputs, demandSeriesInput } from '../../../src-renderer/demand/demand-request';
import { defaultDemandView, demandViewParams, parseDemandView } from '../../../src-renderer/demand/demand-route';
import { UNIT_SEPARATOR } from '../../../src-renderer/format/number-format';
import { demandDimensionsAnswer, demandSeriesAnswer } from './demand-fixtures';

const nbsp = UNIT_SEPARATOR;
const answer = demandSeriesAnswer({});
type Series = { name: string; data: (number | null)[]; stack?: string; markArea?: { data: { xAxis: string }[][] } };
const seriesOf = (option: { series?: unknown }) => option.series as Series[];

describe('demand rows', () => {
  it('puts history and the three scenarios side by side, one row per month', () => {
    const rows = demandRows(answer.points, 'month');
    expect(rows.map((row) => row.period)).toEqual(['2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12']);
    expect(rows[3]).toEqual({ period: '2024-09', history: 1200, bajo: null, medio: null, alto: null, months: 1, historyMonths: 1 });
    expect(rows[6]).toMatchObject({ history: null, bajo: 930, medio: 1424.7297, alto: 1660 });
    expect(firstProjectedPeriod(rows)).toBe('2024-10');
  });

  it('keeps a gap month as an empty row', () => {
    const points: DemandSeriesPoint[] = [
      { period: '2024-01', scenario: 'historico', history: true, gbtud: 1, months: 1, historyMonths: 1 },
      { period: '2024-03', scenario: 'historico', history: true, gbtud: 3, months: 1, historyMonths: 1 },
    ];
    expect(demandRows(points, 'month').map((row) => row.history)).toEqual([1, null, 3]);
  });
});

describe('demand band chart', () => {
  const rows = demandRows(answer.points, 'month');
  const option = demandBandOption({ rows, title: 'Demanda', source: 'Fuente: UPME', language: 'es' });

  it('draws the band as a floor at the lower scenario plus the width up to the higher one', () => {
    const [floor, band] = seriesOf(option);
    expect(floor!.stack).toBe('band');
    expect(band!.stack).toBe('band');
    // 2024-10: UPME's low scenario (1380) is above the medium one; the band still spans low to high.
    expect(floor!.data.slice(4)).toEqual([1380, 940, 930]);
    expect(band!.data.slice(4)).toEqual([10, 440, 730]);
    expect(floor!.data.slice(0, 4)).toEqual([null, null, null, null]);
  });

  it('draws history, then the medium line starting from the last historical month, and shades the projection', () => {
    const [, , historySeries, medio] = seriesOf(option);
    expect(historySeries!.name).toBe('Histórico');
    expect(historySeries!.data).toEqual([930, 960, 1000, 1200, null, null, null]);
    expect(medio!.name).toBe('Escenario medio');
    expect(medio!.data).toEqual([null, null, null, 1200, 1370, 1150, 1424.7297]);
    expect(medio!.markArea!.data[0]!.map((edge) => edge.xAxis)).toEqual(['2024-10', '2024-12']);
    expect((option.yAxis as { name: string }).name).toBe('GBTUD');
  });

  it('gives every scenario’s exact value in the tooltip', () => {
    const text = demandTooltip(rows[6]!, 'es');
    expect(text).toBe(`<strong>diciembre de 2024</strong><br/>Escenario alto: 1.660,00${nbsp}GBTUD<br/>Escenario medio: 1.424,73${nbsp}GBTUD<br/>Escenario bajo: 930,00${nbsp}GBTUD`);
    expect(demandTooltip(rows[0]!, 'en')).toBe(`<strong>June 2024</strong><br/>History: 930,00${nbsp}GBTUD`);
    const mixedYear = { period: '2024', history: null, bajo: 1100, medio: 1165.86, alto: 1200, months: 12, historyMonths: 9 };
    expect(demandTooltip(mixedYear, 'es')).toContain('9 de 12 meses son historia');
  });
});

describe('comparing an older projection with what happened', () => {
  const older = demandSeriesAnswer({ edition: '2023', scenarios: ['medio'] }, ['2023', '2024']);
  const newest = demandSeriesAnswer({ edition: '2024', scenarios: ['historico'] }, ['2023', '2024']);

  it('keeps only the periods the older edition projected and the newest records as history', () => {
    const rows = compareWithHistory(older.points, newest.points);
    expect(rows.map((row) => row.period)).toEqual(['2024-06', '2024-07', '2024-08', '2024-09']);
    expect(rows[0]).toEqual({ period: '2024-06', projected: 930 * 1.1, actual: 930, difference: expect.closeTo(93, 9), relative: expect.closeTo(0.1, 12) });
  });

  it('ignores projected points that mix history months, and actual points that are not history', () => {
    const mixed: DemandSeriesPoint[] = [{ period: '2024', scenario: 'medio', history: false, gbtud: 1, months: 12, historyMonths: 5 }];
    const actual: DemandSeriesPoint[] = [{ period: '2024', scenario: 'historico', history: true, gbtud: 1, months: 12, historyMonths: 12 }];
    expect(compareWithHistory(mixed, actual)).toEqual([]);
  });

  it('summarises the bias and the mean absolute error, in GBTUD and relative to the mean demand', () => {
    const rows = compareWithHistory(older.points, newest.points);
    const summary = comparisonSummary(rows)!;
    expect(summary).toMatchObject({ periods: 4, first: '2024-06', last: '2024-09' });
    expect(summary.meanError).toBeCloseTo(102.25, 9);
    expect(summary.meanAbsoluteError).toBeCloseTo(102.25, 9);
    expect(summary.meanErrorShare).toBeCloseTo(0.1, 12);
    expect(comparisonSummary([])).toBeNull();
  });

  it('asks both editions for the page’s sector, area, frequency and month window', () => {
    expect(comparisonInputs('2023', '2024', 'industrial', { kind: 'regions', regions: ['centro'] }, 'year', { from: '2020-01', to: '2024-12' })).toEqual([
      { edition: '2023', from: '2020-01', to: '2024-12', sector: 'industrial', granularity: 'year', regions: ['centro'], scenarios: ['medio'] },
      { edition: '2024', from: '2020-01', to: '2024-12', sector: 'industrial', granularity: 'year', regions: ['centro'], scenarios: ['historico'] },
    ]);
    expect(comparisonInputs('2023', '2024', 'total', { kind: 'national' }, 'month', null)[0]).toEqual({ edition: '2023', sector: 'total', granularity: 'month', scenarios: ['medio'] });
  });

  it('turns the compared periods into a period filter, a year standing for its twelve months', () => {
    expect(comparedMonths(compareWithHistory(older.points, newest.points))).toEqual({ from: '2024-06', to: '2024-09' });
    const year = (period: string) => ({ period, projected: 1, actual: 1, difference: 0, relative: 0 });
    expect(comparedMonths([year('2021'), year('2023')])).toEqual({ from: '2021-01', to: '2023-12' });
    expect(comparedMonths([])).toBeNull();
  });

  it('draws both lines with the editions in their names and the difference in the tooltip', () => {
    const rows = compareWithHistory(older.points, newest.points);
    const option = comparisonOption({ rows, edition: '2023', newest: '2024', sectorLabel: 'Demanda agregada (sin GNL)', language: 'es' });
    expect(seriesOf(option).map((series) => series.name)).toEqual(['Ocurrido (histórico de la edición 2024)', 'Proyectado (edición 2023, medio)']);
    expect((option.title as { subtext: string }).subtext).toBe('Demanda agregada (sin GNL) · Fuente: UPME, ediciones 2023 (proyección) y 2024 (histórico)');
    expect(comparisonTooltip(rows[0]!, '2023', '2024', 'es')).toContain(`Diferencia: +93,00${nbsp}GBTUD (+10,0${nbsp}%)`);
  });
});

describe('the demand request', () => {
  it('sums the chosen nodes, else the chosen regions, else the nation', () => {
    expect(chooseDemandArea('total', [], [], demandDimensionsAnswer)).toEqual({ area: { kind: 'national' }, ignored: null });
    expect(chooseDemandArea('total', ['centro'], [], demandDimensionsAnswer)).toEqual({ area: { kind: 'regions', regions: ['centro'] }, ignored: null });
    expect(chooseDemandArea('total', ['centro'], ['centro:YOPAL', 'centro:AGUAZUL', 'no:EXISTE'], demandDimensionsAnswer)).toEqual({
      area: { kind: 'nodes', nodes: ['centro:AGUAZUL', 'centro:YOPAL'] },
      ignored: null,
    });
  });

  it('falls back to a wider area, and says so, for a sector without regional or node series', () => {
    expect(chooseDemandArea('residencial', ['centro'], [], demandDimensionsAnswer)).toEqual({ area: { kind: 'national' }, ignored: 'regions' });
    expect(chooseDemandArea('residencial', [], ['centro:YOPAL'], demandDimensionsAnswer)).toEqual({ area: { kind: 'national' }, ignored: 'nodes' });
  });

  it('asks for every scenario of the edition, sector and area', () => {
    expect(demandSeriesInput(null, 'total', { kind: 'national' }, 'month')).toEqual({ sector: 'total', granularity: 'month' });
    expect(demandSeriesInput('2023', 'industrial', { kind: 'regions', regions: ['centro'] }, 'year')).toEqual({ edition: '2023', sector: 'industrial', granularity: 'year', regions: ['centro'] });
    expect(demandSeriesInput(null, 'total', { kind: 'national' }, 'month', { from: '2026-01', to: '2036-12' })).toEqual({ sector: 'total', granularity: 'month', from: '2026-01', to: '2036-12' });
  });

  it('keeps sector, frequency, nodes and the compared edition in the address', () => {
    const view = parseDemandView({ sector: 'industrial', periodicidad: 'anio', nodos: 'centro:YOPAL|centro:AGUAZUL', comparar: '2023' });
    expect(view).toEqual({ sector: 'industrial', granularity: 'year', nodes: ['centro:YOPAL', 'centro:AGUAZUL'], compare: '2023' });
    expect(demandViewParams(view)).toEqual({ sector: 'industrial', periodicidad: 'anio', nodos: 'centro:AGUAZUL|centro:YOPAL', comparar: '2023' });
    expect(parseDemandView({ sector: 'gasolina', comparar: '23', periodicidad: 'dia' })).toEqual(defaultDemandView);
  });
});

describe('demand dictionary', () => {
  it('has the same keys and placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    expect(Object.keys(demandMessages.en).sort()).toEqual(Object.keys(demandMessages.es).sort());
    for (const key of Object.keys(demandMessages.es) as (keyof typeof demandMessages.es)[]) {
      expect({ key, placeholders: placeholders(demandMessages.en[key]) }).toEqual({ key, placeholders: placeholders(demandMessages.es[key]) });
    }
  });
});
