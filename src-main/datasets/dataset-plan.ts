import type { Compilable, Expression, RawBuilder, SelectQueryBuilder, SqlBool } from 'kysely';
import type { DatasetColumn, DatasetId } from '../../src-shared/contract/data';
import type { SearchSource } from './search/search-source';

/** One output column: what it is, and the SQL that yields its value already in the requested unit. */
export interface ColumnSpec {
  readonly column: DatasetColumn;
  readonly value: RawBuilder<unknown>;
}

/** A line of the export's "Filtros y metadatos" sheet that only the plan knows (edition, heating values…). */
export interface PlanFact {
  readonly label: string;
  readonly value: string;
}

/** The parts the generic query code adds to a dataset's FROM, joins and filters. */
export interface QueryParts {
  /** The plan's columns, or the subset a request picked. */
  readonly columns: readonly ColumnSpec[];
  readonly where: Expression<SqlBool> | null;
  readonly orderBy: ReadonlyArray<{ readonly expression: RawBuilder<unknown>; readonly direction: 'asc' | 'desc' }>;
  readonly limit?: number;
  readonly offset?: number;
}

/** Aliases of the hidden leading columns of every row: the row key, then its source file. */
export const KEY_ALIAS = 'k';
export const FILE_ALIAS = 'f';
/** Column `i` of the plan is selected as `c<i>`. */
export const columnAlias = (index: number): string => `c${index}`;

/**
 * A dataset made concrete for one request: the filters resolved (edition, resolution and heating values
 * looked up), the columns with their units, and functions that compile the SQL. Pages and exports run
 * the same compiled statements, the first through Kysely, the second through better-sqlite3's iterator.
 */
export interface DatasetPlan {
  readonly dataset: DatasetId;
  readonly unit: string;
  /** The columns of the answer (all of them, or those the request picked). */
  readonly columns: readonly ColumnSpec[];
  /** Every column of the dataset: a request may sort by one it does not show. */
  readonly allColumns: readonly ColumnSpec[];
  /** Unique per row (also what `data.lineage` takes). */
  readonly key: RawBuilder<string | number>;
  readonly fileId: RawBuilder<number>;
  /** Ends every order (after the requested or default sort) so that paging never repeats a row. */
  readonly tiebreak: ReadonlyArray<RawBuilder<unknown>>;
  readonly search: readonly SearchSource[];
  /** Filters sent that the dataset does not apply. */
  readonly ignoredFilters: readonly string[];
  readonly notes: readonly string[];
  readonly facts: readonly PlanFact[];
  /** Every selected column (key, file, then `c0…`) with the extra condition, order and paging. */
  select(parts: QueryParts): Compilable<Record<string, unknown>>;
  count(where: Expression<SqlBool> | null): Compilable<{ total: number }>;
}

/**
 * Finishes a dataset's filtered FROM into the row query. Generic over the dataset's tables so each
 * dataset keeps Kysely's typing for its joins and filters.
 */
export function selectRows<DB, TB extends keyof DB, O>(
  base: SelectQueryBuilder<DB, TB, O>,
  plan: Pick<DatasetPlan, 'key' | 'fileId'>,
  parts: QueryParts,
): Compilable<Record<string, unknown>> {
  let query = base.select([plan.key.as(KEY_ALIAS), plan.fileId.as(FILE_ALIAS), ...parts.columns.map((c, i) => c.value.as(columnAlias(i)))]);
  if (parts.where) query = query.where(parts.where);
  for (const order of parts.orderBy) query = query.orderBy(order.expression, order.direction);
  if (parts.limit !== undefined) query = query.limit(parts.limit);
  if (parts.offset !== undefined) query = query.offset(parts.offset);
  return query as unknown as Compilable<Record<string, unknown>>;
}

export function countRows<DB, TB extends keyof DB, O>(base: SelectQueryBuilder<DB, TB, O>, where: Expression<SqlBool> | null): Compilable<{ total: number }> {
  let query = base.select((eb) => eb.fn.countAll<number>().as('total'));
  if (where) query = query.where(where);
  return query as unknown as Compilable<{ total: number }>;
}
