import { monthNamesEs, toPeriod, type Period } from '../../../../../src-shared/domain/period';
import { foldText } from '../../../text/fold-text';
import type { Cell } from '../../../xlsx/types';

const MONTH_ABBREVIATIONS = new Map<string, number>(
  monthNamesEs.flatMap((name, i) => [
    [foldText(name), i + 1],
    [foldText(name).slice(0, 3), i + 1],
  ]),
);
MONTH_ABBREVIATIONS.set('SET', 9); // "set-24" in some Spanish locales

/**
 * The month a date cell stands for. UPME writes real Excel dates shown as `mmm-yy` (the reader gives
 * UTC dates); text such as "2024-03", "ene-24" or "enero 2024" is read too, in case an edition was saved
 * as text.
 */
export function periodOfCell(cell: Cell | undefined): Period | null {
  const value = cell?.value;
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    return year >= 1990 && year <= 2100 ? toPeriod(year, value.getUTCMonth() + 1) : null;
  }
  if (typeof value === 'string') return periodOfText(value);
  return null;
}

function periodOfText(text: string): Period | null {
  const folded = foldText(text);
  const iso = /^(\d{4})[-/](\d{1,2})(?:[-/]\d{1,2})?$/.exec(folded);
  if (iso) return validPeriod(Number(iso[1]), Number(iso[2]));
  const named = /^([A-Z]+)\.?[\s\-/]*(\d{2}|\d{4})$/.exec(folded);
  if (named) {
    const month = MONTH_ABBREVIATIONS.get(named[1]!);
    const year = named[2]!.length === 2 ? 2000 + Number(named[2]) : Number(named[2]);
    return month ? validPeriod(year, month) : null;
  }
  return null;
}

function validPeriod(year: number, month: number): Period | null {
  return year >= 1990 && year <= 2100 && month >= 1 && month <= 12 ? toPeriod(year, month) : null;
}

export type CellNumber = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid'; raw: string };

/** A GBTUD cell: a number, empty, or something that is not a number (kept raw for the reject). */
export function numberOfCell(cell: Cell | undefined): CellNumber {
  if (!cell) return { kind: 'empty' };
  if (cell.error) return { kind: 'invalid', raw: cell.error };
  const value = cell.value;
  if (value === null) return { kind: 'empty' };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid', raw: String(value) };
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed === '' || trimmed === '-') return { kind: 'empty' };
    // A plain decimal written as text ("123.45"); anything with thousands separators is too ambiguous.
    if (/^-?\d+(\.\d+)?$/.test(trimmed)) return { kind: 'number', value: Number(trimmed) };
    return { kind: 'invalid', raw: value };
  }
  return { kind: 'invalid', raw: value instanceof Date ? value.toISOString() : String(value) };
}

/** Header text of a cell (numbers and dates are not headers). */
export function headerText(cell: Cell | undefined): string | null {
  const value = cell?.value;
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}
