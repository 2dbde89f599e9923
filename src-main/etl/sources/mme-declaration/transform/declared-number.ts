import type { Cell } from '../../../xlsx/types';

export type DeclaredNumber = { kind: 'blank' } | { kind: 'number'; value: number } | { kind: 'invalid'; text: string };

/**
 * A value cell of the soporte magnético. Numbers are usually real numbers; typed-in text is read the
 * way a Colombian spreadsheet writes it ("1.234,5" or "1,234.5"; a lone comma is a decimal comma unless
 * it groups thousands). "-" and blanks mean nothing declared. Formula errors (#REF!) are invalid.
 */
export function readDeclaredNumber(cell: Cell | undefined): DeclaredNumber {
  if (!cell) return { kind: 'blank' };
  if (cell.error !== null) return { kind: 'invalid', text: cell.error };
  const value = cell.value;
  if (value === null) return { kind: 'blank' };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid', text: String(value) };
  if (typeof value === 'boolean' || value instanceof Date) return { kind: 'invalid', text: String(value) };
  return parseNumberText(value);
}

export function parseNumberText(raw: string): DeclaredNumber {
  const text = raw.replace(/[\s\u00a0]/g, '');
  if (text === '' || /^[-–—]+$/.test(text)) return { kind: 'blank' };
  let normalised = text;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    normalised = lastComma > lastDot ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  } else if (lastComma >= 0) {
    normalised = /^-?\d{1,3}(,\d{3})+$/.test(text) ? text.replace(/,/g, '') : text.replace(',', '.');
  } else if (/^-?\d{1,3}(\.\d{3}){2,}$/.test(text)) {
    normalised = text.replace(/\./g, ''); // 1.234.567: only thousands dots
  }
  if (!/^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalised)) return { kind: 'invalid', text: raw.trim() };
  const value = Number(normalised);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid', text: raw.trim() };
}
