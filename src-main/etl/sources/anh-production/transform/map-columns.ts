import { cellText, columnLetters, type SheetRow } from '../../../xlsx';

export interface ColumnMap<C extends string> {
  /** The Excel column (1-based) of each recognised role. */
  readonly columnOf: Readonly<Partial<Record<C, number>>>;
  /** Every non-empty header cell: column → header text as written, whitespace collapsed. */
  readonly headerTexts: ReadonlyMap<number, string>;
  /** Headers recognised twice ("CAMPO" in two columns): the first wins; these are the ignored ones. */
  readonly duplicates: readonly { readonly role: C; readonly column: number }[];
}

/**
 * Maps a header row's cells to roles by their text, wherever they sit: ANH moves columns between
 * years and even between sheets of one workbook.
 */
export function mapColumns<C extends string>(headerRow: SheetRow, roleOf: (headerText: string) => C | null): ColumnMap<C> {
  const columnOf: Partial<Record<C, number>> = {};
  const headerTexts = new Map<number, string>();
  const duplicates: { role: C; column: number }[] = [];
  for (const cell of headerRow.cells) {
    const text = cellText(cell).replace(/\s+/g, ' ');
    if (text === '') continue;
    headerTexts.set(cell.column, text);
    const role = roleOf(text);
    if (role === null) continue;
    if (columnOf[role] === undefined) columnOf[role] = cell.column;
    else duplicates.push({ role, column: cell.column });
  }
  return { columnOf, headerTexts, duplicates };
}

/** A row's cells keyed by header text (column letter for unlabelled or repeated headers), for rejects. */
export function rawRecord(row: SheetRow, headerTexts: ReadonlyMap<number, string>): Record<string, string | number | boolean | null> {
  const record: Record<string, string | number | boolean | null> = {};
  for (const cell of row.cells) {
    const header = headerTexts.get(cell.column);
    const key = header === undefined || header in record ? `${header ?? 'columna'} (${columnLetters(cell.column)})` : header;
    const value = cell.value;
    record[key] = cell.error ?? (value instanceof Date ? value.toISOString() : value);
  }
  return record;
}
