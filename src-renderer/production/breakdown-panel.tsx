import { Group, LoadingOverlay, Paper, Select, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { ProductionMeasure } from '../../src-shared/domain/production-measures';
import { ErrorNotice } from '../app/error-notice';
import { useWorkspace } from '../app/workspace-context';
import { useCommand } from '../client/use-command';
import { usePageFilters } from '../filters/use-page-filters';
import { formatNumber } from '../format/number-format';
import { formatPeriodRange } from '../format/period-format';
import { useLanguage, useLocalized, useMessages } from '../i18n/language-context';
import { LineageButton } from '../sources/lineage-button';
import { BreakdownTable } from './breakdown-table';
import { dimensionNouns, measureLabels, productionMessages } from './production-messages';
import { tableDimensions, tableSizes, type ProductionView } from './production-route';

const productionSource = ['anh-production'] as const;

export interface BreakdownPanelProps {
  view: ProductionView;
  onChange: (changes: Partial<ProductionView>) => void;
}

/** Top-N table by department, municipality, operator, field or contract, for the page's filters and measure. */
export function BreakdownPanel({ view, onChange }: BreakdownPanelProps) {
  const t = useMessages(productionMessages);
  const localized = useLocalized();
  const { language } = useLanguage();
  const { facts, rateUnit, volumeUnit } = usePageFilters();
  const { dataVersion } = useWorkspace();
  const measure: ProductionMeasure = view.measure;
  const input = useMemo(
    () => ({ ...facts, by: view.table, top: view.tableSize, measure, rateUnit, volumeUnit }),
    [facts, view.table, view.tableSize, measure, rateUnit, volumeUnit],
  );
  const breakdown = useCommand('production.breakdown', input, dataVersion);
  const data = breakdown.data;
  const dimension = localized(dimensionNouns[view.table].one);
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
            <Text size="sm" c="dimmed">
              {measureLabels[measure][language]}
              {data && range && (
                <span data-testid={`${data.by}-breakdown-range`}>
                  {' · '}
                  {t('breakdown.range', { range, days: formatNumber(data.days, 0), top: data.items.length })}
                </span>
              )}
            </Text>
          </Stack>
          <Group gap="xs" align="flex-end" wrap="wrap">
            <SegmentedControl
              aria-label={t('breakdown.dimension')}
              data={tableDimensions.map((value) => ({ value, label: capitalise(localized(dimensionNouns[value].one)) }))}
              value={view.table}
              onChange={(value) => onChange({ table: tableDimensions.find((d) => d === value) ?? view.table })}
              size="xs"
              data-testid="breakdown-dimension"
            />
            <Select
              aria-label={t('controls.top')}
              data={tableSizes.map((size) => ({ value: String(size), label: `${t('controls.top')}: ${size}` }))}
              value={String(view.tableSize)}
              onChange={(value) => onChange({ tableSize: tableSizes.find((size) => String(size) === value) ?? view.tableSize })}
              allowDeselect={false}
              size="xs"
              w={130}
              data-testid="breakdown-size"
            />
            <LineageButton sourceIds={productionSource} subject={range ? `${title} · ${range}` : title} />
          </Group>
        </Group>
        {breakdown.status === 'error' ? (
          <ErrorNotice what={t('breakdown.what', { dimension })} error={breakdown.error} onRetry={breakdown.reload} />
        ) : data === null ? (
          <Skeleton height={280} data-testid={`${view.table}-breakdown-loading`} />
        ) : data.items.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid={`${data.by}-breakdown-no-results`}>
            {t('breakdown.noResults')}
          </Text>
        ) : (
          <>
            <LoadingOverlay visible={breakdown.status === 'loading'} zIndex={10} overlayProps={{ blur: 1 }} />
            <BreakdownTable breakdown={data} loading={breakdown.status === 'loading'} />
          </>
        )}
        <Text size="xs" c="dimmed">
          {t('breakdown.note')}
        </Text>
      </Stack>
    </Paper>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
