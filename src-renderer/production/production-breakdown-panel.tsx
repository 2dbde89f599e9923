import { Text } from '@mantine/core';
import { useMemo } from 'react';
import type { ProductionMeasure } from '../../src-shared/domain/production-measures';
import { useWorkspace } from '../app/workspace-context';
import { useCommand } from '../client/use-command';
import { usePageFilters } from '../filters/use-page-filters';
import { formatNumber } from '../format/number-format';
import { formatPeriodRange } from '../format/period-format';
import { useLanguage, useLocalized, useMessages } from '../i18n/language-context';
import { BreakdownPanel } from '../layout/breakdown-panel';
import { ProductionBreakdownTable } from './production-breakdown-table';
import { dimensionNouns, measureLabels, productionMessages } from './production-messages';
import { tableDimensions, tableSizes, type ProductionView } from './production-route';

const productionSource = ['anh-production'] as const;

export interface ProductionBreakdownPanelProps {
  view: ProductionView;
  onChange: (changes: Partial<ProductionView>) => void;
}

/** Top-N table by department, municipality, operator, field or contract, for the page's filters and measure. */
export function ProductionBreakdownPanel({ view, onChange }: ProductionBreakdownPanelProps) {
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
    <BreakdownPanel
      title={title}
      caption={
        <Text size="sm" c="dimmed">
          {measureLabels[measure][language]}
          {data && range && (
            <span data-testid={`${data.by}-breakdown-range`}>
              {' · '}
              {t('breakdown.range', { range, days: formatNumber(data.days, 0), top: data.items.length })}
            </span>
          )}
        </Text>
      }
      range={range}
      sourceIds={productionSource}
      dimension={{
        value: view.table,
        options: tableDimensions,
        name: (table) => localized(dimensionNouns[table].one),
        label: t('breakdown.dimension'),
        testId: 'breakdown-dimension',
        onChange: (table) => onChange({ table }),
      }}
      size={{ value: view.tableSize, options: tableSizes, label: t('controls.top'), testId: 'breakdown-size', onChange: (tableSize) => onChange({ tableSize }) }}
      query={breakdown}
      what={t('breakdown.what', { dimension })}
      noResults={t('breakdown.noResults')}
      loadingTestId={`${view.table}-breakdown-loading`}
      // Shown only with an answer: named by the dimension it answered, which may lag the one chosen.
      noResultsTestId={`${data?.by ?? view.table}-breakdown-no-results`}
      skeletonHeight={280}
      note={t('breakdown.note')}
      renderTable={(answer, loading) => <ProductionBreakdownTable breakdown={answer} loading={loading} />}
    />
  );
}
