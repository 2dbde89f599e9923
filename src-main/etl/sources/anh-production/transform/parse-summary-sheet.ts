import { cellText, columnLetters, type SheetRow, type Worksheet } from '../../../xlsx';
import type { AnhReject, AnhSummaryRow } from '../types';
import type { IdentityColumn } from './column-headers';
import { footerKindOf } from './footer-rows';
import { formatRate } from './format-es';
import { rawRecord } from './map-columns';
import { describePeriod } from './month-names';
import { readNumberCell } from './read-cells';
import type { SummaryMonthColumn, SummarySheetLayout } from './summary-layout';
import { isCovered, rowsPhrase, summedRows } from './total-formula';

export interface SummarySheetParse {
  readonly sheet: string;
  readonly rows: AnhSummaryRow[];
  readonly rejects: AnhReject[];
  readonly warnings: string[];
}

/** Rates carry five decimals and the totals line is a SUM of the same cells: anything above this is a real gap. */
const TOTALS_TOLERANCE_MPCD = 0.0005;
const MAX_BLANK_GAP = 10;

/**
 * Reads the summary sheet (average daily rate per field and month, MPCPDC) into one row per field and
 * month with a value. Blank month cells yield nothing (the month has no figure, not a zero). The
 * unlabelled totals line after the data is not a field: it is used as the sheet's own checksum.
 */
export function parseSummarySheet(sheet: Worksheet, layout: SummarySheetLayout, workbookYear: number): SummarySheetParse {
  const fieldColumn = layout.columns.columnOf.field as number;
  const dataLines = collectDataLines(sheet, layout, fieldColumn);
  const rows: AnhSummaryRow[] = [];
  const rejects: AnhReject[] = [];
  const warnings: string[] = [];
  const reject = (row: SheetRow, reasonCode: AnhReject['reasonCode'], reason: string) =>
    rejects.push({ sheet: sheet.name, row: row.rowNumber, reasonCode, reason, raw: rawRecord(row, layout.columns.headerTexts) });

  for (const line of dataLines.data) {
    const identity = identityOf(line, layout);
    const readings = layout.monthColumns.map((monthColumn) => ({ monthColumn, reading: readNumberCell(line.cell(monthColumn.column)) }));
    if (identity.field === '') {
      const hasValues = readings.some(({ reading }) => reading.kind !== 'blank');
      reject(line, 'missing-field', hasValues ? 'Fila del resumen con valores pero sin nombre de Campo' : 'Fila del resumen sin nombre de Campo ni valores');
      continue;
    }
    const badCells: string[] = [];
    let values = 0;
    for (const { monthColumn, reading } of readings) {
      if (reading.kind === 'blank') continue;
      if (reading.kind === 'bad') {
        badCells.push(`${columnLetters(monthColumn.column)}${line.rowNumber} = «${reading.text}»`);
        continue;
      }
      values += 1;
      rows.push({ sheet: sheet.name, row: line.rowNumber, ...identity, year: monthColumn.year ?? workbookYear, month: monthColumn.month, rateMpcd: reading.value });
    }
    if (badCells.length > 0) {
      const kept = values > 0 ? ' (los demás meses del campo sí se cargaron)' : '';
      reject(line, 'bad-number', `Valor no numérico en ${badCells.join('; ')}${kept}`);
    } else if (values === 0) {
      reject(line, 'no-measures', `El campo «${identity.field}» no tiene ningún valor en el resumen`);
    }
  }

  if (dataLines.totals) warnings.push(...checkTotalsLine(sheet.name, dataLines.totals, layout.monthColumns, rows, workbookYear));
  else warnings.push(`El resumen «${sheet.name}» no tiene fila de totales: no se pudo verificar contra sí mismo.`);
  return { sheet: sheet.name, rows, rejects, warnings };
}

interface DataLines {
  readonly data: SheetRow[];
  readonly totals: SheetRow | null;
}

/**
 * The field lines between the header and the totals line / footer. A line with numbers but no
 * descriptive text is the totals line only when no field line follows it; otherwise it is a field
 * line that lost its name (a reject).
 */
function collectDataLines(sheet: Worksheet, layout: SummarySheetLayout, fieldColumn: number): DataLines {
  const data: SheetRow[] = [];
  let totals: SheetRow | null = null;
  let lastRow = layout.headerRow.rowNumber;
  const lines = sheet.rows.filter((row) => row.rowNumber > layout.headerRow.rowNumber);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SheetRow;
    const footer = footerKindOf(line, fieldColumn);
    if (footer === 'total') {
      totals = line;
      break;
    }
    if (footer !== null) break;
    const identityBlank = Object.values(identityOf(line, layout)).every((text) => !text);
    const hasNumbers = layout.monthColumns.some((month) => readNumberCell(line.cell(month.column)).kind === 'value');
    if (identityBlank && !hasNumbers) continue;
    if (data.length > 0 && line.rowNumber - lastRow - 1 > MAX_BLANK_GAP) break;
    if (identityBlank && !lines.slice(i + 1).some((later) => cellText(later.cell(fieldColumn)) !== '' && footerKindOf(later, fieldColumn) === null)) {
      totals = line;
      break;
    }
    data.push(line);
    lastRow = line.rowNumber;
  }
  return { data, totals };
}

function identityOf(row: SheetRow, layout: SummarySheetLayout): Omit<AnhSummaryRow, 'sheet' | 'row' | 'year' | 'month' | 'rateMpcd'> {
  const text = (column: IdentityColumn) => {
    const index = layout.columns.columnOf[column];
    return index === undefined ? '' : cellText(row.cell(index));
  };
  const contract = text('contract');
  return { field: text('field'), contract: contract === '' ? null : contract, operator: text('operator'), department: text('department'), municipality: text('municipality') };
}

/** Compares each month's totals cell with the sum of the field rates read; explains gaps by the SUM range. */
function checkTotalsLine(
  sheetName: string,
  totals: SheetRow,
  monthColumns: readonly SummaryMonthColumn[],
  rows: readonly AnhSummaryRow[],
  workbookYear: number,
): string[] {
  const warnings: string[] = [];
  for (const monthColumn of monthColumns) {
    const cell = totals.cell(monthColumn.column);
    const reading = readNumberCell(cell);
    if (reading.kind !== 'value') continue;
    const year = monthColumn.year ?? workbookYear;
    const monthRows = rows.filter((row) => row.month === monthColumn.month && row.year === year);
    const sum = monthRows.reduce((acc, row) => acc + row.rateMpcd, 0);
    if (Math.abs(sum - reading.value) <= TOTALS_TOLERANCE_MPCD) continue;
    const intervals = cell?.formula ? summedRows(cell.formula, monthColumn.column) : null;
    const omitted = intervals ? monthRows.filter((row) => !isCovered(row.row, intervals) && row.rateMpcd !== 0).map((row) => row.row) : [];
    const cause = omitted.length > 0 ? `; su fórmula omite ${rowsPhrase(omitted)}` : '';
    warnings.push(
      `Resumen «${sheetName}», ${describePeriod(year, monthColumn.month)}: la fila de totales (fila ${totals.rowNumber}) dice ${formatRate(reading.value)} MPCPD y los campos suman ${formatRate(sum)} MPCPD${cause}.`,
    );
  }
  return warnings;
}
