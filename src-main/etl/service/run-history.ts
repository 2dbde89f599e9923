import type { Kysely, Selectable } from 'kysely';
import type { CommandOutput, ParsedInput } from '../../../src-shared/contract';
import type { KnownFailedFile } from '../../../src-shared/contract/refresh';
import type { RunFile, RunRecord, RunSourceRecord } from '../../../src-shared/contract/refresh-runs';
import { sourceIds, type SourceId } from '../../../src-shared/contract/sources';
import type { Database, EtlRunSourceTable, EtlRunTable } from '../../db/database-types';

type RunsInput = ParsedInput<'refresh.runs'>;
type RunsOutput = CommandOutput<'refresh.runs'>;

const importTriggers: Array<EtlRunTable['trigger']> = ['cli-import', 'app-import'];
const refreshTriggers: Array<EtlRunTable['trigger']> = ['button', 'schedule', 'cli-refresh'];

/**
 * `refresh.runs`: the history, newest first, from etl_run (one row per run) and etl_run_source (one per
 * source of a refresh). Per-file detail comes from the JSON summaries the runners store; a summary it
 * cannot read (an older version's) just lists no files.
 */
export async function runHistory(db: Kysely<Database>, input: RunsInput, titles: ReadonlyMap<string, string>): Promise<RunsOutput> {
  let query = db.selectFrom('etl_run');
  if (input.kind) query = query.where('trigger', 'in', input.kind === 'import' ? importTriggers : refreshTriggers);
  if (input.sourceId) {
    const id = input.sourceId;
    query = query.where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('etl_run_source as s').select('s.id').whereRef('s.run_id', '=', 'etl_run.id').where('s.source_id', '=', id)),
        eb.exists(eb.selectFrom('source_file as f').select('f.id').whereRef('f.run_id', '=', 'etl_run.id').where('f.source_id', '=', id)),
      ]),
    );
  }
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const runs = await query.selectAll().orderBy('started_at', 'desc').orderBy('id', 'desc').limit(input.limit).offset(input.offset).execute();
  const ids = runs.map((r) => r.id);
  const sourceRows = ids.length ? await db.selectFrom('etl_run_source').selectAll().where('run_id', 'in', ids).orderBy('id').execute() : [];
  const loadedFiles = ids.length ? await db.selectFrom('source_file').select(['run_id', 'file_name', 'source_id']).where('run_id', 'in', ids).execute() : [];
  const sourceOfFile = new Map(loadedFiles.map((f) => [`${f.run_id}\u0000${f.file_name}`, f.source_id]));

  return {
    total: Number(total.n),
    runs: runs.map((run): RunRecord => {
      const isImport = importTriggers.includes(run.trigger);
      const sources = sourceRows.flatMap((s) => {
        const sourceId = asSourceId(s.source_id);
        // A source this version does not know (removed since) has nothing the contract can name.
        return s.run_id === run.id && sourceId ? [toSourceRecord(s, sourceId, titles)] : [];
      });
      const files = isImport ? importFilesOf(run, sourceOfFile) : sources.flatMap((s) => s.files);
      return {
        runId: run.id,
        trigger: run.trigger,
        kind: isImport ? 'import' : 'refresh',
        startedAt: run.started_at,
        finishedAt: run.finished_at,
        status: run.status,
        error: run.error,
        sources,
        files,
        totals: {
          filesDownloaded: sources.reduce((sum, s) => sum + s.filesDownloaded, 0),
          filesLoaded: isImport ? files.filter((f) => f.status === 'loaded').length : sources.reduce((sum, s) => sum + s.filesLoaded, 0),
          rowsLoaded: isImport ? files.reduce((sum, f) => sum + (f.rowsLoaded ?? 0), 0) : sources.reduce((sum, s) => sum + s.rowsLoaded, 0),
          rowsRejected: isImport ? files.reduce((sum, f) => sum + (f.rowsRejected ?? 0), 0) : sources.reduce((sum, s) => sum + s.rowsRejected, 0),
          bytesDownloaded: sources.reduce((sum, s) => sum + s.bytesDownloaded, 0),
        },
      };
    }),
  };
}

function toSourceRecord(row: Selectable<EtlRunSourceTable>, sourceId: SourceId, titles: ReadonlyMap<string, string>): RunSourceRecord {
  const summary = asRecord(parseJson(row.summary_json));
  return {
    sourceId,
    title: titles.get(row.source_id) ?? row.source_id,
    status: row.status,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    filesDownloaded: row.files_downloaded,
    filesLoaded: row.files_loaded,
    filesUnchanged: row.files_unchanged,
    filesFailed: row.files_failed,
    bytesDownloaded: row.bytes_downloaded,
    rowsLoaded: row.rows_loaded,
    rowsRejected: row.rows_rejected,
    errorCode: row.error_code,
    error: row.error,
    files: asArray(summary['files']).map((file) => toRunFile(asRecord(file), sourceId)),
    knownFailedFiles: asArray(summary['knownFailedFiles']).flatMap((file) => toKnownFailedFile(asRecord(file))),
  };
}

/** Import runs keep their per-file outcomes in etl_run.summary_json (see import-files). */
function importFilesOf(run: Selectable<EtlRunTable>, sourceOfFile: ReadonlyMap<string, string>): RunFile[] {
  return asArray(asRecord(parseJson(run.summary_json))['files']).map((entry) => {
    const file = asRecord(entry);
    const fileName = text(file['file']) ?? text(file['fileName']) ?? '';
    return toRunFile({ ...file, fileName }, asSourceId(sourceOfFile.get(`${run.id}\u0000${fileName}`)));
  });
}

function toRunFile(file: Record<string, unknown>, sourceId: SourceId | null): RunFile {
  const status = text(file['status']);
  return {
    fileName: text(file['fileName']) ?? text(file['file']) ?? '',
    status: status === 'loaded' || status === 'unchanged' || status === 'unknown' || status === 'failed' ? status : 'failed',
    sourceId,
    coverage: text(file['coverage']),
    rowsLoaded: integer(file['rowsLoaded']),
    rowsRejected: integer(file['rowsRejected']),
    message: text(file['message']) ?? text(file['reason']),
    warnings: asArray(file['warnings']).flatMap((warning) => (typeof warning === 'string' ? [warning] : [])),
  };
}

function toKnownFailedFile(file: Record<string, unknown>): KnownFailedFile[] {
  const fileName = text(file['fileName']);
  const url = text(file['url']);
  if (fileName === null || url === null) return [];
  return [{ fileName, url, message: text(file['message']) ?? '', firstFailedAt: text(file['firstFailedAt']) ?? '', lastFailedAt: text(file['lastFailedAt']) ?? '' }];
}

function parseJson(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function integer(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

function asSourceId(value: string | undefined): SourceId | null {
  return value !== undefined && (sourceIds as readonly string[]).includes(value) ? (value as SourceId) : null;
}
