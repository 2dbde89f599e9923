import { Box } from '@mantine/core';
import type { EChartsType } from 'echarts/core';
import { useMemo, useRef } from 'react';
import type { CommandOutput } from '../../src-shared/contract';
import { echarts } from '../charts/echarts-setup';
import { EChartsView } from '../charts/echarts-view';
import { echartsGeoJson } from './boundary-geometry';
import { mapOption, type MapOptionInput } from './map-option';

export interface MapChartProps {
  boundaries: CommandOutput<'map.boundaries'>;
  /** Everything the option needs but the registered map; memoized by the caller (a new object redraws). */
  input: Omit<MapOptionInput, 'mapName' | 'names'>;
  height: number;
  ariaLabel: string;
  onTerritoryClick: (code: string, name: string) => void;
}

/**
 * Registers the service's boundaries with ECharts (nothing geographic is bundled) and draws the
 * choropleth. After each render the screen position of every territory with a value is written to
 * `data-anchors` (code → [x, y] in the chart's pixels): what a test or an inspector needs to point at
 * a territory on the canvas.
 */
export function MapChart({ boundaries, input, height, ariaLabel, onTerritoryClick }: MapChartProps) {
  const container = useRef<HTMLDivElement>(null);
  // One registration per loaded file: a re-import gets a new name, so ECharts never draws stale shapes.
  const mapName = `caudal-${boundaries.level}-${boundaries.source.fileId}-${boundaries.source.importedAt}`;
  const names = useMemo(() => {
    echarts.registerMap(mapName, echartsGeoJson(boundaries) as unknown as Parameters<typeof echarts.registerMap>[1]);
    return new Map(boundaries.features.map((feature) => [feature.properties.code, feature.properties.name]));
  }, [mapName, boundaries]);
  const option = useMemo(() => mapOption({ ...input, mapName, names }), [input, mapName, names]);
  const anchorCodes = useMemo(() => input.values.map((entry) => entry.code), [input.values]);

  const onEvents = {
    click: (params: unknown) => {
      const event = params as { componentType?: string; seriesType?: string; name?: unknown };
      if (event.componentType === 'series' && event.seriesType === 'map' && typeof event.name === 'string' && names.has(event.name)) onTerritoryClick(event.name, names.get(event.name) ?? event.name);
    },
    finished: (_params: unknown, chart: EChartsType) => {
      const element = container.current;
      if (!element) return;
      const anchors: Record<string, [number, number]> = {};
      for (const code of anchorCodes) {
        const point = chart.convertToPixel({ seriesIndex: 0 }, code) as unknown;
        if (Array.isArray(point) && Number.isFinite(point[0]) && Number.isFinite(point[1])) anchors[code] = [Math.round(point[0] as number), Math.round(point[1] as number)];
      }
      const text = JSON.stringify(anchors);
      if (element.dataset.anchors !== text) element.dataset.anchors = text;
    },
  };

  return (
    <Box ref={container} data-testid="map-canvas" data-map={mapName}>
      <EChartsView option={option} height={height} ariaLabel={ariaLabel} onEvents={onEvents} />
    </Box>
  );
}
