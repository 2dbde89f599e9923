import type { CellRange } from './types';

/** Highest column Excel allows (XFD). */
export const MAX_COLUMN = 16_384;
export const MAX_ROW = 1_048_576;

/** "A" → 1, "AA" → 27. Returns 0 for anything that is not 1–3 letters. */
export function columnNumber(letters: string): number {
  if (letters.length === 0 || letters.length > 3) return 0;
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const code = letters.charCodeAt(i) | 0x20; // lower-case ASCII letters
    if (code < 97 || code > 122) return 0;
    n = n * 26 + (code - 96);
  }
  return n;
}

/** 1 → "A", 27 → "AA". */
export function columnLetters(column: number): string {
  let letters = '';
  let n = column;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = (n - 1 - rest) / 26;
  }
  return letters;
}

export function cellRef(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

const CELL_REF = /^\$?([A-Za-z]{1,3})\$?([1-9]\d*)$/;

/** "C12" or "$C$12" → { row: 12, column: 3 }; null when it is not a single-cell reference. */
export function parseCellRef(ref: string): { row: number; column: number } | null {
  const match = CELL_REF.exec(ref.trim());
  if (!match) return null;
  const column = columnNumber(match[1] as string);
  const row = Number(match[2]);
  if (column === 0 || column > MAX_COLUMN || row > MAX_ROW) return null;
  return { row, column };
}

/** "A1:M1" (or a single "B2") → a range; null when malformed. */
export function parseRange(ref: string): CellRange | null {
  const [first, second = first] = ref.split(':');
  const a = parseCellRef(first ?? '');
  const b = parseCellRef(second ?? '');
  if (!a || !b) return null;
  return {
    ref,
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}
