import type BetterSqlite3 from 'better-sqlite3';

/** A production fact as a test states it: names instead of ids, volumes in MPC. */
export interface SeedFact {
  period: string;
  field: string;
  operator: string;
  department: string | null;
  municipality?: string;
  contract?: string;
  fiscalizada: number | null;
  quemado?: number | null;
}

/**
 * Inserts facts straight into the schema (one source file, dimension rows by name), so query tests do
 * not depend on a parser. Keys are the upper-case names, as the loader's normalization would give.
 */
export function seedProduction(sqlite: BetterSqlite3.Database, facts: SeedFact[], fileName = 'seed.xlsx'): number {
  const fileId = Number(
    sqlite
      .prepare(
        "INSERT INTO source_file (source_id, sha256, file_name, size_bytes, publisher, coverage, status, imported_at) VALUES ('anh-production', ?, ?, 1, 'ANH', '2024', 'active', '2026-01-01T00:00:00Z')",
      )
      .run(`sha-${fileName}-${Math.random()}`, fileName).lastInsertRowid,
  );
  const id = (table: string, name: string) => {
    sqlite.prepare(`INSERT INTO ${table} (key, name) VALUES (?, ?) ON CONFLICT(key) DO NOTHING`).run(name.toUpperCase(), name);
    return sqlite.prepare(`SELECT id FROM ${table} WHERE key = ?`).pluck().get(name.toUpperCase()) as number;
  };
  const municipalityId = (department: string | null, name: string) => {
    const key = `${department ?? 'ND'}:${name.toUpperCase()}`;
    sqlite.prepare('INSERT INTO municipality (key, department_code, name) VALUES (?, ?, ?) ON CONFLICT(key) DO NOTHING').run(key, department, name);
    return sqlite.prepare('SELECT id FROM municipality WHERE key = ?').pluck().get(key) as number;
  };
  const insert = sqlite.prepare(
    `INSERT INTO production_monthly (source_file_id, sheet, row_number, period, year, department_code, municipality_id, operator_id, field_id, contract_id, fiscalizada_mpc, quemado_mpc)
     VALUES (?, 'hoja', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  facts.forEach((f, index) => {
    insert.run(
      fileId,
      8 + index,
      f.period,
      Number(f.period.slice(0, 4)),
      f.department,
      f.municipality ? municipalityId(f.department, f.municipality) : null,
      id('operator', f.operator),
      id('field', f.field),
      f.contract ? id('contract', f.contract) : null,
      f.fiscalizada,
      f.quemado ?? null,
    );
  });
  return fileId;
}
