import type { DeclarationProductionType } from '../../../../../src-shared/contract/declaration';
import { foldText } from '../../../text/fold-text';
import { cellRef } from '../../../xlsx/cell-ref';
import { cellText } from '../../../xlsx/cell-values';
import type { SheetRow, Worksheet } from '../../../xlsx/types';
import type { RejectToStore } from '../../../load/lineage';
import type { DeclarationMonthlyValue } from '../types';
import { readDeclaredNumber } from './declared-number';
import { parseYearHeader, type FieldSheetGrid } from './field-sheet-grid';
import { normaliseProductionType, stateShareOperator } from './production-type';
import type { RowColumns } from './row-columns';

/** A data row as read, before the workbook-wide facts (resolution, field, contract) are attached. */
export interface SheetDataRow {
  readonly row: number;
  readonly operator: string;
  readonly productionType: DeclarationProductionType;
  readonly productionTypeText: string;
  readonly isStateShare: boolean;
  readonly values: readonly DeclarationMonthlyValue[];
}

export interface SheetRowsResult {
  readonly rows: SheetDataRow[];
  readonly rejects: RejectToStore[];
  readonly warnings: string[];
}

const TOTAL_ROW = /^(SUB)?TOTAL\b/;
const NOTE_ROW = /^(NOTA|NOTAS|FUENTE|OBSERVACION|OBSERVACIONES)\b|^\*/;

/**
 * Reads the data rows under the month headers: one row per operator and production type. A blank
 * operator cell means the operator above (merged cells read the same way); an operator written on a
 * row of its own heads the rows under it. Totals and notes are skipped; a second block of year headers
 * ends the table. Bad cells are rejected one by one, the rest of the row is kept.
 */
export function readFieldSheetRows(sheet: Worksheet, grid: FieldSheetGrid, columns: RowColumns, fieldOperator: string | null): SheetRowsResult {
  const rows: SheetDataRow[] = [];
  const rejects: RejectToStore[] = [];
  const warnings: string[] = [];
  let currentOperator: string | null = null;
  let totals = 0;

  for (const row of sheet.rows) {
    if (row.rowNumber <= grid.monthRow) continue;
    if (row.cells.some((cell) => parseYearHeader(cell) !== null)) {
      warnings.push(`La hoja «${sheet.name}» tiene otra tabla desde la fila ${row.rowNumber}: se lee solo la primera`);
      break;
    }
    const operatorText = columns.operator === null ? '' : cellText(row.cell(columns.operator));
    const typeText = cellText(row.cell(columns.productionType));
    const foldedOperator = foldText(operatorText);
    if (TOTAL_ROW.test(foldedOperator) || TOTAL_ROW.test(foldText(typeText))) {
      totals += 1;
      continue;
    }
    const cells = readValueCells(row, grid);
    const raw = () => rawOf(operatorText, typeText, cells);

    if (typeText === '') {
      if (cells.some((c) => c.read.kind !== 'blank')) {
        rejects.push(reject(sheet, row, 'missing-production-type', `Fila ${row.rowNumber} con valores pero sin tipo de producción`, raw()));
      } else if (operatorText !== '' && !NOTE_ROW.test(foldedOperator)) {
        currentOperator = operatorText; // an operator heading the rows below it
      }
      continue;
    }
    if (operatorText !== '') currentOperator = operatorText;
    const productionType = normaliseProductionType(typeText);
    if (productionType === null) {
      rejects.push(reject(sheet, row, 'unknown-production-type', `Tipo de producción no reconocido: «${typeText}»`, raw()));
      continue;
    }
    const declaredFor = currentOperator ?? fieldOperator;
    if (declaredFor === null) {
      rejects.push(reject(sheet, row, 'missing-operator', `Fila ${row.rowNumber} sin operador (ni en las filas de arriba ni en OPERADOR DEL CAMPO)`, raw()));
      continue;
    }

    const values: DeclarationMonthlyValue[] = [];
    for (const { column, period, read } of cells) {
      const ref = cellRef(row.rowNumber, column);
      if (read.kind === 'invalid') {
        rejects.push(reject(sheet, row, 'bad-number', `La celda ${ref} (${period}) no es un número: «${read.text}»`, { celda: ref, periodo: period, valor: read.text, ...raw() }));
      } else if (read.kind === 'number' && read.value < 0) {
        rejects.push(reject(sheet, row, 'negative-value', `La celda ${ref} (${period}) declara un valor negativo: ${read.value}`, { celda: ref, periodo: period, valor: read.value, ...raw() }));
      } else if (read.kind === 'number' && read.value > 0) {
        values.push({ period, gbtud: read.value });
      }
    }
    const { isStateShare, operator } = stateShareOperator(declaredFor);
    rows.push({ row: row.rowNumber, operator, productionType, productionTypeText: typeText, isStateShare, values });
  }
  if (totals > 0) warnings.push(`La hoja «${sheet.name}» tiene ${totals} fila(s) de total: no se cargan (se suman las filas de detalle)`);
  return { rows, rejects, warnings };
}

function readValueCells(row: SheetRow, grid: FieldSheetGrid) {
  return grid.monthColumns.map(({ column, period }) => ({ column, period, read: readDeclaredNumber(row.cell(column)) }));
}

function rawOf(operatorText: string, typeText: string, cells: ReturnType<typeof readValueCells>): Record<string, unknown> {
  const raw: Record<string, unknown> = { OPERADOR: operatorText, TIPO: typeText };
  for (const { period, read } of cells) {
    if (read.kind === 'number') raw[period] = read.value;
    else if (read.kind === 'invalid') raw[period] = read.text;
  }
  return raw;
}

function reject(sheet: Worksheet, row: SheetRow, reasonCode: string, reason: string, raw: Record<string, unknown>): RejectToStore {
  return { sheet: sheet.name, row: row.rowNumber, reasonCode, reason, raw };
}
