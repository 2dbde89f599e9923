import { Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { ErrorNotice } from '../app/error-notice';
import { useWorkspace } from '../app/workspace-context';
import { useCommand } from '../client/use-command';
import { usePageFilters } from '../filters/use-page-filters';
import { useMessages } from '../i18n/language-context';
import { definePage } from '../pages/page-definition';
import { useHashRouter } from '../router/use-hash-route';
import { BalanceChartPanel } from './balance-chart-panel';
import { BalanceControls } from './balance-controls';
import { balanceMessages } from './balance-messages';
import { balanceInput, balanceViewParams, parseBalanceView, type BalanceView } from './balance-route';
import { DeficitSummaryCard } from './deficit-summary-card';

/**
 * Balance: declared supply (MinEnergía, the resolution in force unless another is chosen) against the
 * projected demand of each UPME scenario, over the declaration's ten years, with the deficit months
 * highlighted for the shared scenario filter and the first deficit of every scenario in words. The
 * shared month window spans the declarations' months (this year and ten more until the analyst picks).
 */
function BalancePage() {
  const t = useMessages(balanceMessages);
  const { route, setParams } = useHashRouter();
  const view = useMemo(() => parseBalanceView(route.params), [route.params]);
  const change = useCallback((changes: Partial<BalanceView>) => setParams(balanceViewParams({ ...view, ...changes })), [view, setParams]);
  const { edition, scenario, range } = usePageFilters();
  const { dataVersion } = useWorkspace();
  const declarations = useCommand('declaration.resolutions', {}, dataVersion);
  const input = useMemo(() => balanceInput(view, edition, range), [view, edition, range]);
  const balance = useCommand('balance.series', input, dataVersion);
  const data = balance.data;
  const loading = balance.status === 'loading';

  let body: React.ReactNode;
  if (balance.status === 'error') body = <ErrorNotice what={t('chart.what')} error={balance.error} onRetry={balance.reload} />;
  else if (data === null) body = <Skeleton height={400} data-testid="balance-loading" />;
  else if (data.declarationPeriod === null) body = <EmptyBalance testId="balance-no-declaration" text={t('chart.noDeclaration')} />;
  else if (data.edition === null) body = <EmptyBalance testId="balance-no-demand" text={t('chart.noDemand')} />;
  else if (data.points.length === 0) body = <EmptyBalance testId="balance-no-points" text={t('chart.noPoints', { declaration: data.declarationPeriod, edition: data.edition })} />;
  else
    body = (
      <>
        <DeficitSummaryCard balance={data} highlighted={scenario} />
        <BalanceChartPanel balance={data} highlighted={scenario} loading={loading} />
      </>
    );

  return (
    <Stack gap="md">
      <BalanceControls view={view} onChange={change} declarations={declarations.data} />
      {declarations.status === 'error' && <ErrorNotice what={t('controls.what')} error={declarations.error} onRetry={declarations.reload} />}
      {body}
    </Stack>
  );
}

function EmptyBalance({ testId, text }: { testId: string; text: string }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Text size="sm">{text}</Text>
    </Paper>
  );
}

export const balancePage = definePage({
  id: 'balance',
  label: { es: 'Balance', en: 'Balance' },
  summary: {
    es: 'Oferta declarada a MinEnergía frente a la demanda proyectada por la UPME en cada escenario, en GBTUD, con los meses de déficit resaltados.',
    en: 'Supply declared to MinEnergía against UPME’s projected demand in each scenario, in GBTUD, with the deficit months highlighted.',
  },
  filters: ['period', 'edition', 'scenario'],
  periodSource: 'declaration',
  needsData: [],
  Component: BalancePage,
});
