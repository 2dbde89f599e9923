// Frozen in time: this migration must never import application code, and must never change once released.
// A later schema change is a new file.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migrations do not know the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    `CREATE TABLE etl_run (
      id INTEGER PRIMARY KEY,
      trigger TEXT NOT NULL CHECK (trigger IN ('cli-import', 'app-import', 'button', 'schedule', 'cli-refresh')),
      started_at TEXT NOT NULL,
      finished_at TEXT,
      status TEXT NOT NULL CHECK (status IN ('running', 'ok', 'partial', 'failed', 'cancelled')),
      summary_json TEXT,
      error TEXT
    ) STRICT`,
    `CREATE TABLE source_file (
      id INTEGER PRIMARY KEY,
      source_id TEXT NOT NULL,
      sha256 TEXT NOT NULL UNIQUE,
      file_name TEXT NOT NULL,
      size_bytes INTEGER NOT NULL,
      publisher TEXT NOT NULL,
      url TEXT,
      etag TEXT,
      last_modified TEXT,
      archive_path TEXT,
      coverage TEXT,
      status TEXT NOT NULL CHECK (status IN ('active', 'superseded')),
      imported_at TEXT NOT NULL,
      run_id INTEGER REFERENCES etl_run(id),
      rows_loaded INTEGER NOT NULL DEFAULT 0,
      rows_rejected INTEGER NOT NULL DEFAULT 0
    ) STRICT`,
    `CREATE INDEX source_file_by_source ON source_file (source_id, status, coverage)`,
    `CREATE TABLE sheet_reconciliation (
      id INTEGER PRIMARY KEY,
      source_file_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
      sheet TEXT NOT NULL,
      period TEXT,
      kind TEXT NOT NULL CHECK (kind IN ('monthly-total', 'summary-vs-monthly')),
      data_rows INTEGER NOT NULL,
      data_total_mpc REAL NOT NULL,
      file_total_mpc REAL,
      difference_mpc REAL,
      status TEXT NOT NULL CHECK (status IN ('reconciled', 'not-reconciled', 'no-total')),
      cause TEXT
    ) STRICT`,
    `CREATE INDEX sheet_reconciliation_by_file ON sheet_reconciliation (source_file_id)`,
    `CREATE TABLE rejected_row (
      id INTEGER PRIMARY KEY,
      source_id TEXT NOT NULL,
      source_file_id INTEGER REFERENCES source_file(id) ON DELETE CASCADE,
      run_id INTEGER REFERENCES etl_run(id),
      sheet TEXT,
      row_number INTEGER,
      reason_code TEXT NOT NULL,
      reason TEXT NOT NULL,
      raw_json TEXT NOT NULL
    ) STRICT`,
    `CREATE INDEX rejected_row_by_file ON rejected_row (source_file_id)`,
    `CREATE INDEX rejected_row_by_source ON rejected_row (source_id)`,
    `CREATE TABLE department (
      code TEXT PRIMARY KEY,
      name TEXT NOT NULL
    ) STRICT`,
    `CREATE TABLE municipality (
      id INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      divipola_code TEXT UNIQUE,
      department_code TEXT REFERENCES department(code),
      name TEXT NOT NULL
    ) STRICT`,
    `CREATE TABLE operator (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL) STRICT`,
    `CREATE TABLE field (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL) STRICT`,
    `CREATE TABLE contract (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL) STRICT`,
    // One row per field, contract, operator and municipality per month, as ANH's monthly sheets give it.
    // Every row keeps its lineage: file, sheet and Excel row number.
    `CREATE TABLE production_monthly (
      id INTEGER PRIMARY KEY,
      source_file_id INTEGER NOT NULL REFERENCES source_file(id),
      sheet TEXT NOT NULL,
      row_number INTEGER NOT NULL,
      period TEXT NOT NULL,
      year INTEGER NOT NULL,
      department_code TEXT REFERENCES department(code),
      municipality_id INTEGER REFERENCES municipality(id),
      operator_id INTEGER NOT NULL REFERENCES operator(id),
      field_id INTEGER NOT NULL REFERENCES field(id),
      contract_id INTEGER REFERENCES contract(id),
      fiscalizada_mpc REAL,
      gas_lift_mpc REAL,
      reinyectado_mpc REAL,
      quemado_mpc REAL,
      consumo_campo_mpc REAL,
      enviado_planta_mpc REAL,
      transformado_mpc REAL,
      entregado_gasoductos_mpc REAL
    ) STRICT`,
    `CREATE INDEX production_monthly_by_period ON production_monthly (period, fiscalizada_mpc)`,
    `CREATE INDEX production_monthly_by_department ON production_monthly (department_code, period)`,
    `CREATE INDEX production_monthly_by_municipality ON production_monthly (municipality_id, period)`,
    `CREATE INDEX production_monthly_by_operator ON production_monthly (operator_id, period)`,
    `CREATE INDEX production_monthly_by_field ON production_monthly (field_id, period)`,
    `CREATE INDEX production_monthly_by_contract ON production_monthly (contract_id, period)`,
    `CREATE INDEX production_monthly_by_file ON production_monthly (source_file_id)`,
    // The yearly workbook's summary sheet: average daily rate per field and month (MPCPDC).
    `CREATE TABLE production_summary_rate (
      id INTEGER PRIMARY KEY,
      source_file_id INTEGER NOT NULL REFERENCES source_file(id),
      sheet TEXT NOT NULL,
      row_number INTEGER NOT NULL,
      period TEXT NOT NULL,
      department_code TEXT REFERENCES department(code),
      municipality_id INTEGER REFERENCES municipality(id),
      operator_id INTEGER NOT NULL REFERENCES operator(id),
      field_id INTEGER NOT NULL REFERENCES field(id),
      contract_id INTEGER REFERENCES contract(id),
      rate_mpcd REAL NOT NULL
    ) STRICT`,
    `CREATE INDEX production_summary_rate_by_file ON production_summary_rate (source_file_id)`,
    `CREATE INDEX production_summary_rate_by_period ON production_summary_rate (period)`,
  ];
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
