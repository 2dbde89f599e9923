import type BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';

/** A table, or a table without some columns (e.g. the validators a refresh may update on an unchanged file). */
export type ChecksumTable = string | { readonly table: string; readonly exclude: readonly string[] };

/**
 * A checksum of every row of the given tables (the chosen columns, in a stable order): equal before and
 * after means a failed refresh left the data exactly as it was, not just with the same row count.
 */
export function tableChecksums(sqlite: BetterSqlite3.Database, tables: readonly ChecksumTable[]): Record<string, { rows: number; sha256: string }> {
  const result: Record<string, { rows: number; sha256: string }> = {};
  for (const spec of tables) {
    const table = typeof spec === 'string' ? spec : spec.table;
    const excluded = new Set(typeof spec === 'string' ? [] : spec.exclude);
    const columns = (sqlite.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name).filter((name) => !excluded.has(name));
    const hash = createHash('sha256');
    let rows = 0;
    // Ordered by every chosen column: stable for any table, WITHOUT ROWID ones included.
    const select = `SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM ${table} ORDER BY ${columns.map((_, i) => i + 1).join(', ')}`;
    for (const row of sqlite.prepare(select).iterate()) {
      hash.update(JSON.stringify(row));
      rows += 1;
    }
    result[table] = { rows, sha256: hash.digest('hex') };
  }
  return result;
}
