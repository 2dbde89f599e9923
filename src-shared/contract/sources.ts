import { z } from 'zod';
import { defineCommand } from './define';

/** Every official source Caudal reads; each has its folder in src-main/etl/sources/<id>/. */
export const sourceIds = ['anh-production', 'anh-royalties', 'mme-declaration', 'upme-demand', 'dane-territory'] as const;
export const sourceId = z.enum(sourceIds);
export type SourceId = z.infer<typeof sourceId>;

/** A sheet's own checksum compared with the sum of the rows we loaded from it. */
export const sheetReconciliation = z.object({
  sheet: z.string(),
  period: z.string().nullable(),
  kind: z.enum(['monthly-total', 'summary-vs-monthly']),
  dataRows: z.number().int(),
  dataTotalMpc: z.number(),
  fileTotalMpc: z.number().nullable(),
  differenceMpc: z.number().nullable(),
  status: z.enum(['reconciled', 'not-reconciled', 'no-total']),
  /** Spanish explanation when not reconciled, e.g. "la fórmula TOTAL omite las filas 8–11: 3,65 MPC". */
  cause: z.string().nullable(),
});
export type SheetReconciliation = z.infer<typeof sheetReconciliation>;

export const sourceFile = z.object({
  id: z.number().int(),
  sourceId,
  fileName: z.string(),
  sha256: z.string(),
  sizeBytes: z.number().int(),
  importedAt: z.string(),
  url: z.string().nullable(),
  /** What the file covers, e.g. "2024" for an ANH yearly workbook. */
  coverage: z.string().nullable(),
  status: z.enum(['active', 'superseded']),
  rowsLoaded: z.number().int(),
  rowsRejected: z.number().int(),
  reconciliations: z.array(sheetReconciliation),
});
export type SourceFile = z.infer<typeof sourceFile>;

export const sourcesFiles = defineCommand({
  summary: 'Archivos importados: sha256, tamaño, fecha, filas y conciliación de cada hoja.',
  input: z.object({ sourceId: sourceId.optional(), includeSuperseded: z.boolean().default(false) }).default({ includeSuperseded: false }),
  output: z.object({ files: z.array(sourceFile) }),
});
