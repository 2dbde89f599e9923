import type { Cell, CellValue } from './types';

/**
 * Text of a cell for matching headers and names: strings trimmed, numbers in plain notation, dates as
 * ISO days; empty for blanks and errors.
 */
export function cellText(cell: Cell | undefined): string {
  return valueText(cell?.value ?? null);
}

export function valueText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** True when the cell holds nothing a reader would see (no value, or only spaces). */
export function isBlankCell(cell: Cell | undefined): boolean {
  if (!cell) return true;
  if (cell.error !== null) return false; // an error shows (#N/A…), so the cell is not blank
  return cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === '');
}
