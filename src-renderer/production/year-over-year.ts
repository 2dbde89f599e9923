import type { ProductionSeriesPoint } from '../../src-shared/contract/production';
import type { ProductionMeasure } from '../../src-shared/domain/production-measures';
import { toPeriod } from '../../src-shared/domain/period';
import { axisTooltip, chartTitle, PRIMARY_SERIES_COLOR, REST_COLOR, type CartesianChartOption } from '../charts/chart-option-types';
import { formatNumber } from '../format/number-format';
import { formatMonthShort, monthName } from '../format/period-format';
import { formatChange, formatQuantity, unitLabels } from '../format/units';
import { translate, type Language, type MessageKey, type MessageVars } from '../i18n/define-messages';
import { displayUnit, displayValue, type ProductionDisplay } from './production-display';
import { measureLabels, productionMessages } from './production-messages';

/** One calendar month of the comparison: the value in each year (null without data) and the change. */
export interface YearOverYearMonth {
  month: number;
  previous: number | null;
  current: number | null;
  /** (current − previous) ÷ previous; null when either is missing or the previous is zero. */
  change: number | null;
}

/** The months of `year` beside the same months of the year before, in the displayed magnitude and unit. */
export function yearOverYear(points: readonly ProductionSeriesPoint[], year: number, display: ProductionDisplay): YearOverYearMonth[] {
  const byPeriod = new Map(points.map((point) => [point.period, point]));
  const valueAt = (y: number, month: number) => {
    const point = byPeriod.get(toPeriod(y, month));
    return point ? displayValue(point, display) : null;
  };
  return Array.from({ length: 12 }, (_, index) => {
    const month = index + 1;
    const previous = valueAt(year - 1, month);
    const current = valueAt(year, month);
    const change = previous !== null && current !== null && previous !== 0 ? (current - previous) / previous : null;
    return { month, previous, current, change };
  });
}

/** The period a comparison of `year` asks for: January of the year before to December of `year`. */
export function yearOverYearRange(year: number): { from: string; to: string } {
  return { from: toPeriod(year - 1, 1), to: toPeriod(year, 12) };
}

export function yearOverYearTitle(measure: ProductionMeasure, year: number, display: ProductionDisplay, language: Language): string {
  const t = (key: MessageKey<typeof productionMessages>, vars?: MessageVars) => translate(productionMessages, language, key, vars);
  return t('yoy.title', {
    measure: measureLabels[measure][language],
    year,
    previous: year - 1,
    magnitude: t(display.magnitude === 'rate' ? 'yoy.rate' : 'yoy.volume'),
    unit: unitLabels[displayUnit(display)],
  });
}

/** Grouped bars, one pair per calendar month: last year in grey, this year in the primary colour. */
export function yearOverYearOption(
  months: readonly YearOverYearMonth[],
  year: number,
  measure: ProductionMeasure,
  display: ProductionDisplay,
  language: Language,
): CartesianChartOption {
  const t = (key: MessageKey<typeof productionMessages>) => translate(productionMessages, language, key);
  const unit = displayUnit(display);
  return {
    animationDuration: 300,
    title: chartTitle(yearOverYearTitle(measure, year, display, language), t('chart.source')),
    legend: { top: 52, left: 0 },
    grid: { left: 16, right: 24, top: 96, bottom: 28, containLabel: true },
    tooltip: axisTooltip(months, (row) => yearOverYearTooltip(row, year, display, language)),
    xAxis: { type: 'category', data: months.map((row) => formatMonthShort(row.month, language)) },
    yAxis: { type: 'value', name: unitLabels[unit], nameTextStyle: { align: 'left' }, axisLabel: { formatter: (value: number) => formatNumber(value, 0) } },
    series: [
      { type: 'bar', name: String(year - 1), data: months.map((row) => row.previous), color: REST_COLOR },
      { type: 'bar', name: String(year), data: months.map((row) => row.current), color: PRIMARY_SERIES_COLOR },
    ],
  };
}

export function yearOverYearTooltip(row: YearOverYearMonth, year: number, display: ProductionDisplay, language: Language): string {
  const t = (key: MessageKey<typeof productionMessages>) => translate(productionMessages, language, key);
  const unit = displayUnit(display);
  const value = (v: number | null) => (v === null ? t('tooltip.noData') : formatQuantity(v, unit));
  const name = monthName(row.month, language);
  return [
    `<strong>${name.charAt(0).toUpperCase()}${name.slice(1)}</strong>`,
    `${year - 1}: ${value(row.previous)}`,
    `${year}: ${value(row.current)}`,
    `${t('yoy.change')}: ${formatChange(row.change)}`,
  ].join('<br/>');
}
