import type { DatasetId } from '../../src-shared/contract/data';
import type { ExportFormat } from '../../src-shared/contract/exports';
import { datasetDescriptors } from '../datasets/registry';

/**
 * The name the save dialog proposes: `caudal-produccion-2024-01_2024-12.xlsx`. The period part says
 * what the file covers (`desde-2024-01`, `hasta-2024-12`, or `completo` without a range), so files
 * saved from different views do not overwrite each other by accident.
 */
export function defaultExportFileName(dataset: DatasetId, format: ExportFormat, range: { from?: string | undefined; to?: string | undefined } = {}): string {
  const { from, to } = range;
  const period = from && to ? `${from}_${to}` : from ? `desde-${from}` : to ? `hasta-${to}` : 'completo';
  return `caudal-${datasetDescriptors[dataset].fileSlug}-${period}.${format}`;
}
