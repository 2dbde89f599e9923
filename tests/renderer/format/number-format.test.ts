import { describe, expect, it } from 'vitest';
import { formatNumber, formatRateMpcd, formatShare, formatVolumeMpc, MISSING_VALUE, UNIT_SEPARATOR } from '../../../src-renderer/format/number-format';

const nbsp = UNIT_SEPARATOR;

describe('formatNumber (es-CO)', () => {
  it('uses dots for thousands and a comma for decimals', () => {
    expect(formatNumber(1234.56)).toBe('1.234,56');
    expect(formatNumber(1234567.891)).toBe('1.234.567,89');
    expect(formatNumber(0.5)).toBe('0,50');
  });

  it('groups four-digit numbers too, so a column of figures reads alike', () => {
    expect(formatNumber(1234, 0)).toBe('1.234');
    expect(formatNumber(9999.99)).toBe('9.999,99');
  });

  it('rounds to the requested decimals', () => {
    expect(formatNumber(1234.5678, 0)).toBe('1.235');
    expect(formatNumber(2.345, 1)).toBe('2,3');
    expect(formatNumber(-1234.5)).toBe('-1.234,50');
  });

  it('never prints a negative zero', () => {
    expect(formatNumber(-0.001)).toBe('0,00');
    expect(formatNumber(-0)).toBe('0,00');
  });

  it('shows missing or non-finite values as a dash', () => {
    expect(formatNumber(null)).toBe(MISSING_VALUE);
    expect(formatNumber(undefined)).toBe(MISSING_VALUE);
    expect(formatNumber(Number.NaN)).toBe(MISSING_VALUE);
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe(MISSING_VALUE);
  });
});

describe('unit formatters', () => {
  it('append the unit after a no-break space', () => {
    expect(formatRateMpcd(1234.56)).toBe(`1.234,56${nbsp}MPCD`);
    expect(formatVolumeMpc(38271.4)).toBe(`38.271,40${nbsp}MPC`);
  });

  it('leave the unit out when there is no value', () => {
    expect(formatRateMpcd(null)).toBe(MISSING_VALUE);
    expect(formatVolumeMpc(Number.NaN)).toBe(MISSING_VALUE);
  });

  it('formats a 0..1 share as a percentage', () => {
    expect(formatShare(0.1234)).toBe(`12,3${nbsp}%`);
    expect(formatShare(1)).toBe(`100,0${nbsp}%`);
    expect(formatShare(0.00004)).toBe(`0,0${nbsp}%`);
    expect(formatShare(null)).toBe(MISSING_VALUE);
  });
});
