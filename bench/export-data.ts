import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { rmSync } from 'node:fs';
import { departments } from '../src-shared/domain/territory';
import { migrateToLatest } from '../src-main/db/migrate';
import { syncDepartments } from '../src-main/db/sync-departments';
import { createPrng } from './support/scale-database/prng';

/**
 * A production-only database for the export bench: `totalRows` ANH monthly lines spread over 2013–2025,
 * with the cardinalities of ten times today's ANH files (4,000 fields, 300 operators, 1,500 contracts,
 * 600 municipalities), real-looking names with accents, every measure filled, 25 rejects per yearly file.
 * Built in the real schema by the real migrations.
 */
export async function generateProductionDatabase(file: string, totalRows: number): Promise<void> {
  rmSync(file, { force: true });
  const sqlite = new BetterSqlite3(file);
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    await migrateToLatest(db, sqlite, file);
    syncDepartments(sqlite);
    sqlite.pragma('journal_mode = OFF');
    sqlite.pragma('synchronous = OFF');
    sqlite.transaction(() => fill(sqlite, totalRows))();
    sqlite.pragma('journal_mode = WAL');
  } finally {
    await db.destroy();
  }
}

const NAMES = ['CUSIANA', 'CUPIAGUA', 'CHUCHUPA', 'BALLENA', 'LA CRECIENTE', 'PAUTO', 'FLORENA', 'GIBRALTAR', 'ARIANNA', 'CORAZÓN', 'BONGA', 'MAMEY', 'NELSON', 'JOBO', 'CLARINETE'];

function fill(sqlite: BetterSqlite3.Database, totalRows: number): void {
  const prng = createPrng(20260115);
  const codes = departments.map((d) => d.code);
  const entity = (table: string, count: number, name: (i: number) => string) => {
    const insert = sqlite.prepare(`INSERT INTO ${table} (key, name) VALUES (?, ?)`);
    return Array.from({ length: count }, (_, i) => Number(insert.run(`${table.toUpperCase()} ${i}`, name(i)).lastInsertRowid));
  };
  const operators = entity('operator', 300, (i) => `${NAMES[i % NAMES.length]} ENERGÍA ${i} S.A.S.`);
  const fields = entity('field', 4000, (i) => `${NAMES[i % NAMES.length]} ${i}`);
  const contracts = entity('contract', 1500, (i) => `CONTRATO ${NAMES[i % NAMES.length]} ${i}`);
  const insertMunicipality = sqlite.prepare('INSERT INTO municipality (key, divipola_code, department_code, name) VALUES (?, ?, ?, ?)');
  const municipalities = Array.from({ length: 600 }, (_, i) => {
    const department = codes[i % codes.length]!;
    return { department, id: Number(insertMunicipality.run(`${department}:MUNICIPIO ${i}`, `${department}${String(100 + i).padStart(3, '0')}`, department, `Municipio ${i} de Peñas`).lastInsertRowid) };
  });
  const insertFile = sqlite.prepare(
    `INSERT INTO source_file (source_id, sha256, file_name, size_bytes, publisher, url, coverage, status, imported_at, rows_loaded, rows_rejected)
     VALUES ('anh-production', ?, ?, 5000000, 'Agencia Nacional de Hidrocarburos (ANH)', ?, ?, 'active', ?, ?, 25)`,
  );
  const insertFact = sqlite.prepare(
    `INSERT INTO production_monthly (source_file_id, sheet, row_number, period, year, department_code, municipality_id, operator_id, field_id, contract_id,
       fiscalizada_mpc, gas_lift_mpc, reinyectado_mpc, quemado_mpc, consumo_campo_mpc, enviado_planta_mpc, transformado_mpc, entregado_gasoductos_mpc)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertReject = sqlite.prepare(
    `INSERT INTO rejected_row (source_id, source_file_id, sheet, row_number, reason_code, reason, raw_json) VALUES ('anh-production', ?, ?, ?, 'unknown-department', 'Departamento sin código DIVIPOLA', ?)`,
  );
  const months = 13 * 12;
  let written = 0;
  for (let year = 2013; year <= 2025; year++) {
    const perYear = Math.round((totalRows * (year - 2012)) / 13) - Math.round((totalRows * (year - 2013)) / 13);
    const fileId = Number(
      insertFile.run(`bench-${year}-${totalRows}`, `Produccion_Fiscalizada_Gas_${year}.xlsx`, `https://www.anh.gov.co/documents/${year}/Produccion_Fiscalizada_Gas_${year}.xlsx`, String(year), `${year + 1}-01-15T12:00:00.000Z`, perYear)
        .lastInsertRowid,
    );
    for (let month = 1; month <= 12; month++) {
      const index = (year - 2013) * 12 + month - 1;
      const rows = Math.round((totalRows * (index + 1)) / months) - Math.round((totalRows * index) / months);
      const period = `${year}-${String(month).padStart(2, '0')}`;
      for (let r = 0; r < rows; r++) {
        const municipality = municipalities[(r * 7) % municipalities.length]!;
        const volume = prng.around(900, 850);
        insertFact.run(
          fileId, `mes-${month}`, 8 + r, period, year, prng.next() < 0.02 ? null : municipality.department, municipality.id,
          operators[r % operators.length]!, fields[r % fields.length]!, prng.next() < 0.03 ? null : contracts[r % contracts.length]!,
          volume, volume * 0.05, volume * 0.1, volume * 0.01, volume * 0.02, volume * 0.3, null, volume * 0.6,
        );
      }
      written += rows;
    }
    for (let r = 0; r < 25; r++) insertReject.run(fileId, 'mes-1', 9000 + r, JSON.stringify({ CAMPO: `CAMPO ${r}`, DEPARTAMENTO: 'DEPARTAMENTO NN' }));
  }
  if (written !== totalRows) throw new Error(`generateProductionDatabase: ${written} filas en vez de ${totalRows}`);
}
