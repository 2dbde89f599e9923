import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { up as initial } from '../../../../src-main/db/migrations/0001-initial';
import { up } from '../../../../src-main/db/migrations/0006-refresh-runs';

describe('migration 0006-refresh-runs', () => {
  let db: Kysely<unknown>;
  afterEach(async () => db.destroy());

  it('adds the per-source run record with its constraints', async () => {
    const sqlite = new BetterSqlite3(':memory:');
    sqlite.pragma('foreign_keys = ON');
    db = new Kysely({ dialect: new SqliteDialect({ database: sqlite }) });
    await initial(db);
    await up(db);

    const indexes = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'etl_run_source'").pluck().all();
    expect(indexes).toContain('etl_run_source_by_source');

    sqlite.prepare("INSERT INTO etl_run (id, trigger, started_at, status) VALUES (1, 'schedule', '2025-11-28T00:00:00Z', 'running')").run();
    const insert = (status: string, sourceId = 'anh-production', runId = 1) =>
      sqlite.prepare("INSERT INTO etl_run_source (run_id, source_id, started_at, status) VALUES (?, ?, '2025-11-28T00:00:01Z', ?)").run(runId, sourceId, status);
    insert('running');
    expect(sqlite.prepare('SELECT files_loaded, rows_loaded, bytes_downloaded, error FROM etl_run_source').get()).toEqual({ files_loaded: 0, rows_loaded: 0, bytes_downloaded: 0, error: null });
    // One line per source per run; statuses are the runner's; a run must exist.
    expect(() => insert('updated')).toThrow(/UNIQUE/);
    expect(() => insert('ok', 'upme-demand')).toThrow(/CHECK/);
    expect(() => insert('failed', 'upme-demand', 99)).toThrow(/FOREIGN KEY/);
    expect(() => sqlite.prepare("UPDATE etl_run_source SET rows_loaded = -1").run()).toThrow(/CHECK/);
    expect(() => sqlite.prepare("UPDATE etl_run_source SET rows_loaded = 'muchas'").run()).toThrow(/datatype mismatch|cannot store/);
    // Deleting a run deletes its per-source lines.
    sqlite.prepare('DELETE FROM etl_run WHERE id = 1').run();
    expect(sqlite.prepare('SELECT count(*) FROM etl_run_source').pluck().get()).toBe(0);
  });
});
