import { Stack } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { ErrorNotice } from '../app/error-notice';
import { useWorkspace } from '../app/workspace-context';
import { useCommand } from '../client/use-command';
import { usePageFilters } from '../filters/use-page-filters';
import { useMessages } from '../i18n/language-context';
import { DemandExportActions } from '../exports/page-export-actions';
import { definePage } from '../pages/page-definition';
import { useHashRouter } from '../router/use-hash-route';
import { DemandBandPanel } from './demand-band-panel';
import { DemandComparisonPanel } from './demand-comparison-panel';
import { DemandControls } from './demand-controls';
import { demandMessages } from './demand-messages';
import { chooseDemandArea, demandSeriesInput } from './demand-request';
import { demandViewParams, parseDemandView, type DemandView } from './demand-route';

/**
 * Demanda: UPME's scenarios for one sector and area (the band around the medium line, with history),
 * and how an older edition's projection compares with what happened. The edition and the regions come
 * from the shared filters, and so does the chart's month window (over UPME's months: history and the
 * projection); sector, nodes and frequency are the page's own (in the URL).
 */
function DemandPage() {
  const t = useMessages(demandMessages);
  const { route, setParams } = useHashRouter();
  const view = useMemo(() => parseDemandView(route.params), [route.params]);
  const change = useCallback((changes: Partial<DemandView>) => setParams(demandViewParams({ ...view, ...changes })), [view, setParams]);
  const { edition, regions, range } = usePageFilters();
  const { dataVersion } = useWorkspace();
  const dimensions = useCommand('demand.dimensions', edition ? { edition } : {}, dataVersion);
  const choice = useMemo(() => (dimensions.data ? chooseDemandArea(view.sector, regions, view.nodes, dimensions.data) : null), [dimensions.data, view.sector, regions, view.nodes]);
  const input = useMemo(() => (choice ? demandSeriesInput(edition, view.sector, choice.area, view.granularity, range) : null), [choice, edition, view.sector, view.granularity, range]);

  return (
    <Stack gap="md">
      <DemandControls view={view} onChange={change} dimensions={dimensions.data} regions={regions} />
      {dimensions.status === 'error' ? (
        <ErrorNotice what={t('chart.what')} error={dimensions.error} onRetry={dimensions.reload} />
      ) : (
        <DemandBandPanel input={input} choice={choice} />
      )}
      <DemandComparisonPanel
        sector={view.sector}
        area={choice?.area ?? null}
        granularity={view.granularity}
        range={range}
        compare={view.compare}
        onCompareChange={(compare) => change({ compare })}
      />
    </Stack>
  );
}

export const demandPage = definePage({
  id: 'demanda',
  label: { es: 'Demanda', en: 'Demand' },
  summary: {
    es: 'Proyección de demanda de gas natural de la UPME: escenarios bajo, medio y alto con la historia, por sector, región y nodo, y cómo le fue a una edición anterior.',
    en: 'UPME natural gas demand projection: low, medium and high scenarios with history, by sector, region and node, and how an older edition fared.',
  },
  filters: ['period', 'edition', 'regions'],
  periodSource: 'demand',
  needsData: [],
  Component: DemandPage,
  Actions: DemandExportActions,
});
