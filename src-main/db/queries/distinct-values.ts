import { sql, type RawBuilder } from 'kysely';

export interface DistinctValuesOptions {
  /** Only rows where this column equals this value (e.g. one demand edition). */
  readonly scope?: { readonly column: string; readonly value: string };
  /** Only values in this range (inclusive). */
  readonly from?: string;
  readonly to?: string;
}

/**
 * The distinct values of `column` in `table`, ascending, by a loose index scan: each step asks the
 * index for the next value after the previous one, so 156 months or a dozen regimes cost that many
 * index seeks instead of a walk over every fact row (SQLite's DISTINCT reads each index entry: ~40 ms
 * on 400,000 rows, against well under 1 ms this way). Needs an index that starts with the scope's
 * column, if any, and then `column`; without one it still answers, only slowly.
 */
export function distinctValues(table: string, column: string, options: DistinctValuesOptions = {}): RawBuilder<{ value: string }> {
  const t = sql.table(table);
  const c = sql.ref(column);
  const conditions = [
    ...(options.scope ? [sql`${sql.ref(options.scope.column)} = ${options.scope.value}`] : []),
    ...(options.to !== undefined ? [sql`${c} <= ${options.to}`] : []),
  ];
  const also = conditions.length ? sql` AND ${sql.join(conditions, sql` AND `)}` : sql``;
  const first = options.from !== undefined ? sql`${c} >= ${options.from}` : sql`${c} IS NOT NULL`;
  return sql<{ value: string }>`
    WITH RECURSIVE distinct_value(value) AS (
      SELECT min(${c}) FROM ${t} WHERE ${first}${also}
      UNION ALL
      SELECT (SELECT min(${c}) FROM ${t} WHERE ${c} > distinct_value.value${also}) FROM distinct_value WHERE distinct_value.value IS NOT NULL
    )
    SELECT value FROM distinct_value WHERE value IS NOT NULL`;
}
