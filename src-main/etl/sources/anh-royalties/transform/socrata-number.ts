export type NumberReading = { kind: 'value'; value: number } | { kind: 'empty' } | { kind: 'invalid'; text: string };

const PLAIN = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
/** US thousands grouping, as the datos.gov.co CSV export may write large amounts: `1,234,567.89`. */
const GROUPED = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * A number as datos.gov.co sends it: every field arrives as text (`"1234.5"`), and a CSV export may
 * group thousands with commas. A decimal comma is not accepted: `6,4` could be 6.4 or 64, and a
 * royalty amount must never be guessed, so it is reported as invalid.
 */
export function readSocrataNumber(raw: unknown): NumberReading {
  if (raw === null || raw === undefined) return { kind: 'empty' };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { kind: 'value', value: raw } : { kind: 'invalid', text: String(raw) };
  if (typeof raw !== 'string') return { kind: 'invalid', text: JSON.stringify(raw) };
  const text = raw.trim();
  if (text === '') return { kind: 'empty' };
  if (PLAIN.test(text)) return { kind: 'value', value: Number(text) };
  if (GROUPED.test(text)) return { kind: 'value', value: Number(text.replace(/,/g, '')) };
  return { kind: 'invalid', text };
}
