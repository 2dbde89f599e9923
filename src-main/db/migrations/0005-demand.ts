// Frozen in time: this migration must never import application code, and must never change once released.
// A later schema change is a new file.
import { sql, type Kysely } from 'kysely';

/**
 * UPME's gas demand projection. Each edition (UPME's yearly exercise) is a snapshot: loading it again
 * replaces that edition only, older editions stay queryable next to it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migrations do not know the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    // One row per workbook of an edition (the Agregada workbook and each sector's): what a file provides.
    // A later file of the same edition and workbook takes its place; a file left with no workbook here is
    // superseded.
    `CREATE TABLE demand_book (
      id INTEGER PRIMARY KEY,
      source_file_id INTEGER NOT NULL REFERENCES source_file(id),
      edition TEXT NOT NULL,
      book TEXT NOT NULL,
      entry_name TEXT,
      projection_start TEXT,
      first_period TEXT,
      last_period TEXT,
      rows_loaded INTEGER NOT NULL,
      UNIQUE (edition, book)
    ) STRICT`,
    `CREATE INDEX demand_book_by_file ON demand_book (source_file_id)`,
    // Monthly GBTUD. Area: national (region and node null), a region, or a node of a region.
    // Lineage: file, workbook inside the zip, sheet, row and cell.
    `CREATE TABLE demand_monthly (
      id INTEGER PRIMARY KEY,
      source_file_id INTEGER NOT NULL REFERENCES source_file(id),
      edition TEXT NOT NULL,
      book TEXT NOT NULL,
      sheet TEXT NOT NULL,
      sheet_kind TEXT NOT NULL CHECK (sheet_kind IN ('scenarios', 'regional', 'sectoral', 'nodal')),
      row_number INTEGER NOT NULL,
      cell_ref TEXT NOT NULL,
      sector TEXT NOT NULL,
      scenario TEXT NOT NULL CHECK (scenario IN ('historico', 'bajo', 'medio', 'alto')),
      area_kind TEXT NOT NULL CHECK (area_kind IN ('national', 'region', 'node')),
      region TEXT,
      node_key TEXT,
      period TEXT NOT NULL,
      gbtud REAL NOT NULL,
      CHECK ((area_kind = 'national' AND region IS NULL AND node_key IS NULL)
          OR (area_kind = 'region' AND region IS NOT NULL AND node_key IS NULL)
          OR (area_kind = 'node' AND region IS NOT NULL AND node_key IS NOT NULL))
    ) STRICT`,
    `CREATE INDEX demand_monthly_by_series ON demand_monthly (edition, sector, area_kind, sheet_kind, period)`,
    `CREATE INDEX demand_monthly_by_region ON demand_monthly (edition, sector, region, period)`,
    `CREATE INDEX demand_monthly_by_node ON demand_monthly (edition, sector, node_key, period)`,
    `CREATE INDEX demand_monthly_by_book ON demand_monthly (edition, book)`,
    `CREATE INDEX demand_monthly_by_file ON demand_monthly (source_file_id)`,
    // Node names as UPME writes them (whitespace tidied); the key is what facts and saved views use.
    `CREATE TABLE demand_node (
      key TEXT PRIMARY KEY,
      region TEXT NOT NULL,
      name TEXT NOT NULL
    ) STRICT`,
    // The workbooks' internal consistency: regions add up to the national figure, sectors to the total,
    // nodes to their region. A failure is kept with its numbers, never hidden.
    `CREATE TABLE demand_check (
      id INTEGER PRIMARY KEY,
      source_file_id INTEGER NOT NULL REFERENCES source_file(id),
      edition TEXT NOT NULL,
      book TEXT NOT NULL,
      sheet TEXT NOT NULL,
      kind TEXT NOT NULL,
      scope TEXT,
      status TEXT NOT NULL CHECK (status IN ('reconciled', 'not-reconciled')),
      compared INTEGER NOT NULL,
      failed INTEGER NOT NULL,
      max_difference_gbtud REAL NOT NULL,
      worst_period TEXT,
      detail TEXT NOT NULL
    ) STRICT`,
    `CREATE INDEX demand_check_by_edition ON demand_check (edition, book)`,
  ];
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
