/**
 * Numbers as Colombian analysts write them: `1.234.567,89`. Units follow after a no-break space so a
 * value never wraps away from its unit. Grouping is forced ('always') because Spanish CLDR data skips
 * the separator in four-digit numbers (`1234,5`), which reads inconsistently in a column of figures.
 */
export const UNIT_SEPARATOR = '\u00a0';
export const MISSING_VALUE = '—';

const formatters = new Map<number, Intl.NumberFormat>();

function formatterFor(fractionDigits: number): Intl.NumberFormat {
  let formatter = formatters.get(fractionDigits);
  if (!formatter) {
    formatter = new Intl.NumberFormat('es-CO', {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
      useGrouping: 'always',
    });
    formatters.set(fractionDigits, formatter);
  }
  return formatter;
}

/** `1234.567` → `1.234,57`. Non-finite values (no data) show as an em dash, never as `NaN`. */
export function formatNumber(value: number | null | undefined, fractionDigits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING_VALUE;
  // Round first so that -0.001 prints `0,00` rather than `-0,00`.
  const factor = 10 ** fractionDigits;
  const rounded = Math.round(value * factor) / factor;
  return formatterFor(fractionDigits).format(rounded === 0 ? 0 : rounded);
}

/** Average daily rate, millions of cubic feet per day. */
export function formatRateMpcd(value: number | null | undefined, fractionDigits = 2): string {
  return withUnit(formatNumber(value, fractionDigits), 'MPCD');
}

/** Volume, millions of cubic feet. */
export function formatVolumeMpc(value: number | null | undefined, fractionDigits = 2): string {
  return withUnit(formatNumber(value, fractionDigits), 'MPC');
}

/** A 0..1 share as a percentage with a space before the sign, as the RAE recommends: `12,3 %`. */
export function formatShare(share: number | null | undefined, fractionDigits = 1): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return MISSING_VALUE;
  return `${formatNumber(share * 100, fractionDigits)}${UNIT_SEPARATOR}%`;
}

function withUnit(formatted: string, unit: string): string {
  return formatted === MISSING_VALUE ? formatted : `${formatted}${UNIT_SEPARATOR}${unit}`;
}

const byteUnits = ['B', 'KB', 'MB', 'GB'] as const;

/** File sizes in binary multiples with es-CO decimals: `354,0 KB`, `1,2 MB`. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return MISSING_VALUE;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < byteUnits.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatNumber(value, unit === 0 ? 0 : 1)}${UNIT_SEPARATOR}${byteUnits[unit]}`;
}
