import { EtlError } from '../../../etl-error';
import { cellRef, columnLetters } from '../../../xlsx/cell-ref';
import type { Worksheet } from '../../../xlsx/types';
import type { ProjectionScenario } from '../types';
import { headerText } from './cell-reading';
import { findMonthlyTable, type MonthlyTable } from './find-table';
import type { ColumnMeaning, SheetRead, YearlyAverage } from './observations';
import { readTableCells, type ColumnReading } from './read-cells';
import { mentionsHistory, scenariosNamed, type SheetRole } from './sheet-names';

const EXPECTED = '«Esc. Bajo», «Histórico / Esc. Medio» y «Esc. Alto»';

/**
 * The national scenarios sheet ("Esc Alto, Medio y Bajo"): a date column and one column per scenario.
 * Its headers are the contract with UPME, so an unknown one stops the workbook with a message naming
 * the sheet and column instead of loading numbers under the wrong scenario.
 */
export function readScenarioSheet(sheet: Worksheet, role: SheetRole): SheetRead {
  const table = findMonthlyTable(sheet, 1);
  const headerRow = table.headerRows[0]!;
  const columns: ColumnReading[] = table.valueColumns.map((column) => {
    const header = headerText(headerRow.cell(column)) ?? '';
    return { column, header, ok: true, meaning: scenarioMeaning(sheet.name, column, header, headerRow.rowNumber) };
  });
  const seen = new Map<string, number>();
  for (const column of columns) {
    if (!column.ok) continue;
    const key = column.meaning.kind === 'scenario' ? column.meaning.scenario : column.meaning.kind;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new EtlError('upme-header', `La hoja «${sheet.name}» repite el escenario de la columna ${columnLetters(earlier)} en la columna ${columnLetters(column.column)} («${column.header}»)`);
    }
    seen.set(key, column.column);
  }
  if (!seen.has('medio')) {
    throw new EtlError('upme-header', `A la hoja «${sheet.name}» le falta la columna «Histórico / Esc. Medio» (fila ${headerRow.rowNumber}); se esperan ${EXPECTED}`);
  }
  const { observations, rejects } = readTableCells(sheet, table, columns);
  return { sheet: sheet.name, role, observations, yearly: readYearlyAverages(sheet, table), rejects, warnings: [] };
}

function scenarioMeaning(sheetName: string, column: number, header: string, headerRowNumber: number): ColumnMeaning {
  const scenarios = scenariosNamed(header);
  const history = mentionsHistory(header);
  if (scenarios.length === 1) return { kind: 'scenario', scenario: scenarios[0]!, withHistory: history };
  if (scenarios.length === 0 && history) return { kind: 'history' };
  throw new EtlError(
    'upme-header',
    `La hoja «${sheetName}» tiene en la columna ${columnLetters(column)} (celda ${cellRef(headerRowNumber, column)}) el encabezado «${header}», que no es un escenario conocido; se esperan ${EXPECTED}. La UPME pudo cambiar el formato: revise el archivo.`,
  );
}

/**
 * The sector workbooks put UPME's yearly averages to the right of the monthly table: a column of years
 * (no header) followed by the same scenario headers. Read only to cross-check our yearly averages.
 */
function readYearlyAverages(sheet: Worksheet, table: MonthlyTable): YearlyAverage[] {
  const headerRow = table.headerRows[0]!;
  const lastMonthly = table.valueColumns[table.valueColumns.length - 1]!;
  const scenarioColumns: { column: number; scenario: ProjectionScenario }[] = [];
  for (const cell of headerRow.cells) {
    if (cell.column <= lastMonthly) continue;
    const text = headerText(cell);
    const scenarios = text ? scenariosNamed(text) : [];
    if (scenarios.length === 1) scenarioColumns.push({ column: cell.column, scenario: scenarios[0]! });
    else if (scenarioColumns.length > 0) break;
  }
  if (scenarioColumns.length === 0) return [];
  const yearColumn = scenarioColumns[0]!.column - 1;
  const averages: YearlyAverage[] = [];
  for (const row of sheet.rows) {
    if (row.rowNumber <= headerRow.rowNumber) continue;
    const year = row.cell(yearColumn)?.value;
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1990 || year > 2100) continue;
    for (const { column, scenario } of scenarioColumns) {
      const value = row.cell(column)?.value;
      if (typeof value === 'number') averages.push({ scenario, year, value, cellRef: cellRef(row.rowNumber, column) });
    }
  }
  return averages;
}
