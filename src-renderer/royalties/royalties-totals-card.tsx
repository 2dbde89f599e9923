import { Alert, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { CommandOutput } from '../../src-shared/contract';
import { periodRangeLabel } from '../charts/period-axis';
import type { PeriodRange } from '../filters/period-range';
import { formatNumber } from '../format/number-format';
import { formatPeriodRange } from '../format/period-format';
import { formatQuantity, unitLabels } from '../format/units';
import { useLanguage, useMessages } from '../i18n/language-context';
import { LineageButton } from '../sources/lineage-button';
import { royaltiesMessages } from './royalties-messages';
import type { RoyaltiesTotals } from './royalties-totals';

const royaltiesSource = ['anh-royalties'] as const;

export interface RoyaltiesTotalsCardProps {
  series: CommandOutput<'royalties.series'> | null;
  totals: RoyaltiesTotals | null;
  /** The period asked for (the filter's), for the empty state. */
  range: PeriodRange | null;
  loading: boolean;
}

/**
 * The period's royalties in both currencies with the volumes behind them, and how many settlements had
 * no TRM (their pesos are missing from the dollar total, which the analyst must know to trust it).
 */
export function RoyaltiesTotalsCard({ series, totals, range, loading }: RoyaltiesTotalsCardProps) {
  const t = useMessages(royaltiesMessages);
  const { language } = useLanguage();
  if (!series || !totals) return <Skeleton height={132} data-testid="royalties-totals-loading" />;
  if (totals.first === null || totals.last === null) {
    return (
      <Paper withBorder radius="md" p="md" data-testid="royalties-no-results" data-loading={loading}>
        <Text fw={600}>{t('chart.noData')}</Text>
        <Text size="sm" c="dimmed">
          {t('totals.empty', { range: range ? formatPeriodRange(range.from, range.to, language) : '—' })}
        </Text>
      </Paper>
    );
  }
  const range_ = periodRangeLabel(totals.first, totals.last, language);
  const volumeUnit = series.volumeUnit;
  const subject = `${t('totals.title')}: ${formatQuantity(totals.cop, 'COP', 0)} · ${range_}`;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      data-testid="royalties-totals"
      data-loading={loading}
      data-cop={totals.cop}
      data-usd={totals.usd}
      data-rows={totals.rows}
      data-rows-without-trm={totals.rowsWithoutTrm}
      data-from={totals.first}
      data-to={totals.last}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2}>
            <Title order={3} size="h4">
              {t('totals.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('totals.range', { range: range_, months: totals.months, rows: formatNumber(totals.rows, 0) })}
            </Text>
          </Stack>
          <LineageButton sourceIds={royaltiesSource} subject={subject} />
        </Group>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
          <Figure label={t('totals.cop')} value={formatNumber(totals.cop, 0)} unit={unitLabels.COP} testId="royalties-total-cop" />
          <Figure label={t('totals.usd')} value={formatNumber(totals.usd, 2)} unit={unitLabels.USD} testId="royalties-total-usd" />
          <Figure label={t('totals.taxable')} value={formatNumber(totals.taxableVolume)} unit={unitLabels[volumeUnit]} testId="royalties-total-taxable" />
          <Figure label={t('totals.royaltyVolume')} value={formatNumber(totals.royaltyVolume)} unit={unitLabels[volumeUnit]} testId="royalties-total-royalty-volume" />
        </SimpleGrid>
        {totals.rowsWithoutTrm > 0 ? (
          <Alert color="yellow" variant="light" p="xs" data-testid="royalties-missing-trm">
            {t('totals.missingTrm', {
              count: formatNumber(totals.rowsWithoutTrm, 0),
              rows: formatNumber(totals.rows, 0),
            })}
          </Alert>
        ) : (
          <Text size="xs" c="dimmed" data-testid="royalties-missing-trm-none">
            {t('totals.allTrm')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function Figure({ label, value, unit, testId }: { label: string; value: string; unit: string; testId: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Group gap={4} align="baseline" wrap="nowrap">
        <Text fz={22} fw={700} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} data-testid={testId}>
          {value}
        </Text>
        <Text size="sm" fw={600} c="dimmed">
          {unit}
        </Text>
      </Group>
    </Stack>
  );
}
