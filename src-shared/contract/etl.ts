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

/** Progress of an import or refresh, per source and step; counts let the UI show an ETA. */
export const etlProgress = defineEvent(
  z.object({
    runId: z.number().int(),
    sourceId,
    step: z.enum(['discover', 'download', 'parse', 'load', 'done', 'failed']),
    file: z.string().nullable(),
    done: z.number(),
    total: z.number().nullable(),
    message: z.string().nullable(),
  }),
);
