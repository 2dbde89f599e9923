import type BetterSqlite3 from 'better-sqlite3';
import type { CellValue, DatasetColumn } from '../../../src-shared/contract/data';
import { numberFormats } from '../../datasets/columns';
import type { TabularStream } from '../tabular-stream';

/** Beyond this many the sheet says how many more there are (the full list stays in the app's Fuentes page). */
export const MAX_REJECTED_ROWS = 100_000;

const column = (id: string, label: string, type: DatasetColumn['type'] = 'text'): DatasetColumn => ({
  id,
  label,
  labelEn: label,
  type,
  unit: null,
  format: type === 'integer' ? numberFormats.plain : null,
  decimals: null,
  sortable: false,
  searchable: false,
  lineage: false,
});

const columns = [
  column('source', 'Fuente'),
  column('file', 'Archivo'),
  column('sheet', 'Hoja'),
  column('row', 'Fila', 'integer'),
  column('code', 'Código'),
  column('reason', 'Motivo'),
  column('raw', 'Valores originales'),
];

/**
 * Rows the loaders refused from the files behind the export, with their reason and the values as read:
 * the analyst sees what is missing from the numbers, not only what is in them.
 */
export function rejectedRowsStream(sqlite: BetterSqlite3.Database, fileIds: readonly number[]): TabularStream & { total: number; shown: number } {
  const ids = JSON.stringify([...fileIds]);
  const from = `FROM rejected_row r LEFT JOIN source_file f ON f.id = r.source_file_id WHERE r.source_file_id IN (SELECT value FROM json_each(?))`;
  const total = fileIds.length ? (sqlite.prepare(`SELECT count(*) ${from}`).pluck().get(ids) as number) : 0;
  const statement = sqlite.prepare(`SELECT r.source_id, f.file_name, r.sheet, r.row_number, r.reason_code, r.reason, r.raw_json ${from} ORDER BY r.source_file_id, r.id LIMIT ?`).raw(true);
  return {
    columns,
    total,
    shown: Math.min(total, MAX_REJECTED_ROWS),
    *rows() {
      if (total === 0) return;
      for (const raw of statement.iterate(ids, MAX_REJECTED_ROWS) as IterableIterator<unknown[]>) {
        const values = raw.slice(0, 6) as CellValue[];
        yield { key: '', fileId: 0, values: [...values, rawValues(String(raw[6]))] };
      }
    },
  };
}

/** `CAMPO: X · OPERADORA: Y`: the row's cells as read, one line. */
function rawValues(json: string): string {
  try {
    const raw = JSON.parse(json) as unknown;
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
      return Object.entries(raw)
        .map(([key, value]) => `${key}: ${value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
        .join(' · ');
    }
    return json;
  } catch {
    return json;
  }
}
