import { Box } from '@mantine/core';
import type { EChartsType } from 'echarts/core';
import { useEffect, useMemo, useRef } from 'react';
import type { CommandOutput } from '../../src-shared/contract';
import { EChartsView } from '../charts/echarts-view';
import { mapOption, type MapOptionInput } from './map-option';
import { registerBoundaries } from './registered-boundaries';

export interface MapChartProps {
  boundaries: CommandOutput<'map.boundaries'>;
  /** Everything the option needs but the registered map; memoized by the caller (a new object redraws). */
  input: Omit<MapOptionInput, 'mapName' | 'names'>;
  height: number;
  ariaLabel: string;
  onTerritoryClick: (code: string, name: string) => void;
}

/**
 * Registers the service's boundaries with ECharts (nothing geographic is bundled; once per session) and
 * draws the choropleth. After each render the screen position of every territory with a value is
 * written to `data-anchors` (code → [x, y] in the chart's pixels): what a test or an inspector needs to
 * point at a territory on the canvas.
 */
export function MapChart({ boundaries, input, height, ariaLabel, onTerritoryClick }: MapChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const { mapName, names } = useMemo(() => registerBoundaries(boundaries), [boundaries]);
  const option = useMemo(() => mapOption({ ...input, mapName, names }), [input, mapName, names]);
  const anchorCodes = useMemo(() => input.values.map((entry) => entry.code), [input.values]);
  const pendingAnchors = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (pendingAnchors.current !== null) clearTimeout(pendingAnchors.current);
    },
    [],
  );

  const writeAnchors = (chart: EChartsType) => {
    const element = container.current;
    if (!element || chart.isDisposed()) return;
    const anchors: Record<string, [number, number]> = {};
    for (const code of anchorCodes) {
      const point = chart.convertToPixel({ seriesIndex: 0 }, code) as unknown;
      if (Array.isArray(point) && Number.isFinite(point[0]) && Number.isFinite(point[1])) anchors[code] = [Math.round(point[0] as number), Math.round(point[1] as number)];
    }
    const text = JSON.stringify(anchors);
    if (element.dataset.anchors !== text) element.dataset.anchors = text;
  };

  const onEvents = {
    click: (params: unknown) => {
      const event = params as { componentType?: string; seriesType?: string; name?: unknown };
      if (event.componentType === 'series' && event.seriesType === 'map' && typeof event.name === 'string' && names.has(event.name)) onTerritoryClick(event.name, names.get(event.name) ?? event.name);
    },
    // `finished` fires inside the frame that drew the map, the longest task of the page: the anchors,
    // which only tests and inspectors read, are written in a task of their own right after it.
    finished: (_params: unknown, chart: EChartsType) => {
      if (pendingAnchors.current !== null) clearTimeout(pendingAnchors.current);
      pendingAnchors.current = setTimeout(() => {
        pendingAnchors.current = null;
        writeAnchors(chart);
      }, 0);
    },
  };

  return (
    <Box ref={container} data-testid="map-canvas" data-map={mapName}>
      <EChartsView option={option} height={height} ariaLabel={ariaLabel} onEvents={onEvents} />
    </Box>
  );
}
