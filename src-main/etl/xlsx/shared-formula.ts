import { columnLetters, columnNumber, MAX_COLUMN, MAX_ROW } from './cell-ref';

/**
 * A reference candidate: optional `$`, 1–3 letters, optional `$`, digits — not preceded by a name
 * character (so `LOG10` or `Tasa2024` are left alone) and not followed by `(` (a function call).
 */
const REFERENCE = /(?<![\w.$])(\$?)([A-Za-z]{1,3})(\$?)([1-9]\d*)(?![\w(])/g;

/**
 * Slides a shared formula from its master cell to another cell of the group, the way Excel shows it:
 * relative references move by the row/column offset, `$`-anchored parts stay. String literals ("…")
 * and quoted sheet names ('…') are copied untouched; the reference after a sheet name does move.
 */
export function slideFormula(
  formula: string,
  from: { row: number; column: number },
  to: { row: number; column: number },
): string {
  const rowOffset = to.row - from.row;
  const columnOffset = to.column - from.column;
  if (rowOffset === 0 && columnOffset === 0) return formula;

  let out = '';
  let i = 0;
  while (i < formula.length) {
    const quote = formula[i];
    if (quote === '"' || quote === "'") {
      const end = closingQuote(formula, i, quote);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    let next = formula.length;
    const nextDouble = formula.indexOf('"', i);
    const nextSingle = formula.indexOf("'", i);
    if (nextDouble >= 0) next = Math.min(next, nextDouble);
    if (nextSingle >= 0) next = Math.min(next, nextSingle);
    out += shiftReferences(formula.slice(i, next), rowOffset, columnOffset);
    i = next;
  }
  return out;
}

/** Index just past the closing quote; a doubled quote ("" or '') is an escaped one. */
function closingQuote(formula: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === quote) {
      if (formula[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i += 1;
  }
  return formula.length;
}

function shiftReferences(text: string, rowOffset: number, columnOffset: number): string {
  return text.replace(REFERENCE, (whole, colAnchor: string, letters: string, rowAnchor: string, digits: string) => {
    const column = columnNumber(letters);
    const row = Number(digits);
    if (column === 0 || column > MAX_COLUMN || row > MAX_ROW) return whole; // a name, not a reference
    const newColumn = colAnchor ? column : column + columnOffset;
    const newRow = rowAnchor ? row : row + rowOffset;
    if (newColumn < 1 || newRow < 1) return '#REF!';
    return `${colAnchor}${columnLetters(newColumn)}${rowAnchor}${newRow}`;
  });
}
