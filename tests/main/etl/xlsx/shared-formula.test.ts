import { describe, expect, it } from 'vitest';
import { slideFormula } from '../../../../src-main/etl/xlsx/shared-formula';

const H300 = { row: 300, column: 8 };

describe('slideFormula', () => {
  it('moves relative references by the offset between master and cell', () => {
    expect(slideFormula('SUM(H8:H299)', H300, { row: 300, column: 9 })).toBe('SUM(I8:I299)');
    expect(slideFormula('H300/31', { row: 301, column: 8 }, { row: 301, column: 15 })).toBe('O300/31');
    expect(slideFormula('SUM(B6:J6)', { row: 6, column: 11 }, { row: 69, column: 11 })).toBe('SUM(B69:J69)');
  });

  it('keeps $-anchored parts', () => {
    expect(slideFormula('$A$1+A$1+$A1', { row: 1, column: 2 }, { row: 3, column: 4 })).toBe('$A$1+C$1+$A3');
  });

  it('leaves function names, names with digits, strings and quoted sheet names alone', () => {
    const from = { row: 1, column: 1 };
    const to = { row: 2, column: 2 };
    expect(slideFormula('LOG10(A1)+Tasa2024', from, to)).toBe('LOG10(B2)+Tasa2024');
    expect(slideFormula('IF(A1="A1","B2",A1)', from, to)).toBe('IF(B2="A1","B2",B2)');
    expect(slideFormula("K5-'Esc Alto, Medio y Bajo'!C3", { row: 5, column: 11 }, { row: 6, column: 11 })).toBe(
      "K6-'Esc Alto, Medio y Bajo'!C4",
    );
    expect(slideFormula("'it''s A1'!A1", from, to)).toBe("'it''s A1'!B2");
  });

  it('writes #REF! when a reference would fall off the sheet', () => {
    expect(slideFormula('A1*2', { row: 1, column: 3 }, { row: 1, column: 2 })).toBe('#REF!*2');
  });
});
