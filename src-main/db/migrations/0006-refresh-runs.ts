// Frozen in time: this migration must never import application code, and must never change once released.
// A later schema change is a new file.
import { sql, type Kysely } from 'kysely';

/**
 * One row per source per refresh run: what the sources panel shows (last attempt, its result and error,
 * last success), what the scheduler backs off from, and what the run history lists per source.
 * Written as 'running' when the source starts, so a crash mid-refresh is visible afterwards.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migrations do not know the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    `CREATE TABLE etl_run_source (
      id INTEGER PRIMARY KEY,
      run_id INTEGER NOT NULL REFERENCES etl_run(id) ON DELETE CASCADE,
      source_id TEXT NOT NULL,
      started_at TEXT NOT NULL,
      finished_at TEXT,
      status TEXT NOT NULL CHECK (status IN ('running', 'updated', 'unchanged', 'partial', 'failed', 'cancelled')),
      files_downloaded INTEGER NOT NULL DEFAULT 0 CHECK (files_downloaded >= 0),
      files_loaded INTEGER NOT NULL DEFAULT 0 CHECK (files_loaded >= 0),
      files_unchanged INTEGER NOT NULL DEFAULT 0 CHECK (files_unchanged >= 0),
      files_failed INTEGER NOT NULL DEFAULT 0 CHECK (files_failed >= 0),
      bytes_downloaded INTEGER NOT NULL DEFAULT 0 CHECK (bytes_downloaded >= 0),
      rows_loaded INTEGER NOT NULL DEFAULT 0 CHECK (rows_loaded >= 0),
      rows_rejected INTEGER NOT NULL DEFAULT 0 CHECK (rows_rejected >= 0),
      error_code TEXT,
      error TEXT,
      summary_json TEXT,
      UNIQUE (run_id, source_id)
    ) STRICT`,
    `CREATE INDEX etl_run_source_by_source ON etl_run_source (source_id, started_at)`,
  ];
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
