import { z } from 'zod';
import { defineCommand, defineEvent } from './define';
import { sourceId } from './sources';

export const rejectedRow = z.object({
  id: z.number().int(),
  sourceId,
  fileId: z.number().int().nullable(),
  fileName: z.string().nullable(),
  sheet: z.string().nullable(),
  row: z.number().int().nullable(),
  reasonCode: z.string(),
  reason: z.string(),
  /** The row's cells as read, keyed by header. */
  raw: z.record(z.string(), z.unknown()),
});
export type RejectedRow = z.infer<typeof rejectedRow>;

export const etlRejects = defineCommand({
  summary: 'Filas no cargadas, con su motivo y sus valores originales.',
  input: z
    .object({
      sourceId: sourceId.optional(),
      fileId: z.number().int().positive().optional(),
      limit: z.number().int().min(1).max(5000).default(200),
      offset: z.number().int().min(0).default(0),
    })
    .default({ limit: 200, offset: 0 }),
  output: z.object({ total: z.number().int(), rows: z.array(rejectedRow) }),
});

/** How one source's refresh ended (also stored per run and source, see `etl.sources`). */
export const sourceRefreshStatuses = ['updated', 'unchanged', 'partial', 'failed', 'cancelled'] as const;
export const sourceRefreshStatus = z.enum(sourceRefreshStatuses);
export type SourceRefreshStatus = z.infer<typeof sourceRefreshStatus>;

/**
 * Progress of an import or refresh, per source and step; counts let the UI show an ETA.
 * Steps: discover (buscando), download (descargando, with bytes), parse (procesando), load (guardando),
 * then one of done / failed / cancelled per source. The optional fields were added for the refresh
 * panel and the terminal progress bar; older emitters leave them out.
 */
export const etlProgress = defineEvent(
  z.object({
    runId: z.number().int(),
    sourceId,
    step: z.enum(['discover', 'download', 'parse', 'load', 'done', 'failed', 'cancelled']),
    file: z.string().nullable(),
    done: z.number(),
    total: z.number().nullable(),
    message: z.string().nullable(),
    /** Position of this source in the run (0-based) and how many sources the run has: overall progress. */
    sourceIndex: z.number().int().min(0).optional(),
    sourceCount: z.number().int().min(1).optional(),
    /** While downloading: bytes of the current file so far, and its announced size when known. */
    receivedBytes: z.number().min(0).nullable().optional(),
    totalBytes: z.number().min(0).nullable().optional(),
    /** Estimated seconds left for the current step, from the pace so far; null when it cannot be told. */
    etaSeconds: z.number().min(0).nullable().optional(),
    /** On done / failed / cancelled: how the source ended. */
    status: sourceRefreshStatus.optional(),
  }),
);
