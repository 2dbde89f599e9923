import { resolveDepartment } from '../../../../../src-shared/domain/territory';
import type { RejectToStore } from '../../../load/lineage';
import { readCoordinate } from '../../dane-territory/transform/colombia-coordinates';
import { cellText, cellValue, type TabularRecord } from '../../../text/tabular-records';
import { apiFieldName, type RoyaltyColumn } from '../royalty-columns';
import type { RoyaltyRow } from '../types';
import { readSocrataNumber } from './socrata-number';

export type RoyaltyColumns = Partial<Record<RoyaltyColumn, string>>;

export type RoyaltyRowOutcome =
  | { kind: 'row'; row: RoyaltyRow; coordinatesDiscarded: boolean }
  | { kind: 'oil' }
  | { kind: 'blank' }
  | { kind: 'reject'; reject: RejectToStore };

const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

/** Optional numeric fields: a malformed value rejects the row (a royalty must not be half-read). */
const optionalNumbers = ['trm', 'priceUsd', 'royaltyPercent', 'taxableVolume', 'royaltyVolume'] as const;

/**
 * One record of the royalties dataset → a gas row, an oil row to skip, or a reject with its reason and
 * raw cells. Pure. Department names resolve through the DIVIPOLA table exactly; an unknown name rejects
 * the row, an empty or "not defined" one keeps it without department (national totals stay whole).
 */
export function transformRoyaltyRow(record: TabularRecord, columns: RoyaltyColumns, sheet: 'json' | null): RoyaltyRowOutcome {
  const text = (column: RoyaltyColumn) => cellText(record, columns[column]);
  if (Object.values(record.cells).every((v) => v === null || v === undefined || String(v).trim() === '')) return { kind: 'blank' };
  const reject = (reasonCode: string, reason: string): RoyaltyRowOutcome => ({
    kind: 'reject',
    reject: { sheet, row: record.row, reasonCode, reason, raw: { ...record.cells } },
  });

  const hydrocarbon = text('hydrocarbonType').toUpperCase();
  if (hydrocarbon === 'O') return { kind: 'oil' };
  if (hydrocarbon !== 'G') return reject('bad-hydrocarbon-type', `tipohidrocarburo "${text('hydrocarbonType')}" no es G (gas) ni O (petróleo)`);

  const year = readSocrataNumber(cellValue(record, columns.year));
  if (year.kind !== 'value' || !Number.isInteger(year.value) || year.value < FIRST_YEAR || year.value > LAST_YEAR) {
    return reject('bad-year', `Año inválido: "${text('year')}" (se espera un año entre ${FIRST_YEAR} y ${LAST_YEAR})`);
  }
  const month = readSocrataNumber(cellValue(record, columns.month));
  if (month.kind !== 'value' || !Number.isInteger(month.value) || month.value < 1 || month.value > 12) {
    return reject('bad-month', `Mes inválido: "${text('month')}" (se espera 1 a 12)`);
  }
  const field = text('field');
  if (field === '') return reject('missing-field', 'La fila no tiene campo');

  const department = resolveDepartment(text('department'));
  if (!department.ok && department.reason === 'unknown') return reject('unknown-department', department.message);

  const royalties = readSocrataNumber(cellValue(record, columns.royaltiesCop));
  if (royalties.kind === 'empty') return reject('missing-value', 'La fila no trae el valor de regalías (regaliascop)');
  if (royalties.kind === 'invalid') return reject('bad-number', `regaliascop no es un número: "${royalties.text}"`);

  const numbers: Partial<Record<(typeof optionalNumbers)[number], number | null>> = {};
  for (const column of optionalNumbers) {
    const reading = readSocrataNumber(cellValue(record, columns[column]));
    if (reading.kind === 'invalid') return reject('bad-number', `${apiFieldName(column)} no es un número: "${reading.text}"`);
    numbers[column] = reading.kind === 'value' ? reading.value : null;
  }

  const latitude = readCoordinate(cellValue(record, columns.latitude), 'latitude');
  const longitude = readCoordinate(cellValue(record, columns.longitude), 'longitude');
  const hasPoint = latitude.kind === 'value' && longitude.kind === 'value';
  const optionalText = (column: RoyaltyColumn) => (text(column) === '' ? null : text(column));

  return {
    kind: 'row',
    coordinatesDiscarded: latitude.kind === 'invalid' || longitude.kind === 'invalid',
    row: {
      sheet,
      row: record.row,
      year: year.value,
      month: month.value,
      department: text('department'),
      departmentCode: department.ok ? department.code : null,
      municipality: text('municipality'),
      field,
      contract: optionalText('contract'),
      latitude: hasPoint ? latitude.value : null,
      longitude: hasPoint ? longitude.value : null,
      productionType: optionalText('productionType'),
      regime: optionalText('regime'),
      trmCopPerUsd: numbers.trm ?? null,
      priceUsd: numbers.priceUsd ?? null,
      royaltyPercent: numbers.royaltyPercent ?? null,
      taxableVolumeKpc: numbers.taxableVolume ?? null,
      royaltyVolumeKpc: numbers.royaltyVolume ?? null,
      royaltiesCop: royalties.value,
    },
  };
}
