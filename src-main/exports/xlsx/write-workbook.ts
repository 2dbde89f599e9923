import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import type { DatasetRow } from '../../datasets/query/iterate-dataset';
import type { ChartPng } from '../chart-png';
import type { SheetTable } from '../sheet-table';
import type { TabularStream } from '../tabular-stream';
import { embedChartImage } from './chart-image';
import { writeDataSheets } from './data-sheets';
import { uniqueSheetName } from './sheet-names';
import { writeTableSheet } from './table-sheet';

export const sheetTitles = {
  data: 'Datos',
  summary: 'Resumen',
  metadata: 'Filtros y metadatos',
  sources: 'Fuentes',
  rejects: 'Rechazos',
} as const;

/** What the sheets after "Datos" hold; computed once the rows are written (they depend on them). */
export interface TrailingSheets {
  readonly summary: SheetTable[] | null;
  readonly chart: { readonly png: ChartPng; readonly title: string } | null;
  readonly metadata: SheetTable[];
  readonly sources: SheetTable;
  readonly rejects: (TabularStream & { readonly shown: number }) | null;
}

export interface WorkbookOptions {
  readonly data: TabularStream;
  readonly signal?: AbortSignal;
  readonly maxRowsPerSheet?: number;
  readonly onRow: (row: DatasetRow) => void;
  readonly onRows: (done: number, sheet: string) => void;
  readonly onSheet: (sheet: string) => void;
  readonly trailingSheets: () => Promise<TrailingSheets>;
}

/**
 * The workbook, streamed to `out`: Datos (as many sheets as Excel's row limit needs), Resumen with the
 * chart, Filtros y metadatos, Fuentes and, when there are any, Rechazos. Returns the sheet names.
 */
export async function writeWorkbook(out: Writable, options: WorkbookOptions): Promise<string[]> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Caudal';
  const taken = new Set<string>();
  const names: string[] = [];
  const named = (title: string) => {
    const name = uniqueSheetName(title, taken);
    names.push(name);
    options.onSheet(name);
    return name;
  };
  try {
    await writeDataSheets(workbook, options.data, {
      sheetName: () => named(sheetTitles.data),
      maxRowsPerSheet: options.maxRowsPerSheet,
      signal: options.signal,
      onRows: options.onRows,
      onRow: options.onRow,
    });
    const trailing = await options.trailingSheets();
    if (trailing.summary) {
      const chart = trailing.chart;
      writeTableSheet(workbook, named(sheetTitles.summary), trailing.summary, {
        beforeCommit: chart ? (sheet, column) => embedChartImage(workbook, sheet, chart.png, { column: column - 1, row: 0, description: chart.title }) : undefined,
      });
    }
    writeTableSheet(workbook, named(sheetTitles.metadata), trailing.metadata);
    writeTableSheet(workbook, named(sheetTitles.sources), [trailing.sources]);
    if (trailing.rejects) {
      const rejectsName = named(sheetTitles.rejects);
      await writeDataSheets(workbook, trailing.rejects, { sheetName: (i) => (i === 0 ? rejectsName : named(sheetTitles.rejects)), signal: options.signal, onRows: () => {} });
    }
    await workbook.commit();
    return names;
  } catch (error) {
    abandon(workbook);
    throw error;
  }
}

/** Stops the zip after a failure or a cancellation; the caller removes the temporary file. */
function abandon(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const zip = (workbook as unknown as { zip?: { on(event: 'error', listener: () => void): void; abort(): void } }).zip;
  if (!zip) return;
  zip.on('error', () => {});
  zip.abort();
}
