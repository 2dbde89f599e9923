import type { CommandOutput } from '../../../src-shared/contract';
import { royaltyMeasureLabels } from '../../../src-shared/contract/royalties';
import { unitLabel } from '../../datasets/columns';
import { integerCol, numberCol, textCol, type SheetTable } from '../sheet-table';
import { dimensionLabels, periodColumn, periodValue, rangeText, shareColumn, sum } from './summary-labels';

export function royaltiesSeriesTable(output: CommandOutput<'royalties.series'>): SheetTable {
  const v = unitLabel(output.volumeUnit);
  const total = (pick: (p: (typeof output.points)[number]) => number) => sum(output.points.map(pick));
  const first = output.points[0]?.period;
  const last = output.points.at(-1)?.period;
  return {
    title: `Regalías de gas ${output.granularity === 'month' ? 'mensuales' : 'anuales'} (${rangeText(first, last)})`,
    columns: [
      periodColumn(output.granularity),
      numberCol('Regalías (COP)'),
      numberCol('Regalías (USD)'),
      integerCol('Liquidaciones sin TRM'),
      numberCol(`Producción gravable (${v})`),
      numberCol(`Volumen de regalía (${v})`),
      integerCol('Liquidaciones'),
      integerCol('Meses con datos'),
    ],
    rows: output.points.map((p) => [periodValue(p.period, output.granularity), p.royaltiesCop, p.royaltiesUsd, p.rowsWithoutTrm, p.taxableVolume, p.royaltyVolume, p.rows, p.months]),
    totals: ['Total', total((p) => p.royaltiesCop), total((p) => p.royaltiesUsd), total((p) => p.rowsWithoutTrm), total((p) => p.taxableVolume), total((p) => p.royaltyVolume), total((p) => p.rows), total((p) => p.months)],
    notes: ['USD: cada liquidación a su TRM promedio; las liquidaciones sin TRM quedan fuera de la columna USD y se cuentan aparte.'],
  };
}

export function royaltiesBreakdownTable(output: CommandOutput<'royalties.breakdown'>): SheetTable {
  const v = unitLabel(output.volumeUnit);
  const by = dimensionLabels[output.by] ?? output.by;
  const measure = royaltyMeasureLabels[output.measure];
  const restShare = output.total > 0 ? output.rest.value / output.total : 0;
  return {
    title: `${measure} por ${by.toLowerCase()} (${rangeText(output.from, output.to)})`,
    columns: [textCol('Clave'), textCol(by), numberCol(`${measure} (${unitLabel(output.unit)})`), shareColumn, numberCol('Regalías (COP)'), numberCol('Regalías (USD)'), numberCol(`Producción gravable (${v})`), numberCol(`Volumen de regalía (${v})`)],
    rows: [
      ...output.items.map((i) => [i.key, i.label, i.value, i.share, i.royaltiesCop, i.royaltiesUsd, i.taxableVolume, i.royaltyVolume]),
      ...(output.rest.count > 0 ? [[null, `Resto (${output.rest.count})`, output.rest.value, restShare, null, null, null, null]] : []),
    ],
    totals: [null, 'Total', output.total, output.total > 0 ? 1 : 0, null, null, null, null],
  };
}
