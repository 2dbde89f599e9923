import { sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Database } from '../../db/database-types';
import { foldText } from '../../etl/text/fold-text';
import type { SearchCandidate, SearchSource } from './search-source';
import { searchWords } from './search-words';

/**
 * The WHERE condition of a search: every word must appear in at least one of the dataset's searched
 * columns. Matching values are passed as one JSON parameter (`IN (SELECT value FROM json_each(?))`),
 * so a word that matches thousands of names never runs into SQLite's limit on parameters. A word that
 * matches every value of a complete source matches every row and is left out. Null when nothing is
 * left to search.
 */
export async function searchCondition(db: Kysely<Database>, sources: readonly SearchSource[], search: string | undefined): Promise<Expression<SqlBool> | null> {
  const words = searchWords(search);
  if (words.length === 0) return null;
  const folded = await Promise.all(sources.map((source) => foldedCandidates(db, source.candidates)));

  const perWord: Array<RawBuilder<SqlBool>> = [];
  for (const word of words) {
    const matches = sources.map((source, index) => {
      const candidates = folded[index]!;
      const values = candidates.filter((c) => c.text.includes(word)).map((c) => c.value);
      return { source, values, all: candidates.length > 0 && values.length === candidates.length };
    });
    if (matches.some((m) => m.all && m.source.complete)) continue;
    const alternatives = matches.filter((m) => m.values.length > 0).map((m) => sql<SqlBool>`${m.source.match} IN (SELECT value FROM json_each(${JSON.stringify(m.values)}))`);
    perWord.push(alternatives.length ? sql<SqlBool>`(${sql.join(alternatives, sql` OR `)})` : sql<SqlBool>`0`);
  }
  return perWord.length ? sql<SqlBool>`(${sql.join(perWord, sql` AND `)})` : null;
}

async function foldedCandidates(db: Kysely<Database>, candidates: RawBuilder<SearchCandidate> | readonly SearchCandidate[]): Promise<SearchCandidate[]> {
  const rows = isFixedList(candidates) ? candidates : (await candidates.execute(db)).rows;
  return rows.filter((c) => c.text !== null && c.text !== undefined).map((c) => ({ value: c.value, text: foldText(String(c.text)) }));
}

function isFixedList(candidates: RawBuilder<SearchCandidate> | readonly SearchCandidate[]): candidates is readonly SearchCandidate[] {
  return Array.isArray(candidates);
}
