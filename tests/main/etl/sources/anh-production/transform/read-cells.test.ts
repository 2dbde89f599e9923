import { describe, expect, it } from 'vitest';
import { readMonthCell, readNumberCell, readYearCell } from '../../../../../../src-main/etl/sources/anh-production/transform/read-cells';
import type { Cell } from '../../../../../../src-main/etl/xlsx';

const cell = (value: Cell['value'], extra: Partial<Cell> = {}): Cell => ({ ref: 'H8', row: 8, column: 8, value, formula: null, sharedFormula: null, error: null, ...extra });

describe('reading number cells', () => {
  it('takes numbers, and unambiguous numbers typed as text', () => {
    expect(readNumberCell(cell(17.12))).toEqual({ kind: 'value', value: 17.12 });
    expect(readNumberCell(cell(' 12,5 '))).toEqual({ kind: 'value', value: 12.5 });
    expect(readNumberCell(cell('1.234,56'))).toEqual({ kind: 'value', value: 1234.56 });
    expect(readNumberCell(cell('1,234.56'))).toEqual({ kind: 'value', value: 1234.56 });
    expect(readNumberCell(cell('-0.25'))).toEqual({ kind: 'value', value: -0.25 });
  });

  it('reads blanks, dashes and N.D. as no value', () => {
    for (const value of [null, '', '  ', '-', 'N.D.', 'nd']) expect(readNumberCell(cell(value)), String(value)).toEqual({ kind: 'blank' });
    expect(readNumberCell(undefined)).toEqual({ kind: 'blank' });
  });

  it('calls words, errors, dates, booleans and uncalculated formulas bad', () => {
    expect(readNumberCell(cell('diez'))).toEqual({ kind: 'bad', text: 'diez' });
    expect(readNumberCell(cell(null, { error: '#REF!' }))).toEqual({ kind: 'bad', text: '#REF!' });
    expect(readNumberCell(cell(new Date(Date.UTC(2024, 0, 5))))).toEqual({ kind: 'bad', text: '2024-01-05' });
    expect(readNumberCell(cell(true))).toEqual({ kind: 'bad', text: 'true' });
    expect(readNumberCell(cell(null, { formula: 'H9*2' }))).toEqual({ kind: 'bad', text: '=H9*2 (sin valor calculado)' });
  });
});

describe('reading AÑO and MES', () => {
  it('accepts years as numbers, text or dates', () => {
    expect(readYearCell(cell(2024))).toEqual({ kind: 'value', value: 2024 });
    expect(readYearCell(cell('2024'))).toEqual({ kind: 'value', value: 2024 });
    expect(readYearCell(cell(new Date(Date.UTC(2013, 5, 1))))).toEqual({ kind: 'value', value: 2013 });
    expect(readYearCell(cell(24))).toEqual({ kind: 'bad', text: '24' });
  });

  it('accepts months as 1–12, names or dates', () => {
    expect(readMonthCell(cell(8))).toEqual({ kind: 'value', value: 8 });
    expect(readMonthCell(cell('ENERO'))).toEqual({ kind: 'value', value: 1 });
    expect(readMonthCell(cell('sep'))).toEqual({ kind: 'value', value: 9 });
    expect(readMonthCell(cell(new Date(Date.UTC(2024, 10, 1))))).toEqual({ kind: 'value', value: 11 });
    expect(readMonthCell(cell(13))).toEqual({ kind: 'bad', text: '13' });
    expect(readMonthCell(cell('Primavera'))).toEqual({ kind: 'bad', text: 'Primavera' });
    expect(readMonthCell(cell(null))).toEqual({ kind: 'blank' });
  });
});
