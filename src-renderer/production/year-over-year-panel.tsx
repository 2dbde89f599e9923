import { Box, LoadingOverlay, Paper, Skeleton, Text, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { parsePeriod } from '../../src-shared/domain/period';
import { ErrorNotice } from '../app/error-notice';
import { useWorkspace } from '../app/workspace-context';
import { EChartsView } from '../charts/echarts-view';
import { useCommand } from '../client/use-command';
import { usePageFilters } from '../filters/use-page-filters';
import { monthName } from '../format/period-format';
import { formatChange, formatQuantity } from '../format/units';
import { useLanguage, useMessages } from '../i18n/language-context';
import { ChartLineageButton } from '../sources/lineage-button';
import { displayUnit, type ProductionDisplay } from './production-display';
import { productionMessages } from './production-messages';
import type { ProductionView } from './production-route';
import { yearOverYear, yearOverYearOption, yearOverYearRange, yearOverYearTitle } from './year-over-year';

const CHART_HEIGHT = 320;
const productionSource = ['anh-production'] as const;

/**
 * This year against last year, month by month. "This year" is the year of the last month of the
 * period filter, so the comparison follows the window the analyst is looking at; the entity filters
 * apply, the period filter's start does not (the comparison always spans both full years).
 */
export function YearOverYearPanel({ view }: { view: ProductionView }) {
  const t = useMessages(productionMessages);
  const { language } = useLanguage();
  const { facts, range, rateUnit, volumeUnit } = usePageFilters();
  const { dataVersion } = useWorkspace();
  const year = range ? parsePeriod(range.to).year : null;
  const input = useMemo(() => {
    if (year === null) return null;
    const { from: _from, to: _to, ...entities } = facts;
    return { ...entities, ...yearOverYearRange(year), granularity: 'month' as const, measure: view.measure, rateUnit, volumeUnit };
  }, [facts, year, view.measure, rateUnit, volumeUnit]);
  const series = useCommand('production.series', input, dataVersion);
  const drawnYear = series.dataInput?.to ? parsePeriod(series.dataInput.to).year : year;
  const drawnMeasure = series.dataInput?.measure ?? view.measure;
  const drawnRateUnit = series.data?.rateUnit ?? rateUnit;
  const drawnVolumeUnit = series.data?.volumeUnit ?? volumeUnit;
  const display = useMemo<ProductionDisplay>(() => ({ magnitude: view.magnitude, rateUnit: drawnRateUnit, volumeUnit: drawnVolumeUnit }), [view.magnitude, drawnRateUnit, drawnVolumeUnit]);
  const months = useMemo(() => (series.data && drawnYear !== null ? yearOverYear(series.data.points, drawnYear, display) : null), [series.data, drawnYear, display]);
  const option = useMemo(
    () => (months && drawnYear !== null ? yearOverYearOption(months, drawnYear, drawnMeasure, display, language) : null),
    [months, drawnYear, drawnMeasure, display, language],
  );
  const title = drawnYear !== null ? yearOverYearTitle(drawnMeasure, drawnYear, display, language) : '';
  const unit = displayUnit(display);

  return (
    <Paper withBorder radius="md" p="md" pos="relative">
      <ChartLineageButton sourceIds={productionSource} subject={title} />
      {series.status === 'error' ? (
        <ErrorNotice what={t('yoy.what')} error={series.error} onRetry={series.reload} />
      ) : option === null || months === null || drawnYear === null ? (
        <Skeleton height={CHART_HEIGHT} data-testid="production-yoy-loading" />
      ) : months.every((row) => row.current === null && row.previous === null) ? (
        <Text size="sm" c="dimmed" data-testid="production-yoy-no-results">
          {t('yoy.noData', { year: drawnYear, previous: drawnYear - 1 })}
        </Text>
      ) : (
        <Box data-testid="production-yoy" data-year={drawnYear} data-months={JSON.stringify(months)} data-loading={series.status === 'loading'}>
          <LoadingOverlay visible={series.status === 'loading'} zIndex={10} overlayProps={{ blur: 1 }} />
          <EChartsView option={option} height={CHART_HEIGHT} ariaLabel={`${title}. ${t('chart.source')}.`} />
          <VisuallyHidden>
            <table>
              <caption>{`${title}. ${t('yoy.tableCaption')}.`}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('table.month')}</th>
                  <th scope="col">{drawnYear - 1}</th>
                  <th scope="col">{drawnYear}</th>
                  <th scope="col">{t('yoy.change')}</th>
                </tr>
              </thead>
              <tbody>
                {months.map((row) => (
                  <tr key={row.month}>
                    <th scope="row">{monthName(row.month, language)}</th>
                    <td>{formatQuantity(row.previous, unit)}</td>
                    <td>{formatQuantity(row.current, unit)}</td>
                    <td>{formatChange(row.change)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </VisuallyHidden>
        </Box>
      )}
    </Paper>
  );
}
