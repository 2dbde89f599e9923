import { describe, expect, it } from 'vitest';
import { describeRowRuns, rowsPhrase, summedRows } from '../../../../../../src-main/etl/sources/anh-production/transform/total-formula';

const H = 8;

describe('summedRows', () => {
  it('lists the rows of a column sum', () => {
    expect(summedRows('SUM(H10:H239)', H)).toEqual([{ from: 10, to: 239 }]);
    expect(summedRows('=sum($H$8:$H$299)', H)).toEqual([{ from: 8, to: 299 }]);
    expect(summedRows('SUBTOTAL(9,H8:H299)', H)).toEqual([{ from: 8, to: 299 }]);
    expect(summedRows('SUM(H8:H20,H22:H40)', H)).toEqual([
      { from: 8, to: 20 },
      { from: 22, to: 40 },
    ]);
    expect(summedRows('H8+H9+H10', H)).toEqual([
      { from: 8, to: 8 },
      { from: 9, to: 9 },
      { from: 10, to: 10 },
    ]);
  });

  it('refuses formulas that are not a plain sum of the column', () => {
    expect(summedRows('SUM(I8:I299)', H)).toBeNull();
    expect(summedRows('H300/31', H)).toBeNull();
    expect(summedRows('SUM(H8:H299)*2', H)).toBeNull();
    expect(summedRows('AVERAGE(H8:H299)', H)).toBeNull();
    expect(summedRows('SUMIF(A8:A299,"x",H8:H299)', H)).toBeNull();
  });
});

describe('row lists for messages', () => {
  it('groups runs with an en dash and joins the last with "y"', () => {
    expect(describeRowRuns([11, 8, 9, 10])).toBe('8–11');
    expect(describeRowRuns([8, 9, 10, 11, 286])).toBe('8–11 y 286');
    expect(describeRowRuns([3, 5, 7, 8])).toBe('3, 5 y 7–8');
    expect(rowsPhrase([10])).toBe('la fila 10');
    expect(rowsPhrase([8, 9])).toBe('las filas 8–9');
  });
});
