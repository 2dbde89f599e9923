import type { ProductionSeriesPoint } from '../../src-shared/contract/production';
import type { ProductionMeasure } from '../../src-shared/domain/production-measures';
import { escapeHtml } from '../charts/escape-html';
import { axisTooltip, chartTitle, PRIMARY_SERIES_COLOR, REST_COLOR, type CartesianChartOption } from '../charts/chart-option-types';
import { formatNumber } from '../format/number-format';
import { formatPeriodLong, formatPeriodShort } from '../format/period-format';
import { formatQuantity, unitLabels } from '../format/units';
import { translate, type Language, type MessageKey, type MessageVars } from '../i18n/define-messages';
import { monthsBetween, type PeriodRange } from '../filters/period-range';
import { displayUnit, displayValue, type ProductionDisplay } from './production-display';
import { measureLabels, productionMessages } from './production-messages';
import type { SeriesGroup } from './stacked-series';

export type ProductionChartOption = CartesianChartOption;

/** One slot per calendar month of the range; months without data stay empty so the line breaks there. */
export interface MonthlyAxis {
  months: string[];
  pointByMonth: ReadonlyMap<string, ProductionSeriesPoint>;
}

export function monthlyAxis(points: readonly ProductionSeriesPoint[], range: PeriodRange): MonthlyAxis {
  const pointByMonth = new Map(points.map((point) => [point.period, point]));
  // The range comes from the filters; widen it if the service answered months outside it, never drop data.
  const periods = [range.from, range.to, ...pointByMonth.keys()].sort();
  const months = monthsBetween(periods[0] ?? range.from, periods[periods.length - 1] ?? range.to);
  return { months, pointByMonth };
}

export interface ProductionChartInput {
  range: PeriodRange;
  /** The series of everything selected; drawn alone when there are no groups. */
  total: readonly ProductionSeriesPoint[];
  /** Bands to stack (top groups and "Otros"); empty for the plain total. */
  groups: readonly SeriesGroup[];
  measure: ProductionMeasure;
  display: ProductionDisplay;
  language: Language;
  /** "por departamento, los 5 mayores", appended to the title when stacked. */
  stackNote?: string;
}

export interface ProductionChartText {
  title: string;
  source: string;
}

/** Title with the measure, magnitude and unit; source line, with the heating values when GBTUD is shown. */
export function productionChartText(measure: ProductionMeasure, display: ProductionDisplay, language: Language, stackNote?: string): ProductionChartText {
  const t = (key: MessageKey<typeof productionMessages>, vars?: MessageVars) => translate(productionMessages, language, key, vars);
  const unit = unitLabels[displayUnit(display)];
  const base = t(display.magnitude === 'rate' ? 'chart.rateTitle' : 'chart.volumeTitle', { measure: measureLabels[measure][language], unit });
  const gbtud = display.magnitude === 'rate' && display.rateUnit === 'GBTUD';
  return { title: stackNote ? `${base}, ${stackNote}` : base, source: gbtud ? `${t('chart.source')} · ${t('chart.gbtudNote')}` : t('chart.source') };
}

/**
 * The monthly production chart as plain data: no React, no ECharts instance, so it is tested directly.
 * A rate is the average per calendar day of each month and is never summed across months; stacked
 * bands of one month do add up (same days), to the total the unstacked chart shows.
 */
export function productionChartOption(input: ProductionChartInput): ProductionChartOption {
  const { range, total, groups, display, language } = input;
  const axis = monthlyAxis(total, range);
  const text = productionChartText(input.measure, display, language, input.stackNote);
  const unit = displayUnit(display);
  const stacked = groups.length > 0;
  const groupMaps = groups.map((group) => new Map(group.points.map((point) => [point.period, point])));
  // A band without data in a month the total has is zero there (its stack must not break); a month
  // without any data stays a gap in every band.
  const valuesOf = (pointByMonth: ReadonlyMap<string, ProductionSeriesPoint>) =>
    axis.months.map((month) => {
      const point = pointByMonth.get(month);
      if (point) return displayValue(point, display);
      return stacked && axis.pointByMonth.has(month) ? 0 : null;
    });

  return {
    animationDuration: 300,
    title: chartTitle(text.title, text.source),
    grid: { left: 16, right: 24, top: stacked ? 104 : 76, bottom: 28, containLabel: true },
    legend: stacked ? { type: 'scroll', top: 52, left: 0, right: 0 } : undefined,
    tooltip: axisTooltip(axis.months, (month) =>
      stacked
        ? stackedTooltip(
            month,
            groups.map((group, groupIndex) => ({ label: group.label, point: groupMaps[groupIndex]?.get(month) })),
            axis.pointByMonth.get(month),
            display,
            language,
          )
        : productionTooltip(month, axis.pointByMonth.get(month), display, language),
    ),
    xAxis: { type: 'category', boundaryGap: false, data: axis.months, axisLabel: { formatter: (month: string) => formatPeriodShort(month, language) } },
    yAxis: { type: 'value', name: unitLabels[unit], nameTextStyle: { align: 'left' }, axisLabel: { formatter: (value: number) => formatNumber(value, 0) } },
    series: stacked
      ? groups.map((group, groupIndex) => ({
          type: 'line',
          name: group.label,
          stack: 'production',
          data: valuesOf(groupMaps[groupIndex] ?? new Map()),
          connectNulls: false,
          showSymbol: false,
          areaStyle: { opacity: 0.55 },
          lineStyle: { width: 1 },
          emphasis: { focus: 'series' },
          ...(group.isRest ? { color: REST_COLOR } : {}),
        }))
      : [
          {
            type: 'line',
            name: measureLabels[input.measure][language],
            data: valuesOf(axis.pointByMonth),
            connectNulls: false,
            // Markers help on short ranges and clutter long ones.
            showSymbol: axis.months.length <= 36,
            color: PRIMARY_SERIES_COLOR,
            areaStyle: { opacity: 0.15 },
            lineStyle: { width: 2 },
          },
        ],
  };
}

/** Tooltip of one month of the plain series: the rate, the volume behind it, and the days used. */
export function productionTooltip(month: string, point: ProductionSeriesPoint | undefined, display: ProductionDisplay, language: Language): string {
  const t = (key: MessageKey<typeof productionMessages>, vars?: MessageVars) => translate(productionMessages, language, key, vars);
  const title = `<strong>${formatPeriodLong(month, language)}</strong>`;
  if (!point) return `${title}<br/>${t('tooltip.noData')}`;
  return [
    title,
    t('tooltip.rate', { value: formatQuantity(point.rate, display.rateUnit) }),
    t('tooltip.volume', { value: formatQuantity(point.volume, display.volumeUnit), days: point.days }),
  ].join('<br/>');
}

/** Tooltip of one month of the stacked chart: every band's exact value, then the total. */
export function stackedTooltip(
  month: string,
  bands: readonly { label: string; point: ProductionSeriesPoint | undefined }[],
  total: ProductionSeriesPoint | undefined,
  display: ProductionDisplay,
  language: Language,
): string {
  const t = (key: MessageKey<typeof productionMessages>) => translate(productionMessages, language, key);
  const unit = displayUnit(display);
  const title = `<strong>${formatPeriodLong(month, language)}</strong>`;
  if (!total) return `${title}<br/>${t('tooltip.noData')}`;
  const lines = bands.map((band) => `${escapeHtml(band.label)}: ${formatQuantity(band.point ? displayValue(band.point, display) : 0, unit)}`);
  return [title, ...lines, `<strong>${t('tooltip.total')}: ${formatQuantity(displayValue(total, display), unit)}</strong>`].join('<br/>');
}
