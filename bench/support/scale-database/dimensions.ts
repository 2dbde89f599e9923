import type BetterSqlite3 from 'better-sqlite3';
import { departments } from '../../../src-shared/domain/territory';
import type { Prng } from './prng';

/**
 * The dimension tables at realistic cardinalities: the gas-producing departments of Colombia, ~200
 * producing municipalities (most with their DIVIPOLA code, some only as a source's spelling), ~80
 * operators, ~400 fields and ~300 contracts. Each field has an operator, a contract and one to three
 * municipalities of one department, as ANH's workbooks show them.
 */
export interface ScaleDimensions {
  readonly fields: readonly SyntheticField[];
  readonly operatorIds: readonly number[];
  readonly operatorKeys: readonly string[];
  readonly municipalityIds: readonly number[];
  readonly producingDepartments: readonly string[];
}

export interface SyntheticField {
  readonly id: number;
  readonly key: string;
  readonly operatorId: number;
  readonly contractId: number;
  readonly departmentCode: string;
  readonly municipalityIds: readonly number[];
  /** Relative size: a few large fields produce most of the gas, as in Colombia. */
  readonly weight: number;
}

export const SCALE_CARDINALITIES = { municipalities: 200, operators: 80, fields: 400, contracts: 300 } as const;

/** The departments with gas in ANH's files, largest first (La Guajira, Casanare, Córdoba, Sucre…). */
const PRODUCING = ['44', '85', '23', '70', '50', '68', '13', '20', '81', '54', '41', '73', '15', '25', '86', '05', '47', '08', '19', '52'];

export function insertDimensions(sqlite: BetterSqlite3.Database, fileId: number, prng: Prng): ScaleDimensions {
  const insertTerritory = sqlite.prepare('INSERT INTO territory_municipality (code, department_code, name, latitude, longitude, source_file_id, row_number) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertTerritoryKey = sqlite.prepare("INSERT INTO territory_municipality_key (key, code, origin, source_file_id) VALUES (?, ?, 'divipola', ?)");
  const insertMunicipality = sqlite.prepare('INSERT INTO municipality (key, divipola_code, department_code, name) VALUES (?, ?, ?, ?)');
  // DIVIPOLA lists every municipality (1,122); production happens in about 200 of them.
  let row = 2;
  const codesByDepartment = new Map<string, string[]>();
  for (const d of departments) {
    const count = Math.max(1, Math.round(1122 / departments.length));
    for (let i = 1; i <= count; i++) {
      const code = `${d.code}${String(i * 3).padStart(3, '0')}`;
      const name = `MUNICIPIO ${d.code}-${i}`;
      insertTerritory.run(code, d.code, name, 4 + prng.next() * 6, -76 + prng.next() * 6, fileId, row++);
      insertTerritoryKey.run(`${d.code}:${name}`, code, fileId);
      codesByDepartment.set(d.code, [...(codesByDepartment.get(d.code) ?? []), code]);
    }
  }
  const municipalityIds: number[] = [];
  const municipalitiesByDepartment = new Map<string, number[]>();
  for (let i = 0; i < SCALE_CARDINALITIES.municipalities; i++) {
    const dept = PRODUCING[Math.min(PRODUCING.length - 1, Math.floor(Math.pow(prng.next(), 1.6) * PRODUCING.length))]!;
    const codes = codesByDepartment.get(dept)!;
    const code = codes[i % codes.length]!;
    const unresolved = i % 12 === 11; // a source spelling DIVIPOLA does not know
    const name = unresolved ? `MPIO SIN CODIGO ${i}` : `MUNICIPIO ${dept}-${codes.indexOf(code) + 1}`;
    const key = `${dept}:${name}${unresolved ? '' : ` (${i})`}`;
    const id = Number(insertMunicipality.run(key, unresolved ? null : uniqueCode(sqlite, code), dept, name).lastInsertRowid);
    municipalityIds.push(id);
    municipalitiesByDepartment.set(dept, [...(municipalitiesByDepartment.get(dept) ?? []), id]);
  }

  const insertEntity = (table: 'operator' | 'field' | 'contract', count: number, prefix: string): { ids: number[]; keys: string[] } => {
    const statement = sqlite.prepare(`INSERT INTO ${table} (key, name) VALUES (?, ?)`);
    const ids: number[] = [];
    const keys: string[] = [];
    for (let i = 1; i <= count; i++) {
      const key = `${prefix} ${String(i).padStart(3, '0')}`;
      ids.push(Number(statement.run(key, key).lastInsertRowid));
      keys.push(key);
    }
    return { ids, keys };
  };
  const operators = insertEntity('operator', SCALE_CARDINALITIES.operators, 'OPERADORA');
  const fieldRows = insertEntity('field', SCALE_CARDINALITIES.fields, 'CAMPO');
  const contracts = insertEntity('contract', SCALE_CARDINALITIES.contracts, 'CONTRATO');

  const producing = [...municipalitiesByDepartment.keys()];
  const fields: SyntheticField[] = fieldRows.ids.map((id, i) => {
    const departmentCode = producing[Math.floor(Math.pow(prng.next(), 1.4) * producing.length)]!;
    const local = municipalitiesByDepartment.get(departmentCode)!;
    const municipalities = Array.from({ length: 1 + prng.int(3) }, () => prng.pick(local));
    return {
      id,
      key: fieldRows.keys[i]!,
      operatorId: operators.ids[Math.floor(Math.pow(prng.next(), 2) * operators.ids.length)]!,
      contractId: contracts.ids[i % contracts.ids.length]!,
      departmentCode,
      municipalityIds: [...new Set(municipalities)],
      weight: 1 / Math.pow(i + 1, 0.9),
    };
  });
  return { fields, operatorIds: operators.ids, operatorKeys: operators.keys, municipalityIds, producingDepartments: producing };
}

/** Two source spellings may name one town; the municipality row holding the code is the first one. */
function uniqueCode(sqlite: BetterSqlite3.Database, code: string): string | null {
  const taken = sqlite.prepare('SELECT 1 FROM municipality WHERE divipola_code = ?').get(code);
  return taken ? null : code;
}
