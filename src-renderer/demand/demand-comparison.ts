import type { DemandSeriesPoint } from '../../src-shared/contract/demand';
import { isPeriod } from '../../src-shared/domain/period';
import { axisTooltip, chartTitle, PRIMARY_SERIES_COLOR, type CartesianChartOption } from '../charts/chart-option-types';
import { periodAxisLabel, periodLongLabel } from '../charts/period-axis';
import type { PeriodRange } from '../filters/period-range';
import { formatNumber } from '../format/number-format';
import { formatChange, formatQuantity } from '../format/units';
import { translate, type Language, type MessageKey, type MessageVars } from '../i18n/define-messages';
import { HISTORY_COLOR } from './demand-band-option';
import { demandMessages } from './demand-messages';

/** A period an older edition projected and a newer one records as history. */
export interface ComparisonRow {
  period: string;
  projected: number;
  actual: number;
  /** projected − actual: positive when the projection was too high. */
  difference: number;
  /** difference ÷ actual; null when nothing happened (actual 0). */
  relative: number | null;
}

/**
 * The overlap of an older edition's medium projection with the newest edition's history. Only pure
 * periods count: a projected point that mixes history months (the year the projection starts) is not
 * a forecast, and an actual point that mixes projected months is not what happened.
 */
export function compareWithHistory(projected: readonly DemandSeriesPoint[], actual: readonly DemandSeriesPoint[]): ComparisonRow[] {
  const happened = new Map(actual.filter((point) => point.scenario === 'historico' && point.history).map((point) => [point.period, point.gbtud]));
  return projected
    .filter((point) => point.scenario === 'medio' && point.historyMonths === 0 && happened.has(point.period))
    .map((point) => {
      const value = happened.get(point.period) as number;
      const difference = point.gbtud - value;
      return { period: point.period, projected: point.gbtud, actual: value, difference, relative: value !== 0 ? difference / value : null };
    })
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

/**
 * The months the compared periods span, as a period filter: a yearly row stands for its twelve months.
 * Null when nothing is compared.
 */
export function comparedMonths(rows: readonly ComparisonRow[]): PeriodRange | null {
  const first = rows[0]?.period;
  const last = rows[rows.length - 1]?.period;
  if (first === undefined || last === undefined) return null;
  return { from: isPeriod(first) ? first : `${first}-01`, to: isPeriod(last) ? last : `${last}-12` };
}

export interface ComparisonSummary {
  periods: number;
  first: string;
  last: string;
  /** Mean of projected − actual (the bias), GBTUD, and relative to the mean actual demand. */
  meanError: number;
  meanErrorShare: number | null;
  /** Mean of |projected − actual|, GBTUD, and relative to the mean actual demand. */
  meanAbsoluteError: number;
  meanAbsoluteShare: number | null;
}

export function comparisonSummary(rows: readonly ComparisonRow[]): ComparisonSummary | null {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return null;
  const n = rows.length;
  const meanActual = rows.reduce((sum, row) => sum + row.actual, 0) / n;
  const meanError = rows.reduce((sum, row) => sum + row.difference, 0) / n;
  const meanAbsoluteError = rows.reduce((sum, row) => sum + Math.abs(row.difference), 0) / n;
  const share = (value: number) => (meanActual !== 0 ? value / meanActual : null);
  return { periods: n, first: first.period, last: last.period, meanError, meanErrorShare: share(meanError), meanAbsoluteError, meanAbsoluteShare: share(meanAbsoluteError) };
}

export interface ComparisonChartInput {
  rows: readonly ComparisonRow[];
  edition: string;
  newest: string;
  sectorLabel: string;
  language: Language;
}

export function comparisonTitle(edition: string, newest: string, language: Language): { title: string; source: string } {
  const t = (key: MessageKey<typeof demandMessages>, vars?: MessageVars) => translate(demandMessages, language, key, vars);
  return { title: t('compare.title', { edition }), source: t('compare.source', { edition, newest }) };
}

/** The older projection and what happened, as two lines over the periods both cover. */
export function comparisonOption({ rows, edition, newest, sectorLabel, language }: ComparisonChartInput): CartesianChartOption {
  const t = (key: MessageKey<typeof demandMessages>, vars?: MessageVars) => translate(demandMessages, language, key, vars);
  const text = comparisonTitle(edition, newest, language);
  return {
    animationDuration: 300,
    title: chartTitle(text.title, `${sectorLabel} · ${text.source}`),
    legend: { top: 52, left: 0 },
    grid: { left: 16, right: 24, top: 100, bottom: 28, containLabel: true },
    tooltip: axisTooltip(rows, (row) => comparisonTooltip(row, edition, newest, language)),
    xAxis: { type: 'category', data: rows.map((row) => row.period), axisLabel: { formatter: (period: string) => periodAxisLabel(period, language) } },
    yAxis: { type: 'value', name: 'GBTUD', nameTextStyle: { align: 'left' }, scale: true, axisLabel: { formatter: (value: number) => formatNumber(value, 0) } },
    series: [
      { type: 'line', name: t('compare.actual', { edition: newest }), data: rows.map((row) => row.actual), color: HISTORY_COLOR, lineStyle: { width: 2 }, showSymbol: rows.length <= 36 },
      { type: 'line', name: t('compare.projected', { edition }), data: rows.map((row) => row.projected), color: PRIMARY_SERIES_COLOR, lineStyle: { width: 2, type: 'dashed' }, showSymbol: rows.length <= 36 },
    ],
  };
}

export function comparisonTooltip(row: ComparisonRow, edition: string, newest: string, language: Language): string {
  const t = (key: MessageKey<typeof demandMessages>, vars?: MessageVars) => translate(demandMessages, language, key, vars);
  const sign = row.difference > 0 ? '+' : row.difference < 0 ? '−' : '';
  return [
    `<strong>${periodLongLabel(row.period, language)}</strong>`,
    `${t('compare.projected', { edition })}: ${formatQuantity(row.projected, 'GBTUD')}`,
    `${t('compare.actual', { edition: newest })}: ${formatQuantity(row.actual, 'GBTUD')}`,
    `${t('compare.difference')}: ${sign}${formatQuantity(Math.abs(row.difference), 'GBTUD')} (${formatChange(row.relative)})`,
  ].join('<br/>');
}
