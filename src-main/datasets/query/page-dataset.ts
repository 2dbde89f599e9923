import type { Kysely } from 'kysely';
import type { CommandOutput, ParsedInput } from '../../../src-shared/contract';
import type { CellValue } from '../../../src-shared/contract/data';
import type { Database } from '../../db/database-types';
import { columnAlias, KEY_ALIAS } from '../dataset-plan';
import { datasetDescriptors, planDataset } from '../registry';
import { searchCondition } from '../search/search-condition';
import { datasetOrder } from './dataset-order';

type RowsInput = ParsedInput<'data.rows'>;
type RowsOutput = CommandOutput<'data.rows'>;

/** One page of a dataset for the "Datos" table: filtered, searched, sorted, with the total for the pager. */
export async function pageDataset(db: Kysely<Database>, input: RowsInput): Promise<RowsOutput> {
  const plan = await planDataset(db, input);
  const order = datasetOrder(plan, datasetDescriptors[input.dataset].defaultSort, input.sort);
  const where = await searchCondition(db, plan.search, input.search);
  const [count, page] = await Promise.all([
    db.executeQuery(plan.count(where).compile()),
    db.executeQuery(plan.select({ columns: plan.columns, where, orderBy: order.orderBy, limit: input.limit, offset: input.offset }).compile()),
  ]);
  return {
    dataset: input.dataset,
    unit: plan.unit,
    columns: plan.columns.map((c) => c.column),
    total: Number(count.rows[0]?.total ?? 0),
    offset: input.offset,
    rows: page.rows.map((row) => ({
      key: String(row[KEY_ALIAS]),
      values: plan.columns.map((_, index) => (row[columnAlias(index)] ?? null) as CellValue),
    })),
    sort: order.applied,
    ignoredFilters: [...plan.ignoredFilters],
    notes: [...plan.notes],
  };
}
