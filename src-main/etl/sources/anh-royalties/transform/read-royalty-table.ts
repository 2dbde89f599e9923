import type { FileProbe } from '../../file-probe';
import { parseCsv } from '../../../text/csv-table';
import { headerKey } from '../../../text/header-key';
import { tabularFromCsv, tabularFromJsonArray, type TabularFile } from '../../../text/tabular-records';
import { royaltyColumns } from '../royalty-columns';
import { readSocrataSnapshot, ROYALTIES_DATASET_ID, type SocrataSnapshot } from '../socrata-snapshot';

/** Columns whose presence says "this is the royalties dataset" (no other source has both). */
const signature = [royaltyColumns.royaltiesCop, royaltyColumns.hydrocarbonType].map((spellings) => spellings.map(headerKey));

export type RoyaltyFileShape = 'snapshot' | 'json-array' | 'csv';

export function looksLikeRoyalties(headers: readonly string[]): boolean {
  const keys = new Set(headers.map(headerKey));
  return signature.every((spellings) => spellings.some((s) => keys.has(s)));
}

/** Recognition by content: a refresh snapshot, a JSON array of API rows, or a CSV export. */
export function recogniseRoyaltyFile(file: FileProbe): RoyaltyFileShape | null {
  if (file.kind !== 'text') return null;
  const json = file.json();
  if (json !== undefined) {
    const snapshot = readSocrataSnapshot(json);
    if (snapshot) return snapshot.dataset === ROYALTIES_DATASET_ID || looksLikeRoyalties(keysOfFirstObjects(snapshot.rows)) ? 'snapshot' : null;
    return Array.isArray(json) && json.length > 0 && looksLikeRoyalties(keysOfFirstObjects(json)) ? 'json-array' : null;
  }
  const text = file.text();
  return looksLikeRoyalties(parseCsv(text.slice(0, text.search(/\r?\n|$/))).header) ? 'csv' : null;
}

export interface RoyaltyTable {
  readonly shape: RoyaltyFileShape;
  readonly table: TabularFile;
  readonly snapshot: Omit<SocrataSnapshot, 'rows'> | null;
}

/** Reads a recognised royalties file into records; null when it is not one. */
export function readRoyaltyTable(file: FileProbe): RoyaltyTable | null {
  const shape = recogniseRoyaltyFile(file);
  switch (shape) {
    case null:
      return null;
    case 'snapshot': {
      const { rows, ...snapshot } = readSocrataSnapshot(file.json())!;
      const table = tabularFromJsonArray(rows);
      return table ? { shape, table, snapshot } : null;
    }
    case 'json-array': {
      const table = tabularFromJsonArray(file.json());
      return table ? { shape, table, snapshot: null } : null;
    }
    case 'csv':
      return { shape, table: tabularFromCsv(parseCsv(file.text())), snapshot: null };
    default:
      return shape satisfies never;
  }
}

/** Socrata omits null fields from a row, so the header is the union of the first rows' keys. */
function keysOfFirstObjects(items: readonly unknown[]): string[] {
  const keys = new Set<string>();
  for (const item of items.slice(0, 50)) {
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) for (const key of Object.keys(item)) keys.add(key);
  }
  return [...keys];
}
