import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TitleComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ProductionSeriesPoint } from '../../src-shared/contract/production';
import { formatNumber, formatRateMpcd, formatVolumeMpc } from '../format/number-format';
import { formatPeriodLong, formatPeriodShort } from '../format/period-format';
import { monthsBetween, type PeriodRange } from '../filters/period-range';

export type ProductionChartOption = ComposeOption<LineSeriesOption | TitleComponentOption | TooltipComponentOption | GridComponentOption>;

export const PRODUCTION_CHART_TITLE = 'Producción fiscalizada de gas — tasa media diaria (MPCD)';
export const PRODUCTION_CHART_SOURCE = 'Fuente: ANH, producción fiscalizada';
/** Mantine's blue-7, the app's primary colour, so the chart and the controls read as one screen. */
const SERIES_COLOR = '#1c7ed6';

/** One slot per calendar month of the range; months without data stay `null` so the line breaks there. */
export interface MonthlyAxis {
  months: string[];
  rates: (number | null)[];
  pointByMonth: ReadonlyMap<string, ProductionSeriesPoint>;
}

export function monthlyAxis(points: readonly ProductionSeriesPoint[], range: PeriodRange): MonthlyAxis {
  const pointByMonth = new Map(points.map((point) => [point.period, point]));
  // The range comes from the filters; widen it if the service answered months outside it, never drop data.
  const periods = [range.from, range.to, ...pointByMonth.keys()].sort();
  const months = monthsBetween(periods[0] ?? range.from, periods[periods.length - 1] ?? range.to);
  return { months, rates: months.map((month) => pointByMonth.get(month)?.rateMpcd ?? null), pointByMonth };
}

/**
 * The national monthly production chart as plain data: no React, no ECharts instance, so it is tested
 * directly. Values are MPCD (average per calendar day of each month), never summed across months.
 */
export function productionChartOption(points: readonly ProductionSeriesPoint[], range: PeriodRange): ProductionChartOption {
  const axis = monthlyAxis(points, range);
  return {
    animationDuration: 300,
    title: {
      text: PRODUCTION_CHART_TITLE,
      subtext: PRODUCTION_CHART_SOURCE,
      left: 0,
      textStyle: { fontSize: 15, fontWeight: 600 },
      subtextStyle: { fontSize: 12 },
    },
    grid: { left: 16, right: 24, top: 76, bottom: 28 },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const month = first ? axis.months[first.dataIndex] : undefined;
        return month ? productionTooltip(month, axis.pointByMonth.get(month)) : '';
      },
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: axis.months,
      axisLabel: { formatter: (month: string) => formatPeriodShort(month) },
    },
    yAxis: {
      type: 'value',
      name: 'MPCD',
      nameTextStyle: { align: 'left' },
      axisLabel: { formatter: (value: number) => formatNumber(value, 0) },
    },
    series: [
      {
        type: 'line',
        name: 'Producción fiscalizada',
        data: axis.rates,
        connectNulls: false,
        // Markers help on short ranges and clutter long ones.
        showSymbol: axis.months.length <= 36,
        color: SERIES_COLOR,
        areaStyle: { opacity: 0.15 },
        lineStyle: { width: 2 },
      },
    ],
  };
}

/** Tooltip text for one month: the rate shown on the chart, the volume behind it, and the days used. */
export function productionTooltip(month: string, point: ProductionSeriesPoint | undefined): string {
  const title = `<strong>${formatPeriodLong(month)}</strong>`;
  if (!point) return `${title}<br/>Sin datos importados`;
  return [
    title,
    `Tasa media: ${formatRateMpcd(point.rateMpcd)}`,
    `Volumen: ${formatVolumeMpc(point.volumeMpc)} en ${point.days} días`,
  ].join('<br/>');
}
