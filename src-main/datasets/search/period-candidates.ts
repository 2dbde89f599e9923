import type { SearchCandidate } from './search-source';

/**
 * Months a search can find, as written in every dataset (`2024-03`). Listed rather than read from the
 * facts so that no table is scanned to learn them: the sources cover 2013 onwards and UPME projects
 * to the 2040s, well inside this range. A word such as "2024" or "2024-03" becomes an `IN` over the
 * period index instead of a `LIKE` over every row.
 */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2070;

export const periodCandidates: readonly SearchCandidate[] = Array.from({ length: (LAST_YEAR - FIRST_YEAR + 1) * 12 }, (_, index) => {
  const year = FIRST_YEAR + Math.floor(index / 12);
  const period = `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
  return { value: period, text: period };
});
