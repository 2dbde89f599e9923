import type { RejectToStore } from '../../../load/lineage';
import { cellRef, columnLetters } from '../../../xlsx/cell-ref';
import type { Worksheet } from '../../../xlsx/types';
import { numberOfCell } from './cell-reading';
import type { MonthlyTable } from './find-table';
import type { ColumnMeaning, Observation } from './observations';

/** A value column and what it means, or why it cannot be used (its cells are then rejected). */
export type ColumnReading = { readonly column: number; readonly header: string } & (
  | { readonly ok: true; readonly meaning: ColumnMeaning }
  | { readonly ok: false; readonly reasonCode: string; readonly reason: string }
);

/**
 * Reads every numeric cell of the table's value columns. Empty cells are no data (a region without
 * demand that month, a scenario before the projection starts); text or error cells are rejected with
 * their raw value, as are the cells of columns whose header is unknown.
 */
export function readTableCells(sheet: Worksheet, table: MonthlyTable, columns: readonly ColumnReading[]): { observations: Observation[]; rejects: RejectToStore[] } {
  const observations: Observation[] = [];
  const rejects: RejectToStore[] = [];
  for (const { row, period } of table.dataRows) {
    for (const column of columns) {
      const cell = row.cell(column.column);
      const number = numberOfCell(cell);
      const ref = cellRef(row.rowNumber, column.column);
      const raw = { hoja: sheet.name, celda: ref, periodo: period, encabezado: column.header };
      switch (number.kind) {
        case 'empty':
          break;
        case 'invalid':
          rejects.push({ sheet: sheet.name, row: row.rowNumber, reasonCode: 'valor-no-numerico', reason: `El valor de ${ref} («${number.raw}») no es un número de GBTUD`, raw: { ...raw, valor: number.raw } });
          break;
        case 'number':
          if (column.ok) observations.push({ row: row.rowNumber, cellRef: ref, period, meaning: column.meaning, value: number.value });
          else rejects.push({ sheet: sheet.name, row: row.rowNumber, reasonCode: column.reasonCode, reason: column.reason, raw: { ...raw, valor: number.value } });
          break;
      }
    }
  }
  for (const row of table.undatedRows) {
    const numbers = columns.filter((column) => numberOfCell(row.cell(column.column)).kind === 'number');
    if (numbers.length === 0) continue;
    rejects.push({
      sheet: sheet.name,
      row: row.rowNumber,
      reasonCode: 'fila-sin-fecha',
      reason: `La fila ${row.rowNumber} tiene valores pero no un mes en la columna ${columnLetters(table.dateColumn)}`,
      raw: Object.fromEntries([['hoja', sheet.name], ...numbers.map((column) => [column.header, row.cell(column.column)?.value ?? null])]),
    });
  }
  return { observations, rejects };
}

/** One warning per unusable column, so the analyst sees the header without reading every reject. */
export function unusableColumnWarnings(sheetName: string, columns: readonly ColumnReading[]): string[] {
  return columns.filter((column) => !column.ok).map((column) => `Hoja «${sheetName}», columna ${columnLetters(column.column)} («${column.header}»): ${column.ok ? '' : column.reason}; sus valores quedan como rechazados`);
}
