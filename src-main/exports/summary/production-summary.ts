import type { CommandOutput, ParsedInput } from '../../../src-shared/contract';
import type { DatasetUnit } from '../../../src-shared/contract/data';
import { productionMeasures } from '../../../src-shared/domain/production-measures';
import { mpcdTo, mpcTo, type RateUnit, type VolumeUnit } from '../../../src-shared/domain/units';
import { unitLabel } from '../../datasets/columns';
import { integerCol, numberCol, textCol, type SheetTable } from '../sheet-table';
import { dimensionLabels, periodColumn, periodValue, rangeText, shareColumn, sum } from './summary-labels';

/**
 * The production answers in the export's unit: a volume unit and its daily rate (MPC with MPCD, KPC
 * with KPCD, m³ with m³/d). GBTUD depends on each field's heating value, which totals have lost: the
 * summary then stays in MPC and MPCD and says so (the "Datos" sheet has GBTUD row by row).
 */
function unitsFor(unit: DatasetUnit): { volume: VolumeUnit; rate: Exclude<RateUnit, 'GBTUD'>; note: string | null } {
  switch (unit) {
    case 'KPC':
    case 'KPCD':
      return { volume: 'KPC', rate: 'KPCD', note: null };
    case 'm3':
    case 'm3/d':
      return { volume: 'm3', rate: 'm3/d', note: null };
    case 'GBTUD':
      return { volume: 'MPC', rate: 'MPCD', note: 'El resumen va en MPC y MPCD: la conversión a GBTUD depende del poder calorífico de cada campo (ver la hoja Datos).' };
    default:
      return { volume: 'MPC', rate: 'MPCD', note: null };
  }
}

const measureLabel = (id: string) => productionMeasures.find((m) => m.id === id)?.label ?? id;

export function productionSeriesTable(input: ParsedInput<'production.series'>, output: CommandOutput<'production.series'>, unit: DatasetUnit): SheetTable {
  const units = unitsFor(unit);
  const volume = (mpc: number) => mpcTo(units.volume, mpc);
  const rate = (mpcd: number) => mpcdTo(units.rate, mpcd);
  const totalVolume = sum(output.points.map((p) => p.volumeMpc));
  const totalDays = sum(output.points.map((p) => p.days));
  return {
    title: `${measureLabel(output.measure)} ${output.granularity === 'month' ? 'mensual' : 'anual'} (${rangeText(input.from, input.to)})`,
    columns: [periodColumn(output.granularity), numberCol(`Volumen (${unitLabel(units.volume)})`), numberCol(`Tasa media diaria (${unitLabel(units.rate)})`), integerCol('Días'), integerCol('Meses con datos')],
    rows: output.points.map((p) => [periodValue(p.period, output.granularity), volume(p.volumeMpc), rate(p.rateMpcd), p.days, p.months]),
    totals: ['Total', volume(totalVolume), rate(totalDays > 0 ? totalVolume / totalDays : 0), totalDays, sum(output.points.map((p) => p.months))],
    notes: [
      'La tasa media divide el volumen entre los días calendario de los meses cargados; un año promedia sus días, no suma tasas.',
      ...(units.note ? [units.note] : []),
    ],
  };
}

export function productionBreakdownTable(input: ParsedInput<'production.breakdown'>, output: CommandOutput<'production.breakdown'>, unit: DatasetUnit): SheetTable {
  const units = unitsFor(unit);
  const volume = (mpc: number) => mpcTo(units.volume, mpc);
  const rate = (mpcd: number) => mpcdTo(units.rate, mpcd);
  const by = dimensionLabels[output.by] ?? output.by;
  const restShare = output.totalVolumeMpc > 0 ? output.rest.volumeMpc / output.totalVolumeMpc : 0;
  return {
    title: `${measureLabel(output.measure)} por ${by.toLowerCase()} (${rangeText(output.from, output.to)})`,
    columns: [textCol('Clave'), textCol(by), numberCol(`Volumen (${unitLabel(units.volume)})`), numberCol(`Tasa media diaria (${unitLabel(units.rate)})`), shareColumn],
    rows: [
      ...output.items.map((item) => [item.key, item.label, volume(item.volumeMpc), rate(item.rateMpcd), item.share]),
      ...(output.rest.count > 0 ? [[null, `Resto (${output.rest.count})`, volume(output.rest.volumeMpc), rate(output.rest.rateMpcd), restShare]] : []),
    ],
    totals: [null, 'Total', volume(output.totalVolumeMpc), rate(output.totalRateMpcd), output.totalVolumeMpc > 0 ? 1 : 0],
    notes: [`Los ${input.top} mayores y el resto; tasa sobre ${output.days} días cargados.`, ...(units.note ? [units.note] : [])],
  };
}
