/**
 * Reads a 5-digit DIVIPOLA municipality code as the datos.gov.co exports write it:
 * - CSV: `5002` (the leading zero dropped) or `05002`;
 * - the Socrata JSON API and some exports store it as a number with thousands grouping: `5.001`,
 *   `5,001`, and `5.03` for 5030 (the decimal rendering drops trailing zeros), or the number 5001.
 * Returns null for anything else, so a malformed code is reported instead of being guessed.
 */
export function parseMunicipalityCode(raw: unknown): string | null {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw < 0) return null;
    return Number.isInteger(raw) ? padCode(String(raw)) : fromGrouped(String(raw), '.');
  }
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  if (/^\d{4,5}$/.test(text)) return padCode(text);
  if (/^\d{1,2}\.\d{1,3}$/.test(text)) return fromGrouped(text, '.');
  if (/^\d{1,2},\d{3}$/.test(text)) return fromGrouped(text, ',');
  return null;
}

function padCode(digits: string): string | null {
  return digits.length <= 5 && digits.length >= 4 ? digits.padStart(5, '0') : null;
}

function fromGrouped(text: string, separator: '.' | ','): string | null {
  const [thousands, rest] = text.split(separator);
  if (thousands === undefined || rest === undefined || !/^\d{1,2}$/.test(thousands) || !/^\d{1,3}$/.test(rest)) return null;
  return padCode(thousands + rest.padEnd(3, '0'));
}
