import { z } from 'zod';
import { defineCommand } from './define';
import { sourceRefreshStatuses } from './etl';
import { sourceId } from './sources';

/** What started a run: the CLI, the app's button or import, or the scheduler. */
export const runTrigger = z.enum(['cli-import', 'app-import', 'button', 'schedule', 'cli-refresh']);
export type RunTrigger = z.infer<typeof runTrigger>;

/** One source's part of one run. `running` only while it runs (or when the app stopped mid-run). */
export const sourceAttempt = z.object({
  runId: z.number().int(),
  trigger: runTrigger,
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  status: z.enum(['running', ...sourceRefreshStatuses]),
  /** Spanish, as the analyst reads it ("La ANH respondió HTTP 500"); null when it went well. */
  error: z.string().nullable(),
  errorCode: z.string().nullable(),
  filesLoaded: z.number().int(),
  rowsLoaded: z.number().int(),
});
export type SourceAttempt = z.infer<typeof sourceAttempt>;

export const sourceHealth = z.object({
  id: sourceId,
  title: z.string(),
  publisher: z.string(),
  /** The publisher's page for this dataset. */
  officialUrl: z.string().nullable(),
  lastAttempt: sourceAttempt.nullable(),
  /** The last refresh that ended `updated` or `unchanged`. */
  lastSuccess: sourceAttempt.nullable(),
  /** Files in use (active), rows loaded from them and rows rejected from them. */
  files: z.number().int(),
  rows: z.number().int(),
  rejects: z.number().int(),
  /** Latest period loaded (`YYYY-MM`, a year, an edition); null when the source has no data. */
  freshness: z.string().nullable(),
  /** When the newest file in use was loaded, by import or refresh. */
  lastLoadedAt: z.string().nullable(),
});
export type SourceHealth = z.infer<typeof sourceHealth>;

export const etlSources = defineCommand({
  summary: 'Estado de cada fuente: último intento y su resultado, último éxito, archivos, filas, rechazos y periodo más reciente.',
  input: z.object({}).strict().default({}),
  output: z.object({ sources: z.array(sourceHealth) }),
});
