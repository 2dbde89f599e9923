import { z } from 'zod';
import { datasetId } from './data';
import { defineCommand } from './define';
import { exportFormat } from './exports';
import { period } from './filters';

/**
 * The desktop half of an export: the native save dialog before `exports.create`, and "Abrir" /
 * "Mostrar en carpeta" after it. Without a desktop (`caudal serve`, the browser preview) the target is
 * the proposed name in Caudal's exports folder, and revealing answers `unavailable`; the CLI takes
 * `--out` instead.
 */
export const exportsChooseTarget = defineCommand({
  summary: 'Abre el diálogo «Guardar como» con un nombre propuesto y la última carpeta usada; sin escritorio, propone el archivo en la carpeta de exportaciones.',
  input: z.object({
    dataset: datasetId,
    format: exportFormat,
    /** The period the export covers, for the proposed name (`caudal-produccion-2024-01_2024-12.xlsx`). */
    from: period.optional(),
    to: period.optional(),
  }),
  /** Null: the analyst closed the dialog without choosing. */
  output: z.object({ path: z.string().nullable() }),
});

export const revealActions = ['open', 'show'] as const;

export const exportsReveal = defineCommand({
  summary: 'Abre un archivo exportado en esta sesión, o lo muestra en su carpeta (solo en la aplicación de escritorio).',
  input: z.object({
    path: z.string().min(1).max(4096),
    action: z.enum(revealActions),
  }),
  output: z.object({ path: z.string() }),
});
