import { VisuallyHidden } from '@mantine/core';
import type { ProductionSeriesPoint } from '../../src-shared/contract/production';
import { formatPeriodLong } from '../format/period-format';
import { useLanguage, useMessages } from '../i18n/language-context';
import { formatQuantity, unitLabels } from '../format/units';
import type { ProductionDisplay } from './production-display';
import { productionMessages } from './production-messages';

/** The chart's numbers as a table: for screen readers, and for tests that must read what is shown. */
export function SeriesTable({ points, caption, display }: { points: readonly ProductionSeriesPoint[]; caption: string; display: ProductionDisplay }) {
  const t = useMessages(productionMessages);
  const { language } = useLanguage();
  return (
    <VisuallyHidden>
      <table data-testid="production-chart-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.month')}</th>
            <th scope="col">{t('table.rate', { unit: unitLabels[display.rateUnit] })}</th>
            <th scope="col">{t('table.volume', { unit: unitLabels[display.volumeUnit] })}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.period} data-period={point.period}>
              <th scope="row">{formatPeriodLong(point.period, language)}</th>
              <td data-value={point.rateMpcd}>{formatQuantity(point.rate, display.rateUnit)}</td>
              <td data-value={point.volumeMpc}>{formatQuantity(point.volume, display.volumeUnit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </VisuallyHidden>
  );
}
