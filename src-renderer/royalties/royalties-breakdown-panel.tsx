import { Text } from '@mantine/core';
import { useMemo } from 'react';
import type { RoyaltyFilters } from '../../src-shared/contract/royalties';
import type { VolumeUnit } from '../../src-shared/domain/units';
import { useWorkspace } from '../app/workspace-context';
import { useCommand } from '../client/use-command';
import { formatPeriodRange } from '../format/period-format';
import { useLanguage, useLocalized, useMessages } from '../i18n/language-context';
import { BreakdownPanel } from '../layout/breakdown-panel';
import { RoyaltiesBreakdownTable } from './royalties-breakdown-table';
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
    <BreakdownPanel
      title={title}
      caption={
        data && range ? (
          <Text size="sm" c="dimmed" data-testid="royalties-breakdown-range">
            {t('breakdown.range', { range, top: data.items.length, unit: data.unit })}
          </Text>
        ) : null
      }
      range={range}
      sourceIds={royaltiesSource}
      dimension={{
        value: view.table,
        options: royaltyTableDimensions,
        name: (table) => localized(royaltyDimensionNouns[table]),
        label: t('breakdown.dimension'),
        testId: 'royalties-breakdown-dimension',
        onChange: (table) => onChange({ table }),
      }}
      size={{ value: view.tableSize, options: royaltyTableSizes, label: t('breakdown.top'), testId: 'royalties-breakdown-size', onChange: (tableSize) => onChange({ tableSize }) }}
      query={breakdown}
      what={t('breakdown.what', { dimension })}
      noResults={t('breakdown.noResults')}
      loadingTestId="royalties-breakdown-loading"
      noResultsTestId="royalties-breakdown-no-results"
      skeletonHeight={240}
      note={t('breakdown.note', { unit: data?.unit ?? view.currency })}
      renderTable={(answer, loading) => <RoyaltiesBreakdownTable breakdown={answer} loading={loading} />}
    />
  );
}
