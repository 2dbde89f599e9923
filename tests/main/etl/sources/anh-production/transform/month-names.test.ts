import { describe, expect, it } from 'vitest';
import { describePeriod, monthOfHeaderCell, parseMonthText } from '../../../../../../src-main/etl/sources/anh-production/transform/month-names';
import type { Cell } from '../../../../../../src-main/etl/xlsx';

const cell = (value: Cell['value']): Cell => ({ ref: 'A1', row: 1, column: 1, value, formula: null, sharedFormula: null, error: null });

describe('month names', () => {
  it('reads sheet names, summary headers and title lines', () => {
    expect(parseMonthText('enero-24')).toEqual({ month: 1, year: 2024 });
    expect(parseMonthText('diciembre-20 ')).toEqual({ month: 12, year: 2020 });
    expect(parseMonthText('JuLio')).toEqual({ month: 7, year: null });
    expect(parseMonthText('SEP')).toEqual({ month: 9, year: null });
    expect(parseMonthText('Sept.')).toEqual({ month: 9, year: null });
    expect(parseMonthText('Setiembre 2013')).toEqual({ month: 9, year: 2013 });
    expect(parseMonthText('ENE_2015')).toEqual({ month: 1, year: 2015 });
    expect(parseMonthText('enero de 2024')).toEqual({ month: 1, year: 2024 });
    expect(parseMonthText('DIC')).toEqual({ month: 12, year: null });
  });

  it('does not read other texts as months', () => {
    for (const text of ['Campos Mpcpd', 'enero-diciembre de 2024', 'MARZOLA', 'Hoja1', '', 'Mayorista']) expect(parseMonthText(text), text).toBeNull();
  });

  it('reads date header cells in UTC', () => {
    expect(monthOfHeaderCell(cell(new Date(Date.UTC(2024, 6, 1))))).toEqual({ month: 7, year: 2024 });
    expect(monthOfHeaderCell(cell('OCT'))).toEqual({ month: 10, year: null });
    expect(monthOfHeaderCell(cell(7))).toBeNull();
  });

  it('describes periods in Spanish', () => {
    expect(describePeriod(2024, 8)).toBe('agosto de 2024');
  });
});
