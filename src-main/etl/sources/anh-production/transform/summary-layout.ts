import type { SheetRow, Worksheet } from '../../../xlsx';
import { foldText } from '../../../text/fold-text';
import { identityColumnOf, type IdentityColumn } from './column-headers';
import { findHeaderRow } from './find-header-row';
import { mapColumns, type ColumnMap } from './map-columns';
import { monthOfHeaderCell } from './month-names';

export interface SummaryMonthColumn {
  readonly column: number;
  readonly month: number;
  /** From a date header; text headers ("ENERO", "JuLio", "SEP") carry no year. */
  readonly year: number | null;
}

export interface SummarySheetLayout {
  readonly headerRow: SheetRow;
  readonly columns: ColumnMap<IdentityColumn>;
  readonly monthColumns: readonly SummaryMonthColumn[];
}

/** `Campos Mpcpd`, `Campos Mpcpd ` (trailing space) and `Gas Fiscalizado Mpcpd` all carry the rate unit. */
export function isSummarySheetName(name: string): boolean {
  return /\bMPCPD/.test(foldText(name));
}

/** The summary's header names CAMPO and at least one month, on the same line. */
export function isSummaryHeaderRow(row: SheetRow): boolean {
  let field = false;
  let months = 0;
  for (const cell of row.cells) {
    if (typeof cell.value === 'string' && identityColumnOf(cell.value) === 'field') field = true;
    else if (monthOfHeaderCell(cell) !== null) months += 1;
  }
  return field && months > 0;
}

export function findSummaryLayout(sheet: Worksheet): SummarySheetLayout | null {
  const headerRow = findHeaderRow(sheet, isSummaryHeaderRow);
  if (!headerRow) return null;
  const monthColumns: SummaryMonthColumn[] = [];
  for (const cell of headerRow.cells) {
    if (typeof cell.value === 'string' && identityColumnOf(cell.value) !== null) continue;
    const found = monthOfHeaderCell(cell);
    if (found) monthColumns.push({ column: cell.column, month: found.month, year: found.year });
  }
  return { headerRow, columns: mapColumns(headerRow, identityColumnOf), monthColumns };
}
