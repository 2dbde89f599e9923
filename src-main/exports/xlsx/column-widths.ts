import type { CellValue, ColumnType } from '../../../src-shared/contract/data';

const MIN_WIDTH = 8;
const MAX_WIDTH = 48;

/** Characters a value takes on screen in its Excel format (1.234.567,89; ene-2024). */
function displayLength(value: CellValue, type: ColumnType): number {
  if (value === null) return 0;
  switch (type) {
    case 'month':
      return 8;
    case 'date':
      return 10;
    case 'number':
    case 'integer': {
      if (typeof value !== 'number') return String(value).length;
      const digits = Math.max(1, Math.floor(Math.log10(Math.abs(value) || 1)) + 1);
      return digits + Math.floor((digits - 1) / 3) + (type === 'number' ? 3 : 0) + (value < 0 ? 1 : 0);
    }
    default:
      return String(value).length;
  }
}

/**
 * Widths that fit the header on at most two lines and the longest value of the sample (the first rows
 * of a streamed sheet: columns are written before the first row), within sensible bounds.
 */
export function columnWidths(headers: readonly string[], types: readonly ColumnType[], sample: ReadonlyArray<readonly CellValue[]>): number[] {
  return headers.map((header, i) => {
    const longestValue = sample.reduce((max, row) => Math.max(max, displayLength(row[i] ?? null, types[i]!)), 0);
    const longestHeaderWord = Math.max(...header.split(/\s+/).map((w) => w.length));
    const width = Math.max(longestValue, Math.ceil(header.length / 2), longestHeaderWord) + 2;
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width));
  });
}

/** Row height (points) that shows a wrapped header whole. */
export function headerHeight(headers: readonly string[], widths: readonly number[]): number {
  const lines = headers.reduce((max, header, i) => Math.max(max, Math.ceil(header.length / Math.max(1, widths[i]! - 1))), 1);
  return 15 * Math.min(lines, 4);
}
