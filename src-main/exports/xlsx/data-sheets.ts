import type ExcelJS from 'exceljs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { CellValue, DatasetColumn } from '../../../src-shared/contract/data';
import type { DatasetRow } from '../../datasets/query/iterate-dataset';
import type { TabularStream } from '../tabular-stream';
import { throwIfCancelled } from '../export-cancelled';
import { formatStyle, headerStyle } from './cell-styles';
import { columnWidths, headerHeight } from './column-widths';
import { waitForCompressor } from './zip-backpressure';
import { xlsxValue } from './xlsx-value';

/** Excel's last row is 1,048,576: one header row plus this many data rows per sheet. */
export const MAX_DATA_ROWS_PER_SHEET = 1_048_575;
const WIDTH_SAMPLE_ROWS = 200;
const ROWS_PER_BATCH = 256;

export interface DataSheetOptions {
  /** Names the sheets: `Datos`, then `Datos (2)`… when the rows do not fit in one. */
  readonly sheetName: (index: number) => string;
  readonly maxRowsPerSheet?: number;
  readonly signal?: AbortSignal;
  readonly onRows: (done: number, sheet: string) => void;
  readonly onRow?: (row: DatasetRow) => void;
}

/** `Producción fiscalizada (MPC)`: Excel's header carries the unit. */
export function headerLabel(column: DatasetColumn): string {
  return column.unit ? `${column.label} (${column.unit})` : column.label;
}

/**
 * Streams the dataset into one or more "Datos" sheets: typed cells, the column's number format, a
 * bold wrapped header frozen at the top, an autofilter over the whole range, widths from the first rows.
 * Rows are committed as they come and the compressor is waited for, so memory does not grow with rows.
 */
export async function writeDataSheets(workbook: ExcelJS.stream.xlsx.WorkbookWriter, data: TabularStream, options: DataSheetOptions): Promise<string[]> {
  const maxRows = options.maxRowsPerSheet ?? MAX_DATA_ROWS_PER_SHEET;
  const columns = data.columns;
  const types = columns.map((c) => c.type);
  const styles = columns.map((c) => formatStyle(c.format));
  const headers = columns.map(headerLabel);

  const rows = data.rows();
  const sample: DatasetRow[] = [];
  while (sample.length < WIDTH_SAMPLE_ROWS) {
    const next = rows.next();
    if (next.done) break;
    sample.push(next.value);
  }
  const widths = columnWidths(headers, types, sample.map((r) => r.values));
  const all = (function* () {
    yield* sample;
    for (let next = rows.next(); !next.done; next = rows.next()) yield next.value;
  })();

  const names: string[] = [];
  let sheet: ExcelJS.Worksheet | null = null;
  let inSheet = 0;
  let done = 0;
  const closeSheet = () => {
    if (!sheet) return;
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: inSheet + 1, column: columns.length } };
    sheet.commit();
  };
  const openSheet = () => {
    const name = options.sheetName(names.length);
    names.push(name);
    sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
    sheet.columns = widths.map((width) => ({ width }));
    const header = sheet.addRow(headers);
    header.height = headerHeight(headers, widths);
    header.eachCell((cell) => (cell.style = headerStyle));
    header.commit();
    inSheet = 0;
    return sheet;
  };

  try {
    let current = openSheet();
    for (const row of all) {
      if (inSheet === maxRows) {
        closeSheet();
        current = openSheet();
      }
      const excelRow = current.addRow(row.values.map((value, i) => xlsxValue(value as CellValue, types[i]!)));
      for (let i = 0; i < styles.length; i++) excelRow.getCell(i + 1).style = styles[i]!;
      excelRow.commit();
      options.onRow?.(row);
      inSheet += 1;
      done += 1;
      if (done % ROWS_PER_BATCH === 0) {
        options.onRows(done, names.at(-1)!);
        throwIfCancelled(options.signal);
        await waitForCompressor(current, options.signal);
        if (done % (ROWS_PER_BATCH * 8) === 0) await nextTurn();
      }
    }
    closeSheet();
    options.onRows(done, names.at(-1)!);
    return names;
  } finally {
    rows.return?.();
  }
}
