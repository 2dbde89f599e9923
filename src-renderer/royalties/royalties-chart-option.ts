import type { Granularity } from '../../src-shared/contract/filters';
import type { RoyaltySeriesPoint } from '../../src-shared/contract/royalties';
import type { VolumeUnit } from '../../src-shared/domain/units';
import { axisTooltip, chartTitle, PRIMARY_SERIES_COLOR, type CartesianChartOption } from '../charts/chart-option-types';
import { axisScale, periodAxisLabel, periodLongLabel } from '../charts/period-axis';
import { formatNumber, UNIT_SEPARATOR } from '../format/number-format';
import { formatQuantity, unitLabels } from '../format/units';
import { translate, type Language, type MessageKey, type MessageVars } from '../i18n/define-messages';
import { royaltiesMessages } from './royalties-messages';
import type { RoyaltyCurrency } from './royalties-route';
import { impliedPrice, royaltiesIn } from './royalties-totals';

export interface RoyaltiesChartInput {
  points: readonly RoyaltySeriesPoint[];
  /** Every period of the axis (see `periodAxis`); periods without settlements stay empty. */
  axis: readonly string[];
  currency: RoyaltyCurrency;
  granularity: Granularity;
  volumeUnit: VolumeUnit;
  language: Language;
}

const TAXABLE_COLOR = '#74b816';
const PRICE_COLOR = '#e8590c';

function translator(language: Language) {
  return (key: MessageKey<typeof royaltiesMessages>, vars?: MessageVars) => translate(royaltiesMessages, language, key, vars);
}

/** Cents matter in dollars, not in pesos. */
export function moneyDigits(currency: RoyaltyCurrency): number {
  return currency === 'COP' ? 0 : 2;
}

/** `12.345,67 COP/KPC`. */
export function formatPrice(value: number | null, currency: RoyaltyCurrency, volumeUnit: VolumeUnit): string {
  return value === null ? '—' : `${formatNumber(value)}${UNIT_SEPARATOR}${currency}/${unitLabels[volumeUnit]}`;
}

export function royaltiesMoneyTitle(currency: RoyaltyCurrency, granularity: Granularity, language: Language): { title: string; source: string } {
  const t = translator(language);
  return {
    title: t('chart.moneyTitle', { granularity: t(granularity === 'month' ? 'chart.byMonth' : 'chart.byYear'), unit: currency }),
    source: `${t('chart.source')} · ${t(currency === 'COP' ? 'chart.copNote' : 'chart.usdNote')}`,
  };
}

export function royaltiesVolumeTitle(currency: RoyaltyCurrency, volumeUnit: VolumeUnit, language: Language): { title: string; source: string } {
  const t = translator(language);
  return { title: t('chart.volumeTitle', { volumeUnit: unitLabels[volumeUnit], priceUnit: `${currency}/${unitLabels[volumeUnit]}` }), source: t('chart.source') };
}

/** Royalties per month (or year) as bars, in the chosen currency; the tooltip gives both currencies and volumes. */
export function royaltiesMoneyOption(input: RoyaltiesChartInput): CartesianChartOption {
  const { axis, currency, granularity, language } = input;
  const byPeriod = new Map(input.points.map((point) => [point.period, point]));
  const values = axis.map((period) => {
    const point = byPeriod.get(period);
    return point ? royaltiesIn(point, currency) : null;
  });
  const scale = axisScale(Math.max(0, ...values.map((value) => value ?? 0)), currency, language);
  const text = royaltiesMoneyTitle(currency, granularity, language);
  return {
    animationDuration: 300,
    title: chartTitle(text.title, text.source),
    grid: { left: 16, right: 24, top: 76, bottom: 28, containLabel: true },
    tooltip: axisTooltip(axis, (period) => royaltiesTooltip(period, byPeriod.get(period), input)),
    xAxis: { type: 'category', data: [...axis], axisLabel: { formatter: (period: string) => periodAxisLabel(period, language) } },
    yAxis: { type: 'value', name: scale.name, nameTextStyle: { align: 'left' }, axisLabel: { formatter: (value: number) => formatNumber(value / scale.divisor, 0) } },
    series: [{ type: 'bar', name: text.title, data: values, color: PRIMARY_SERIES_COLOR, barMaxWidth: 28 }],
  };
}

/** Taxable production as bars beside the implied price as a line on its own axis. */
export function royaltiesVolumeOption(input: RoyaltiesChartInput): CartesianChartOption {
  const { axis, currency, volumeUnit, language } = input;
  const t = translator(language);
  const byPeriod = new Map(input.points.map((point) => [point.period, point]));
  const taxable = axis.map((period) => byPeriod.get(period)?.taxableVolume ?? null);
  const prices = axis.map((period) => {
    const point = byPeriod.get(period);
    return point ? impliedPrice(point, currency) : null;
  });
  const volumeScale = axisScale(Math.max(0, ...taxable.map((value) => value ?? 0)), unitLabels[volumeUnit], language);
  const text = royaltiesVolumeTitle(currency, volumeUnit, language);
  return {
    animationDuration: 300,
    title: chartTitle(text.title, text.source),
    legend: { top: 52, left: 0 },
    grid: { left: 16, right: 16, top: 100, bottom: 28, containLabel: true },
    tooltip: axisTooltip(axis, (period) => royaltiesTooltip(period, byPeriod.get(period), input)),
    xAxis: { type: 'category', data: [...axis], axisLabel: { formatter: (period: string) => periodAxisLabel(period, language) } },
    yAxis: [
      { type: 'value', name: volumeScale.name, nameTextStyle: { align: 'left' }, axisLabel: { formatter: (value: number) => formatNumber(value / volumeScale.divisor, 0) } },
      {
        type: 'value',
        name: `${currency}/${unitLabels[volumeUnit]}`,
        nameTextStyle: { align: 'right' },
        splitLine: { show: false },
        axisLabel: { formatter: (value: number) => formatNumber(value, currency === 'COP' ? 0 : 2) },
      },
    ],
    series: [
      { type: 'bar', name: t('chart.taxable'), data: taxable, color: TAXABLE_COLOR, barMaxWidth: 28, yAxisIndex: 0 },
      { type: 'line', name: t('chart.price'), data: prices, color: PRICE_COLOR, yAxisIndex: 1, connectNulls: false, showSymbol: axis.length <= 36, lineStyle: { width: 2 } },
    ],
  };
}

/** One period: both currencies, the TRM gap, the volumes and the implied price, all exact. */
export function royaltiesTooltip(period: string, point: RoyaltySeriesPoint | undefined, input: Pick<RoyaltiesChartInput, 'currency' | 'volumeUnit' | 'language'>): string {
  const { currency, volumeUnit, language } = input;
  const t = translator(language);
  const title = `<strong>${periodLongLabel(period, language)}</strong>`;
  if (!point) return `${title}<br/>${t('chart.noData')}`;
  const price = impliedPrice(point, currency);
  const lines = [
    title,
    t('tooltip.cop', { value: formatQuantity(point.royaltiesCop, 'COP', 0) }),
    t('tooltip.usd', { value: formatQuantity(point.royaltiesUsd, 'USD', 2) }),
  ];
  if (point.rowsWithoutTrm > 0) lines.push(t('tooltip.withoutTrm', { count: formatNumber(point.rowsWithoutTrm, 0) }));
  lines.push(
    t('tooltip.taxable', { value: formatQuantity(point.taxableVolume, volumeUnit) }),
    t('tooltip.royaltyVolume', { value: formatQuantity(point.royaltyVolume, volumeUnit) }),
    price === null && currency === 'USD' && point.rowsWithoutTrm > 0 ? t('chart.priceUsdMissing') : t('tooltip.price', { value: formatPrice(price, currency, volumeUnit) }),
    t('tooltip.rows', { rows: formatNumber(point.rows, 0), months: point.months }),
  );
  return lines.join('<br/>');
}
