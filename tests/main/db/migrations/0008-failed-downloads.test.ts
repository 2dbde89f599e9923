import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { up as initial } from '../../../../src-main/db/migrations/0001-initial';
import { up } from '../../../../src-main/db/migrations/0008-failed-downloads';

describe('migration 0008-failed-downloads', () => {
  let db: Kysely<unknown>;
  afterEach(async () => db.destroy());

  it('remembers one failed download per source and URL, and survives the deletion of its run', async () => {
    const sqlite = new BetterSqlite3(':memory:');
    sqlite.pragma('foreign_keys = ON');
    db = new Kysely({ dialect: new SqliteDialect({ database: sqlite }) });
    await initial(db);
    await up(db);

    sqlite.prepare("INSERT INTO etl_run (id, trigger, started_at, status) VALUES (1, 'schedule', '2025-11-28T00:00:00Z', 'partial')").run();
    const insert = (url: string, sha256 = 'a'.repeat(64), runId: number | null = 1, size = 10) =>
      sqlite
        .prepare(
          `INSERT INTO failed_download (source_id, url, file_name, sha256, size_bytes, etag, last_modified, error, first_failed_at, last_failed_at, run_id)
           VALUES ('mme-declaration', ?, 'viejo.xls', ?, ?, '"e1"', NULL, 'Formato .xls no soportado', '2025-11-28T00:00:01Z', '2025-11-28T00:00:01Z', ?)`,
        )
        .run(url, sha256, size, runId);
    insert('http://x/viejo.xls');
    expect(sqlite.prepare('SELECT source_id, url, etag, run_id FROM failed_download').get()).toEqual({ source_id: 'mme-declaration', url: 'http://x/viejo.xls', etag: '"e1"', run_id: 1 });
    expect(() => insert('http://x/viejo.xls')).toThrow(/UNIQUE/);
    expect(() => insert('http://x/otro.xls', 'corto')).toThrow(/CHECK/);
    expect(() => insert('http://x/otro.xls', 'b'.repeat(64), 1, -1)).toThrow(/CHECK/);
    expect(() => insert('http://x/otro.xls', 'b'.repeat(64), 99)).toThrow(/FOREIGN KEY/);
    // The memory outlives its run's history: deleting the run only forgets which run it was.
    sqlite.prepare('DELETE FROM etl_run WHERE id = 1').run();
    expect(sqlite.prepare('SELECT run_id FROM failed_download').pluck().all()).toEqual([null]);
  });
});
