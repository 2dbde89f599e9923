import { Alert, Box, Code, Group, LoadingOverlay, Paper, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import type { CommandInput } from '../../src-shared/contract';
import { demandRegionLabels } from '../../src-shared/contract/demand';
import { ErrorNotice } from '../app/error-notice';
import { useWorkspace } from '../app/workspace-context';
import { EChartsView } from '../charts/echarts-view';
import { periodLongLabel } from '../charts/period-axis';
import { useCommand } from '../client/use-command';
import { formatNumber } from '../format/number-format';
import { formatQuantity } from '../format/units';
import { useLanguage, useLocalized, useMessages } from '../i18n/language-context';
import { LineageButton } from '../sources/lineage-button';
import { demandBandOption, demandRows } from './demand-band-option';
import { demandMessages, demandSectorNames } from './demand-messages';
import type { DemandArea, DemandAreaChoice } from './demand-request';

const CHART_HEIGHT = 380;
/** How an analyst loads a UPME edition by hand (its data annex, a zip of workbooks). */
export const IMPORT_DEMAND_HINT = 'npm run caudal -- import <archivo.zip>';
const demandSource = ['upme-demand'] as const;

export interface DemandBandPanelProps {
  /** Null while the edition's dimensions load: nothing is asked before the area is known. */
  input: CommandInput<'demand.series'> | null;
  choice: DemandAreaChoice | null;
}

/** The scenarios of one sector and area: history, the medium line and the low–high band, in GBTUD. */
export function DemandBandPanel({ input, choice }: DemandBandPanelProps) {
  const t = useMessages(demandMessages);
  const localized = useLocalized();
  const { language } = useLanguage();
  const { dataVersion } = useWorkspace();
  const series = useCommand('demand.series', input, dataVersion);
  const data = series.data;
  const rows = useMemo(() => (data ? demandRows(data.points, data.granularity) : []), [data]);
  const areaText = (area: DemandArea) => {
    switch (area.kind) {
      case 'national':
        return t('chart.national');
      case 'regions':
        return t('chart.regions', { regions: area.regions.map((region) => demandRegionLabels[region]).join(', ') });
      case 'nodes':
        return t('chart.nodes', { count: formatNumber(area.nodes.length, 0) });
    }
  };
  const drawnArea = answeredArea(series.dataInput);
  const sectorLabel = data ? localized(demandSectorNames[data.sector]) : '';
  const title = data ? t('chart.title', { sector: sectorLabel, area: areaText(drawnArea) }) : '';
  const source = data?.edition ? `${t(data.granularity === 'month' ? 'chart.monthly' : 'chart.yearly')} · ${t('chart.source', { edition: data.edition })}` : '';
  const option = useMemo(() => (data ? demandBandOption({ rows, title, source, language }) : null), [data, rows, title, source, language]);
  const loading = series.status === 'loading';

  let body: React.ReactNode;
  if (series.status === 'error') body = <ErrorNotice what={t('chart.what')} error={series.error} onRetry={series.reload} />;
  else if (data === null || option === null) body = <Skeleton height={CHART_HEIGHT} data-testid="demand-chart-loading" />;
  else if (data.edition === null)
    body = (
      <Stack gap="xs" data-testid="demand-no-edition">
        <Text size="sm">{t('chart.noEdition')}</Text>
        <Code block>{IMPORT_DEMAND_HINT}</Code>
      </Stack>
    );
  else if (data.points.length === 0)
    body = (
      <Text size="sm" c="dimmed" data-testid="demand-chart-no-results" data-loading={loading}>
        {t('chart.noData', { edition: data.edition, sector: sectorLabel, area: areaText(drawnArea) })}
      </Text>
    );
  else
    body = (
      <Box data-testid="demand-chart" data-loading={loading} data-edition={data.edition} data-sector={data.sector} data-area={data.area} data-granularity={data.granularity} data-points={data.points.length}>
        <LoadingOverlay visible={loading} zIndex={10} overlayProps={{ blur: 1 }} />
        <EChartsView option={option} height={CHART_HEIGHT} ariaLabel={`${title}. ${source}.`} />
        <VisuallyHidden>
          <table data-testid="demand-chart-table">
            <caption>{`${title}. ${t('table.caption')}.`}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.period')}</th>
                <th scope="col">{t('scenario.historico')}</th>
                <th scope="col">{t('scenario.bajo')}</th>
                <th scope="col">{t('scenario.medio')}</th>
                <th scope="col">{t('scenario.alto')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.period} data-period={row.period} data-history={row.history ?? ''} data-bajo={row.bajo ?? ''} data-medio={row.medio ?? ''} data-alto={row.alto ?? ''}>
                  <th scope="row">{periodLongLabel(row.period, language)}</th>
                  <td>{formatQuantity(row.history, 'GBTUD')}</td>
                  <td>{formatQuantity(row.bajo, 'GBTUD')}</td>
                  <td data-testid="demand-medio">{formatQuantity(row.medio, 'GBTUD')}</td>
                  <td>{formatQuantity(row.alto, 'GBTUD')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </VisuallyHidden>
        <Stack gap={2} mt="xs">
          {data.projectionStart && (
            <Text size="xs" c="dimmed" data-testid="demand-projection-start">
              {t('chart.projectionStart', { edition: data.edition, period: periodLongLabel(data.projectionStart, language) })}
            </Text>
          )}
          {data.granularity === 'year' && (
            <Text size="xs" c="dimmed">
              {t('chart.yearNote')}
            </Text>
          )}
        </Stack>
      </Box>
    );

  return (
    <Paper withBorder radius="md" p="md" pos="relative">
      <Stack gap="xs">
        {choice?.ignored && data?.edition && (
          <Alert color="yellow" variant="light" p="xs" data-testid="demand-area-ignored">
            {choice.ignored === 'regions'
              ? t('chart.regionsIgnored', { sector: sectorLabel, edition: data.edition })
              : t('chart.nodesIgnored', { sector: sectorLabel, edition: data.edition, area: areaText(choice.area) })}
          </Alert>
        )}
        <Box pos="relative">
          {data?.edition && data.points.length > 0 && (
            <Group pos="absolute" top={0} right={4} style={{ zIndex: 11 }}>
              <LineageButton sourceIds={demandSource} subject={title} />
            </Group>
          )}
          {body}
        </Box>
      </Stack>
    </Paper>
  );
}

/** The area of the answer on screen (not of the request in flight), from the request that produced it. */
function answeredArea(input: CommandInput<'demand.series'> | null): DemandArea {
  if (input?.nodes) return { kind: 'nodes', nodes: [...input.nodes] };
  if (input?.regions) return { kind: 'regions', regions: [...input.regions] };
  return { kind: 'national' };
}
