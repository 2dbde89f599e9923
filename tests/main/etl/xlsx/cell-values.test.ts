import { describe, expect, it } from 'vitest';
import { cellText, isBlankCell, type Cell } from '../../../../src-main/etl/xlsx';

const cell = (value: Cell['value'], extra: Partial<Cell> = {}): Cell => ({ ref: 'A1', row: 1, column: 1, value, formula: null, sharedFormula: null, error: null, ...extra });

describe('cell value helpers', () => {
  it('gives the text of any cell', () => {
    expect(cellText(cell('  CUSIANA '))).toBe('CUSIANA');
    expect(cellText(cell(2024))).toBe('2024');
    expect(cellText(cell(new Date(Date.UTC(2024, 7, 1))))).toBe('2024-08-01');
    expect(cellText(cell(true))).toBe('true');
    expect(cellText(cell(null, { error: '#N/A' }))).toBe('');
    expect(cellText(undefined)).toBe('');
  });

  it('tells blank cells from cells that show something', () => {
    expect(isBlankCell(undefined)).toBe(true);
    expect(isBlankCell(cell(null))).toBe(true);
    expect(isBlankCell(cell('   '))).toBe(true);
    expect(isBlankCell(cell(0))).toBe(false);
    expect(isBlankCell(cell(null, { error: '#REF!' }))).toBe(false);
  });
});
