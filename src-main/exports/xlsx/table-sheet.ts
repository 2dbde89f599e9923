import type ExcelJS from 'exceljs';
import type { CellValue } from '../../../src-shared/contract/data';
import type { SheetTable } from '../sheet-table';
import { formatStyle, headerStyle, noteStyle, plainStyle, titleStyle } from './cell-styles';
import { columnWidths } from './column-widths';
import { xlsxValue } from './xlsx-value';

export interface TableSheetLayout {
  /** Extra lines above the first table (the sheet's title). */
  readonly heading?: string;
  /** Called before commit with the first free column (1-based), to place a chart beside the tables. */
  readonly beforeCommit?: (sheet: ExcelJS.Worksheet, firstFreeColumn: number) => void;
}

/** Writes small tables one under another, each with a bold title, a header, typed cells and notes. */
export function writeTableSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, tables: readonly SheetTable[], layout: TableSheetLayout = {}): void {
  const sheet = workbook.addWorksheet(name);
  const columnCount = Math.max(1, ...tables.map((t) => t.columns.length));
  sheet.columns = sheetWidths(tables, columnCount).map((width) => ({ width }));

  const add = (values: ExcelJS.CellValue[], styles: ReadonlyArray<Partial<ExcelJS.Style>>) => {
    const row = sheet.addRow(values);
    values.forEach((_, i) => (row.getCell(i + 1).style = styles[i] ?? plainStyle));
    row.commit();
  };
  if (layout.heading) {
    add([layout.heading], [titleStyle]);
    add([], []);
  }
  tables.forEach((table, index) => {
    if (index > 0) add([], []);
    if (table.title) add([table.title], [titleStyle]);
    add(
      table.columns.map((c) => c.label),
      table.columns.map(() => headerStyle),
    );
    const cells = (values: readonly CellValue[]) => table.columns.map((c, i) => xlsxValue(values[i] ?? null, c.type));
    for (const values of table.rows) add(cells(values), table.columns.map((c) => formatStyle(c.format)));
    if (table.totals) add(cells(table.totals), table.columns.map((c) => formatStyle(c.format, true)));
    for (const note of table.notes ?? []) add([note], [noteStyle]);
  });
  layout.beforeCommit?.(sheet, columnCount + 2);
  sheet.commit();
}

function sheetWidths(tables: readonly SheetTable[], columnCount: number): number[] {
  const widths = new Array<number>(columnCount).fill(8);
  for (const table of tables) {
    const headers = table.columns.map((c) => c.label);
    const sample = [...table.rows, ...(table.totals ? [table.totals] : [])];
    columnWidths(headers, table.columns.map((c) => c.type), sample).forEach((w, i) => (widths[i] = Math.max(widths[i]!, w)));
  }
  return widths;
}
