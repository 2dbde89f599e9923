import { Group, LoadingOverlay, Paper, Progress, SegmentedControl, Select, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { CommandOutput } from '../../src-shared/contract';
import type { RoyaltyFilters } from '../../src-shared/contract/royalties';
import type { VolumeUnit } from '../../src-shared/domain/units';
import { ErrorNotice } from '../app/error-notice';
import { useWorkspace } from '../app/workspace-context';
import { useCommand } from '../client/use-command';
import { formatNumber, formatShare } from '../format/number-format';
import { formatPeriodRange } from '../format/period-format';
import { unitLabels } from '../format/units';
import { useLanguage, useLocalized, useMessages } from '../i18n/language-context';
import { LineageButton } from '../sources/lineage-button';
import { royaltiesMessages, royaltyDimensionNouns } from './royalties-messages';
import { royaltyTableDimensions, royaltyTableSizes, type RoyaltiesView } from './royalties-route';

const royaltiesSource = ['anh-royalties'] as const;
const measureOf = { COP: 'royaltiesCop', USD: 'royaltiesUsd' } as const;

export interface RoyaltiesBreakdownPanelProps {
  filters: RoyaltyFilters;
  volumeUnit: VolumeUnit;
  view: RoyaltiesView;
  onChange: (changes: Partial<RoyaltiesView>) => void;
}

/** The largest departments, municipalities, fields, contracts, regimes or production types, ranked by the chosen currency. */
export function RoyaltiesBreakdownPanel({ filters, volumeUnit, view, onChange }: RoyaltiesBreakdownPanelProps) {
  const t = useMessages(royaltiesMessages);
  const localized = useLocalized();
  const { language } = useLanguage();
  const { dataVersion } = useWorkspace();
  const input = useMemo(
    () => ({ ...filters, by: view.table, top: view.tableSize, measure: measureOf[view.currency], volumeUnit }),
    [filters, view.table, view.tableSize, view.currency, volumeUnit],
  );
  const breakdown = useCommand('royalties.breakdown', input, dataVersion);
  const data = breakdown.data;
  const dimension = localized(royaltyDimensionNouns[view.table]);
  const title = t('breakdown.title', { dimension });
  const range = data?.from && data.to ? formatPeriodRange(data.from, data.to, language) : null;

  return (
    <Paper withBorder radius="md" p="md" pos="relative">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="xs">
          <Stack gap={2}>
            <Title order={3} size="h4">
              {title}
            </Title>
            {data && range && (
              <Text size="sm" c="dimmed" data-testid="royalties-breakdown-range">
                {t('breakdown.range', { range, top: data.items.length, unit: data.unit })}
              </Text>
            )}
          </Stack>
          <Group gap="xs" align="flex-end" wrap="wrap">
            <SegmentedControl
              aria-label={t('breakdown.dimension')}
              data={royaltyTableDimensions.map((value) => ({ value, label: capitalise(localized(royaltyDimensionNouns[value])) }))}
              value={view.table}
              onChange={(value) => onChange({ table: royaltyTableDimensions.find((d) => d === value) ?? view.table })}
              size="xs"
              data-testid="royalties-breakdown-dimension"
            />
            <Select
              aria-label={t('breakdown.top')}
              data={royaltyTableSizes.map((size) => ({ value: String(size), label: `${t('breakdown.top')}: ${size}` }))}
              value={String(view.tableSize)}
              onChange={(value) => onChange({ tableSize: royaltyTableSizes.find((size) => String(size) === value) ?? view.tableSize })}
              allowDeselect={false}
              size="xs"
              w={130}
              data-testid="royalties-breakdown-size"
            />
            <LineageButton sourceIds={royaltiesSource} subject={range ? `${title} · ${range}` : title} />
          </Group>
        </Group>
        {breakdown.status === 'error' ? (
          <ErrorNotice what={t('breakdown.what', { dimension })} error={breakdown.error} onRetry={breakdown.reload} />
        ) : data === null ? (
          <Skeleton height={240} data-testid="royalties-breakdown-loading" />
        ) : data.items.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="royalties-breakdown-no-results">
            {t('breakdown.noResults')}
          </Text>
        ) : (
          <>
            <LoadingOverlay visible={breakdown.status === 'loading'} zIndex={10} overlayProps={{ blur: 1 }} />
            <RoyaltiesBreakdownTable breakdown={data} loading={breakdown.status === 'loading'} />
          </>
        )}
        <Text size="xs" c="dimmed">
          {t('breakdown.note', { unit: data?.unit ?? view.currency })}
        </Text>
      </Stack>
    </Paper>
  );
}

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function RoyaltiesBreakdownTable({ breakdown, loading }: { breakdown: CommandOutput<'royalties.breakdown'>; loading: boolean }) {
  const t = useMessages(royaltiesMessages);
  const localized = useLocalized();
  const { items, rest, by } = breakdown;
  const name = capitalise(localized(royaltyDimensionNouns[by]));
  const restShare = breakdown.total > 0 ? rest.value / breakdown.total : 0;
  const rankedCurrency = breakdown.measure === 'royaltiesUsd' ? 'USD' : 'COP';
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="royalties-breakdown" data-by={by} data-rows={items.length} data-loading={loading} data-total={breakdown.total}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>{t('breakdown.rank')}</Table.Th>
            <Table.Th>{name}</Table.Th>
            <Table.Th ta="right">{t('breakdown.cop')}</Table.Th>
            <Table.Th ta="right">{t('breakdown.usd')}</Table.Th>
            <Table.Th ta="right">{t('breakdown.taxable', { unit: unitLabels[breakdown.volumeUnit] })}</Table.Th>
            <Table.Th w={180}>{t('breakdown.share')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item, index) => (
            <Table.Tr key={item.key} data-testid="royalties-breakdown-row" data-key={item.key} data-value={item.value} data-share={item.share}>
              <Table.Td c="dimmed">{index + 1}</Table.Td>
              <Table.Td>{item.label}</Table.Td>
              <Table.Td ta="right" style={numeric}>
                {formatNumber(item.royaltiesCop, 0)}
              </Table.Td>
              <Table.Td ta="right" style={numeric}>
                {formatNumber(item.royaltiesUsd, 2)}
              </Table.Td>
              <Table.Td ta="right" style={numeric}>
                {formatNumber(item.taxableVolume)}
              </Table.Td>
              <Table.Td>
                <ShareCell share={item.share} />
              </Table.Td>
            </Table.Tr>
          ))}
          {rest.count > 0 && (
            <Table.Tr data-testid="royalties-breakdown-rest" data-value={rest.value}>
              <Table.Td />
              <Table.Td c="dimmed">{t('breakdown.others', { count: rest.count })}</Table.Td>
              <Table.Td ta="right" style={numeric}>
                {rankedCurrency === 'COP' ? formatNumber(rest.value, 0) : ''}
              </Table.Td>
              <Table.Td ta="right" style={numeric}>
                {rankedCurrency === 'USD' ? formatNumber(rest.value, 2) : ''}
              </Table.Td>
              <Table.Td />
              <Table.Td>
                <ShareCell share={restShare} />
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr data-testid="royalties-breakdown-total" data-value={breakdown.total}>
            <Table.Th />
            <Table.Th>{t('breakdown.total')}</Table.Th>
            <Table.Th ta="right" style={numeric}>
              {rankedCurrency === 'COP' ? formatNumber(breakdown.total, 0) : ''}
            </Table.Th>
            <Table.Th ta="right" style={numeric}>
              {rankedCurrency === 'USD' ? formatNumber(breakdown.total, 2) : ''}
            </Table.Th>
            <Table.Th />
            <Table.Th>{breakdown.total > 0 ? formatShare(1) : ''}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

function ShareCell({ share }: { share: number }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress value={Math.min(100, Math.max(0, share * 100))} size="sm" w={80} aria-hidden />
      <Text size="sm" style={numeric}>
        {formatShare(share)}
      </Text>
    </Group>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
