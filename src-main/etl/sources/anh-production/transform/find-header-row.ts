import type { SheetRow, Worksheet } from '../../../xlsx';

/**
 * How far down a header row is looked for. ANH's headers sit on rows 7–12 after a title block; the
 * margin allows for longer notes without reading a whole sheet of data as candidate headers.
 */
export const HEADER_SEARCH_ROWS = 60;

/** The first row (within `HEADER_SEARCH_ROWS`) that `isHeader` accepts, found by content, never by position. */
export function findHeaderRow(sheet: Worksheet, isHeader: (row: SheetRow) => boolean): SheetRow | null {
  for (const row of sheet.rows) {
    if (row.rowNumber > HEADER_SEARCH_ROWS) return null;
    if (isHeader(row)) return row;
  }
  return null;
}
