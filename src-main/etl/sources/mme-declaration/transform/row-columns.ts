import { EtlError } from '../../../etl-error';
import { foldHeader } from '../../../text/fold-text';
import { cellText } from '../../../xlsx/cell-values';
import type { Worksheet } from '../../../xlsx/types';
import type { FieldSheetGrid } from './field-sheet-grid';
import { normaliseProductionType } from './production-type';

export interface RowColumns {
  /** Null when the sheet has no operator column (every row is the field operator's). */
  readonly operator: number | null;
  readonly productionType: number;
}

const OPERATOR_HEADER = /^(OPERADOR|EMPRESA|PRODUCTOR|ASOCIADO|DECLARANTE|COMPANIA|SOCIO)/;
const TYPE_HEADER = /^(TIPO\b|CONCEPTO|PRODUCCION$)/;

/**
 * Finds the operator and production-type columns left of the first month. A header over them wins;
 * without one, the type column is the one whose cells read as production types (PTDV, PC-…) and the
 * operator column the nearest text column to its left. Throws when no column holds a production type.
 */
export function findRowColumns(sheet: Worksheet, grid: FieldSheetGrid): RowColumns {
  const firstValueColumn = Math.min(...grid.monthColumns.map((m) => m.column));
  const headerRows = [grid.yearRow - 1, grid.yearRow, grid.monthRow];
  let operator: number | null = null;
  let productionType: number | null = null;
  for (const rowNumber of headerRows) {
    for (const cell of sheet.row(rowNumber)?.cells ?? []) {
      if (cell.column >= firstValueColumn || typeof cell.value !== 'string') continue;
      const folded = foldHeader(cell.value);
      if (operator === null && OPERATOR_HEADER.test(folded)) operator = cell.column;
      else if (productionType === null && TYPE_HEADER.test(folded)) productionType = cell.column;
    }
  }

  const typeCounts = new Map<number, number>();
  const textColumns = new Set<number>();
  const otherTexts = new Set<string>();
  for (const row of sheet.rows) {
    if (row.rowNumber <= grid.monthRow) continue;
    for (const cell of row.cells) {
      if (cell.column >= firstValueColumn) break;
      const text = cellText(cell);
      if (text === '' || typeof cell.value !== 'string') continue;
      textColumns.add(cell.column);
      if (normaliseProductionType(text) !== null) typeCounts.set(cell.column, (typeCounts.get(cell.column) ?? 0) + 1);
      else if (otherTexts.size < 6) otherTexts.add(text);
    }
  }
  if (productionType === null) {
    const best = [...typeCounts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    if (!best) {
      const seen = otherTexts.size ? ` (se leyó: ${[...otherTexts].map((t) => `«${t}»`).join(', ')})` : '';
      throw new EtlError(
        'missing-production-type',
        `La hoja «${sheet.name}» no tiene una columna con los tipos de producción (PTDV, PC-…, PP, GAS OPERACIÓN, CIDV) a la izquierda de los meses${seen}`,
      );
    }
    productionType = best[0];
  }
  if (operator === null) {
    const candidates = [...textColumns].filter((c) => c < productionType!).sort((a, b) => b - a);
    operator = candidates[0] ?? null;
  }
  return { operator, productionType };
}
