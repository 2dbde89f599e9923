import { z } from 'zod';
import { byDataset } from './data';
import { declarationSeries } from './declaration';
import { demandSeries } from './demand';
import { defineCommand, defineEvent } from './define';
import { productionBreakdown, productionSeries } from './production';
import { royaltiesBreakdown, royaltiesSeries } from './royalties';

/**
 * Saving a view to disk: an Excel workbook (data, summary, filters and metadata, sources, rejected
 * rows) or a CSV of the data. The file is written to a temporary name beside the target and renamed
 * at the end, so a cancelled or failed export never leaves a partial file.
 */
export const exportFormat = z.enum(['xlsx', 'csv']);
export type ExportFormat = z.infer<typeof exportFormat>;

/** Spanish Excel opens `;` with decimal commas directly; `,` with decimal points is the RFC 4180 default elsewhere. */
export const csvOptions = z
  .object({
    separator: z.enum([',', ';']).default(';'),
    decimal: z.enum(['.', ',']).default(','),
  })
  .refine((o) => !(o.separator === ',' && o.decimal === ','), {
    message: 'Con decimales con coma use el separador punto y coma (;)',
    path: ['decimal'],
  });
export type CsvOptions = z.output<typeof csvOptions>;

/**
 * The aggregate the page shows, as the very contract request the page made: the "Resumen" sheet holds
 * that command's answer, so its totals are the screen's.
 */
export const exportSummary = z.discriminatedUnion('command', [
  z.object({ command: z.literal('production.series'), input: productionSeries.input }),
  z.object({ command: z.literal('production.breakdown'), input: productionBreakdown.input }),
  z.object({ command: z.literal('royalties.series'), input: royaltiesSeries.input }),
  z.object({ command: z.literal('royalties.breakdown'), input: royaltiesBreakdown.input }),
  z.object({ command: z.literal('declaration.series'), input: declarationSeries.input }),
  z.object({ command: z.literal('demand.series'), input: demandSeries.input }),
]);
export type ExportSummary = z.output<typeof exportSummary>;

export const exportId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Identificador de exportación inválido (letras, números, - y _)');

/** A PNG as base64, with or without its `data:image/png;base64,` prefix (ECharts' getDataURL gives the prefix). */
export const MAX_CHART_PNG_BASE64 = 12_000_000;

export const exportsCreate = defineCommand({
  summary: 'Guarda los datos filtrados en Excel (datos, resumen, filtros, fuentes, rechazos) o CSV, con progreso y cancelación.',
  input: byDataset({
    format: exportFormat,
    /** Absolute path of the file to write; its folder must exist. */
    targetPath: z.string().min(1).max(4096),
    csv: csvOptions.default({ separator: ';', decimal: ',' }),
    /** Absent: the dataset's monthly series with the same filters. Null: no "Resumen" sheet. */
    summary: exportSummary.nullable().optional(),
    chartPng: z.string().max(MAX_CHART_PNG_BASE64).optional(),
    /** Caption above the chart image ("Producción fiscalizada mensual"). */
    chartTitle: z.string().max(200).optional(),
    /** Chosen by the caller, so it can follow `exports.progress` and call `exports.cancel`. */
    exportId: exportId.optional(),
  }),
  output: z.object({
    exportId,
    path: z.string(),
    format: exportFormat,
    rows: z.number().int(),
    bytes: z.number().int(),
    /** Sheet names in order (empty for CSV). */
    sheets: z.array(z.string()),
    sourceFiles: z.number().int(),
    rejectedRows: z.number().int(),
  }),
});

export const exportsCancel = defineCommand({
  summary: 'Cancela una exportación en curso; no queda ningún archivo a medias.',
  input: z.object({ exportId }),
  output: z.object({ cancelled: z.boolean() }),
});

export const exportPhases = ['preparing', 'rows', 'sheets', 'finishing', 'done', 'cancelled', 'failed'] as const;

export const exportsProgress = defineEvent(
  z.object({
    exportId,
    phase: z.enum(exportPhases),
    rowsDone: z.number().int().min(0),
    rowsTotal: z.number().int().min(0),
    /** Seconds left at the pace so far; null until it can be told. */
    etaSeconds: z.number().min(0).nullable(),
    /** The sheet being written (xlsx), or null. */
    sheet: z.string().nullable(),
  }),
);
export type ExportProgress = z.infer<typeof exportsProgress.payload>;
