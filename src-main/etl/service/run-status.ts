import type { SourceRefreshStatus } from '../../../src-shared/contract/etl';
import type { RunStatus } from '../../../src-shared/contract/refresh';

/** A run's status from its sources' (the same rule the runner stores in etl_run). */
export function runStatus(statuses: readonly SourceRefreshStatus[], runCancelled: boolean): RunStatus {
  if (runCancelled) return 'cancelled';
  const good = statuses.filter((s) => s === 'updated' || s === 'unchanged').length;
  if (good === statuses.length) return 'ok';
  return statuses.some((s) => s === 'updated' || s === 'unchanged' || s === 'partial') ? 'partial' : 'failed';
}
