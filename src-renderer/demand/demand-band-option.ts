import type { DemandSeriesPoint } from '../../src-shared/contract/demand';
import type { Granularity } from '../../src-shared/contract/filters';
import { axisTooltip, chartTitle, PRIMARY_SERIES_COLOR, type CartesianChartOption } from '../charts/chart-option-types';
import { periodAxis, periodAxisLabel, periodLongLabel } from '../charts/period-axis';
import { formatNumber } from '../format/number-format';
import { formatQuantity } from '../format/units';
import { translate, type Language, type MessageKey, type MessageVars } from '../i18n/define-messages';
import { demandMessages } from './demand-messages';

/** One period of the chart: what happened, or the three projections; GBTUD, null where absent. */
export interface DemandRow {
  period: string;
  history: number | null;
  bajo: number | null;
  medio: number | null;
  alto: number | null;
  /** Months averaged into the period, and how many of them are history (a year can mix both). */
  months: number;
  historyMonths: number;
}

export const HISTORY_COLOR = '#495057';
const BAND_COLOR = '#74c0fc';
const PROJECTION_SHADE = 'rgba(134, 142, 150, 0.08)';

/** Every period from the first to the last answered (gaps stay empty), with the scenarios side by side. */
export function demandRows(points: readonly DemandSeriesPoint[], granularity: Granularity): DemandRow[] {
  const byPeriod = new Map<string, DemandRow>();
  for (const period of periodAxis(points.map((point) => point.period), granularity)) {
    byPeriod.set(period, { period, history: null, bajo: null, medio: null, alto: null, months: 0, historyMonths: 0 });
  }
  for (const point of points) {
    const row = byPeriod.get(point.period);
    if (!row) continue;
    if (point.scenario === 'historico') row.history = point.gbtud;
    else row[point.scenario] = point.gbtud;
    row.months = Math.max(row.months, point.months);
    row.historyMonths = Math.max(row.historyMonths, point.historyMonths);
  }
  return [...byPeriod.values()];
}

/** The first period with a projection: where the shaded "Proyección" area begins. */
export function firstProjectedPeriod(rows: readonly DemandRow[]): string | null {
  return rows.find((row) => row.bajo !== null || row.medio !== null || row.alto !== null)?.period ?? null;
}

export interface DemandBandInput {
  rows: readonly DemandRow[];
  title: string;
  source: string;
  language: Language;
}

/**
 * History, then the medium scenario as a line inside the low–high band. The band is two stacked
 * series (an invisible floor at the lower scenario, then the width up to the higher one), since ECharts
 * has no band series; floor and width use min/max because UPME's low scenario is not always the lowest.
 */
export function demandBandOption({ rows, title, source, language }: DemandBandInput): CartesianChartOption {
  const t = (key: MessageKey<typeof demandMessages>, vars?: MessageVars) => translate(demandMessages, language, key, vars);
  const floor = rows.map((row) => (row.bajo !== null && row.alto !== null ? Math.min(row.bajo, row.alto) : null));
  const width = rows.map((row) => (row.bajo !== null && row.alto !== null ? Math.abs(row.alto - row.bajo) : null));
  // The medium line starts at the last historical value so history and projection read as one line.
  const lastHistory = rows.reduce<number>((last, row, index) => (row.history !== null ? index : last), -1);
  const medio = rows.map((row, index) => (row.medio ?? (index === lastHistory && rows[index + 1]?.medio != null ? row.history : null)));
  const projectionFrom = firstProjectedPeriod(rows);
  const last = rows[rows.length - 1]?.period;
  const labels = { history: t('scenario.historico'), medio: t('scenario.medio'), band: t('scenario.band') };
  return {
    animationDuration: 300,
    title: chartTitle(title, source),
    legend: { top: 52, left: 0, data: [labels.history, labels.medio, labels.band] },
    grid: { left: 16, right: 24, top: 100, bottom: 28, containLabel: true },
    tooltip: axisTooltip(rows, (row) => demandTooltip(row, language)),
    xAxis: { type: 'category', boundaryGap: false, data: rows.map((row) => row.period), axisLabel: { formatter: (period: string) => periodAxisLabel(period, language) } },
    yAxis: { type: 'value', name: 'GBTUD', nameTextStyle: { align: 'left' }, axisLabel: { formatter: (value: number) => formatNumber(value, 0) } },
    series: [
      { type: 'line', name: 'floor', data: floor, stack: 'band', showSymbol: false, silent: true, lineStyle: { opacity: 0 }, tooltip: { show: false } },
      { type: 'line', name: labels.band, data: width, stack: 'band', showSymbol: false, silent: true, color: BAND_COLOR, lineStyle: { opacity: 0 }, areaStyle: { opacity: 0.35 } },
      { type: 'line', name: labels.history, data: rows.map((row) => row.history), showSymbol: false, connectNulls: false, color: HISTORY_COLOR, lineStyle: { width: 2 } },
      {
        type: 'line',
        name: labels.medio,
        data: medio,
        showSymbol: false,
        connectNulls: false,
        color: PRIMARY_SERIES_COLOR,
        lineStyle: { width: 2 },
        markArea:
          projectionFrom && last
            ? { silent: true, itemStyle: { color: PROJECTION_SHADE }, label: { show: true, position: 'insideTop', color: '#868e96' }, data: [[{ name: t('chart.projection'), xAxis: projectionFrom }, { xAxis: last }]] }
            : undefined,
      },
    ],
  };
}

/** One period: history, or each scenario with its exact value; a mixed year says how much is history. */
export function demandTooltip(row: DemandRow, language: Language): string {
  const t = (key: MessageKey<typeof demandMessages>, vars?: MessageVars) => translate(demandMessages, language, key, vars);
  const lines = [`<strong>${periodLongLabel(row.period, language)}</strong>`];
  if (row.history !== null) lines.push(t('tooltip.history', { value: formatQuantity(row.history, 'GBTUD') }));
  for (const scenario of ['alto', 'medio', 'bajo'] as const) {
    const value = row[scenario];
    if (value !== null) lines.push(t('tooltip.scenario', { scenario: t(`scenario.${scenario}`), value: formatQuantity(value, 'GBTUD') }));
  }
  if (lines.length === 1) lines.push(t('tooltip.noData'));
  if (row.historyMonths > 0 && row.historyMonths < row.months && row.history === null) lines.push(t('tooltip.mixed', { history: row.historyMonths, months: row.months }));
  return lines.join('<br/>');
}
