import type { CellValue, ColumnType } from '../../../src-shared/contract/data';
import type { CsvOptions } from '../../../src-shared/contract/exports';
import { neutraliseText } from '../neutralise-text';

/**
 * One CSV field (RFC 4180): numbers with the chosen decimal mark and no thousands separator, text
 * neutralised against formula injection and quoted when it holds the separator, a quote or a line break.
 */
export function csvField(value: CellValue, type: ColumnType, options: CsvOptions): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const text = String(value);
    return options.decimal === ',' ? text.replace('.', ',') : text;
  }
  // Periods and dates are ASCII (`2024-03`, `2024-03-31`); anything else is text.
  const text = type === 'month' || type === 'date' ? value : neutraliseText(value);
  return needsQuotes(text, options.separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

function needsQuotes(text: string, separator: string): boolean {
  return text.includes(separator) || text.includes('"') || text.includes('\n') || text.includes('\r');
}

/** `Producción fiscalizada (MPC)`: the header says the unit, since a CSV has no other place for it. */
export function csvHeader(label: string, unit: string | null): string {
  return unit ? `${label} (${unit})` : label;
}
