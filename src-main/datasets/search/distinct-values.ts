import { sql, type RawBuilder } from 'kysely';
import type { SearchCandidate } from './search-source';

/**
 * The distinct values of `column` in `table` (optionally within `scope`, e.g. one edition), each its
 * own text. Read by skipping through an index that starts with the scope's column and then `column`:
 * one seek per distinct value, where `SELECT DISTINCT` would read every row (~40 ms on 400,000
 * royalty rows, against well under 1 ms for the dozen regimes). Without such an index it still answers,
 * only slowly — the migration that adds the search indexes lists which ones this relies on.
 */
export function distinctValues(table: string, column: string, scope?: { readonly column: string; readonly value: string }): RawBuilder<SearchCandidate> {
  const t = sql.table(table);
  const c = sql.ref(column);
  const inScope = scope ? sql`${sql.ref(scope.column)} = ${scope.value} AND` : sql``;
  return sql<SearchCandidate>`
    WITH RECURSIVE distinct_value(value) AS (
      SELECT min(${c}) FROM ${t} WHERE ${inScope} ${c} IS NOT NULL
      UNION ALL
      SELECT (SELECT min(${c}) FROM ${t} WHERE ${inScope} ${c} > distinct_value.value) FROM distinct_value WHERE distinct_value.value IS NOT NULL
    )
    SELECT value, value AS text FROM distinct_value WHERE value IS NOT NULL`;
}
