import { z } from 'zod';
import { defineCommand, defineEvent } from './define';
import { importTotals } from './refresh';
import { sheetReconciliation, sourceId } from './sources';
import { unknownOption } from './spanish-issues';

/**
 * Importing files by hand (menu, button, drag and drop): the same content detection, archive and load as
 * `caudal import`, in the ETL worker, one run in the history. Files are given by path (the desktop app,
 * where a dropped folder is imported recursively) or by content (a browser on the HTTP bridge, which
 * never sees paths).
 */

/** Largest file accepted by content: above every workbook or zip the publishers serve. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

export const uploadedFile = z.object({
  /** The name the analyst sees; only used for messages and the archive's extension. */
  fileName: z
    .string()
    .min(1, 'Falta el nombre del archivo')
    .max(255, 'Nombre de archivo demasiado largo')
    .refine((name) => !/[\\/]/.test(name), { message: 'El nombre del archivo no puede contener / ni \\' }),
  contentBase64: z
    .string()
    .max(Math.ceil(MAX_UPLOAD_BYTES / 3) * 4, 'El archivo supera el tamaño máximo (200 MB)')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'El contenido no es base64 válido'),
});

export const importFilesCommand = defineCommand({
  summary: 'Importa archivos o carpetas (reconocidos por su contenido) y responde con el resumen por archivo.',
  input: z
    .strictObject(
      {
        /** Files or folders on this computer (folders are read recursively). */
        paths: z.array(z.string().min(1, 'Ruta vacía').max(4096, 'Ruta demasiado larga')).max(1000, 'Demasiadas rutas a la vez (máximo 1000)').default([]),
        uploads: z.array(uploadedFile).max(200, 'Demasiados archivos a la vez (máximo 200)').default([]),
      },
      unknownOption('paths', 'uploads'),
    )
    .refine((input) => input.paths.length + input.uploads.length > 0, { message: 'Indique al menos un archivo o carpeta para importar', path: ['paths'] }),
  output: z.object({
    runId: z.number().int(),
    /** False when any file failed or was not recognised. */
    ok: z.boolean(),
    files: z.array(
      z.discriminatedUnion('status', [
        z.object({
          status: z.literal('loaded'),
          path: z.string(),
          fileName: z.string(),
          sourceId,
          sourceTitle: z.string(),
          coverage: z.string(),
          /** For `etl.rejects { fileId }`: the rejected rows, one click away. */
          fileId: z.number().int().nullable(),
          rowsLoaded: z.number().int(),
          rowsRejected: z.number().int(),
          reconciliations: z.array(sheetReconciliation),
          /** It replaced an earlier file of the same coverage (kept as history). */
          replacedPrevious: z.boolean(),
          warnings: z.array(z.string()),
          message: z.string(),
        }),
        z.object({
          status: z.literal('unchanged'),
          path: z.string(),
          fileName: z.string(),
          sourceId,
          sourceTitle: z.string(),
          coverage: z.string().nullable(),
          fileId: z.number().int().nullable(),
          message: z.string(),
        }),
        z.object({ status: z.literal('unknown'), path: z.string(), fileName: z.string(), message: z.string() }),
        z.object({ status: z.literal('failed'), path: z.string(), fileName: z.string(), message: z.string() }),
      ]),
    ),
    totals: importTotals,
    /** One Spanish line for the whole import. */
    message: z.string(),
  }),
});

/** One event per file as the import goes, for a progress bar on long folders. */
export const importProgress = defineEvent(
  z.object({
    /** 0-based position of this file, and how many files the import has. */
    index: z.number().int().min(0),
    total: z.number().int().min(0),
    fileName: z.string(),
    status: z.enum(['loaded', 'unchanged', 'unknown', 'failed']),
    message: z.string(),
  }),
);
