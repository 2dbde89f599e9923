// Frozen in time: this migration must never import application code, and must never change once released.
// A later schema change is a new file.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migrations do not know the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    // ANH royalty settlements per field and month (datos.gov.co j7js-yk74), gas rows only. Rows that
    // differ only in regime are distinct settlements and are all kept. Volumes in MPC (the source's KPC
    // ÷ 1000), royalties in COP, price in USD as published, TRM in COP per USD.
    `CREATE TABLE royalty_monthly (
      id INTEGER PRIMARY KEY,
      source_file_id INTEGER NOT NULL REFERENCES source_file(id),
      sheet TEXT,
      row_number INTEGER NOT NULL,
      period TEXT NOT NULL,
      year INTEGER NOT NULL,
      department_code TEXT REFERENCES department(code),
      municipality_id INTEGER REFERENCES municipality(id),
      field_id INTEGER NOT NULL REFERENCES field(id),
      contract_id INTEGER REFERENCES contract(id),
      latitude REAL,
      longitude REAL,
      production_type TEXT,
      regime TEXT,
      trm_cop_per_usd REAL,
      price_usd REAL,
      royalty_percent REAL,
      taxable_volume_mpc REAL,
      royalty_volume_mpc REAL,
      royalties_cop REAL NOT NULL
    ) STRICT`,
    `CREATE INDEX royalty_monthly_by_period ON royalty_monthly (period)`,
    `CREATE INDEX royalty_monthly_by_department ON royalty_monthly (department_code, period)`,
    `CREATE INDEX royalty_monthly_by_municipality ON royalty_monthly (municipality_id, period)`,
    `CREATE INDEX royalty_monthly_by_field ON royalty_monthly (field_id, period)`,
    `CREATE INDEX royalty_monthly_by_contract ON royalty_monthly (contract_id, period)`,
    `CREATE INDEX royalty_monthly_by_file ON royalty_monthly (source_file_id)`,
  ];
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
