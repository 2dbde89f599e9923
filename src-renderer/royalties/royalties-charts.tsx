import { Box, LoadingOverlay, Paper, Skeleton, Text, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import type { CommandOutput } from '../../src-shared/contract';
import type { Granularity } from '../../src-shared/contract/filters';
import { EChartsView } from '../charts/echarts-view';
import { periodAxis, periodLongLabel } from '../charts/period-axis';
import type { PeriodRange } from '../filters/period-range';
import { formatNumber } from '../format/number-format';
import { formatQuantity } from '../format/units';
import { useLanguage, useMessages } from '../i18n/language-context';
import { ChartLineageButton } from '../sources/lineage-button';
import { formatPrice, royaltiesMoneyOption, royaltiesMoneyTitle, royaltiesVolumeOption, royaltiesVolumeTitle } from './royalties-chart-option';
import { royaltiesMessages } from './royalties-messages';
import type { RoyaltyCurrency } from './royalties-route';
import { impliedPrice, royaltiesIn } from './royalties-totals';

const CHART_HEIGHT = 340;
const royaltiesSource = ['anh-royalties'] as const;

export interface RoyaltiesChartsProps {
  series: CommandOutput<'royalties.series'>;
  /** The filter's months the series was asked for: the axis spans them even where nothing was settled. */
  range: PeriodRange | null;
  granularity: Granularity;
  currency: RoyaltyCurrency;
  loading: boolean;
}

/**
 * The money over time, then the taxable volume and the implied price beside it, from one series answer.
 * `data-series` carries the exact points (for tests and inspection); a hidden table reads them out.
 */
export function RoyaltiesCharts({ series, range, granularity, currency, loading }: RoyaltiesChartsProps) {
  const t = useMessages(royaltiesMessages);
  const { language } = useLanguage();
  const { volumeUnit, points } = series;
  const axis = useMemo(() => periodAxis(points.map((point) => point.period), granularity, range), [points, granularity, range]);
  const chartInput = useMemo(() => ({ points, axis, currency, granularity, volumeUnit, language }), [points, axis, currency, granularity, volumeUnit, language]);
  const moneyOption = useMemo(() => royaltiesMoneyOption(chartInput), [chartInput]);
  const volumeOption = useMemo(() => royaltiesVolumeOption(chartInput), [chartInput]);
  const money = royaltiesMoneyTitle(currency, granularity, language);
  const volume = royaltiesVolumeTitle(currency, volumeUnit, language);

  return (
    <>
      <Paper withBorder radius="md" p="md" pos="relative">
        <ChartLineageButton sourceIds={royaltiesSource} subject={money.title} />
        <Box data-testid="royalties-chart" data-loading={loading} data-series={JSON.stringify(points)} data-currency={currency} data-granularity={granularity}>
          <LoadingOverlay visible={loading} zIndex={10} overlayProps={{ blur: 1 }} />
          <EChartsView option={moneyOption} height={CHART_HEIGHT} ariaLabel={`${money.title}. ${money.source}.`} />
          <VisuallyHidden>
            <table data-testid="royalties-chart-table">
              <caption>{`${money.title}. ${t('table.caption')}.`}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('table.period')}</th>
                  <th scope="col">{t('breakdown.cop')}</th>
                  <th scope="col">{t('breakdown.usd')}</th>
                  <th scope="col">{t('chart.taxable')}</th>
                  <th scope="col">{t('chart.price')}</th>
                </tr>
              </thead>
              <tbody>
                {points.map((point) => (
                  <tr key={point.period} data-period={point.period} data-value={royaltiesIn(point, currency)}>
                    <th scope="row">{periodLongLabel(point.period, language)}</th>
                    <td>{formatQuantity(point.royaltiesCop, 'COP', 0)}</td>
                    <td>
                      {formatQuantity(point.royaltiesUsd, 'USD', 2)}
                      {point.rowsWithoutTrm > 0 ? ` (${t('tooltip.withoutTrm', { count: formatNumber(point.rowsWithoutTrm, 0) })})` : ''}
                    </td>
                    <td>{formatQuantity(point.taxableVolume, volumeUnit)}</td>
                    <td>{formatPrice(impliedPrice(point, currency), currency, volumeUnit)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </VisuallyHidden>
        </Box>
      </Paper>
      <Paper withBorder radius="md" p="md" pos="relative">
        <ChartLineageButton sourceIds={royaltiesSource} subject={volume.title} />
        <Box data-testid="royalties-volume-chart" data-loading={loading}>
          <LoadingOverlay visible={loading} zIndex={10} overlayProps={{ blur: 1 }} />
          <EChartsView option={volumeOption} height={CHART_HEIGHT} ariaLabel={`${volume.title}. ${volume.source}.`} />
        </Box>
        <Text size="xs" c="dimmed" mt="xs">
          {t('chart.priceNote')}
        </Text>
      </Paper>
    </>
  );
}

/** While the first answer is on its way. */
export function RoyaltiesChartsLoading() {
  return (
    <>
      <Skeleton height={CHART_HEIGHT} data-testid="royalties-chart-loading" />
      <Skeleton height={CHART_HEIGHT} />
    </>
  );
}
