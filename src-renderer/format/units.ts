import type { RateUnit, VolumeUnit } from '../../src-shared/domain/units';
import { formatNumber, MISSING_VALUE, UNIT_SEPARATOR } from './number-format';

/**
 * Units are converted by the service (GBTUD needs each field's declared heating value, which only it
 * has); the renderer only prints them.
 */
export type QuantityUnit = RateUnit | VolumeUnit | 'GBTUD' | 'COP' | 'USD';

/** How a unit is printed: superscripts for cubic metres, the rest as Colombian statistics write them. */
export const unitLabels: Readonly<Record<QuantityUnit, string>> = {
  MPCD: 'MPCD',
  KPCD: 'KPCD',
  'm3/d': 'm³/d',
  GBTUD: 'GBTUD',
  MPC: 'MPC',
  KPC: 'KPC',
  m3: 'm³',
  COP: 'COP',
  USD: 'USD',
};

/** `1.234,56 MPCD` with a no-break space; missing values stay a lone dash. */
export function formatQuantity(value: number | null | undefined, unit: QuantityUnit, fractionDigits = 2): string {
  const number = formatNumber(value, fractionDigits);
  return number === MISSING_VALUE ? number : `${number}${UNIT_SEPARATOR}${unitLabels[unit]}`;
}

/** A relative change (0.053 → `+5,3 %`), signed so that a fall never reads as a rise. */
export function formatChange(change: number | null | undefined, fractionDigits = 1): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return MISSING_VALUE;
  const text = formatNumber(Math.abs(change) * 100, fractionDigits);
  const isZero = /^[0,.]+$/.test(text);
  const sign = isZero ? '' : change > 0 ? '+' : '−';
  return `${sign}${text}${UNIT_SEPARATOR}%`;
}

/** A unit named by the service (`m3/d`, `MPC`…) as the UI prints it; unknown ones as they come. */
export function unitLabel(unit: string): string {
  return Object.hasOwn(unitLabels, unit) ? unitLabels[unit as QuantityUnit] : unit;
}
