import type { CommandInput, CommandOutput } from '../../src-shared/contract';
import type { CsvOptions, ExportFormat, ExportProgress } from '../../src-shared/contract/exports';
import { toClientError, type ClientError } from '../client/client-error';
import type { CaudalClient } from '../client/create-client';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * What a page exports: its dataset, filters, unit and the aggregate it shows. The flow adds the
 * format, the file the analyst chose, the CSV options and the chart.
 */
export type PageExport = DistributiveOmit<CommandInput<'exports.create'>, 'format' | 'targetPath' | 'csv' | 'exportId' | 'chartPng' | 'chartTitle'>;

export interface ExportChoice {
  format: ExportFormat;
  csv: CsvOptions;
  /** The chart on screen as a PNG data URL (xlsx only); absent when there is none. */
  chart?: { png: string; title?: string | undefined } | undefined;
}

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'choosing'; format: ExportFormat }
  | { phase: 'running'; format: ExportFormat; exportId: string; progress: ExportProgress | null; cancelling: boolean }
  | { phase: 'done'; result: CommandOutput<'exports.create'> }
  | { phase: 'cancelled' }
  | { phase: 'failed'; error: ClientError };

/** The period the export covers, for the proposed file name. */
export function exportPeriod(request: PageExport): { from?: string; to?: string } {
  const { from, to } = request.filters ?? {};
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

export function newExportId(): string {
  return `x${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Save dialog, then the export with progress, reported through `onState` until it ends: done,
 * cancelled (by `exports.cancel` with the same id, or the analyst closing the dialog) or failed with
 * the service's Spanish message (in the browser preview, the save dialog's "desktop only").
 */
export async function runExportFlow(
  client: CaudalClient,
  request: PageExport,
  choice: ExportChoice,
  onState: (state: ExportState) => void,
  exportId: string = newExportId(),
): Promise<ExportState> {
  const finish = (state: ExportState) => {
    onState(state);
    return state;
  };
  onState({ phase: 'choosing', format: choice.format });
  let targetPath: string | null;
  try {
    targetPath = (await client.send('exports.chooseTarget', { dataset: request.dataset, format: choice.format, ...exportPeriod(request) })).path;
  } catch (error) {
    return finish({ phase: 'failed', error: toClientError('exports.chooseTarget', error) });
  }
  if (targetPath === null) return finish({ phase: 'idle' });

  let running: Extract<ExportState, { phase: 'running' }> = { phase: 'running', format: choice.format, exportId, progress: null, cancelling: false };
  onState(running);
  const stop = client.on('exports.progress', (progress) => {
    if (progress.exportId !== exportId) return;
    running = { ...running, progress };
    onState(running);
  });
  try {
    const chart = choice.format === 'xlsx' && choice.chart ? { chartPng: choice.chart.png, ...(choice.chart.title ? { chartTitle: choice.chart.title } : {}) } : {};
    const result = await client.send('exports.create', { ...request, format: choice.format, targetPath, csv: choice.csv, exportId, ...chart } as CommandInput<'exports.create'>);
    return finish({ phase: 'done', result });
  } catch (error) {
    const failure = toClientError('exports.create', error);
    return finish(failure.code === 'cancelled' ? { phase: 'cancelled' } : { phase: 'failed', error: failure });
  } finally {
    stop();
  }
}

/** Bytes as the analyst reads them: `812 KB`, `3,4 MB`. */
export function fileSize(bytes: number, language: 'es' | 'en'): string {
  const locale = language === 'es' ? 'es-CO' : 'en-US';
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale)} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}
