// Frozen in time: this migration must never import application code, and must never change once released.
// A later schema change is a new file.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migrations do not know the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    // A MinEnergía resolution adopting or updating a gas production declaration (ten years, e.g.
    // 2025-2034). Numbers restart every year, so a resolution is its number and year within a declaration.
    `CREATE TABLE declaration_resolution (
      id INTEGER PRIMARY KEY,
      declaration_period TEXT NOT NULL CHECK (declaration_period GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'),
      first_year INTEGER NOT NULL,
      last_year INTEGER NOT NULL,
      number TEXT NOT NULL,
      year INTEGER NOT NULL,
      issued_on TEXT,
      title TEXT,
      UNIQUE (declaration_period, year, number)
    ) STRICT`,
    // Each soporte magnético file of a resolution. A corrected copy of the same resolution replaces the
    // earlier one (replaced_by_file_id, its rows deleted); an older resolution keeps its rows, so it stays
    // queryable next to the newer one.
    `CREATE TABLE declaration_file (
      source_file_id INTEGER PRIMARY KEY REFERENCES source_file(id),
      resolution_id INTEGER NOT NULL REFERENCES declaration_resolution(id),
      replaced_by_file_id INTEGER REFERENCES source_file(id),
      field_sheets INTEGER NOT NULL
    ) STRICT`,
    `CREATE INDEX declaration_file_by_resolution ON declaration_file (resolution_id)`,
    // One per field sheet: who operates the field, the contract and the heating value it declares, which
    // converts its GBTUD to MPCD (GBTUD = MPCD × BTU/PC ÷ 1000).
    `CREATE TABLE declaration_field_sheet (
      id INTEGER PRIMARY KEY,
      source_file_id INTEGER NOT NULL REFERENCES source_file(id),
      sheet TEXT NOT NULL,
      field_id INTEGER NOT NULL REFERENCES field(id),
      field_operator_id INTEGER REFERENCES operator(id),
      contract_id INTEGER REFERENCES contract(id),
      heating_value_btu_per_cf REAL CHECK (heating_value_btu_per_cf > 0),
      heating_value_cell TEXT,
      UNIQUE (source_file_id, sheet)
    ) STRICT`,
    `CREATE INDEX declaration_field_sheet_by_field ON declaration_field_sheet (field_id)`,
    // One per Excel data row (lineage: sheet through the field sheet, row number here).
    `CREATE TABLE declaration_row (
      id INTEGER PRIMARY KEY,
      field_sheet_id INTEGER NOT NULL REFERENCES declaration_field_sheet(id),
      row_number INTEGER NOT NULL,
      operator_id INTEGER NOT NULL REFERENCES operator(id),
      production_type TEXT NOT NULL CHECK (production_type IN ('PTDV', 'PC', 'PP', 'GAS_OPERACION', 'CIDV')),
      production_type_text TEXT NOT NULL,
      is_state_share INTEGER NOT NULL CHECK (is_state_share IN (0, 1))
    ) STRICT`,
    `CREATE INDEX declaration_row_by_sheet ON declaration_row (field_sheet_id, production_type)`,
    // Declared daily energy per month, in GBTUD. Blank and zero cells are not stored: a missing month is 0.
    `CREATE TABLE declaration_monthly (
      row_id INTEGER NOT NULL REFERENCES declaration_row(id),
      period TEXT NOT NULL,
      gbtud REAL NOT NULL,
      PRIMARY KEY (row_id, period)
    ) STRICT, WITHOUT ROWID`,
  ];
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
