import { Stack } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import type { RoyaltyFilters } from '../../src-shared/contract/royalties';
import { ErrorNotice } from '../app/error-notice';
import { useWorkspace } from '../app/workspace-context';
import { useCommand } from '../client/use-command';
import { usePageFilters } from '../filters/use-page-filters';
import { useMessages } from '../i18n/language-context';
import { RoyaltiesExportActions } from '../exports/page-export-actions';
import { definePage } from '../pages/page-definition';
import { useHashRouter } from '../router/use-hash-route';
import { RoyaltiesBreakdownPanel } from './royalties-breakdown-panel';
import { RoyaltiesCharts, RoyaltiesChartsLoading } from './royalties-charts';
import { RoyaltiesControls } from './royalties-controls';
import { royaltiesMessages } from './royalties-messages';
import { parseRoyaltiesView, royaltiesViewParams, type RoyaltiesView } from './royalties-route';
import { royaltiesTotals } from './royalties-totals';
import { RoyaltiesTotalsCard } from './royalties-totals-card';

/**
 * Regalías: the period's total in pesos and dollars, the money over time, the taxable volume and
 * implied price beside it, and the ranking by territory, field, contract, regime or production type.
 * One `royalties.series` answer feeds the totals and both charts, so they can never disagree.
 */
function RoyaltiesPage() {
  const t = useMessages(royaltiesMessages);
  const { route, setParams } = useHashRouter();
  const view = useMemo(() => parseRoyaltiesView(route.params), [route.params]);
  const change = useCallback((changes: Partial<RoyaltiesView>) => setParams(royaltiesViewParams({ ...view, ...changes })), [view, setParams]);
  const { facts, range, volumeUnit } = usePageFilters();
  const { dataVersion } = useWorkspace();
  // The royalties dataset has no operator; the page does not offer that filter, this only narrows the type.
  const filters = useMemo<RoyaltyFilters>(() => {
    const { operators: _operators, ...royaltyFacts } = facts;
    return royaltyFacts;
  }, [facts]);
  const input = useMemo(() => ({ ...filters, granularity: view.granularity, volumeUnit }), [filters, view.granularity, volumeUnit]);
  const series = useCommand('royalties.series', input, dataVersion);
  const totals = useMemo(() => (series.data ? royaltiesTotals(series.data.points) : null), [series.data]);
  const loading = series.status === 'loading';
  // The range drawn is the one answered, so the axis matches the bars while a new request is in flight.
  const drawnFrom = series.dataInput?.from ?? range?.from;
  const drawnTo = series.dataInput?.to ?? range?.to;
  const drawnRange = useMemo(() => (drawnFrom && drawnTo ? { from: drawnFrom, to: drawnTo } : null), [drawnFrom, drawnTo]);
  const drawnGranularity = series.dataInput?.granularity ?? view.granularity;

  return (
    <Stack gap="md">
      <RoyaltiesControls view={view} onChange={change} />
      {series.status === 'error' ? (
        <ErrorNotice what={t('chart.what')} error={series.error} onRetry={series.reload} />
      ) : (
        <>
          <RoyaltiesTotalsCard series={series.data} totals={totals} range={drawnRange} loading={loading} />
          {series.data === null ? (
            <RoyaltiesChartsLoading />
          ) : series.data.points.length > 0 ? (
            <RoyaltiesCharts series={series.data} range={drawnRange} granularity={drawnGranularity} currency={view.currency} loading={loading} />
          ) : null}
        </>
      )}
      <RoyaltiesBreakdownPanel filters={filters} volumeUnit={volumeUnit} view={view} onChange={change} />
    </Stack>
  );
}

export const royaltiesPage = definePage({
  id: 'regalias',
  label: { es: 'Regalías', en: 'Royalties' },
  summary: {
    es: 'Regalías de gas liquidadas por la ANH, en pesos y en dólares: en el tiempo, por territorio, campo, contrato y régimen, con el volumen gravable y el precio.',
    en: 'Gas royalties settled by ANH, in pesos and dollars: over time, by territory, field, contract and regime, with the taxable volume and the price.',
  },
  filters: ['period', 'departments', 'municipalities', 'fields', 'contracts', 'volumeUnit'],
  // Royalty settlements run on their own months, often before and after production's.
  periodSource: 'royalties',
  needsData: ['royalties'],
  Component: RoyaltiesPage,
  Actions: RoyaltiesExportActions,
});
