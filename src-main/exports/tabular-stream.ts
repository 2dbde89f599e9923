import type { DatasetColumn } from '../../src-shared/contract/data';
import type { DatasetRow } from '../datasets/query/iterate-dataset';

/** Columns and rows read one at a time: a dataset, or the rejected rows. */
export interface TabularStream {
  readonly columns: readonly DatasetColumn[];
  rows(): IterableIterator<DatasetRow>;
}
