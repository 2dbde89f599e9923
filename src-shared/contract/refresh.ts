import { z } from 'zod';
import { defineCommand, defineEvent } from './define';
import { sourceRefreshStatus, sourceRefreshStatuses } from './etl';
import { runTrigger } from './etl-sources';
import { refreshSchedule } from './settings';
import { sourceId } from './sources';
import { unknownOption } from './spanish-issues';

/**
 * Refreshing data from the publishers: the "Actualizar datos" button (all sources or one), live progress
 * per source, cancel, and what the scheduler will do next. One run at a time: a second start while one
 * runs is refused with `conflict`. Progress arrives as `etl.progress` events; a run's start and end as
 * `refresh.state`.
 */

export const runKind = z.enum(['refresh', 'import']);
export type RunKind = z.infer<typeof runKind>;
export const runStatus = z.enum(['ok', 'partial', 'failed', 'cancelled']);
export type RunStatus = z.infer<typeof runStatus>;
export const refreshStep = z.enum(['discover', 'download', 'parse', 'load']);

export const refreshStart = defineCommand({
  summary: 'Inicia la actualización desde los sitios oficiales (todas las fuentes o las indicadas); responde con el número de ejecución.',
  input: z
    .strictObject(
      {
        /** Absent: every source. */
        sourceIds: z
          .array(sourceId)
          .min(1, 'Indique al menos una fuente, u omita sourceIds para actualizar todas')
          .refine((ids) => new Set(ids).size === ids.length, { message: 'Fuente repetida' })
          .optional(),
      },
      unknownOption('sourceIds'),
    )
    .default({}),
  output: z.object({ runId: z.number().int(), sourceIds: z.array(sourceId) }),
});

export const refreshCancel = defineCommand({
  summary: 'Cancela la actualización en curso, o solo una de sus fuentes; lo cancelado conserva sus datos anteriores.',
  input: z.strictObject({ runId: z.number().int().positive(), sourceId: sourceId.optional() }, unknownOption('runId', 'sourceId')),
  /** False when that run (or that source of it) is no longer running: nothing to cancel. */
  output: z.object({ cancelled: z.boolean() }),
});

/** One source of the run in progress, as the sources panel draws its bar. */
export const sourceRunState = z.object({
  sourceId,
  title: z.string(),
  /** `pending` until its turn; then `running`; then how it ended. */
  state: z.enum(['pending', 'running', ...sourceRefreshStatuses]),
  /** buscando / descargando / procesando / guardando; null before it starts and after it ends. */
  step: refreshStep.nullable(),
  file: z.string().nullable(),
  message: z.string().nullable(),
  /** Files of the current step: the one being handled (0-based) and how many there are. */
  filesDone: z.number().int().min(0).nullable(),
  filesTotal: z.number().int().min(0).nullable(),
  receivedBytes: z.number().min(0).nullable(),
  totalBytes: z.number().min(0).nullable(),
  etaSeconds: z.number().min(0).nullable(),
  /** 0…1 for this source; never goes back. */
  fraction: z.number().min(0).max(1),
});
export type SourceRunState = z.infer<typeof sourceRunState>;

export const currentRun = z.object({
  /** Null only for an import that has not reported its run yet. */
  runId: z.number().int().nullable(),
  kind: runKind,
  trigger: runTrigger,
  startedAt: z.string(),
  /** Refresh: every source of the run, in the order they run. Import: empty. */
  sources: z.array(sourceRunState),
  /** Import: files handled so far and in total. */
  files: z.object({ done: z.number().int().min(0), total: z.number().int().min(0) }).nullable(),
  /** Overall 0…1 (what the taskbar shows). */
  fraction: z.number().min(0).max(1),
  /** A cancel of the whole run was asked; the current source is stopping. */
  cancelling: z.boolean(),
});
export type CurrentRun = z.infer<typeof currentRun>;

/** A file the publisher still serves, unchanged, that failed before: not downloaded nor parsed again. */
export const knownFailedFile = z.object({
  fileName: z.string(),
  url: z.string(),
  message: z.string(),
  firstFailedAt: z.string(),
  lastFailedAt: z.string(),
});
export type KnownFailedFile = z.infer<typeof knownFailedFile>;

/** Why `nextRunAt` is what it is. */
export const scheduleReason = z.enum(['manual', 'never-run', 'interval', 'retry', 'running']);

export const sourceSchedule = z.object({
  sourceId,
  title: z.string(),
  schedule: refreshSchedule,
  /** When the scheduler will refresh it next (ISO); null when only by hand, or running now. */
  nextRunAt: z.string().nullable(),
  reason: scheduleReason,
  /** Failed (or cancelled) attempts in a row since its last success: what the retry wait grows with. */
  consecutiveFailures: z.number().int().min(0),
  lastAttemptAt: z.string().nullable(),
  knownFailedFiles: z.array(knownFailedFile),
});
export type SourceSchedule = z.infer<typeof sourceSchedule>;

export const refreshStatus = defineCommand({
  summary: 'Actualización en curso (progreso por fuente) y próxima actualización programada de cada fuente.',
  input: z.strictObject({}, unknownOption()).default({}),
  output: z.object({
    current: currentRun.nullable(),
    /** False under `caudal serve` and the CLI: nothing runs by itself there, `nextRunAt` is what the app would do. */
    schedulerActive: z.boolean(),
    sources: z.array(sourceSchedule),
  }),
});

/** One source's outcome, in `refresh.state` when a run ends. */
export const runSourceOutcome = z.object({
  sourceId,
  title: z.string(),
  status: sourceRefreshStatus,
  filesLoaded: z.number().int(),
  rowsLoaded: z.number().int(),
  rowsRejected: z.number().int(),
  /** The latest period loaded, when this run moved it ("2025-10", "Edición 2024"…). */
  newPeriod: z.string().nullable(),
  /** One Spanish line: "2 archivos nuevos, 1.234 filas cargadas, 0 rechazadas", "sin cambios", the error. */
  message: z.string(),
  knownFailedFiles: z.number().int().min(0),
});
export type RunSourceOutcome = z.infer<typeof runSourceOutcome>;

/** What the system notification and the in-app toast say when a run ends. */
export const runNotice = z.object({ title: z.string(), body: z.string() });
export type RunNotice = z.infer<typeof runNotice>;

export const importTotals = z.object({
  loaded: z.number().int(),
  unchanged: z.number().int(),
  unknown: z.number().int(),
  failed: z.number().int(),
  rowsLoaded: z.number().int(),
  rowsRejected: z.number().int(),
});

export const refreshState = defineEvent(
  z.discriminatedUnion('phase', [
    z.object({
      phase: z.literal('started'),
      runId: z.number().int().nullable(),
      kind: runKind,
      trigger: runTrigger,
      startedAt: z.string(),
      /** Refresh: the sources, in order. Import: empty. */
      sourceIds: z.array(sourceId),
      /** Import: how many files will be looked at. */
      fileCount: z.number().int().nullable(),
    }),
    z.object({
      phase: z.literal('finished'),
      runId: z.number().int().nullable(),
      kind: runKind,
      trigger: runTrigger,
      startedAt: z.string(),
      finishedAt: z.string(),
      status: runStatus,
      sources: z.array(runSourceOutcome),
      importTotals: importTotals.nullable(),
      notice: runNotice,
    }),
  ]),
);
export type RefreshStateEvent = z.infer<typeof refreshState.payload>;
