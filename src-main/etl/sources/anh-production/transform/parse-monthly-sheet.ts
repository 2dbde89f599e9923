import { cellText, type SheetRow, type Worksheet } from '../../../xlsx';
import type { AnhMonthlyRow, AnhReject } from '../types';
import { classifyMonthlyRow } from './classify-monthly-row';
import { footerKindOf } from './footer-rows';
import { rawRecord } from './map-columns';
import type { MonthlySheetLayout } from './monthly-layout';
import { readNumberCell } from './read-cells';
import { readMonthlyRow, type MonthlyRowCandidate } from './read-monthly-row';
import { describeRepeatedLines, findRepeatedLines } from './repeated-lines';
import { describePeriod } from './month-names';
import { resolveSheetPeriod } from './resolve-sheet-period';
import { describeRowRuns } from './total-formula';

/** The sheet's own TOTAL (MPC) line, as ANH computed it. */
export interface SheetTotal {
  readonly row: number;
  /** Cached value of the PRODUCCION FISCALIZADA total; null when the cell is empty or not a number. */
  readonly fiscalizadaMpc: number | null;
  /** Its formula (e.g. "SUM(H12:H285)"), null when ANH typed a number. */
  readonly formula: string | null;
}

export interface MonthlySheetParse {
  readonly sheet: string;
  readonly year: number;
  readonly month: number;
  readonly rows: AnhMonthlyRow[];
  readonly rejects: AnhReject[];
  /** Rejected lines that had a PRODUCCION FISCALIZADA number (they count in ANH's TOTAL, not in ours). */
  readonly rejectedFiscalizada: { readonly row: number; readonly valueMpc: number }[];
  readonly total: SheetTotal | null;
  readonly warnings: string[];
}

/**
 * Blank lines tolerated inside the data. A longer gap ends the data when no footer does; anything that
 * looks like data below it is reported, not loaded.
 */
const MAX_BLANK_GAP = 10;

export function parseMonthlySheet(sheet: Worksheet, layout: MonthlySheetLayout): MonthlySheetParse {
  const fieldColumn = layout.columns.columnOf.field as number;
  const fiscalizadaColumn = layout.columns.columnOf.fiscalizada as number;
  const warnings: string[] = [];
  const candidates: MonthlyRowCandidate[] = [];
  let total: SheetTotal | null = null;
  let dataEnded = false;
  let lastDataRow = layout.headerRow.rowNumber;
  const strandedRows: number[] = [];

  for (const row of sheet.rows) {
    if (row.rowNumber <= layout.headerRow.rowNumber) continue;
    const footer = footerKindOf(row, fieldColumn);
    if (footer !== null) {
      dataEnded = true;
      if (footer === 'total' && total === null) total = readTotal(row, fiscalizadaColumn);
      continue;
    }
    if (dataEnded) {
      if (looksLikeData(row, fieldColumn, fiscalizadaColumn)) strandedRows.push(row.rowNumber);
      continue;
    }
    if (candidates.length === 0 && isHeaderContinuation(row, layout)) continue;
    const candidate = readMonthlyRow(row, layout.columns);
    if (candidate === null) continue;
    if (candidates.length > 0 && row.rowNumber - lastDataRow - 1 > MAX_BLANK_GAP) {
      dataEnded = true;
      if (looksLikeData(row, fieldColumn, fiscalizadaColumn)) strandedRows.push(row.rowNumber);
      continue;
    }
    candidates.push(candidate);
    lastDataRow = row.rowNumber;
  }
  if (strandedRows.length > 0) {
    warnings.push(
      `La hoja «${sheet.name}» tiene ${strandedRows.length} fila(s) con datos después del final de la tabla (filas ${strandedRows.join(', ')}); no se cargaron: revíselas en el archivo.`,
    );
  }

  const period = resolveSheetPeriod({
    sheetName: sheet.name,
    titleTexts: sheet.rows.filter((row) => row.rowNumber < layout.headerRow.rowNumber).map((row) => cellText(row.cells[0])),
    yearsInCells: candidates.flatMap((c) => (c.year.kind === 'value' ? [c.year.value] : [])),
    monthsInCells: candidates.flatMap((c) => (c.month.kind === 'value' ? [c.month.value] : [])),
  });
  warnings.push(...period.warnings);

  const rows: AnhMonthlyRow[] = [];
  const rejects: AnhReject[] = [];
  const rejectedFiscalizada: { row: number; valueMpc: number }[] = [];
  const withoutPeriod: number[] = [];
  const hasPeriodColumns = layout.columns.columnOf.year !== undefined || layout.columns.columnOf.month !== undefined;
  for (const candidate of candidates) {
    const outcome = classifyMonthlyRow(candidate, sheet.name, period);
    if (outcome.kind === 'row') {
      rows.push(outcome.row);
      if (hasPeriodColumns && (candidate.year.kind === 'blank' || candidate.month.kind === 'blank')) withoutPeriod.push(outcome.row.row);
      continue;
    }
    const rowNumber = candidate.source.rowNumber;
    rejects.push({ sheet: sheet.name, row: rowNumber, reasonCode: outcome.reasonCode, reason: outcome.reason, raw: rawRecord(candidate.source, layout.columns.headerTexts) });
    const fiscalizada = candidate.measures.fiscalizada;
    if (fiscalizada.kind === 'value') rejectedFiscalizada.push({ row: rowNumber, valueMpc: fiscalizada.value });
  }

  if (withoutPeriod.length > 0) {
    warnings.push(
      `La hoja «${sheet.name}» tiene ${withoutPeriod.length === 1 ? 'una fila' : `${withoutPeriod.length} filas`} sin AÑO o MES (${describeRowRuns(withoutPeriod)}); se asignan a ${describePeriod(period.year, period.month)}, el mes de la hoja.`,
    );
  }
  const repeated = describeRepeatedLines(sheet.name, findRepeatedLines(rows), total !== null);
  if (repeated !== null) warnings.push(repeated);
  return { sheet: sheet.name, year: period.year, month: period.month, rows, rejects, rejectedFiscalizada, total, warnings };
}

function readTotal(row: SheetRow, fiscalizadaColumn: number): SheetTotal {
  const cell = row.cell(fiscalizadaColumn);
  const reading = readNumberCell(cell);
  return { row: row.rowNumber, fiscalizadaMpc: reading.kind === 'value' ? reading.value : null, formula: cell?.formula ?? null };
}

/**
 * A line right under the header that continues it (units such as "(MPC)"): no number anywhere and
 * nothing in the descriptive columns. Anything else is data, or a reject.
 */
function isHeaderContinuation(row: SheetRow, layout: MonthlySheetLayout): boolean {
  const { columnOf } = layout.columns;
  const descriptive = [columnOf.field, columnOf.operator, columnOf.department, columnOf.municipality, columnOf.contract];
  return (
    row.cells.every((cell) => typeof cell.value !== 'number') &&
    descriptive.every((column) => column === undefined || cellText(row.cell(column)) === '')
  );
}

function looksLikeData(row: SheetRow, fieldColumn: number, fiscalizadaColumn: number): boolean {
  return cellText(row.cell(fieldColumn)) !== '' && readNumberCell(row.cell(fiscalizadaColumn)).kind === 'value';
}
