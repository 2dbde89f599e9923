import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TitleComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/** The options the registered charts and components accept (see echarts-setup.ts). */
export type CartesianChartOption = ComposeOption<
  LineSeriesOption | BarSeriesOption | TitleComponentOption | TooltipComponentOption | GridComponentOption | LegendComponentOption
>;

/** The grey of "Otros" and other remainders: present, but never competing with the named groups. */
export const REST_COLOR = '#adb5bd';
/** Mantine's blue-7, the app's primary colour, so a single series and the controls read as one screen. */
export const PRIMARY_SERIES_COLOR = '#1c7ed6';

/** ECharts passes one param or a list depending on the trigger; tooltips only need the hovered index. */
function hoveredIndex(params: unknown): number | null {
  const first = Array.isArray(params) ? params[0] : params;
  const index = (first as { dataIndex?: unknown } | undefined)?.dataIndex;
  return typeof index === 'number' ? index : null;
}

/** A chart's title with its source beneath, left-aligned, in the sizes every chart of the app uses. */
export function chartTitle(text: string, source: string): TitleComponentOption {
  return { text, subtext: source, left: 0, textStyle: { fontSize: 15, fontWeight: 600 }, subtextStyle: { fontSize: 12 } };
}

/**
 * The tooltip of a category axis: `describe` writes the HTML for the hovered category's item (its
 * period, its row); between categories nothing shows.
 */
export function axisTooltip<T>(items: readonly T[], describe: (item: T) => string): TooltipComponentOption {
  return {
    trigger: 'axis',
    confine: true,
    formatter: (params: unknown) => {
      const index = hoveredIndex(params);
      const item = index === null ? undefined : items[index];
      return item === undefined ? '' : describe(item);
    },
  };
}
