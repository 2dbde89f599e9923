import { foldHeader } from '../../../text/fold-text';
import { isBlankCell } from '../../../xlsx/cell-values';
import type { Cell, Worksheet } from '../../../xlsx/types';

export type HeaderLabel = 'fieldOperator' | 'field' | 'heatingValue' | 'contract';

/** The labels of a field sheet's header block (rows 5-8), matched on folded text. */
const LABELS: ReadonlyArray<readonly [HeaderLabel, RegExp]> = [
  ['fieldOperator', /^OPERADOR( DEL CAMPO)?$/],
  ['field', /^(NOMBRE DEL )?CAMPO$/],
  ['heatingValue', /^PODER CALORIFICO\b/],
  // Exact forms only: contract names themselves may start with "CONTRATO DE ASOCIACIÓN …".
  ['contract', /^(NOMBRE DEL )?CONTRATO( ?\/ ?CONVENIO)?$/],
];

/** Other captions of the block: never taken as a value. */
const OTHER_CAPTIONS = /^(DESDE|HASTA|FECHA|PERIODO|DECLARACION\b|UNIDAD\b)|:$/;

export interface LabelledValue {
  /** The label as written ("PODER CALORIFICO (BTU/PC)"). */
  readonly label: string;
  readonly labelCell: string;
  /** The value's cell, or null when the label has nothing to its right or below it. */
  readonly cell: Cell | null;
}

export type HeaderLabels = Readonly<Partial<Record<HeaderLabel, LabelledValue>>>;

function labelOf(cell: Cell): HeaderLabel | null {
  if (typeof cell.value !== 'string') return null;
  const folded = foldHeader(cell.value).replace(/\s*:$/, '');
  return LABELS.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}

function isCaption(cell: Cell): boolean {
  if (typeof cell.value !== 'string') return false;
  return labelOf(cell) !== null || OTHER_CAPTIONS.test(foldHeader(cell.value));
}

/**
 * Finds the header labels above `beforeRow` by content, and each value either to the right of its label
 * (skipping blank cells, stopping at another caption) or right below it: both layouts exist.
 */
export function findHeaderLabels(sheet: Worksheet, beforeRow: number): HeaderLabels {
  const found: Partial<Record<HeaderLabel, LabelledValue>> = {};
  for (const row of sheet.rows) {
    if (row.rowNumber >= beforeRow) break;
    for (const cell of row.cells) {
      const label = labelOf(cell);
      if (label === null || found[label]) continue;
      found[label] = { label: String(cell.value).trim(), labelCell: cell.ref, cell: valueRightOf(sheet, cell) ?? valueBelow(sheet, cell, beforeRow) };
    }
  }
  return found;
}

/** A merged label spans several cells: its neighbours start after the merge. */
function extentOf(sheet: Worksheet, cell: Cell): { right: number; bottom: number } {
  const merge = sheet.merges.find((m) => m.top === cell.row && m.left === cell.column);
  return { right: merge?.right ?? cell.column, bottom: merge?.bottom ?? cell.row };
}

function valueRightOf(sheet: Worksheet, label: Cell): Cell | null {
  const { right } = extentOf(sheet, label);
  for (let column = right + 1; column <= right + 3; column++) {
    const cell = sheet.cellAt(label.row, column);
    if (isBlankCell(cell)) continue;
    return isCaption(cell!) ? null : cell!;
  }
  return null;
}

function valueBelow(sheet: Worksheet, label: Cell, beforeRow: number): Cell | null {
  const { bottom } = extentOf(sheet, label);
  if (bottom + 1 >= beforeRow) return null;
  const cell = sheet.cellAt(bottom + 1, label.column);
  return isBlankCell(cell) || isCaption(cell!) ? null : cell!;
}
