import type { Kysely, Selectable } from 'kysely';
import type { CommandOutput } from '../../../src-shared/contract';
import type { SourceAttempt } from '../../../src-shared/contract/etl-sources';
import type { SourceId } from '../../../src-shared/contract/sources';
import type { Database, EtlRunSourceTable, EtlRunTable } from '../database-types';

type SourcesOutput = CommandOutput<'etl.sources'>;

/** What the sources panel needs to know of a source besides its data. */
export interface SourceDescriptor {
  readonly id: SourceId;
  readonly title: string;
  readonly publisher: string;
  readonly officialUrl: string | null;
  /** The source's own notion of its latest period; the highest file coverage otherwise. */
  readonly latestPeriod?: (db: Kysely<Database>) => Promise<string | null>;
}

/**
 * Health of every source for the "Fuentes" panel and `caudal query etl.sources`: last attempt and its
 * error, last success, what is loaded (files in use, rows, rejects) and how recent it is.
 */
export async function sourceHealth(db: Kysely<Database>, sources: readonly SourceDescriptor[]): Promise<SourcesOutput> {
  const totals = await db
    .selectFrom('source_file')
    .select((eb) => [
      'source_id',
      eb.fn.countAll<number>().as('files'),
      eb.fn.sum<number>('rows_loaded').as('rows'),
      eb.fn.sum<number>('rows_rejected').as('rejects'),
      eb.fn.max('imported_at').as('last_loaded_at'),
      eb.fn.max('coverage').as('max_coverage'),
    ])
    .where('status', '=', 'active')
    .groupBy('source_id')
    .execute();
  const totalsBySource = new Map(totals.map((t) => [t.source_id, t]));

  const result: SourcesOutput['sources'] = [];
  for (const source of sources) {
    const total = totalsBySource.get(source.id);
    const hasData = total !== undefined && Number(total.files) > 0;
    result.push({
      id: source.id,
      title: source.title,
      publisher: source.publisher,
      officialUrl: source.officialUrl,
      lastAttempt: await latestAttempt(db, source.id, null),
      lastSuccess: await latestAttempt(db, source.id, ['updated', 'unchanged']),
      files: Number(total?.files ?? 0),
      rows: Number(total?.rows ?? 0),
      rejects: Number(total?.rejects ?? 0),
      freshness: hasData ? ((await source.latestPeriod?.(db)) ?? total.max_coverage ?? null) : null,
      lastLoadedAt: total?.last_loaded_at ?? null,
    });
  }
  return { sources: result };
}

async function latestAttempt(db: Kysely<Database>, sourceId: string, statuses: Array<EtlRunSourceTable['status']> | null): Promise<SourceAttempt | null> {
  let query = db
    .selectFrom('etl_run_source as s')
    .innerJoin('etl_run as r', 'r.id', 's.run_id')
    .select(['s.run_id', 'r.trigger', 's.started_at', 's.finished_at', 's.status', 's.error', 's.error_code', 's.files_loaded', 's.rows_loaded'])
    .where('s.source_id', '=', sourceId);
  if (statuses) query = query.where('s.status', 'in', statuses);
  const row = await query.orderBy('s.started_at', 'desc').orderBy('s.id', 'desc').limit(1).executeTakeFirst();
  return row ? toAttempt(row) : null;
}

type AttemptRow = Pick<Selectable<EtlRunSourceTable>, 'run_id' | 'started_at' | 'finished_at' | 'status' | 'error' | 'error_code' | 'files_loaded' | 'rows_loaded'> &
  Pick<Selectable<EtlRunTable>, 'trigger'>;

function toAttempt(row: AttemptRow): SourceAttempt {
  return {
    runId: row.run_id,
    trigger: row.trigger,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    status: row.status,
    error: row.error,
    errorCode: row.error_code,
    filesLoaded: row.files_loaded,
    rowsLoaded: row.rows_loaded,
  };
}
