import { columnNumber } from '../../../xlsx';

export interface RowInterval {
  readonly from: number;
  readonly to: number;
}

const REFERENCE = /\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;
/** What may surround the references of a plain column sum once SUBTOTAL(9, is read as SUM(: SUM( … ), +, commas. */
const SUM_SYNTAX = /^(?:SUM|\(|\)|,|\+|\s|@)*$/;
const SUBTOTAL_SUM = /SUBTOTAL\(\s*(?:9|109)\s*,/g;

/**
 * The rows of `column` that a TOTAL formula adds: "SUM(H10:H239)" → [10–239] for column H. Also
 * "SUBTOTAL(9,H8:H299)", "SUM(H8:H20,H22:H40)" and "H8+H9". Null when the formula is anything else
 * (another column, arithmetic, functions), because then its rows cannot be listed honestly.
 */
export function summedRows(formula: string, column: number): RowInterval[] | null {
  const text = formula.trim().replace(/^=/, '').toUpperCase();
  const intervals: RowInterval[] = [];
  let sameColumnOnly = true;
  const rest = text.replace(REFERENCE, (_whole, startLetters: string, startRow: string, endLetters?: string, endRow?: string) => {
    const startColumn = columnNumber(startLetters);
    const endColumn = endLetters ? columnNumber(endLetters) : startColumn;
    if (startColumn !== column || endColumn !== column) sameColumnOnly = false;
    const from = Number(startRow);
    const to = endRow ? Number(endRow) : from;
    intervals.push({ from: Math.min(from, to), to: Math.max(from, to) });
    return ' ';
  });
  if (!sameColumnOnly || intervals.length === 0 || !SUM_SYNTAX.test(rest.replace(SUBTOTAL_SUM, 'SUM('))) return null;
  return intervals;
}

export function isCovered(row: number, intervals: readonly RowInterval[]): boolean {
  return intervals.some((interval) => row >= interval.from && row <= interval.to);
}

/** [8, 9, 10, 11, 286] → "8–11 y 286" (row lists for Spanish messages). */
export function describeRowRuns(rows: readonly number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const runs: string[] = [];
  let start = sorted[0];
  let previous = start;
  for (const row of [...sorted.slice(1), Number.NaN]) {
    if (start === undefined || previous === undefined) break;
    if (row === previous + 1) {
      previous = row;
      continue;
    }
    runs.push(start === previous ? `${start}` : `${start}–${previous}`);
    start = row;
    previous = row;
  }
  if (runs.length <= 1) return runs[0] ?? '';
  return `${runs.slice(0, -1).join(', ')} y ${runs[runs.length - 1]}`;
}

/** "la fila 10" / "las filas 8–11 y 286". */
export function rowsPhrase(rows: readonly number[]): string {
  return `${rows.length === 1 ? 'la fila' : 'las filas'} ${describeRowRuns(rows)}`;
}
