import type BetterSqlite3 from 'better-sqlite3';
import type { ScaleDimensions } from './dimensions';
import { monthsOf, type Prng } from './prng';
import { insertSyntheticFile, setFileRows } from './source-files';

const ROW_TYPES = [
  { type: 'PTDV', text: 'PTDV', state: 0 },
  { type: 'PC', text: 'PC- Contratos suministro consumo interno', state: 0 },
  { type: 'PP', text: 'PP (DECLARADO POR EL OPERADOR DEL CAMPO)', state: 0 },
  { type: 'PTDV', text: 'PTDV', state: 1 },
] as const;

/**
 * MinEnergía production declarations: `declarations` ten-year declarations (the newest 2025-2034), each
 * adopted by one resolution and the two newest also updated by a second; every soporte has
 * `sheetsPerFile` field sheets of four rows (PTDV, PC, PP and the State's share) × 120 months.
 */
export function insertDeclarations(sqlite: BetterSqlite3.Database, dims: ScaleDimensions, prng: Prng, declarations: number, sheetsPerFile: number): number {
  const insertResolution = sqlite.prepare(
    'INSERT INTO declaration_resolution (declaration_period, first_year, last_year, number, year, issued_on, title) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertFile = sqlite.prepare('INSERT INTO declaration_file (source_file_id, resolution_id, replaced_by_file_id, field_sheets) VALUES (?, ?, NULL, ?)');
  const insertSheet = sqlite.prepare(
    'INSERT INTO declaration_field_sheet (source_file_id, sheet, field_id, field_operator_id, contract_id, heating_value_btu_per_cf, heating_value_cell) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertRow = sqlite.prepare(
    'INSERT INTO declaration_row (field_sheet_id, row_number, operator_id, production_type, production_type_text, is_state_share) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertMonthly = sqlite.prepare('INSERT INTO declaration_monthly (row_id, period, gbtud) VALUES (?, ?, ?)');

  let facts = 0;
  for (let d = 0; d < declarations; d++) {
    const firstYear = 2025 - d;
    const resolutions = d < 2 ? 2 : 1;
    for (let r = 0; r < resolutions; r++) {
      const number = String(300 + d * 40 + r * 500).padStart(5, '0');
      const resolutionId = Number(insertResolution.run(`${firstYear}-${firstYear + 9}`, firstYear, firstYear + 9, number, firstYear, `${firstYear}-0${5 + r}-28`, `Resolución ${number} de ${firstYear}`).lastInsertRowid);
      const fileId = insertSyntheticFile(sqlite, 'mme-declaration', `Soporte_${firstYear}_${number}.xlsm`, `Resolución ${number} de ${firstYear}`, `${firstYear}-0${6 + r}-01T12:00:00.000Z`);
      insertFile.run(fileId, resolutionId, sheetsPerFile);
      const months = monthsOf(firstYear, firstYear + 9);
      let rows = 0;
      for (let s = 0; s < sheetsPerFile; s++) {
        const field = dims.fields[(s * 3 + d) % dims.fields.length]!;
        const heating = prng.next() < 0.15 ? null : prng.around(1050, 60);
        const sheetId = Number(insertSheet.run(fileId, `CAMPO ${s + 1}`, field.id, field.operatorId, field.contractId, heating, heating === null ? null : 'C7').lastInsertRowid);
        const base = field.weight * prng.around(400, 150);
        ROW_TYPES.forEach((kind, k) => {
          const operatorId = kind.state ? prng.pick(dims.operatorIds) : field.operatorId;
          const rowId = Number(insertRow.run(sheetId, 11 + k, operatorId, kind.type, kind.text, kind.state).lastInsertRowid);
          const share = kind.type === 'PP' ? 1.2 : kind.type === 'PC' ? 0.4 : kind.state ? 0.1 : 1;
          months.forEach((period, m) => {
            insertMonthly.run(rowId, period, Math.max(0.001, base * share * Math.pow(0.985, m)));
            facts += 1;
            rows += 1;
          });
        });
      }
      setFileRows(sqlite, fileId, rows);
    }
  }
  return facts;
}
