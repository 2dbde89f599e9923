import { sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Database } from '../../db/database-types';
import { foldText } from '../../etl/text/fold-text';
import type { SearchCandidate, SearchSource } from './search-source';
import { containsPattern, searchWords } from './search-words';

/**
 * The WHERE condition of a search: every word must appear in at least one of the dataset's text
 * columns. Matching ids are passed as one JSON parameter (`IN (SELECT value FROM json_each(?))`), so
 * a word that matches thousands of names never runs into SQLite's limit on parameters.
 * Null when there is nothing to search.
 */
export async function searchCondition(db: Kysely<Database>, sources: readonly SearchSource[], search: string | undefined): Promise<Expression<SqlBool> | null> {
  const words = searchWords(search);
  if (words.length === 0) return null;
  const folded = await Promise.all(sources.map((source) => (source.kind === 'lookup' ? foldedCandidates(db, source.candidates) : Promise.resolve([]))));

  const perWord = words.map((word) => {
    const alternatives = sources.flatMap((source, index) => {
      if (source.kind === 'like') return [sql<SqlBool>`${source.match} LIKE ${containsPattern(word)} ESCAPE '\\'`];
      const values = folded[index]!.filter((c) => c.text.includes(word)).map((c) => c.value);
      return values.length ? [sql<SqlBool>`${source.match} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`] : [];
    });
    return alternatives.length ? sql<SqlBool>`(${sql.join(alternatives, sql` OR `)})` : sql<SqlBool>`0`;
  });
  return sql<SqlBool>`(${sql.join(perWord, sql` AND `)})`;
}

async function foldedCandidates(db: Kysely<Database>, candidates: RawBuilder<SearchCandidate> | readonly SearchCandidate[]): Promise<SearchCandidate[]> {
  const rows = isFixedList(candidates) ? candidates : (await candidates.execute(db)).rows;
  return rows.filter((c) => c.text !== null && c.text !== undefined).map((c) => ({ value: c.value, text: foldText(String(c.text)) }));
}

function isFixedList(candidates: RawBuilder<SearchCandidate> | readonly SearchCandidate[]): candidates is readonly SearchCandidate[] {
  return Array.isArray(candidates);
}
