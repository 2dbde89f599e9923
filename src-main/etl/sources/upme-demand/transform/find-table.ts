import type { Period } from '../../../../../src-shared/domain/period';
import { EtlError } from '../../../etl-error';
import { foldText } from '../../../text/fold-text';
import { columnLetters } from '../../../xlsx/cell-ref';
import type { SheetRow, Worksheet } from '../../../xlsx/types';
import { headerText, periodOfCell } from './cell-reading';

/** A monthly table found by content: the column of dates, the rows that carry one, and their headers. */
export interface MonthlyTable {
  readonly dateColumn: number;
  readonly dataRows: ReadonlyArray<{ readonly row: SheetRow; readonly period: Period }>;
  /** Rows above the first data row that hold text right of the date column, nearest first. */
  readonly headerRows: readonly SheetRow[];
  /** The block of headed columns right after the date column (a second table further right is not part of it). */
  readonly valueColumns: readonly number[];
  /** Rows below the first data row without a month in the date column (totals, notes). */
  readonly undatedRows: readonly SheetRow[];
}

const UNIT_WORDS = /\b(MPCD|KPCD|MMPCD|MPC|KPC|M3|MMSCFD|GWH|MBTU|TJ|GBTU)\b/;

/**
 * Finds the table of a sheet without fixed positions: the date column is the one with the most months
 * (A in the Agregada workbook, B in the sector workbooks where A holds the year, C in the nodal sheets).
 * `headerRowsNeeded` is 2 for the nodal sheets (regions above nodes).
 */
export function findMonthlyTable(sheet: Worksheet, headerRowsNeeded: 1 | 2): MonthlyTable {
  const dateColumn = mostDatedColumn(sheet);
  if (dateColumn === null) {
    throw new EtlError('upme-no-dates', `La hoja «${sheet.name}» no tiene una columna de fechas mensuales: el formato de la UPME cambió o no es una hoja de demanda`);
  }
  const dataRows: { row: SheetRow; period: Period }[] = [];
  const undatedRows: SheetRow[] = [];
  for (const row of sheet.rows) {
    const period = periodOfCell(row.cell(dateColumn));
    if (period) dataRows.push({ row, period });
    else if (dataRows.length > 0) undatedRows.push(row);
  }
  const firstDataRow = dataRows[0]!.row.rowNumber;
  const headerRows = sheet.rows
    .filter((row) => row.rowNumber < firstDataRow && row.cells.some((cell) => cell.column > dateColumn && headerText(cell) !== null))
    .reverse();
  if (headerRows.length < headerRowsNeeded) {
    throw new EtlError('upme-no-header', `La hoja «${sheet.name}» no tiene fila de encabezados sobre los datos (fila ${firstDataRow})`);
  }
  requireGbtud(sheet, firstDataRow);
  const headed = (column: number) => headerRows.slice(0, headerRowsNeeded).some((row) => headerText(row.cell(column)) !== null);
  const valueColumns: number[] = [];
  let column = dateColumn + 1;
  while (column <= sheet.lastColumn && !headed(column) && column - dateColumn <= 3) column += 1; // a narrow spacer is tolerated
  for (; column <= sheet.lastColumn && headed(column); column++) valueColumns.push(column);
  if (valueColumns.length === 0) {
    throw new EtlError('upme-no-header', `La hoja «${sheet.name}» no tiene columnas con encabezado a la derecha de las fechas (columna ${columnLetters(dateColumn)})`);
  }
  return { dateColumn, dataRows, headerRows, valueColumns, undatedRows };
}

function mostDatedColumn(sheet: Worksheet): number | null {
  const counts = new Map<number, number>();
  for (const row of sheet.rows) {
    for (const cell of row.cells) {
      if (periodOfCell(cell)) counts.set(cell.column, (counts.get(cell.column) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [column, count] of counts) {
    if (count < 2) continue;
    const bestCount = best === null ? 0 : counts.get(best)!;
    if (count > bestCount || (count === bestCount && column < best!)) best = column;
  }
  return best;
}

/** UPME marks the unit above the table ("[GBTUD]"); another unit means another dataset. */
function requireGbtud(sheet: Worksheet, firstDataRow: number): void {
  for (const row of sheet.rows) {
    if (row.rowNumber >= firstDataRow) break;
    for (const cell of row.cells) {
      if (typeof cell.value !== 'string') continue;
      const folded = foldText(cell.value);
      if (folded.includes('GBTUD')) continue;
      const unit = UNIT_WORDS.exec(folded);
      if (unit) {
        throw new EtlError('upme-unit', `La hoja «${sheet.name}» está en ${unit[1]} (celda ${cell.ref}); la proyección de demanda de la UPME se publica en GBTUD`);
      }
    }
  }
}

/** The label a header row gives itself in or left of the date column ("Región", "Nodo"), folded. */
export function rowLabel(row: SheetRow, dateColumn: number): string | null {
  for (const cell of row.cells) {
    if (cell.column > dateColumn) break;
    const text = headerText(cell);
    if (text) return foldText(text);
  }
  return null;
}
