import { toPeriod } from '../../../../../src-shared/domain/period';
import { EtlError } from '../../../etl-error';
import { foldText } from '../../../text/fold-text';
import { cellText } from '../../../xlsx/cell-values';
import type { Cell, Worksheet } from '../../../xlsx/types';
import { spanishMonthNumber } from '../resolution-mention';

/** "2021 - Año 1 (GBTUD)": a year of the declaration heading its twelve month columns. */
export interface YearHeader {
  readonly column: number;
  readonly year: number;
  /** N of "Año N". */
  readonly yearNumber: number;
  readonly text: string;
  /** The unit in brackets, folded ("GBTUD"), or null when the header has none. */
  readonly unit: string | null;
}

export interface MonthColumn {
  readonly column: number;
  /** `YYYY-MM`. */
  readonly period: string;
}

/** Where a field sheet keeps its numbers: year headers, month headers and the column of every month. */
export interface FieldSheetGrid {
  readonly yearRow: number;
  readonly monthRow: number;
  readonly years: readonly YearHeader[];
  readonly monthColumns: readonly MonthColumn[];
  readonly firstYear: number;
  readonly lastYear: number;
  readonly warnings: readonly string[];
}

/** How far down the header block may start; the layout puts it on row 9. */
export const HEADER_SEARCH_ROWS = 30;

const YEAR_HEADER = /^((?:19|20)\d{2})\s*[-–—]?\s*ANO\s*(\d{1,2})\s*(?:\(\s*([^)]*?)\s*\))?$/;

export function parseYearHeader(cell: Cell): YearHeader | null {
  if (typeof cell.value !== 'string') return null;
  const match = YEAR_HEADER.exec(foldText(cell.value));
  if (!match) return null;
  return { column: cell.column, year: Number(match[1]), yearNumber: Number(match[2]), text: cellText(cell), unit: match[3] ? match[3].replace(/\s+/g, '') : null };
}

/** The first row (within the header area) holding `YYYY - Año N` headers, or null. */
export function findYearHeaders(sheet: Worksheet): { row: number; years: YearHeader[] } | null {
  for (const row of sheet.rows) {
    if (row.rowNumber > HEADER_SEARCH_ROWS) break;
    const years = row.cells.map(parseYearHeader).filter((h): h is YearHeader => h !== null);
    if (years.length > 0) return { row: row.rowNumber, years };
  }
  return null;
}

/**
 * Maps every month column of a field sheet from its year headers and the `Ene … Dic` row under them.
 * Throws EtlError (Spanish, naming the sheet) when the months are missing or the unit is not GBTUD.
 */
export function readFieldSheetGrid(sheet: Worksheet, yearRow: number, years: readonly YearHeader[]): FieldSheetGrid {
  const warnings: string[] = [];
  const wrongUnit = years.find((y) => y.unit !== null && y.unit !== 'GBTUD');
  if (wrongUnit) {
    throw new EtlError(
      'unexpected-unit',
      `La hoja «${sheet.name}» declara en «${wrongUnit.unit}» («${wrongUnit.text}»), no en GBTUD: no se importa para no mezclar unidades`,
    );
  }
  if (years.some((y) => y.unit === null)) warnings.push(`La hoja «${sheet.name}» no indica la unidad junto a los años: se asume GBTUD`);
  const offsets = new Set(years.map((y) => y.year - y.yearNumber));
  if (offsets.size > 1) warnings.push(`La hoja «${sheet.name}» numera sus años de forma irregular (${years.map((y) => y.text).join(', ')})`);

  const monthRow = findMonthRow(sheet, yearRow, years[0]!.column);
  if (monthRow === null) {
    throw new EtlError(
      'missing-month-headers',
      `La hoja «${sheet.name}» tiene los años en la fila ${yearRow} pero no la fila de meses (Ene … Dic) debajo: ¿cambió el formato del soporte magnético?`,
    );
  }
  const monthColumns: MonthColumn[] = [];
  const sorted = [...years].sort((a, b) => a.column - b.column);
  sorted.forEach((header, i) => {
    const next = sorted[i + 1];
    const lastColumn = next ? next.column - 1 : header.column + 11;
    const seen = new Set<number>();
    for (let column = header.column; column <= lastColumn; column++) {
      const month = monthOf(sheet.cellAt(monthRow, column));
      if (month === null) continue;
      if (seen.has(month)) {
        warnings.push(`La hoja «${sheet.name}» repite un mes bajo «${header.text}» (columna ${column}): se usa el primero`);
        continue;
      }
      seen.add(month);
      monthColumns.push({ column, period: toPeriod(header.year, month) });
    }
    if (seen.size === 0) {
      throw new EtlError('missing-month-headers', `La hoja «${sheet.name}» no tiene los meses (Ene … Dic) bajo «${header.text}» en la fila ${monthRow}`);
    }
    if (seen.size < 12) warnings.push(`La hoja «${sheet.name}» trae ${seen.size} meses bajo «${header.text}»`);
  });
  return {
    yearRow,
    monthRow,
    years: sorted,
    monthColumns,
    firstYear: Math.min(...years.map((y) => y.year)),
    lastYear: Math.max(...years.map((y) => y.year)),
    warnings,
  };
}

/** The row just below the years (or the next) with the most month names from the first year's column on. */
function findMonthRow(sheet: Worksheet, yearRow: number, firstColumn: number): number | null {
  let best: { row: number; count: number } | null = null;
  for (const rowNumber of [yearRow + 1, yearRow + 2]) {
    const row = sheet.row(rowNumber);
    if (!row) continue;
    const count = row.cells.filter((cell) => cell.column >= firstColumn && monthOf(cell) !== null).length;
    if (count > 0 && (!best || count > best.count)) best = { row: rowNumber, count };
  }
  return best?.row ?? null;
}

/** "Ene", "ENERO", "Sept." or a real date shown as a month. */
function monthOf(cell: Cell | undefined): number | null {
  if (!cell) return null;
  if (cell.value instanceof Date) return cell.value.getUTCMonth() + 1;
  return typeof cell.value === 'string' ? spanishMonthNumber(cell.value) : null;
}
