// Frozen in time: this migration must never import application code, and must never change once released.
// A later schema change is a new file.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migrations do not know the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    // DANE's DIVIPOLA list of municipalities, as the last loaded file gives it (one row per 5-digit code).
    `CREATE TABLE territory_municipality (
      code TEXT PRIMARY KEY CHECK (length(code) = 5 AND code NOT GLOB '*[^0-9]*'),
      department_code TEXT NOT NULL REFERENCES department(code),
      name TEXT NOT NULL,
      latitude REAL,
      longitude REAL,
      source_file_id INTEGER NOT NULL REFERENCES source_file(id),
      row_number INTEGER NOT NULL
    ) STRICT`,
    `CREATE INDEX territory_municipality_by_file ON territory_municipality (source_file_id)`,
    // Every spelling known to stand for a municipality code: the `DD:NAME` key of its DIVIPOLA name, of
    // its Marco Geoestadístico name and of the explicit aliases. Exact keys only: nothing here is guessed.
    `CREATE TABLE territory_municipality_key (
      key TEXT PRIMARY KEY,
      code TEXT NOT NULL CHECK (length(code) = 5),
      origin TEXT NOT NULL CHECK (origin IN ('divipola', 'alias', 'mgn')),
      source_file_id INTEGER NOT NULL REFERENCES source_file(id)
    ) STRICT`,
    `CREATE INDEX territory_municipality_key_by_code ON territory_municipality_key (code)`,
    `CREATE INDEX territory_municipality_key_by_file ON territory_municipality_key (source_file_id)`,
    // Simplified boundaries for the map, one GeoJSON geometry (Polygon or MultiPolygon, WGS84) per territory.
    `CREATE TABLE territory_boundary (
      level TEXT NOT NULL CHECK (level IN ('department', 'municipality')),
      code TEXT NOT NULL,
      name TEXT NOT NULL,
      geometry_json TEXT NOT NULL,
      source_file_id INTEGER NOT NULL REFERENCES source_file(id),
      feature_index INTEGER NOT NULL,
      PRIMARY KEY (level, code)
    ) STRICT`,
    `CREATE INDEX territory_boundary_by_file ON territory_boundary (source_file_id)`,
  ];
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
