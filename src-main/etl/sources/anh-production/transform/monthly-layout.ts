import type { SheetRow, Worksheet } from '../../../xlsx';
import { AnhWorkbookError } from './anh-workbook-error';
import { monthlyColumnLabels, monthlyColumnOf, requiredMonthlyColumns, type MonthlyColumn } from './column-headers';
import { findHeaderRow } from './find-header-row';
import { mapColumns, type ColumnMap } from './map-columns';

export interface MonthlySheetLayout {
  readonly headerRow: SheetRow;
  readonly columns: ColumnMap<MonthlyColumn>;
}

/** A monthly sheet's header row names at least CAMPO and PRODUCCION FISCALIZADA on the same line. */
export function isMonthlyHeaderRow(row: SheetRow): boolean {
  let field = false;
  let fiscalizada = false;
  for (const cell of row.cells) {
    if (typeof cell.value !== 'string') continue;
    const column = monthlyColumnOf(cell.value);
    field ||= column === 'field';
    fiscalizada ||= column === 'fiscalizada';
  }
  return field && fiscalizada;
}

export function findMonthlyLayout(sheet: Worksheet): MonthlySheetLayout | null {
  const headerRow = findHeaderRow(sheet, isMonthlyHeaderRow);
  return headerRow ? { headerRow, columns: mapColumns(headerRow, monthlyColumnOf) } : null;
}

/** Stops with a message naming the sheet and the column when a required one is missing or renamed. */
export function requireMonthlyColumns(sheetName: string, layout: MonthlySheetLayout): void {
  for (const column of requiredMonthlyColumns) {
    if (layout.columns.columnOf[column] !== undefined) continue;
    const found = [...layout.columns.headerTexts.values()].join(', ');
    throw new AnhWorkbookError(
      'missing-column',
      `La hoja «${sheetName}» no tiene la columna «${monthlyColumnLabels[column]}» en su fila de encabezados (fila ${layout.headerRow.rowNumber}). Encabezados encontrados: ${found}.`,
      sheetName,
      monthlyColumnLabels[column],
    );
  }
}
