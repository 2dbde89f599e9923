import { headerKey } from './header-key';

/**
 * Finds which header holds each wanted column, comparing headers by `headerKey` against the known
 * spellings (display names of CSV exports, API field names). Unknown headers are ignored.
 */
export function findColumns<F extends string>(headers: readonly string[], spellings: Readonly<Record<F, readonly string[]>>): Partial<Record<F, string>> {
  const byKey = new Map(headers.map((h) => [headerKey(h), h] as const));
  const found: Partial<Record<F, string>> = {};
  for (const field of Object.keys(spellings) as F[]) {
    for (const spelling of spellings[field]) {
      const header = byKey.get(headerKey(spelling));
      if (header !== undefined) {
        found[field] = header;
        break;
      }
    }
  }
  return found;
}
