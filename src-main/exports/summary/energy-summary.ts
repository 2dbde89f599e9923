import type { CommandOutput } from '../../../src-shared/contract';
import { demandSectorLabels } from '../../../src-shared/contract/demand';
import { integerCol, numberCol, textCol, type SheetTable } from '../sheet-table';
import { demandScenarioLabels } from '../../datasets/demand/demand-labels';
import { periodColumn, periodValue, rangeText } from './summary-labels';

/** Declared supply: the total per period, then each split series as a long table, the heating values used. */
export function declarationSeriesTables(output: CommandOutput<'declaration.series'>): SheetTable[] {
  const period = periodColumn(output.granularity);
  const resolution = output.resolution ? `resolución ${output.resolution.id}, declaración ${output.declarationPeriod}` : 'sin declaración cargada';
  const tables: SheetTable[] = [
    {
      title: `Declaración de producción (${output.productionTypes.join(', ')}) — ${resolution}`,
      columns: [period, numberCol(`Total (${output.unit})`, '#,##0.0000'), integerCol('Meses')],
      rows: output.points.map((p) => [periodValue(p.period, output.granularity), p.value, p.months]),
      notes: output.notes,
    },
  ];
  if (output.series.length > 0) {
    tables.push({
      title: 'Por serie',
      columns: [textCol('Clave'), textCol('Serie'), period, numberCol(output.unit, '#,##0.0000')],
      rows: output.series.flatMap((s) => s.points.map((p) => [s.key, s.label, periodValue(p.period, output.granularity), p.value])),
    });
  }
  if (output.heatingValues.length > 0) {
    tables.push({
      title: 'Poder calorífico usado para MPCD',
      columns: [textCol('Campo'), textCol('Hoja'), numberCol('Poder calorífico (BTU/PC)'), textCol('Origen')],
      rows: output.heatingValues.map((h) => [h.field, h.sheet, h.btuPerCf, h.basis]),
    });
  }
  return tables;
}

/** Projected demand: one row per period and scenario, history marked. */
export function demandSeriesTable(output: CommandOutput<'demand.series'>): SheetTable {
  const first = output.points[0]?.period;
  const last = output.points.at(-1)?.period;
  return {
    title: `Demanda de gas: ${demandSectorLabels[output.sector]}, ${output.area === 'national' ? 'nacional' : output.area === 'regions' ? 'regiones elegidas' : 'nodos elegidos'} — edición ${output.edition ?? '(ninguna cargada)'} (${rangeText(first, last)})`,
    columns: [periodColumn(output.granularity), textCol('Escenario'), textCol('Histórico'), numberCol('Demanda (GBTUD)', '#,##0.0000'), integerCol('Meses'), integerCol('Meses históricos')],
    rows: output.points.map((p) => [periodValue(p.period, output.granularity), demandScenarioLabels[p.scenario], p.history ? 'Sí' : 'No', p.gbtud, p.months, p.historyMonths]),
    notes: [
      'GBTUD es una tasa diaria: un año promedia sus meses, nunca los suma.',
      ...(output.projectionStart ? [`La proyección empieza en ${output.projectionStart}.`] : []),
    ],
  };
}
