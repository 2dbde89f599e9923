import { foldText } from '../../etl/text/fold-text';

/** Words beyond this are ignored: a search box is not a query language. */
export const MAX_SEARCH_WORDS = 8;

/** The words of a search, folded (no accents, upper case), without repeats. */
export function searchWords(search: string | undefined): string[] {
  if (!search) return [];
  const words = foldText(search).split(' ').filter((word) => word.length > 0);
  return [...new Set(words)].slice(0, MAX_SEARCH_WORDS);
}
