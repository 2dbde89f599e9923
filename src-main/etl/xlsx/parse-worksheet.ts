import { cellRef, columnNumber, parseRange } from './cell-ref';
import { excelSerialToDate } from './excel-date';
import { slideFormula } from './shared-formula';
import { stringItemText } from './shared-strings';
import type { Cell, CellRange, CellValue, SharedFormulaMark, Worksheet } from './types';
import { decodeSpreadsheetText, decodeXmlText, elements, readAttributes } from './xml-text';
import { endOfStartTag, findElement, findTag, scanAttributes } from './xml-scan';
import { buildWorksheet } from './worksheet-grid';

export interface WorksheetContext {
  readonly sharedStrings: readonly string[];
  /** Per cell style index: does its number format show a date? */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

interface MutableCell {
  ref: string;
  row: number;
  column: number;
  value: CellValue;
  formula: string | null;
  sharedFormula: SharedFormulaMark | null;
  error: string | null;
}

interface SharedMaster {
  readonly row: number;
  readonly column: number;
  readonly ref: string;
  readonly formula: string;
}

/** Per-sheet scanning state. */
interface SheetScan {
  readonly xml: string;
  readonly prefix: string;
  readonly context: WorksheetContext;
  readonly masters: Map<number, SharedMaster>;
  readonly pendingSlaves: MutableCell[];
}

const SHEET_DATA_OPEN = /<((?:[A-Za-z_][\w.-]*:)?)sheetData\b[^>]*?(\/?)>/;

/**
 * Parses a worksheet part by scanning its XML text (no DOM: a sheet is a flat list of rows and cells,
 * and scanning is several times faster than building a tree). Handles namespace prefixes (`<x:c>`),
 * rows and cells without `r` attributes, shared formulas (slid to each cell) and merged areas.
 */
export function parseWorksheet(name: string, xml: string, context: WorksheetContext): Worksheet {
  const open = SHEET_DATA_OPEN.exec(xml);
  const cellsByRow = new Map<number, Cell[]>();
  if (!open || open[2] === '/') return buildWorksheet(name, cellsByRow, parseMerges(xml));

  const scan: SheetScan = { xml, prefix: open[1] ?? '', context, masters: new Map(), pendingSlaves: [] };
  const rowOpen = `<${scan.prefix}row`;
  const rowClose = `</${scan.prefix}row>`;
  const dataEndIndex = xml.indexOf(`</${scan.prefix}sheetData>`, open.index);
  const dataEnd = dataEndIndex < 0 ? xml.length : dataEndIndex;
  let position = open.index + open[0].length;
  let previousRow = 0;

  while (true) {
    const rowStart = findTag(xml, rowOpen, position, dataEnd);
    if (rowStart < 0) break;
    const tag = endOfStartTag(xml, rowStart);
    if (!tag || tag.end > dataEnd) break;
    let rowNumber = 0;
    scanAttributes(xml, rowStart + rowOpen.length, tag.end, (attribute, value) => {
      if (attribute === 'r') rowNumber = Number(value);
    });
    if (!(rowNumber > 0)) rowNumber = previousRow + 1;
    previousRow = rowNumber;
    if (tag.selfClosing) {
      position = tag.end + 1;
      continue;
    }
    const rowEndIndex = xml.indexOf(rowClose, tag.end);
    const rowEnd = rowEndIndex < 0 || rowEndIndex > dataEnd ? dataEnd : rowEndIndex;
    const cells = cellsByRow.get(rowNumber) ?? [];
    parseRowCells(scan, tag.end + 1, rowEnd, rowNumber, cells);
    if (cells.length > 0) cellsByRow.set(rowNumber, cells);
    position = rowEnd + rowClose.length;
  }

  for (const slave of scan.pendingSlaves) resolveSlave(slave, scan.masters);
  return buildWorksheet(name, cellsByRow, parseMerges(xml.slice(dataEnd)));
}

function parseRowCells(scan: SheetScan, start: number, end: number, rowNumber: number, cells: Cell[]): void {
  const { xml, prefix } = scan;
  const cellOpen = `<${prefix}c`;
  const cellClose = `</${prefix}c>`;
  let position = start;
  let previousColumn = 0;
  while (true) {
    const cellStart = findTag(xml, cellOpen, position, end);
    if (cellStart < 0) return;
    const tag = endOfStartTag(xml, cellStart);
    if (!tag || tag.end > end) return;
    let ref = '';
    let style = 0;
    let type = 'n';
    scanAttributes(xml, cellStart + cellOpen.length, tag.selfClosing ? tag.end - 1 : tag.end, (attribute, value) => {
      if (attribute === 'r') ref = value;
      else if (attribute === 's') style = Number(value);
      else if (attribute === 't') type = value;
    });
    const column = columnOf(ref, previousColumn);
    previousColumn = column;
    if (tag.selfClosing) {
      position = tag.end + 1;
      continue; // a styled but empty cell
    }
    const closeIndex = xml.indexOf(cellClose, tag.end);
    const cellEnd = closeIndex < 0 || closeIndex > end ? end : closeIndex;
    const cell = parseCell(scan, tag.end + 1, cellEnd, type, style, rowNumber, column);
    position = cellEnd + cellClose.length;
    if (cell === null) continue;
    if (cell.sharedFormula) {
      if (cell.formula !== null) {
        scan.masters.set(cell.sharedFormula.groupIndex, { row: rowNumber, column, ref: cell.ref, formula: cell.formula });
      } else if (!resolveSlave(cell, scan.masters)) {
        scan.pendingSlaves.push(cell); // master further down: malformed, but resolvable at the end
      }
    }
    cells.push(cell);
  }
}

function parseCell(scan: SheetScan, start: number, end: number, type: string, style: number, row: number, column: number): MutableCell | null {
  const { prefix, context } = scan;
  // Searching a slice keeps each lookup local: indexOf on the whole sheet would run to the next
  // formula or inline string anywhere below, making the scan quadratic.
  const inner = scan.xml.slice(start, end);
  const v = findElement(inner, `${prefix}v`, 0, inner.length);
  const rawValue = v === null ? null : inner.slice(v.innerStart, v.innerEnd);
  const formula = formulaOf(inner, prefix);
  let value: CellValue = null;
  let error: string | null = null;

  switch (type) {
    case 's':
      value = rawValue === null ? null : (context.sharedStrings[Number(rawValue)] ?? null);
      break;
    case 'inlineStr': {
      const inline = findElement(inner, `${prefix}is`, 0, inner.length);
      value = inline === null ? null : stringItemText(inner.slice(inline.innerStart, inline.innerEnd));
      break;
    }
    case 'str':
      value = rawValue === null ? null : decodeSpreadsheetText(rawValue);
      break;
    case 'b':
      value = rawValue === null ? null : rawValue.trim() === '1' || rawValue.trim() === 'true';
      break;
    case 'e':
      error = rawValue === null ? '#N/A' : decodeXmlText(rawValue).trim();
      break;
    case 'd':
      value = rawValue === null ? null : isoDate(rawValue);
      break;
    default:
      value = rawValue === null || rawValue.trim() === '' ? null : numberOrDate(rawValue, style, context);
  }

  if (value === null && error === null && formula === null) return null;
  const ref = cellRef(row, column);
  return {
    ref,
    row,
    column,
    value,
    formula: formula?.text ?? null,
    // A slave's master is filled in by resolveSlave; the master points to itself.
    sharedFormula:
      formula?.groupIndex === undefined ? null : { groupIndex: formula.groupIndex, masterRef: formula.text === null ? '' : ref },
    error,
  };
}

function numberOrDate(raw: string, style: number, context: WorksheetContext): CellValue {
  const number = Number(raw);
  if (!Number.isFinite(number)) return null;
  if (context.dateStyles[style] === true) return excelSerialToDate(number, context.date1904) ?? number;
  return number;
}

/** `t="d"` cells carry ISO 8601 text; a date-time without zone is read as UTC like every other date here. */
function isoDate(raw: string): Date | null {
  const text = raw.trim();
  const hasZone = /(?:[zZ]|[+-]\d\d:?\d\d)$/.test(text.slice(10));
  const date = new Date(hasZone || text.length <= 10 ? text : `${text}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

interface FormulaElement {
  readonly text: string | null;
  readonly groupIndex?: number;
}

function formulaOf(inner: string, prefix: string): FormulaElement | null {
  const f = findElement(inner, `${prefix}f`, 0, inner.length);
  if (f === null) return null;
  let shared = false;
  let groupIndex = NaN;
  scanAttributes(inner, f.attributesStart, f.attributesEnd, (attribute, value) => {
    if (attribute === 't') shared = value === 'shared';
    else if (attribute === 'si') groupIndex = Number(value);
  });
  const text = f.innerStart === f.innerEnd ? null : decodeXmlText(inner.slice(f.innerStart, f.innerEnd));
  if (shared && Number.isInteger(groupIndex)) return { text, groupIndex };
  return { text: text ?? '' };
}

/** Gives a shared-formula cell its master's formula, slid to its own position. */
function resolveSlave(cell: MutableCell, masters: Map<number, SharedMaster>): boolean {
  const mark = cell.sharedFormula;
  if (!mark) return true;
  const master = masters.get(mark.groupIndex);
  if (!master) return false;
  cell.formula = slideFormula(master.formula, master, cell);
  cell.sharedFormula = { groupIndex: mark.groupIndex, masterRef: master.ref };
  return true;
}

/** Column of a cell from its `r` attribute ("AB12" → 28), or the next column when `r` is absent. */
function columnOf(ref: string, previousColumn: number): number {
  let letters = 0;
  while (letters < ref.length && letters < 4) {
    const code = ref.charCodeAt(letters) | 0x20;
    if (code < 97 || code > 122) break;
    letters++;
  }
  const column = letters > 0 && letters <= 3 ? columnNumber(ref.slice(0, letters)) : 0;
  return column > 0 ? column : previousColumn + 1;
}

function parseMerges(xml: string): CellRange[] {
  const merges: CellRange[] = [];
  for (const element of elements(xml, 'mergeCell')) {
    const range = parseRange(readAttributes(element.attributes)['ref'] ?? '');
    if (range) merges.push(range);
  }
  return merges;
}
