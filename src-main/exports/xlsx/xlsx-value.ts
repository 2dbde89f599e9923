import type ExcelJS from 'exceljs';
import type { CellValue, ColumnType } from '../../../src-shared/contract/data';
import { assertNever } from '../../../src-shared/domain/units';
import { neutraliseText } from '../neutralise-text';

const monthDates = new Map<string, Date>();

/** `2024-03` as the first day of the month at 00:00 UTC (exceljs writes dates as UTC serial numbers). */
export function monthDate(period: string): Date | null {
  let date = monthDates.get(period);
  if (date === undefined) {
    const match = /^(\d{4})-(\d{2})$/.exec(period);
    if (!match) return null;
    date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
    monthDates.set(period, date);
  }
  return date;
}

function isoDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

/**
 * A dataset value as a typed cell: numbers stay numbers (negative ones too), months and dates become
 * real dates, text is neutralised against formula injection.
 */
export function xlsxValue(value: CellValue, type: ColumnType): ExcelJS.CellValue {
  if (value === null) return null;
  switch (type) {
    case 'number':
    case 'integer':
      return typeof value === 'number' ? (Number.isFinite(value) ? value : null) : neutraliseText(value);
    case 'month':
      return typeof value === 'string' ? (monthDate(value) ?? neutraliseText(value)) : value;
    case 'date':
      return typeof value === 'string' ? (isoDate(value) ?? neutraliseText(value)) : value;
    case 'text':
      // Tables of mixed values (metadata: a count beside a name) keep their numbers as numbers.
      return typeof value === 'number' ? value : neutraliseText(value);
    default:
      return assertNever(type);
  }
}
