import { productionMeasureIds, type MeasureVolumes } from '../../../../../src-shared/domain/production-measures';
import type { AnhMonthlyRow, AnhRejectReasonCode } from '../types';
import { monthlyColumnLabels } from './column-headers';
import { describePeriod } from './month-names';
import type { CellReading } from './read-cells';
import type { MonthlyRowCandidate } from './read-monthly-row';

export type MonthlyRowOutcome =
  | { readonly kind: 'row'; readonly row: AnhMonthlyRow }
  | { readonly kind: 'reject'; readonly reasonCode: AnhRejectReasonCode; readonly reason: string };

/**
 * Decides whether a data line is a field's monthly row or a reject, and says why in Spanish. The first
 * problem found is reported: a missing field name, unreadable numbers, no numbers at all, then AÑO/MES
 * that cannot be read or belong to another month than the sheet's.
 */
export function classifyMonthlyRow(
  candidate: MonthlyRowCandidate,
  sheet: string,
  period: { readonly year: number; readonly month: number },
): MonthlyRowOutcome {
  const measureEntries = productionMeasureIds.map((measure) => [measure, candidate.measures[measure]] as const);
  const bad = measureEntries.filter(([, reading]) => reading.kind === 'bad');
  const hasNumbers = measureEntries.some(([, reading]) => reading.kind === 'value');

  if (candidate.field === '') {
    return reject('missing-field', hasNumbers ? 'Fila con valores pero sin nombre de CAMPO' : 'Fila sin nombre de CAMPO ni valores de producción');
  }
  if (bad.length > 0) {
    const cells = bad.map(([measure, reading]) => `${monthlyColumnLabels[measure]} = «${(reading as { text: string }).text}»`).join('; ');
    return reject('bad-number', `Valor no numérico en ${cells}`);
  }
  if (!hasNumbers) return reject('no-measures', `El campo «${candidate.field}» no tiene ningún valor de producción`);

  const year = periodPart(candidate.year, period.year);
  if (year === 'bad') return reject('bad-year', `AÑO ilegible: «${badText(candidate.year)}»`);
  const month = periodPart(candidate.month, period.month);
  if (month === 'bad') return reject('bad-month', `MES ilegible: «${badText(candidate.month)}»`);
  if (year !== period.year) {
    return reject('year-mismatch', `La fila es de ${describePeriod(year, month)} y la hoja de ${describePeriod(period.year, period.month)}`);
  }
  if (month !== period.month) {
    return reject('month-mismatch', `La fila es de ${describePeriod(year, month)} y la hoja de ${describePeriod(period.year, period.month)}`);
  }

  const measures = Object.fromEntries(
    measureEntries.map(([measure, reading]) => [measure, reading.kind === 'value' ? reading.value : null]),
  ) as MeasureVolumes;
  return {
    kind: 'row',
    row: {
      sheet,
      row: candidate.source.rowNumber,
      year,
      month,
      field: candidate.field,
      contract: candidate.contract === '' ? null : candidate.contract,
      operator: candidate.operator,
      department: candidate.department,
      municipality: candidate.municipality,
      measures,
    },
  };
}

/** A blank AÑO/MES cell takes the sheet's value (ANH left one row of its history without a month). */
function periodPart(reading: CellReading, sheetValue: number): number | 'bad' {
  switch (reading.kind) {
    case 'blank':
      return sheetValue;
    case 'value':
      return reading.value;
    case 'bad':
      return 'bad';
  }
}

function badText(reading: CellReading): string {
  return reading.kind === 'bad' ? reading.text : '';
}

function reject(reasonCode: AnhRejectReasonCode, reason: string): MonthlyRowOutcome {
  return { kind: 'reject', reasonCode, reason };
}
