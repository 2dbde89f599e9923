import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { CommandOutput } from '../../src-shared/contract';
import type { BalanceScenario } from '../../src-shared/contract/balance';
import { periodLongLabel } from '../charts/period-axis';
import { formatNumber } from '../format/number-format';
import { formatQuantity } from '../format/units';
import { useLanguage, useMessages } from '../i18n/language-context';
import { balanceMessages } from './balance-messages';
import { deficitSummary } from './deficits';

/**
 * The answer to "which month does demand first exceed declared supply?", in words, for every scenario
 * (the service's `firstDeficit`), with how many periods are in deficit and the largest gap.
 */
export function DeficitSummaryCard({ balance, highlighted }: { balance: CommandOutput<'balance.series'>; highlighted: BalanceScenario }) {
  const t = useMessages(balanceMessages);
  const { language } = useLanguage();
  return (
    <Paper withBorder radius="md" p="md" data-testid="balance-deficits">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('deficit.title')}
        </Title>
        {balance.scenarios.map((scenario) => {
          const first = balance.firstDeficit[scenario];
          const summary = deficitSummary(balance.points, scenario);
          const name = t(`scenario.${scenario}`);
          return (
            <Group key={scenario} gap="sm" align="flex-start" wrap="nowrap" data-testid="balance-first-deficit" data-scenario={scenario} data-period={first ?? ''}>
              <Badge color={first ? 'red' : 'teal'} variant={scenario === highlighted ? 'filled' : 'light'} w={90} style={{ flexShrink: 0 }}>
                {t(`badge.${scenario}`)}
              </Badge>
              <Stack gap={0}>
                <Text size="sm" fw={scenario === highlighted ? 600 : 400} data-testid="balance-first-deficit-text">
                  {first ? t('deficit.first', { scenario: name, period: periodLongLabel(first, language) }) : t('deficit.never', { scenario: name })}
                </Text>
                <Text size="xs" c="dimmed">
                  {summary.worst
                    ? t('deficit.count', {
                        count: formatNumber(summary.deficitPeriods, 0),
                        periods: formatNumber(summary.periods, 0),
                        value: formatQuantity(Math.abs(summary.worst.gapGbtud), 'GBTUD'),
                        period: periodLongLabel(summary.worst.period, language),
                      })
                    : t('deficit.none')}
                </Text>
              </Stack>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
