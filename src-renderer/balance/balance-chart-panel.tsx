import { Box, LoadingOverlay, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import type { CommandOutput } from '../../src-shared/contract';
import type { BalanceScenario } from '../../src-shared/contract/balance';
import { EChartsView } from '../charts/echarts-view';
import { periodLongLabel } from '../charts/period-axis';
import { formatQuantity } from '../format/units';
import { useLanguage, useMessages } from '../i18n/language-context';
import { ChartLineageButton } from '../sources/lineage-button';
import { balanceChartOption, balanceChartTitle } from './balance-chart-option';
import { balanceMessages } from './balance-messages';

const CHART_HEIGHT = 400;
const balanceSources = ['mme-declaration', 'upme-demand'] as const;

export interface BalanceChartPanelProps {
  balance: CommandOutput<'balance.series'>;
  highlighted: BalanceScenario;
  loading: boolean;
}

/** The chart, its source line, the service's notes, and the same numbers in a table for screen readers. */
export function BalanceChartPanel({ balance, highlighted, loading }: BalanceChartPanelProps) {
  const t = useMessages(balanceMessages);
  const { language } = useLanguage();
  const source = t('chart.source', { declaration: balance.declarationPeriod ?? '—', resolution: balance.resolution ?? '—', edition: balance.edition ?? '—' });
  const option = useMemo(
    () => balanceChartOption({ points: balance.points, scenarios: balance.scenarios, highlighted, granularity: balance.granularity, source, language }),
    [balance, highlighted, source, language],
  );
  const title = balanceChartTitle(language);
  return (
    <Paper withBorder radius="md" p="md" pos="relative">
      <ChartLineageButton sourceIds={balanceSources} subject={`${title} · ${source}`} />
      <Box
        data-testid="balance-chart"
        data-loading={loading}
        data-granularity={balance.granularity}
        data-resolution={balance.resolution ?? ''}
        data-edition={balance.edition ?? ''}
        data-points={balance.points.length}
        data-highlighted={highlighted}
      >
        <LoadingOverlay visible={loading} zIndex={10} overlayProps={{ blur: 1 }} />
        <EChartsView option={option} height={CHART_HEIGHT} ariaLabel={`${title}. ${source}.`} />
        <VisuallyHidden>
          <table data-testid="balance-chart-table">
            <caption>{`${title}. ${t('table.caption')}.`}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.period')}</th>
                <th scope="col">{t('table.supply')}</th>
                {balance.scenarios.map((scenario) => (
                  <th scope="col" key={scenario}>
                    {t('table.demand', { scenario: t(`scenario.${scenario}`) })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {balance.points.map((point) => (
                <tr key={point.period} data-period={point.period}>
                  <th scope="row">{periodLongLabel(point.period, language)}</th>
                  <td>{formatQuantity(point.supplyGbtud, 'GBTUD')}</td>
                  {balance.scenarios.map((scenario) => (
                    <td key={scenario}>{formatQuantity(point.demandGbtud[scenario], 'GBTUD')}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </VisuallyHidden>
      </Box>
      <Stack gap={2} mt="xs">
        <Text size="xs" c="dimmed">
          {t('chart.highlight', { scenario: t(`scenario.${highlighted}`).toLowerCase() })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('notes.supply')}
        </Text>
        {balance.notes.map((note) => (
          <Text key={note} size="xs" c="dimmed" data-testid="balance-note">
            {note}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
