import { describe, expect, it } from 'vitest';
import { formatBytes, UNIT_SEPARATOR } from '../../../src-renderer/format/number-format';
import { formatMonthShort, formatPeriodLong, formatPeriodRange, formatPeriodShort, formatTimestamp } from '../../../src-renderer/format/period-format';
import { formatChange, formatQuantity, unitLabel } from '../../../src-renderer/format/units';

const nbsp = UNIT_SEPARATOR;

describe('quantities with their unit', () => {
  it('prints es-CO numbers with the unit as Colombian statistics write it', () => {
    expect(formatQuantity(1234.567, 'MPCD')).toBe(`1.234,57${nbsp}MPCD`);
    expect(formatQuantity(35_314_666.72, 'm3/d')).toBe(`35.314.666,72${nbsp}m³/d`);
    expect(formatQuantity(4_680_000, 'COP', 0)).toBe(`4.680.000${nbsp}COP`);
    expect(formatQuantity(null, 'GBTUD')).toBe('—');
    expect(unitLabel('m3')).toBe('m³');
    expect(unitLabel('BTU/PC')).toBe('BTU/PC');
  });

  it('signs changes so a fall never reads as a rise', () => {
    expect(formatChange(0.0213)).toBe(`+2,1${nbsp}%`);
    expect(formatChange(-0.0931)).toBe(`−9,3${nbsp}%`);
    expect(formatChange(0.00001)).toBe(`0,0${nbsp}%`);
    expect(formatChange(null)).toBe('—');
  });

  it('sizes files in binary multiples', () => {
    expect(formatBytes(512)).toBe(`512${nbsp}B`);
    expect(formatBytes(362_510)).toBe(`354,0${nbsp}KB`);
    expect(formatBytes(5 * 1024 * 1024)).toBe(`5,0${nbsp}MB`);
    expect(formatBytes(-1)).toBe('—');
  });
});

describe('periods and times in both languages', () => {
  it('names months in Spanish or English', () => {
    expect(formatPeriodShort('2024-09', 'en')).toBe('Sep 2024');
    expect(formatPeriodLong('2024-09', 'en')).toBe('September 2024');
    expect(formatPeriodLong('2024-09')).toBe('septiembre de 2024');
    expect(formatPeriodRange('2024-01', '2024-12', 'en')).toBe('Jan 2024 – Dec 2024');
    expect(formatMonthShort(12)).toBe('dic');
  });

  it('shows stored instants in Colombian time, whatever the laptop’s zone', () => {
    expect(formatTimestamp('2026-11-30T12:08:54.189Z')).toBe('30/11/2026, 07:08');
    expect(formatTimestamp('no es una fecha')).toBe('no es una fecha');
  });
});
