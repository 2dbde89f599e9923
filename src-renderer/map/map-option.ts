import type { MapSeriesOption } from 'echarts/charts';
import type { TitleComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { CommandOutput } from '../../src-shared/contract';
import type { MapLevel } from '../../src-shared/contract/map';
import { chartTitle } from '../charts/chart-option-types';
import { escapeHtml } from '../charts/escape-html';
import { formatNumber } from '../format/number-format';
import { formatQuantity, unitLabels } from '../format/units';
import { translate, type Language, type MessageKey, type MessageVars } from '../i18n/define-messages';
import { NO_DATA_COLOR, type MapClass } from './map-classes';
import { mapMessages } from './map-messages';

/** The options the map accepts: the map series, its piecewise legend, title and tooltip. */
export type MapChartOption = ComposeOption<MapSeriesOption | VisualMapComponentOption | TitleComponentOption | TooltipComponentOption>;

export type MapUnit = CommandOutput<'map.values'>['unit'];
export type MapValue = CommandOutput<'map.values'>['values'][number];

const SELECTED_BORDER = '#e03131';
const HOVER_COLOR = '#ffd43b';

/** Pesos are whole; volumes, rates and dollars keep two decimals. */
export function unitDigits(unit: MapUnit): number {
  return unit === 'COP' ? 0 : 2;
}

/** `1.234,56 MPC`, or "Sin datos en el periodo". */
export function formatMapValue(value: number | null | undefined, unit: MapUnit, language: Language): string {
  if (value === null || value === undefined) return translate(mapMessages, language, 'chart.noValue');
  return formatQuantity(value, unit, unitDigits(unit));
}

/** Legend breaks are rounded to two significant digits: print only the decimals they have (`5,3`, `94`). */
function legendNumber(value: number): string {
  const digits = [0, 1, 2, 3, 4].find((candidate) => Math.abs(Number(value.toFixed(candidate)) - value) < 1e-9) ?? 4;
  return formatNumber(value, digits);
}

export function legendLabel(entry: MapClass, unit: MapUnit, language: Language): string {
  const t = (key: MessageKey<typeof mapMessages>, vars?: MessageVars) => translate(mapMessages, language, key, vars);
  const suffix = ` ${unitLabels[unit]}`;
  if (entry.min === null && entry.max === null) return `${t('legend.over', { min: legendNumber(0) })}${suffix}`;
  if (entry.min === null) return `${t('legend.upTo', { max: legendNumber(entry.max as number) })}${suffix}`;
  if (entry.max === null) return `${t('legend.over', { min: legendNumber(entry.min) })}${suffix}`;
  return `${t('legend.between', { min: legendNumber(entry.min), max: legendNumber(entry.max) })}${suffix}`;
}

export interface MapOptionInput {
  /** The name the boundaries were registered under (`registerMap`). */
  mapName: string;
  level: MapLevel;
  values: readonly MapValue[];
  /** Every registered territory's official name by code, in the boundaries' order (the map's data follows it). */
  names: ReadonlyMap<string, string>;
  classes: readonly MapClass[];
  unit: MapUnit;
  /** Codes the shared filters select: outlined. */
  selected: readonly string[];
  title: string;
  source: string;
  language: Language;
}

/**
 * The value a territory without data carries. Not NaN: ECharts' map sets up a label for every NaN
 * territory (it names empty regions by default), shown or not, and on the municipal map that is 1,100
 * label set-ups in the frame that draws it. -Infinity falls in no legend class (the first one starts at
 * -MAX_VALUE, not at -Infinity), so ECharts paints it the legend's "out of range" grey, as it did NaN.
 */
export const NO_VALUE = Number.NEGATIVE_INFINITY;

/**
 * A choropleth of one measure: territories joined to values by DIVIPOLA code (`nameProperty: 'code'`),
 * coloured by legend class, outlined when they are the active filter, with the exact value on hover.
 * The data lists every registered territory, in the boundaries' order, so ECharts completes nothing.
 */
export function mapOption(input: MapOptionInput): MapChartOption {
  const { values, classes, unit, language, level } = input;
  const byCode = new Map(values.map((entry) => [entry.code, entry]));
  const selected = new Set(input.selected);
  const outline = { borderColor: SELECTED_BORDER, borderWidth: 2.5 };
  // A selected territory without data is still outlined, so the analyst sees the filter on the map.
  const data = [...input.names.keys()].map((code) => ({ name: code, value: byCode.get(code)?.value ?? NO_VALUE, ...(selected.has(code) ? { itemStyle: outline } : {}) }));
  return {
    animation: false,
    title: chartTitle(input.title, input.source),
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const code = (params as { name?: unknown }).name;
        if (typeof code !== 'string') return '';
        const entry = byCode.get(code);
        const name = entry?.name ?? input.names.get(code) ?? code;
        return `<strong>${escapeHtml(name)}</strong> (${escapeHtml(code)})<br/>${formatMapValue(entry?.value, unit, language)}`;
      },
    },
    visualMap:
      classes.length > 0
        ? {
            type: 'piecewise',
            seriesIndex: 0,
            left: 0,
            bottom: 0,
            orient: 'vertical',
            selectedMode: false,
            itemWidth: 16,
            itemHeight: 12,
            textStyle: { fontSize: 12 },
            pieces: classes.map((entry) => ({
              gte: entry.min ?? -Number.MAX_VALUE,
              ...(entry.max !== null ? { lt: entry.max } : {}),
              color: entry.color,
              label: legendLabel(entry, unit, language),
            })),
            outOfRange: { color: NO_DATA_COLOR },
          }
        : undefined,
    series: [
      {
        type: 'map',
        map: input.mapName,
        nameProperty: 'code',
        // Near the equator a degree of longitude is as long as one of latitude.
        aspectScale: 1,
        roam: true,
        scaleLimit: { min: 0.8, max: 12 },
        top: 72,
        bottom: 8,
        selectedMode: false,
        // No label in any state (the tooltip names the territory). ECharts' map defaults show one on a
        // selected territory, and that alone gives every territory without a value a hidden text element.
        label: { show: false },
        itemStyle: { areaColor: NO_DATA_COLOR, borderColor: '#ffffff', borderWidth: level === 'department' ? 0.8 : 0.3 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: HOVER_COLOR } },
        select: { disabled: true, label: { show: false } },
        blur: { label: { show: false } },
        data,
      },
    ],
  };
}
