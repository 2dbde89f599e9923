import type BetterSqlite3 from 'better-sqlite3';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCaudalApp, type CaudalApp } from '../../../src-main/app/caudal-app';
import { createInProcessClient, type InProcessClient } from '../../../src-main/transports/in-process';
import { seedProduction, type SeedFact } from '../../support/seed-production';

/**
 * A Caudal database in a temporary folder (exports read it through a second, read-only connection, so it
 * must be a file) with a little of every dataset, inserted straight into the schema: production (one
 * ANH file), royalties, one declaration with two resolutions, one demand edition, and rejected rows.
 * Exports go to `outDir`, a folder apart from the data folder.
 */
export interface SeededApp {
  readonly app: CaudalApp;
  readonly client: InProcessClient;
  readonly dbPath: string;
  readonly outDir: string;
  readonly productionFileId: number;
  close(): Promise<void>;
}

/** Casanare (85) and La Guajira (44); February 2024 has 29 days. Names with accents and a formula-looking text. */
export const productionFacts: SeedFact[] = [
  { period: '2024-01', field: 'Cusiana', operator: 'Ecopetrol', department: '85', municipality: 'Tauramena', contract: 'Santiago de las Atalayas', fiscalizada: 310, quemado: 3 },
  { period: '2024-01', field: 'Chuchupa', operator: 'Hocol', department: '44', municipality: 'Manaure', contract: 'Guajira', fiscalizada: 620 },
  { period: '2024-02', field: 'Cusiana', operator: 'Ecopetrol', department: '85', municipality: 'Tauramena', contract: 'Santiago de las Atalayas', fiscalizada: 290 },
  { period: '2024-02', field: 'Chuchupa', operator: 'Hocol', department: '44', municipality: 'Manaure', contract: 'Guajira', fiscalizada: 580 },
  { period: '2024-03', field: 'Chuchupa', operator: 'Hocol', department: '44', municipality: 'Manaure', contract: 'Guajira', fiscalizada: 620 },
  { period: '2024-03', field: '=1+2', operator: '@Operadora', department: null, fiscalizada: -5 },
  { period: '2023-12', field: 'Peñón', operator: 'Ecopetrol', department: '85', municipality: 'Aguazul', fiscalizada: 31 },
];

export async function openSeededApp(): Promise<SeededApp> {
  const root = mkdtempSync(join(tmpdir(), 'caudal-datasets-'));
  const dataDir = join(root, 'datos');
  const outDir = join(root, 'salida');
  mkdirSync(outDir);
  const dbPath = join(dataDir, 'caudal.db');
  const app = await openCaudalApp({ dbPath, logInternal: (name, error) => console.error(name, error) });
  const sqlite = app.database.sqlite;
  const productionFileId = seedProduction(sqlite, productionFacts, 'Produccion_Fiscalizada_Gas_2024.xlsx');
  sqlite.prepare("UPDATE source_file SET sha256 = ?, url = ?, publisher = 'Agencia Nacional de Hidrocarburos (ANH)' WHERE id = ?").run('a'.repeat(64), 'https://www.anh.gov.co/documents/2024/Produccion_Fiscalizada_Gas_2024.xlsx', productionFileId);
  insertRejects(sqlite, productionFileId);
  seedRoyalties(sqlite);
  seedDeclaration(sqlite);
  seedDemand(sqlite);
  return {
    app,
    client: createInProcessClient(app.dispatcher),
    dbPath,
    outDir,
    productionFileId,
    async close() {
      await app.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function insertRejects(sqlite: BetterSqlite3.Database, fileId: number): void {
  const insert = sqlite.prepare("INSERT INTO rejected_row (source_id, source_file_id, sheet, row_number, reason_code, reason, raw_json) VALUES ('anh-production', ?, 'enero-24', ?, ?, ?, ?)");
  insert.run(fileId, 40, 'unknown-department', 'Departamento «DEPARTAMENTO NN» sin código DIVIPOLA', JSON.stringify({ CAMPO: 'LA LOMA', DEPARTAMENTO: 'DEPARTAMENTO NN' }));
  insert.run(fileId, 41, 'no-number', 'Volumen no numérico', JSON.stringify({ CAMPO: '=HYPERLINK("x")', 'PRODUCCION FISCALIZADA': 'N.D.' }));
}

function sourceFile(sqlite: BetterSqlite3.Database, sourceId: string, fileName: string, coverage: string, sha: string): number {
  return Number(
    sqlite
      .prepare("INSERT INTO source_file (source_id, sha256, file_name, size_bytes, publisher, url, coverage, status, imported_at) VALUES (?, ?, ?, 100, ?, ?, ?, 'active', '2026-01-10T12:00:00Z')")
      .run(sourceId, sha.repeat(64), fileName, sourceId.startsWith('anh') ? 'ANH' : sourceId === 'mme-declaration' ? 'MinEnergía' : 'UPME', `https://example.org/${fileName}`, coverage).lastInsertRowid,
  );
}

function entityId(sqlite: BetterSqlite3.Database, table: 'field' | 'operator' | 'contract', name: string): number {
  sqlite.prepare(`INSERT INTO ${table} (key, name) VALUES (?, ?) ON CONFLICT(key) DO NOTHING`).run(name.toUpperCase(), name);
  return sqlite.prepare(`SELECT id FROM ${table} WHERE key = ?`).pluck().get(name.toUpperCase()) as number;
}

/** Two settlements in January 2024 (one without TRM) and one in February. Volumes in MPC as stored. */
function seedRoyalties(sqlite: BetterSqlite3.Database): void {
  const fileId = sourceFile(sqlite, 'anh-royalties', 'regalias-j7js-yk74.json', '2024', 'b');
  const insert = sqlite.prepare(
    `INSERT INTO royalty_monthly (source_file_id, sheet, row_number, period, year, department_code, municipality_id, field_id, contract_id, production_type, regime,
       trm_cop_per_usd, price_usd, royalty_percent, taxable_volume_mpc, royalty_volume_mpc, royalties_cop)
     VALUES (?, NULL, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const cusiana = entityId(sqlite, 'field', 'Cusiana');
  const chuchupa = entityId(sqlite, 'field', 'Chuchupa');
  const contract = entityId(sqlite, 'contract', 'Guajira');
  insert.run(fileId, 1, '2024-01', 2024, '85', cusiana, null, 'Gas', 'Ley 756', 4000, 3.5, 8, 12.5, 1, 20_000_000);
  insert.run(fileId, 2, '2024-01', 2024, '44', chuchupa, contract, 'Gas', 'Ley 141', null, 3.1, 6.4, 30, 1.92, 50_000_000);
  insert.run(fileId, 3, '2024-02', 2024, '44', chuchupa, contract, 'Gas', 'Ley 141', 5000, 3.2, 6.4, 28, 1.79, 45_000_000);
}

/**
 * Declaration 2025-2034 with two resolutions: 00100-2025 (older, one field) and 00739-2025 (current):
 * Cusiana declares PTDV 100 GBTUD in January 2025 at 1,200 BTU/PC; Chuchupa's sheet has no heating value.
 */
function seedDeclaration(sqlite: BetterSqlite3.Database): void {
  const resolution = sqlite.prepare('INSERT INTO declaration_resolution (declaration_period, first_year, last_year, number, year, issued_on, title) VALUES (?, 2025, 2034, ?, 2025, ?, NULL)');
  const older = Number(resolution.run('2025-2034', '00100', '2025-02-01').lastInsertRowid);
  const current = Number(resolution.run('2025-2034', '00739', '2025-05-28').lastInsertRowid);
  const file = (resolutionId: number, name: string, sha: string) => {
    const fileId = sourceFile(sqlite, 'mme-declaration', name, '2025-2034', sha);
    sqlite.prepare('INSERT INTO declaration_file (source_file_id, resolution_id, replaced_by_file_id, field_sheets) VALUES (?, ?, NULL, 2)').run(fileId, resolutionId);
    return fileId;
  };
  const sheet = sqlite.prepare('INSERT INTO declaration_field_sheet (source_file_id, sheet, field_id, field_operator_id, contract_id, heating_value_btu_per_cf, heating_value_cell) VALUES (?, ?, ?, ?, NULL, ?, NULL)');
  const row = sqlite.prepare("INSERT INTO declaration_row (field_sheet_id, row_number, operator_id, production_type, production_type_text, is_state_share) VALUES (?, ?, ?, ?, ?, ?)");
  const month = sqlite.prepare('INSERT INTO declaration_monthly (row_id, period, gbtud) VALUES (?, ?, ?)');
  const ecopetrol = entityId(sqlite, 'operator', 'Ecopetrol');
  const hocol = entityId(sqlite, 'operator', 'Hocol');

  const oldFile = file(older, 'soporte-00100.xlsx', 'c');
  const oldSheet = Number(sheet.run(oldFile, 'CUSIANA - 1', entityId(sqlite, 'field', 'Cusiana'), ecopetrol, 1100).lastInsertRowid);
  month.run(Number(row.run(oldSheet, 11, ecopetrol, 'PTDV', 'PTDV', 0).lastInsertRowid), '2025-01', 90);

  const currentFile = file(current, 'soporte-00739.xlsx', 'd');
  const cusiana = Number(sheet.run(currentFile, 'CUSIANA - 1', entityId(sqlite, 'field', 'Cusiana'), ecopetrol, 1200).lastInsertRowid);
  const ptdv = Number(row.run(cusiana, 11, ecopetrol, 'PTDV', 'PTDV', 0).lastInsertRowid);
  month.run(ptdv, '2025-01', 100);
  month.run(ptdv, '2025-02', 110);
  month.run(Number(row.run(cusiana, 12, ecopetrol, 'PC', 'PC- COMPROMETIDA', 0).lastInsertRowid), '2025-01', 40);
  const chuchupa = Number(sheet.run(currentFile, 'CHUCHUPA - 1', entityId(sqlite, 'field', 'Chuchupa'), hocol, null).lastInsertRowid);
  month.run(Number(row.run(chuchupa, 11, hocol, 'PTDV', 'PTDV', 0).lastInsertRowid), '2025-01', 50);
}

/** Edition 2024: national history and medium scenario, one region, one node. */
function seedDemand(sqlite: BetterSqlite3.Database): void {
  const fileId = sourceFile(sqlite, 'upme-demand', 'Anexo_Datos_Proyeccion_Demanda_Gas_Nat_2024.zip', '2024', 'e');
  sqlite
    .prepare("INSERT INTO demand_book (source_file_id, edition, book, entry_name, projection_start, first_period, last_period, rows_loaded) VALUES (?, '2024', 'total', 'UPME_Series_2024_Gas_Natural_Agregada.xlsx', '2024-07', '2024-05', '2024-08', 5)")
    .run(fileId);
  sqlite.prepare("INSERT INTO demand_node (key, region, name) VALUES ('centro:BOGOTA', 'centro', 'Bogotá')").run();
  const insert = sqlite.prepare(
    `INSERT INTO demand_monthly (source_file_id, edition, book, sheet, sheet_kind, row_number, cell_ref, sector, scenario, area_kind, region, node_key, period, gbtud)
     VALUES (?, '2024', 'total', ?, ?, ?, ?, 'total', ?, ?, ?, ?, ?, ?)`,
  );
  insert.run(fileId, 'Esc Alto, Medio y Bajo', 'scenarios', 100, 'C100', 'historico', 'national', null, null, '2024-05', 1000);
  insert.run(fileId, 'Esc Alto, Medio y Bajo', 'scenarios', 101, 'C101', 'historico', 'national', null, null, '2024-06', 1010);
  insert.run(fileId, 'Esc Alto, Medio y Bajo', 'scenarios', 102, 'C102', 'medio', 'national', null, null, '2024-07', 1020);
  insert.run(fileId, 'Esc Med Regional', 'regional', 5, 'B5', 'medio', 'region', 'centro', null, '2024-07', 300);
  insert.run(fileId, 'Esc Med Nodal', 'nodal', 5, 'D5', 'medio', 'node', 'centro', 'centro:BOGOTA', '2024-07', 120);
}
