import { basename } from 'node:path';
import type { CommandOutput } from '../../../src-shared/contract';
import type { ImportedFileOutcome, ImportJobSummary } from '../worker/etl-job';
import { importSummaryLine, type ImportCounts } from './run-notice';

type ImportOutput = CommandOutput<'import.files'>;
type ImportedFile = ImportOutput['files'][number];

const count = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 0 });

/** Pure: the import job's summary as `import.files` answers it, with one Spanish line per file. */
export function importOutput(summary: ImportJobSummary, titles: ReadonlyMap<string, string>): ImportOutput {
  const files = summary.files.map((outcome) => importedFile(outcome, titles));
  const totals = importCounts(files);
  return { runId: summary.runId, ok: summary.ok, files, totals, message: importSummaryLine(totals) };
}

export function importedFile(outcome: ImportedFileOutcome, titles: ReadonlyMap<string, string>): ImportedFile {
  const fileName = outcome.fileName || basename(outcome.path);
  const message = importedFileMessage(outcome, titles);
  switch (outcome.status) {
    case 'loaded':
      return {
        status: 'loaded',
        path: outcome.path,
        fileName,
        sourceId: outcome.sourceId,
        sourceTitle: outcome.sourceTitle,
        coverage: outcome.coverage,
        fileId: outcome.fileId,
        rowsLoaded: outcome.rowsLoaded,
        rowsRejected: outcome.rowsRejected,
        reconciliations: outcome.reconciliations,
        replacedPrevious: outcome.supersededFileIds.length > 0,
        warnings: outcome.warnings,
        message,
      };
    case 'unchanged':
      return {
        status: 'unchanged',
        path: outcome.path,
        fileName,
        sourceId: outcome.sourceId,
        sourceTitle: titles.get(outcome.sourceId) ?? outcome.sourceId,
        coverage: outcome.coverage,
        fileId: outcome.fileId,
        message,
      };
    case 'unknown':
      return { status: 'unknown', path: outcome.path, fileName, message };
    case 'failed':
      return { status: 'failed', path: outcome.path, fileName, message };
  }
}

/** The line the import list and the progress event show for a file. */
export function importedFileMessage(outcome: ImportedFileOutcome, titles: ReadonlyMap<string, string>): string {
  switch (outcome.status) {
    case 'loaded': {
      const replaced = outcome.supersededFileIds.length > 0 ? `; reemplaza el archivo anterior de ${outcome.coverage}` : '';
      return `${outcome.sourceTitle} ${outcome.coverage}: ${count.format(outcome.rowsLoaded)} filas cargadas, ${count.format(outcome.rowsRejected)} rechazadas${replaced}`;
    }
    case 'unchanged':
      return `${titles.get(outcome.sourceId) ?? outcome.sourceId}${outcome.coverage ? ` ${outcome.coverage}` : ''}: ${outcome.note}`;
    case 'unknown':
      return `No reconocido: ${outcome.reason}`;
    case 'failed':
      return outcome.message;
  }
}

export function importCounts(files: ReadonlyArray<Pick<ImportedFile, 'status'> & Partial<{ rowsLoaded: number; rowsRejected: number }>>): ImportCounts {
  const of = (status: ImportedFile['status']) => files.filter((f) => f.status === status).length;
  const loaded = files.filter((f) => f.status === 'loaded');
  return {
    loaded: loaded.length,
    unchanged: of('unchanged'),
    unknown: of('unknown'),
    failed: of('failed'),
    rowsLoaded: loaded.reduce((sum, f) => sum + (f.rowsLoaded ?? 0), 0),
    rowsRejected: loaded.reduce((sum, f) => sum + (f.rowsRejected ?? 0), 0),
  };
}
