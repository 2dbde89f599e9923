import { Box } from '@mantine/core';
import { useMemo } from 'react';
import type { ProductionSeriesPoint } from '../../src-shared/contract/production';
import type { PeriodRange } from '../filters/period-range';
import { formatPeriodRange } from '../format/period-format';
import { EChartsView } from './echarts-view';
import { PRODUCTION_CHART_SOURCE, PRODUCTION_CHART_TITLE, productionChartOption } from './production-chart-option';
import { SeriesTable } from './series-table';

export interface ProductionChartProps {
  points: readonly ProductionSeriesPoint[];
  range: PeriodRange;
  /** A newer request is in flight; `data-loading` lets tests wait for the settled chart. */
  loading?: boolean;
  height?: number;
}

/**
 * The chart plus what it shows in machine- and screen-reader-readable form: `data-points` (months with
 * data), `data-series` (the exact points received, JSON) and a visually hidden table with the same
 * numbers formatted as the analyst reads them.
 */
export function ProductionChart({ points, range, loading = false, height = 360 }: ProductionChartProps) {
  const option = useMemo(() => productionChartOption(points, range), [points, range]);
  const series = useMemo(() => JSON.stringify(points), [points]);
  return (
    <Box data-testid="production-chart" data-points={points.length} data-series={series} data-from={range.from} data-to={range.to} data-loading={loading}>
      <EChartsView option={option} height={height} ariaLabel={`${PRODUCTION_CHART_TITLE}, ${formatPeriodRange(range.from, range.to)}. ${PRODUCTION_CHART_SOURCE}.`} />
      <SeriesTable points={points} />
    </Box>
  );
}
