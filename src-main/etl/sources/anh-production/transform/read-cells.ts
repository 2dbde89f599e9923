import type { Cell } from '../../../xlsx';
import { foldText } from '../../../text/fold-text';
import { parseMonthText } from './month-names';

export type CellReading = { readonly kind: 'blank' } | { readonly kind: 'value'; readonly value: number } | { readonly kind: 'bad'; readonly text: string };

const BLANK: CellReading = { kind: 'blank' };
/** Written-out "nothing here" markers: a dash, or ANH's N.D. (no definido). */
const NO_VALUE_MARKERS = new Set(['-', '–', '—', 'N.D.', 'N.D', 'ND', 'N/D']);
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
const GROUPED_ES = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const GROUPED_EN = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * A volume or rate cell. Numbers pass; numbers typed as text are accepted when unambiguous ("12,5",
 * "1.234,56"); a dash or N.D. means no value; anything else (words, formula errors, dates) is bad.
 */
export function readNumberCell(cell: Cell | undefined): CellReading {
  if (!cell) return BLANK;
  if (cell.error !== null) return { kind: 'bad', text: cell.error };
  const value = cell.value;
  if (value === null) return cell.formula !== null ? { kind: 'bad', text: `=${cell.formula} (sin valor calculado)` } : BLANK;
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'value', value } : { kind: 'bad', text: String(value) };
  if (typeof value !== 'string') return { kind: 'bad', text: value instanceof Date ? value.toISOString().slice(0, 10) : String(value) };
  const text = value.trim();
  if (text === '' || NO_VALUE_MARKERS.has(text.toUpperCase())) return BLANK;
  const number = numberFromText(text);
  return number === null ? { kind: 'bad', text } : { kind: 'value', value: number };
}

function numberFromText(text: string): number | null {
  if (PLAIN_NUMBER.test(text)) return Number(text.replace(',', '.'));
  if (GROUPED_ES.test(text)) return Number(text.replace(/\./g, '').replace(',', '.'));
  if (GROUPED_EN.test(text)) return Number(text.replace(/,/g, ''));
  return null;
}

/** AÑO cell: a year number (also typed as text or as a date). */
export function readYearCell(cell: Cell | undefined): CellReading {
  if (cell?.value instanceof Date) return { kind: 'value', value: cell.value.getUTCFullYear() };
  const reading = readNumberCell(cell);
  if (reading.kind === 'value' && !(Number.isInteger(reading.value) && reading.value >= 1900 && reading.value <= 2200)) {
    return { kind: 'bad', text: String(reading.value) };
  }
  return reading;
}

/** MES cell: 1–12, a month name ("ENERO", "Sep") or a date. */
export function readMonthCell(cell: Cell | undefined): CellReading {
  const value = cell?.value;
  if (value instanceof Date) return { kind: 'value', value: value.getUTCMonth() + 1 };
  if (typeof value === 'string' && /\p{L}/u.test(value) && !NO_VALUE_MARKERS.has(foldText(value))) {
    const named = parseMonthText(value);
    return named ? { kind: 'value', value: named.month } : { kind: 'bad', text: value.trim() };
  }
  const reading = readNumberCell(cell);
  if (reading.kind === 'value' && !(Number.isInteger(reading.value) && reading.value >= 1 && reading.value <= 12)) {
    return { kind: 'bad', text: String(reading.value) };
  }
  return reading;
}
