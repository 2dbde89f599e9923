import type { Kysely } from 'kysely';
import type { SourceId } from '../../../src-shared/contract/sources';
import type { Database } from '../../db/database-types';
import type { RefreshableSource } from '../refresh/refreshable-source';

/**
 * The latest period each source has loaded, as the sources panel says it: read before and after a run so
 * the notification can name the new periods ("nuevo periodo 2025-10"). A source without its own notion
 * uses the highest coverage among its files in use.
 */
export async function readFreshness(db: Kysely<Database>, sources: readonly RefreshableSource[]): Promise<Map<SourceId, string | null>> {
  const coverage = await db
    .selectFrom('source_file')
    .select((eb) => ['source_id', eb.fn.max('coverage').as('coverage')])
    .where('status', '=', 'active')
    .groupBy('source_id')
    .execute();
  const byCoverage = new Map(coverage.map((row) => [row.source_id, row.coverage]));
  const freshness = new Map<SourceId, string | null>();
  for (const source of sources) {
    if (!byCoverage.has(source.id)) {
      freshness.set(source.id, null);
      continue;
    }
    let latest: string | null = null;
    try {
      latest = (await source.latestPeriod?.(db)) ?? null;
    } catch {
      // The panel's freshness is a nicety: a query that fails here must not break the run's report.
    }
    freshness.set(source.id, latest ?? byCoverage.get(source.id) ?? null);
  }
  return freshness;
}
