import type { CommandOutput } from '../../src-shared/contract';
import { datasetIds } from '../../src-shared/contract/data';
import { datasetDescriptors } from './registry';

/** The datasets as `data.datasets` lists them, columns in each one's default unit. */
export function describeDatasets(): CommandOutput<'data.datasets'> {
  return {
    datasets: datasetIds.map((id) => {
      const d = datasetDescriptors[id];
      return {
        id,
        title: d.title,
        titleEn: d.titleEn,
        description: d.description,
        units: [...d.units],
        defaultUnit: d.defaultUnit,
        columns: d.columns(d.defaultUnit),
        filters: [...d.filters],
        defaultSort: [...d.defaultSort],
      };
    }),
  };
}
