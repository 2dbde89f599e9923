import { datasetLineage } from '../../datasets/dataset-lineage';
import { describeDatasets } from '../../datasets/describe-datasets';
import { pageDataset } from '../../datasets/query/page-dataset';
import type { DomainHandlers } from '../domain-handlers';

export const dataHandlers: DomainHandlers<'data.rows' | 'data.datasets' | 'data.lineage'> = {
  'data.rows': (input, { db }) => pageDataset(db, input),
  'data.datasets': () => describeDatasets(),
  'data.lineage': (input, { db }) => datasetLineage(db, input),
};
