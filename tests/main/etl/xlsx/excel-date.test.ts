import { describe, expect, it } from 'vitest';
import { dateToExcelSerial, excelSerialToDate } from '../../../../src-main/etl/xlsx/excel-date';

const iso = (serial: number, date1904 = false) => excelSerialToDate(serial, date1904)?.toISOString() ?? null;

describe('excelSerialToDate', () => {
  it('follows the 1900 system including the Lotus leap-year bug', () => {
    expect(iso(1)).toBe('1900-01-01T00:00:00.000Z');
    expect(iso(59)).toBe('1900-02-28T00:00:00.000Z');
    expect(iso(60)).toBe('1900-02-28T00:00:00.000Z'); // Excel's fictitious 1900-02-29
    expect(iso(61)).toBe('1900-03-01T00:00:00.000Z');
    expect(iso(39814)).toBe('2009-01-01T00:00:00.000Z');
    expect(iso(45657)).toBe('2024-12-31T00:00:00.000Z');
  });

  it('keeps times exact to the millisecond', () => {
    expect(iso(45292.5)).toBe('2024-01-01T12:00:00.000Z');
    expect(iso(45292 + 1 / 3)).toBe('2024-01-01T08:00:00.000Z');
  });

  it('follows the 1904 system', () => {
    expect(iso(0, true)).toBe('1904-01-01T00:00:00.000Z');
    expect(iso(43830, true)).toBe('2024-01-01T00:00:00.000Z');
  });

  it('refuses serials Excel cannot show as dates', () => {
    expect(iso(-1)).toBeNull();
    expect(iso(3_000_000)).toBeNull();
    expect(iso(Number.NaN)).toBeNull();
  });

  it('round-trips through dateToExcelSerial', () => {
    for (const serial of [1, 59, 61, 39814, 45292.25]) {
      expect(dateToExcelSerial(excelSerialToDate(serial, false) as Date)).toBeCloseTo(serial, 9);
      expect(dateToExcelSerial(excelSerialToDate(serial, true) as Date, true)).toBeCloseTo(serial, 9);
    }
  });
});
