import { parseCellRef } from './cell-ref';
import type { Cell, CellRange, SheetRow, Worksheet } from './types';

class GridRow implements SheetRow {
  private readonly byColumn: (Cell | undefined)[] = [];

  constructor(
    readonly rowNumber: number,
    readonly cells: readonly Cell[],
  ) {
    for (const cell of cells) this.byColumn[cell.column] = cell;
  }

  cell(column: number): Cell | undefined {
    return this.byColumn[column];
  }
}

/** Builds the read-only grid from cells already in row order (cells of one row in column order). */
export function buildWorksheet(name: string, cellsByRow: ReadonlyMap<number, Cell[]>, merges: readonly CellRange[]): Worksheet {
  const rowNumbers = [...cellsByRow.keys()].sort((a, b) => a - b);
  const rows: GridRow[] = [];
  const rowIndex = new Map<number, GridRow>();
  let lastColumn = 0;
  for (const rowNumber of rowNumbers) {
    const cells = cellsByRow.get(rowNumber) ?? [];
    if (cells.length === 0) continue;
    if (!isAscending(cells)) cells.sort((a, b) => a.column - b.column);
    const row = new GridRow(rowNumber, cells);
    rows.push(row);
    rowIndex.set(rowNumber, row);
    lastColumn = Math.max(lastColumn, (cells[cells.length - 1] as Cell).column);
  }

  return {
    name,
    rows,
    merges,
    lastRow: rows.length > 0 ? (rows[rows.length - 1] as GridRow).rowNumber : 0,
    lastColumn,
    row: (rowNumber) => rowIndex.get(rowNumber),
    cellAt: (rowNumber, column) => rowIndex.get(rowNumber)?.cell(column),
    cell(ref) {
      const position = parseCellRef(ref);
      return position ? rowIndex.get(position.row)?.cell(position.column) : undefined;
    },
  };
}

function isAscending(cells: readonly Cell[]): boolean {
  for (let i = 1; i < cells.length; i++) if ((cells[i] as Cell).column <= (cells[i - 1] as Cell).column) return false;
  return true;
}
