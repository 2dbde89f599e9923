import type BetterSqlite3 from 'better-sqlite3';
import { daysInPeriod } from '../../../src-shared/domain/period';
import type { ScaleDimensions } from './dimensions';
import { monthsOf, type Prng } from './prng';
import { insertSyntheticFile, setFileRows } from './source-files';

const MONTH_SHEETS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/**
 * ANH fiscalized production, 2013–2025, one active workbook per year: `unitsPerMonth` rows per month
 * (field × municipality × operator × contract lines), each with the eight measures, plus the summary
 * sheet's daily rate per field and month, one reconciliation per monthly sheet and a few rejects.
 */
export function insertProduction(sqlite: BetterSqlite3.Database, dims: ScaleDimensions, prng: Prng, unitsPerMonth: number): number {
  const insertFact = sqlite.prepare(
    `INSERT INTO production_monthly (source_file_id, sheet, row_number, period, year, department_code, municipality_id, operator_id, field_id, contract_id,
       fiscalizada_mpc, gas_lift_mpc, reinyectado_mpc, quemado_mpc, consumo_campo_mpc, enviado_planta_mpc, transformado_mpc, entregado_gasoductos_mpc)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertSummary = sqlite.prepare(
    `INSERT INTO production_summary_rate (source_file_id, sheet, row_number, period, department_code, municipality_id, operator_id, field_id, contract_id, rate_mpcd)
     VALUES (?, 'Campos Mpcpd', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertReconciliation = sqlite.prepare(
    `INSERT INTO sheet_reconciliation (source_file_id, sheet, period, kind, data_rows, data_total_mpc, file_total_mpc, difference_mpc, status, cause)
     VALUES (?, ?, ?, 'monthly-total', ?, ?, ?, 0, 'reconciled', NULL)`,
  );
  const insertReject = sqlite.prepare(
    `INSERT INTO rejected_row (source_id, source_file_id, sheet, row_number, reason_code, reason, raw_json) VALUES ('anh-production', ?, ?, ?, 'unknown-department', ?, ?)`,
  );

  const units = Array.from({ length: unitsPerMonth }, (_, u) => {
    const field = dims.fields[u % dims.fields.length]!;
    const partner = prng.next() < 0.1;
    return {
      field,
      municipalityId: field.municipalityIds[Math.floor(u / dims.fields.length) % field.municipalityIds.length]!,
      operatorId: partner ? prng.pick(dims.operatorIds) : field.operatorId,
      contractId: prng.next() < 0.03 ? null : field.contractId,
      departmentCode: prng.next() < 0.02 ? null : field.departmentCode,
      scale: field.weight * prng.around(9000, 4000),
    };
  });

  let total = 0;
  for (let year = 2013; year <= 2025; year++) {
    const fileId = insertSyntheticFile(sqlite, 'anh-production', `Produccion_Fiscalizada_Gas_${year}.xlsx`, String(year), `${year + 1}-01-15T12:00:00.000Z`);
    let loaded = 0;
    for (const period of monthsOf(year, year)) {
      const sheet = `${MONTH_SHEETS[Number(period.slice(5)) - 1]}-${String(year).slice(2)}`;
      let sum = 0;
      units.forEach((unit, i) => {
        const fiscalizada = Math.max(0, unit.scale * prng.around(1, 0.15));
        sum += fiscalizada;
        insertFact.run(
          fileId, sheet, 8 + i, period, year, unit.departmentCode, unit.municipalityId, unit.operatorId, unit.field.id, unit.contractId,
          fiscalizada, fiscalizada * 0.05, fiscalizada * 0.1, fiscalizada * 0.01, fiscalizada * 0.02, fiscalizada * 0.3, 0, fiscalizada * 0.6,
        );
      });
      insertReconciliation.run(fileId, sheet, period, units.length, sum, sum);
      dims.fields.forEach((field, i) => {
        insertSummary.run(fileId, 13 + i, period, field.departmentCode, field.municipalityIds[0]!, field.operatorId, field.id, field.contractId, (field.weight * 9000) / daysInPeriod(period));
      });
      loaded += units.length;
    }
    for (let r = 0; r < 25; r++) insertReject.run(fileId, `enero-${String(year).slice(2)}`, 9000 + r, 'Departamento «DEPARTAMENTO NN» sin código DIVIPOLA', JSON.stringify({ CAMPO: `CAMPO ${r}`, DEPARTAMENTO: 'DEPARTAMENTO NN' }));
    setFileRows(sqlite, fileId, loaded, 25);
    total += loaded;
  }
  return total;
}
