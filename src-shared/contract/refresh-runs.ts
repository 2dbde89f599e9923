import { z } from 'zod';
import { defineCommand } from './define';
import { sourceRefreshStatuses } from './etl';
import { runTrigger } from './etl-sources';
import { knownFailedFile, runKind } from './refresh';
import { sourceId } from './sources';
import { unknownOption } from './spanish-issues';

/**
 * The history list: every run (scheduled, button, import, CLI), newest first, with what each source
 * did. Built from etl_run and etl_run_source, so it also shows runs made by `caudal refresh` or
 * `caudal import` while the app was closed.
 */

/** One file a source downloaded, or one file of an import. */
export const runFile = z.object({
  fileName: z.string(),
  status: z.enum(['loaded', 'unchanged', 'unknown', 'failed']),
  sourceId: sourceId.nullable(),
  coverage: z.string().nullable(),
  rowsLoaded: z.number().int().nullable(),
  rowsRejected: z.number().int().nullable(),
  /** Why it failed or was not recognised (Spanish). */
  message: z.string().nullable(),
  /** What the source noticed in a file it loaded anyway (repeated lines, totals that differ…), in Spanish. */
  warnings: z.array(z.string()).default([]),
});
export type RunFile = z.infer<typeof runFile>;

export const runSourceRecord = z.object({
  sourceId,
  title: z.string(),
  status: z.enum(['running', ...sourceRefreshStatuses]),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Files that came back new or changed (304s and equal bytes are not downloads). */
  filesDownloaded: z.number().int(),
  filesLoaded: z.number().int(),
  filesUnchanged: z.number().int(),
  filesFailed: z.number().int(),
  bytesDownloaded: z.number().int(),
  rowsLoaded: z.number().int(),
  rowsRejected: z.number().int(),
  errorCode: z.string().nullable(),
  error: z.string().nullable(),
  files: z.array(runFile),
  knownFailedFiles: z.array(knownFailedFile),
});
export type RunSourceRecord = z.infer<typeof runSourceRecord>;

export const runRecord = z.object({
  runId: z.number().int(),
  trigger: runTrigger,
  kind: runKind,
  startedAt: z.string(),
  /** Null while running (or when the app stopped in the middle of it). */
  finishedAt: z.string().nullable(),
  status: z.enum(['running', 'ok', 'partial', 'failed', 'cancelled']),
  error: z.string().nullable(),
  /** Refresh runs: one line per source. Empty for imports. */
  sources: z.array(runSourceRecord),
  /** Import runs: one line per file. Refresh runs: the files every source downloaded, flattened. */
  files: z.array(runFile),
  totals: z.object({
    filesDownloaded: z.number().int(),
    filesLoaded: z.number().int(),
    rowsLoaded: z.number().int(),
    rowsRejected: z.number().int(),
    bytesDownloaded: z.number().int(),
  }),
});
export type RunRecord = z.infer<typeof runRecord>;

export const refreshRuns = defineCommand({
  summary: 'Historial de actualizaciones e importaciones: disparador, inicio, fin, resultado por fuente, archivos, filas, rechazos y errores.',
  input: z
    .strictObject(
      {
        /** Only runs that touched this source (refreshes of it, imports that loaded one of its files). */
        sourceId: sourceId.optional(),
        kind: runKind.optional(),
        limit: z.number().int().min(1).max(200).default(50),
        offset: z.number().int().min(0).default(0),
      },
      unknownOption('sourceId', 'kind', 'limit', 'offset'),
    )
    .default({ limit: 50, offset: 0 }),
  output: z.object({ total: z.number().int(), runs: z.array(runRecord) }),
});
