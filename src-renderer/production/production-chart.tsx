import { Box } from '@mantine/core';
import { useMemo } from 'react';
import type { ProductionSeriesPoint } from '../../src-shared/contract/production';
import type { ProductionMeasure } from '../../src-shared/domain/production-measures';
import { EChartsView } from '../charts/echarts-view';
import type { PeriodRange } from '../filters/period-range';
import { formatPeriodRange } from '../format/period-format';
import { useLanguage } from '../i18n/language-context';
import { productionChartOption, productionChartText } from './production-chart-option';
import type { ProductionDisplay } from './production-display';
import { SeriesTable } from './series-table';
import type { SeriesGroup } from './stacked-series';

export interface ProductionChartProps {
  total: readonly ProductionSeriesPoint[];
  groups: readonly SeriesGroup[];
  range: PeriodRange;
  measure: ProductionMeasure;
  display: ProductionDisplay;
  stackNote?: string;
  /** A newer request is in flight; `data-loading` lets tests wait for the settled chart. */
  loading?: boolean;
  height?: number;
}

/**
 * The chart plus what it shows in machine- and screen-reader-readable form: `data-points` (months with
 * data), `data-series` (the exact total points received, JSON), `data-groups` (stacked keys) and a
 * visually hidden table with the same numbers formatted as the analyst reads them.
 */
export function ProductionChart({ total, groups, range, measure, display, stackNote, loading = false, height = 360 }: ProductionChartProps) {
  const { language } = useLanguage();
  const option = useMemo(
    () => productionChartOption({ range, total, groups, measure, display, language, stackNote }),
    [range, total, groups, measure, display, language, stackNote],
  );
  const text = productionChartText(measure, display, language, stackNote);
  const series = useMemo(() => JSON.stringify(total), [total]);
  const groupKeys = useMemo(() => JSON.stringify(groups.map((group) => group.key)), [groups]);
  const description = `${text.title}, ${formatPeriodRange(range.from, range.to, language)}. ${text.source}.`;
  return (
    <Box
      data-testid="production-chart"
      data-points={total.length}
      data-series={series}
      data-groups={groupKeys}
      data-measure={measure}
      data-from={range.from}
      data-to={range.to}
      data-loading={loading}
    >
      <EChartsView option={option} height={height} ariaLabel={description} />
      <SeriesTable points={total} caption={description} display={display} />
    </Box>
  );
}
