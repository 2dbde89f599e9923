import { Box, LoadingOverlay, Paper, Skeleton, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { FactFilters } from '../../src-shared/contract/filters';
import { ErrorNotice } from '../app/error-notice';
import { useCommand } from '../client/use-command';
import type { PeriodRange } from '../filters/period-range';
import { formatPeriodRange } from '../format/period-format';
import { ProductionChart } from './production-chart';

const CHART_HEIGHT = 360;

export interface ProductionChartPanelProps {
  filters: FactFilters;
  range: PeriodRange;
  /** Names of the selected departments, for the "nothing found" message; empty means the whole country. */
  departmentNames: string[];
  dataVersion: number;
}

export function ProductionChartPanel({ filters, range, departmentNames, dataVersion }: ProductionChartPanelProps) {
  const input = useMemo(() => ({ ...filters, granularity: 'month' as const, measure: 'fiscalizada' as const }), [filters]);
  const series = useCommand('production.series', input, dataVersion);
  // The axis spans the range the shown points were asked for, not the one still loading.
  const drawnFrom = series.dataInput?.from ?? range.from;
  const drawnTo = series.dataInput?.to ?? range.to;
  const drawnRange = useMemo(() => ({ from: drawnFrom, to: drawnTo }), [drawnFrom, drawnTo]);

  return (
    <Paper withBorder radius="md" p="md" pos="relative">
      {series.status === 'error' ? (
        <ErrorNotice what="la serie de producción" error={series.error} onRetry={series.reload} />
      ) : series.data === null ? (
        <Skeleton height={CHART_HEIGHT} data-testid="production-chart-loading" />
      ) : series.data.points.length === 0 ? (
        <Box mih={120} data-testid="production-chart-no-results" data-loading={series.status === 'loading'}>
          <Text fw={600}>Sin producción para estos filtros</Text>
          <Text size="sm" c="dimmed">
            No hay producción fiscalizada {departmentNames.length > 0 ? `en ${departmentNames.join(', ')} ` : ''}
            entre {formatPeriodRange(drawnRange.from, drawnRange.to)}. Amplíe el rango de meses o quite departamentos.
          </Text>
        </Box>
      ) : (
        <>
          <LoadingOverlay visible={series.status === 'loading'} zIndex={10} overlayProps={{ blur: 1 }} />
          <ProductionChart points={series.data.points} range={drawnRange} loading={series.status === 'loading'} height={CHART_HEIGHT} />
        </>
      )}
    </Paper>
  );
}
