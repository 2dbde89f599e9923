// Frozen in time: this migration must never import application code, and must never change once released.
// A later schema change is a new file.
import { sql, type Kysely } from 'kysely';

/**
 * Downloads that could not be loaded (a legacy .xls soporte, a damaged workbook), remembered by URL with
 * their sha256 and HTTP validators: the next refresh asks conditionally, gets 304 or the same bytes, and
 * reports a known failure instead of downloading and failing on it again every day. A row goes away when
 * that URL loads fine.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migrations do not know the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    `CREATE TABLE failed_download (
      id INTEGER PRIMARY KEY,
      source_id TEXT NOT NULL,
      url TEXT NOT NULL,
      file_name TEXT NOT NULL,
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
      etag TEXT,
      last_modified TEXT,
      error TEXT NOT NULL,
      first_failed_at TEXT NOT NULL,
      last_failed_at TEXT NOT NULL,
      run_id INTEGER REFERENCES etl_run(id) ON DELETE SET NULL,
      UNIQUE (source_id, url)
    ) STRICT`,
  ];
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
