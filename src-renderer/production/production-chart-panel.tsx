import { Box, LoadingOverlay, Paper, Skeleton, Text } from '@mantine/core';
import { useMemo } from 'react';
import { ErrorNotice } from '../app/error-notice';
import { useWorkspace } from '../app/workspace-context';
import { useClientQuery } from '../client/use-client-query';
import type { PeriodRange } from '../filters/period-range';
import { usePageFilters } from '../filters/use-page-filters';
import { formatPeriodRange } from '../format/period-format';
import { useLanguage, useLocalized, useMessages } from '../i18n/language-context';
import { ChartLineageButton } from '../sources/lineage-button';
import { heatingValueNote } from './heating-value-note';
import { ProductionChart } from './production-chart';
import { productionChartText } from './production-chart-option';
import type { ProductionDisplay } from './production-display';
import { dimensionNouns, measureLabels, productionMessages } from './production-messages';
import type { ProductionView } from './production-route';
import { fetchStackedProduction } from './stacked-production-query';
import { withRestGroup } from './stacked-series';

const CHART_HEIGHT = 380;
const productionSource = ['anh-production'] as const;

export function ProductionChartPanel({ view }: { view: ProductionView }) {
  const t = useMessages(productionMessages);
  const localized = useLocalized();
  const { language } = useLanguage();
  const { facts, range, rateUnit, volumeUnit } = usePageFilters();
  const { dataVersion } = useWorkspace();
  const request = useMemo(
    () => ({ facts, measure: view.measure, rateUnit, volumeUnit, stack: view.stack, size: view.stackSize }),
    [facts, view.measure, rateUnit, volumeUnit, view.stack, view.stackSize],
  );
  const query = useClientQuery('production.series', request, fetchStackedProduction, dataVersion);
  const drawn = query.dataInput;

  // Everything drawn comes from the answered request, not the one in flight, so axis, title and data agree.
  const drawnFrom = drawn?.facts.from ?? range?.from;
  const drawnTo = drawn?.facts.to ?? range?.to;
  const drawnRange = useMemo<PeriodRange | null>(() => (drawnFrom && drawnTo ? { from: drawnFrom, to: drawnTo } : null), [drawnFrom, drawnTo]);
  const data = query.data;
  // Units of the answer on screen, not of the filter (a new unit may still be loading).
  const drawnRateUnit = data?.rateUnit ?? rateUnit;
  const drawnVolumeUnit = data?.volumeUnit ?? volumeUnit;
  const display = useMemo<ProductionDisplay>(() => ({ magnitude: view.magnitude, rateUnit: drawnRateUnit, volumeUnit: drawnVolumeUnit }), [view.magnitude, drawnRateUnit, drawnVolumeUnit]);
  const groups = useMemo(() => {
    if (!data || !drawn?.stack) return [];
    const noun = dimensionNouns[drawn.stack][data.restCount === 1 ? 'one' : 'many'];
    const restLabel = data.restCount > 0 ? t('othersCount', { count: data.restCount, noun: localized(noun) }) : t('others');
    return withRestGroup(data.total, data.groups, restLabel);
  }, [data, drawn?.stack, t, localized]);
  const stackNote = drawn?.stack ? t('chart.stackedBy', { dimension: localized(dimensionNouns[drawn.stack].one), top: drawn.size }) : undefined;
  const drawnMeasure = drawn?.measure ?? view.measure;
  const subject = drawnRange
    ? `${productionChartText(drawnMeasure, display, language, stackNote).title} · ${formatPeriodRange(drawnRange.from, drawnRange.to, language)}`
    : productionChartText(drawnMeasure, display, language).title;

  return (
    <Paper withBorder radius="md" p="md" pos="relative">
      <ChartLineageButton sourceIds={productionSource} subject={subject} />
      {query.status === 'error' ? (
        <ErrorNotice what={t('chart.what')} error={query.error} onRetry={query.reload} />
      ) : data === null || drawnRange === null ? (
        <Skeleton height={CHART_HEIGHT} data-testid="production-chart-loading" />
      ) : data.total.length === 0 ? (
        <Box mih={120} data-testid="production-chart-no-results" data-loading={query.status === 'loading'}>
          <Text fw={600}>{t('chart.noResults')}</Text>
          <Text size="sm" c="dimmed">
            {t('chart.noResultsDetail', { measure: measureLabels[drawnMeasure][language], range: formatPeriodRange(drawnRange.from, drawnRange.to, language) })}
          </Text>
        </Box>
      ) : (
        <>
          <LoadingOverlay visible={query.status === 'loading'} zIndex={10} overlayProps={{ blur: 1 }} />
          <ProductionChart
            total={data.total}
            groups={groups}
            range={drawnRange}
            measure={drawnMeasure}
            display={display}
            stackNote={stackNote}
            loading={query.status === 'loading'}
            height={CHART_HEIGHT}
          />
          {data.heatingValues && display.magnitude === 'rate' && (
            <Text size="xs" c="dimmed" mt="xs" data-testid="production-heating-note">
              {heatingValueNote(data.heatingValues, language)}
            </Text>
          )}
        </>
      )}
    </Paper>
  );
}
