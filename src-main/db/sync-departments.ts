import type BetterSqlite3 from 'better-sqlite3';
import { departments } from '../../src-shared/domain/territory';

/**
 * The department table mirrors the DIVIPOLA list compiled into the app, so facts can reference codes
 * before any territory file is imported. Runs at start-up; cheap (33 upserts in one transaction).
 */
export function syncDepartments(sqlite: BetterSqlite3.Database): void {
  const upsert = sqlite.prepare('INSERT INTO department (code, name) VALUES (?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name');
  sqlite.transaction(() => {
    for (const d of departments) upsert.run(d.code, d.name);
  })();
}
