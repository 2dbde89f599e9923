import type { CsvTable } from './csv-table';

/**
 * One data row of a table-like export, whatever its format: a CSV line or an object of a JSON array.
 * `row` is what lineage records: the CSV line number, or the 1-based position in the JSON array.
 */
export interface TabularRecord {
  readonly row: number;
  /** Original header → value as read (strings for CSV; strings, numbers or null for JSON). */
  readonly cells: Readonly<Record<string, unknown>>;
}

export interface TabularFile {
  readonly format: 'csv' | 'json';
  readonly headers: readonly string[];
  readonly records: readonly TabularRecord[];
}

export function tabularFromCsv(table: CsvTable): TabularFile {
  return {
    format: 'csv',
    headers: table.header,
    records: table.records.map((record) => ({
      row: record.line,
      cells: Object.fromEntries(table.header.map((h, i) => [h, record.cells[i] ?? ''])),
    })),
  };
}

/** A JSON array of flat objects (a Socrata API answer or a datos.gov.co JSON export); null otherwise. */
export function tabularFromJsonArray(items: unknown): TabularFile | null {
  if (!Array.isArray(items)) return null;
  const headers = new Set<string>();
  const records: TabularRecord[] = [];
  for (const [index, item] of items.entries()) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return null;
    for (const key of Object.keys(item)) headers.add(key);
    records.push({ row: index + 1, cells: item as Record<string, unknown> });
  }
  return { format: 'json', headers: [...headers], records };
}

/** A cell as read (undefined when the column is absent). */
export function cellValue(record: TabularRecord, header: string | undefined): unknown {
  return header === undefined ? undefined : record.cells[header];
}

/** A cell as trimmed text ('' for empty, null or missing). */
export function cellText(record: TabularRecord, header: string | undefined): string {
  if (header === undefined) return '';
  const value = record.cells[header];
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value.trim() : String(value);
}
