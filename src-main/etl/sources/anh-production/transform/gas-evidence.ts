import { cellText, type Worksheet } from '../../../xlsx';
import { foldText } from '../../../text/fold-text';
import type { MonthlySheetLayout } from './monthly-layout';

const GAS_ONLY_MEASURES = ['gasLift', 'reinyectado', 'quemado', 'consumoCampo', 'enviadoPlanta', 'transformado', 'entregadoGasoductos'] as const;

/**
 * Whether a sheet with CAMPO / PRODUCCION FISCALIZADA headers is about gas (ANH publishes crude oil
 * workbooks with similar headers): a gas balance column, or a title above the header that speaks of
 * gas or cubic feet.
 */
export function isGasSheet(sheet: Worksheet, layout: MonthlySheetLayout): boolean {
  if (GAS_ONLY_MEASURES.some((measure) => layout.columns.columnOf[measure] !== undefined)) return true;
  return sheet.rows
    .filter((row) => row.rowNumber < layout.headerRow.rowNumber)
    .some((row) => row.cells.some((cell) => /\bGAS\b|PIES CUBICOS/.test(foldText(cellText(cell)))));
}
