import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { CellValue, DatasetColumn, DatasetQuery } from '../../../src-shared/contract/data';
import type { Database } from '../../db/database-types';
import type { DatasetPlan } from '../dataset-plan';
import { datasetDescriptors, planDataset } from '../registry';
import { searchCondition } from '../search/search-condition';
import { datasetOrder, type AppliedSort } from './dataset-order';

export interface DatasetRow {
  readonly key: string;
  readonly fileId: number;
  /** In the order of `columns`. */
  readonly values: readonly CellValue[];
}

/** A whole filtered dataset, read row by row (what exports write). */
export interface DatasetStream {
  readonly plan: DatasetPlan;
  readonly columns: readonly DatasetColumn[];
  readonly sort: readonly AppliedSort[];
  /** Rows `rows()` will yield: counted in the same read transaction when the caller holds one. */
  readonly total: number;
  rows(): IterableIterator<DatasetRow>;
}

/**
 * Streams a dataset through better-sqlite3's statement iterator: one row in memory at a time, in the
 * same order and with the same values as `pageDataset`. The connection must not run anything else
 * while the iterator is open; exports give it a read-only connection of its own, inside one read
 * transaction so that the count, the rows and the sources all come from one snapshot.
 */
export async function iterateDataset(
  sqlite: BetterSqlite3.Database,
  query: DatasetQuery,
  // Kysely over the same connection plans the query (edition, heating values, search ids) and compiles it.
  db: Kysely<Database> = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }),
): Promise<DatasetStream> {
  const plan = await planDataset(db, query);
  const order = datasetOrder(plan, datasetDescriptors[query.dataset].defaultSort, query.sort);
  const where = await searchCondition(db, plan.search, query.search);
  const counted = plan.count(where).compile();
  const total = Number((sqlite.prepare(counted.sql).get(...(counted.parameters as unknown[])) as { total: number }).total);
  const select = plan.select({ columns: plan.columns, where, orderBy: order.orderBy }).compile();
  const statement = sqlite.prepare(select.sql).raw(true);
  const parameters = select.parameters as unknown[];
  return {
    plan,
    columns: plan.columns.map((c) => c.column),
    sort: order.applied,
    total,
    *rows() {
      for (const raw of statement.iterate(...parameters) as IterableIterator<unknown[]>) {
        yield { key: String(raw[0]), fileId: raw[1] as number, values: raw.slice(2) as CellValue[] };
      }
    },
  };
}
