/**
 * A decimal as open-data exports write it: a number, or text with a dot or a comma as decimal mark
 * (`4.6097`, `4,6097`, `-74.08`). Null for empty text; NaN for anything else, so callers can tell
 * "absent" from "malformed".
 */
export function parseDecimalText(raw: unknown): number | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : Number.NaN;
  if (typeof raw !== 'string') return Number.NaN;
  const text = raw.trim();
  if (text === '') return null;
  if (!/^[-+]?\d+(?:[.,]\d+)?(?:[eE][-+]?\d+)?$/.test(text)) return Number.NaN;
  return Number(text.replace(',', '.'));
}
