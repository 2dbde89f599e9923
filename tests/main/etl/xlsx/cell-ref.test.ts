import { describe, expect, it } from 'vitest';
import { cellRef, columnLetters, columnNumber, parseCellRef, parseRange } from '../../../../src-main/etl/xlsx';

describe('cell references', () => {
  it('converts columns both ways', () => {
    expect([columnNumber('A'), columnNumber('z'), columnNumber('AA'), columnNumber('XFD'), columnNumber('ABCD'), columnNumber('1')]).toEqual([
      1, 26, 27, 16384, 0, 0,
    ]);
    expect([columnLetters(1), columnLetters(26), columnLetters(27), columnLetters(702), columnLetters(16384)]).toEqual(['A', 'Z', 'AA', 'ZZ', 'XFD']);
    expect(cellRef(12, 3)).toBe('C12');
  });

  it('parses single references and ranges', () => {
    expect(parseCellRef('$C$12')).toEqual({ row: 12, column: 3 });
    expect(parseCellRef('C0')).toBeNull();
    expect(parseCellRef('XFE1')).toBeNull();
    expect(parseRange('M2:A1')).toEqual({ ref: 'M2:A1', top: 1, left: 1, bottom: 2, right: 13 });
    expect(parseRange('B2')).toEqual({ ref: 'B2', top: 2, left: 2, bottom: 2, right: 2 });
  });
});
