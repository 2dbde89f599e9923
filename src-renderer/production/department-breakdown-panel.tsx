import { Group, LoadingOverlay, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { FactFilters } from '../../src-shared/contract/filters';
import { ErrorNotice } from '../app/error-notice';
import { useCommand } from '../client/use-command';
import { formatNumber } from '../format/number-format';
import { formatPeriodRange } from '../format/period-format';
import { DepartmentBreakdownTable } from './department-breakdown-table';

export const BREAKDOWN_TOP = 10;

export function DepartmentBreakdownPanel({ filters, dataVersion }: { filters: FactFilters; dataVersion: number }) {
  const input = useMemo(() => ({ ...filters, by: 'department' as const, top: BREAKDOWN_TOP, measure: 'fiscalizada' as const }), [filters]);
  const breakdown = useCommand('production.breakdown', input, dataVersion);
  const data = breakdown.data;

  return (
    <Paper withBorder radius="md" p="md" pos="relative">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
          <Title order={2} size="h4">
            Producción por departamento
          </Title>
          {data && data.from && data.to && (
            <Text size="sm" c="dimmed" data-testid="department-breakdown-range">
              {formatPeriodRange(data.from, data.to)} · {formatNumber(data.days, 0)} días con datos · los {BREAKDOWN_TOP} mayores
            </Text>
          )}
        </Group>
        {breakdown.status === 'error' ? (
          <ErrorNotice what="la producción por departamento" error={breakdown.error} onRetry={breakdown.reload} />
        ) : data === null ? (
          <Skeleton height={280} data-testid="department-breakdown-loading" />
        ) : data.items.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="department-breakdown-no-results">
            Sin producción para estos filtros.
          </Text>
        ) : (
          <>
            <LoadingOverlay visible={breakdown.status === 'loading'} zIndex={10} overlayProps={{ blur: 1 }} />
            <DepartmentBreakdownTable breakdown={data} loading={breakdown.status === 'loading'} />
          </>
        )}
        <Text size="xs" c="dimmed">
          Tasa media: volumen del periodo ÷ días calendario de los meses con datos. Fuente: ANH, producción fiscalizada.
        </Text>
      </Stack>
    </Paper>
  );
}
