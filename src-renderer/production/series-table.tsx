import { VisuallyHidden } from '@mantine/core';
import type { ProductionSeriesPoint } from '../../src-shared/contract/production';
import { formatRateMpcd, formatVolumeMpc } from '../format/number-format';
import { formatPeriodLong } from '../format/period-format';
import { PRODUCTION_CHART_SOURCE, PRODUCTION_CHART_TITLE } from './production-chart-option';

/** The chart's numbers as a table: for screen readers, and for tests that must read what is shown. */
export function SeriesTable({ points }: { points: readonly ProductionSeriesPoint[] }) {
  return (
    <VisuallyHidden>
      <table data-testid="production-chart-table">
        <caption>
          {PRODUCTION_CHART_TITLE}. {PRODUCTION_CHART_SOURCE}.
        </caption>
        <thead>
          <tr>
            <th scope="col">Mes</th>
            <th scope="col">Tasa media (MPCD)</th>
            <th scope="col">Volumen (MPC)</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.period} data-period={point.period}>
              <th scope="row">{formatPeriodLong(point.period)}</th>
              <td data-value={point.rateMpcd}>{formatRateMpcd(point.rateMpcd)}</td>
              <td data-value={point.volumeMpc}>{formatVolumeMpc(point.volumeMpc)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </VisuallyHidden>
  );
}
