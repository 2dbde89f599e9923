import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { finished } from 'node:stream/promises';
import { CaudalError, type CommandOutput, type ParsedInput } from '../../src-shared/contract';
import type { DatasetQuery } from '../../src-shared/contract/data';
import { iterateDataset } from '../datasets/query/iterate-dataset';
import { decodeChartPng } from './chart-png';
import { writeCsv } from './csv/write-csv';
import { openExportConnection } from './export-connection';
import { exportCancelled } from './export-cancelled';
import { createProgressReporter, type ProgressListener } from './export-progress';
import { checkTargetPath } from './target-path';
import { discardTemporary, moveIntoPlace, temporaryPathFor } from './temp-file';
import { trailingSheetsFor } from './workbook/trailing-sheets';
import { createRowObserver } from './workbook/row-observer';
import { writeWorkbook } from './xlsx/write-workbook';

export type ExportRequest = ParsedInput<'exports.create'>;
export type ExportResult = CommandOutput<'exports.create'>;

export interface ExportEnvironment {
  /** The SQLite file to read (opened read-only, apart from the app's connection). */
  readonly dbPath: string;
  /** Folders the file may not go into (the app's data and installation). */
  readonly forbiddenDirs: readonly string[];
  /** Caudal's exports folder: allowed inside the data folder, created when missing (exportsDirFor). */
  readonly exportsDir?: string | undefined;
  /**
   * The temporary file to write, beside the target (temporaryPathFor). An export process gets it from
   * the app, which removes it should the process die before cleaning up after itself.
   */
  readonly temporaryPath?: string | undefined;
  readonly signal?: AbortSignal;
  readonly onProgress?: ProgressListener;
  /** When the export is stamped as generated; tests pin it. */
  readonly now?: () => Date;
  /** Milliseconds for the ETA and the progress pace; tests pin it. */
  readonly clock?: () => number;
  /** Excel's row limit per "Datos" sheet; tests lower it to check the split. */
  readonly maxRowsPerSheet?: number;
}

/**
 * One export, start to end: check the target, read one snapshot of the data, stream it into a
 * temporary file beside the target, add the summary, metadata, sources and rejected rows, then rename.
 * On failure or cancellation the temporary file is removed and nothing is left at the target.
 */
export async function runExport(request: ExportRequest, env: ExportEnvironment): Promise<ExportResult> {
  const exportId = request.exportId ?? randomBytes(8).toString('hex');
  const target = await checkTargetPath(request.targetPath, request.format, { forbiddenDirs: env.forbiddenDirs, exportsDir: env.exportsDir });
  const chart = request.chartPng && request.format === 'xlsx' ? decodeChartPng(request.chartPng) : null;
  if (env.signal?.aborted) throw exportCancelled();

  const temporary = env.temporaryPath ?? temporaryPathFor(target);
  // The final rename must stay within one folder (one file system, and no detour elsewhere).
  if (dirname(temporary) !== dirname(target)) throw new CaudalError('internal', 'El archivo temporal de la exportación debe estar en la carpeta de destino.');
  const connection = openExportConnection(env.dbPath);
  let out: WriteStream | null = null;
  let progress = createProgressReporter({ exportId, total: 0, listener: env.onProgress, now: env.clock });
  try {
    progress.phase('preparing');
    const query: DatasetQuery = request;
    const data = await iterateDataset(connection.sqlite, query, connection.db);
    progress = createProgressReporter({ exportId, total: data.total, listener: env.onProgress, now: env.clock });
    const observer = createRowObserver(data.columns);
    out = createWriteStream(temporary, { flags: 'wx' });
    const opened = out;
    const outcome = finished(opened);
    outcome.catch(() => {});

    let sheets: string[] = [];
    let rejectedRows = 0;
    if (request.format === 'csv') {
      progress.phase('rows');
      await writeCsv(opened, data, { csv: request.csv, signal: env.signal, onRows: (done) => progress.rows(done, null), onRow: (row) => observer.observe(row) });
      opened.end();
    } else {
      sheets = await writeWorkbook(opened, {
        data,
        signal: env.signal,
        maxRowsPerSheet: env.maxRowsPerSheet,
        onRow: (row) => observer.observe(row),
        onRows: (done, sheet) => progress.rows(done, sheet),
        onSheet: (sheet) => progress.phase(sheet.startsWith('Datos') ? 'rows' : 'sheets', sheet),
        trailingSheets: async () => {
          const trailing = await trailingSheetsFor({ request, data, observer, connection, chart, generatedAt: (env.now ?? (() => new Date()))() });
          rejectedRows = trailing.rejectedTotal;
          return trailing.sheets;
        },
      });
    }
    if (env.signal?.aborted) throw exportCancelled();
    progress.phase('finishing');
    await outcome;
    connection.close();
    await moveIntoPlace(temporary, target);
    const { size } = await stat(target);
    progress.phase('done');
    return { exportId, path: target, format: request.format, rows: progress.rowsDone, bytes: size, sheets, sourceFiles: observer.fileIds().length, rejectedRows };
  } catch (error) {
    const cancelled = env.signal?.aborted || (error instanceof CaudalError && error.code === 'cancelled');
    if (out && !out.closed) {
      out.destroy();
      await finished(out).catch(() => {});
    }
    await discardTemporary(temporary);
    if (connection.sqlite.open) connection.close();
    progress.phase(cancelled ? 'cancelled' : 'failed');
    throw cancelled ? exportCancelled() : error;
  }
}
