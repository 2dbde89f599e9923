// The ESM build: the CommonJS one (`lib/core`) reaches the bundle as `{ default: Component }`.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { ProductionChartOption } from './production-chart-option';
import { echarts } from './echarts-setup';

export interface EChartsViewProps {
  option: ProductionChartOption;
  height: number;
  /** Read by screen readers; the numbers themselves are in the hidden table next to the chart. */
  ariaLabel: string;
}

/** The only component that touches ECharts, so DOM tests can replace it without a canvas. */
export function EChartsView({ option, height, ariaLabel }: EChartsViewProps) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      style={{ height, width: '100%' }}
      opts={{ renderer: 'canvas' }}
      role="img"
      aria-label={ariaLabel}
    />
  );
}
