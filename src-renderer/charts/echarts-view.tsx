import { useComputedColorScheme } from '@mantine/core';
import { useReducedMotion } from '@mantine/hooks';
// The ESM build: the CommonJS one (`lib/core`) reaches the bundle as `{ default: Component }`.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useMemo, useRef } from 'react';
import { echarts } from './echarts-setup';

/** A chart event (`click`, `finished`…) with the instance that raised it. */
export type ChartEventHandler = (params: unknown, chart: EChartsType) => void;

export interface EChartsViewProps {
  option: EChartsCoreOption;
  height: number;
  /** Read by screen readers; the numbers themselves are in the hidden table next to the chart. */
  ariaLabel: string;
  /** Chart events by name; the handlers may change on every render without rebinding. */
  onEvents?: Readonly<Record<string, ChartEventHandler>>;
}

/**
 * The only component that touches ECharts, so DOM tests can replace it without a canvas. Options are
 * built once per data change by the callers (useMemo) and applied with `lazyUpdate`, so a redraw is
 * batched into the next frame instead of blocking the filter click that caused it.
 */
export function EChartsView({ option, height, ariaLabel, onEvents }: EChartsViewProps) {
  const scheme = useComputedColorScheme('light');
  const reducedMotion = useReducedMotion();
  // The built-in dark theme paints its own background; the page's surface shows through instead.
  const themed = useMemo(() => ({ backgroundColor: 'transparent', ...option, ...(reducedMotion ? { animation: false } : {}) }), [option, reducedMotion]);
  const bound = useStableHandlers(onEvents);
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={themed}
      notMerge
      lazyUpdate
      theme={scheme === 'dark' ? 'dark' : undefined}
      style={{ height, width: '100%' }}
      opts={{ renderer: 'canvas' }}
      onEvents={bound}
      role="img"
      aria-label={ariaLabel}
    />
  );
}

/**
 * echarts-for-react rebinds every handler when the `onEvents` object changes; callers pass inline
 * closures, so the bound object only changes with the event names and always calls the latest closure.
 */
function useStableHandlers(onEvents: Readonly<Record<string, ChartEventHandler>> | undefined): Record<string, ChartEventHandler> | undefined {
  const latest = useRef(onEvents);
  useEffect(() => {
    latest.current = onEvents;
  });
  const names = onEvents ? Object.keys(onEvents).sort().join(',') : '';
  return useMemo(() => {
    if (names === '') return undefined;
    return Object.fromEntries(names.split(',').map((name) => [name, (params: unknown, chart: EChartsType) => latest.current?.[name]?.(params, chart)]));
  }, [names]);
}
