import type BetterSqlite3 from 'better-sqlite3';
import type { ScaleDimensions } from './dimensions';
import { monthsOf, type Prng } from './prng';
import { insertSyntheticFile, setFileRows } from './source-files';

const REGIMES = ['Ley 756 de 2002', 'Ley 141 de 1994', 'Contratos antes de Ley 141'];
const PRODUCTION_TYPES = ['Gas natural', 'Gas asociado'];

/**
 * ANH royalty settlements (datos.gov.co j7js-yk74), gas rows from 2004: `rowsPerMonth` settlements a
 * month spread over the fields, several regimes per field. One active snapshot file holds them all, as
 * a refresh stores it; earlier snapshots are kept as superseded history without rows.
 */
export function insertRoyalties(sqlite: BetterSqlite3.Database, dims: ScaleDimensions, prng: Prng, rowsPerMonth: number): number {
  for (let i = 0; i < 5; i++) insertSyntheticFile(sqlite, 'anh-royalties', `regalias-gas-j7js-yk74-${i}.json`, `datos.gov.co actualizado 2025-0${i + 1}-28`, `2025-0${i + 1}-28T12:00:00.000Z`, 'superseded');
  const fileId = insertSyntheticFile(sqlite, 'anh-royalties', 'regalias-gas-j7js-yk74.json', 'datos.gov.co actualizado 2025-10-31 (2004-01 a 2025-09)', '2025-11-01T12:00:00.000Z');
  const insert = sqlite.prepare(
    `INSERT INTO royalty_monthly (source_file_id, sheet, row_number, period, year, department_code, municipality_id, field_id, contract_id, latitude, longitude,
       production_type, regime, trm_cop_per_usd, price_usd, royalty_percent, taxable_volume_mpc, royalty_volume_mpc, royalties_cop)
     VALUES (?, 'json', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const periods = monthsOf(2004, 2025).filter((p) => p <= '2025-09');
  let row = 0;
  for (const period of periods) {
    const year = Number(period.slice(0, 4));
    const trm = 1800 + (year - 2004) * 120 + prng.around(0, 80);
    for (let i = 0; i < rowsPerMonth; i++) {
      const field = dims.fields[(i * 7) % dims.fields.length]!;
      const taxable = field.weight * prng.around(200_000, 60_000);
      const percent = prng.pick([6.4, 8, 20]);
      const price = prng.around(3.5, 1.5);
      insert.run(
        fileId, ++row, period, year, prng.next() < 0.02 ? null : field.departmentCode, prng.pick(field.municipalityIds), field.id, prng.next() < 0.05 ? null : field.contractId,
        prng.next() < 0.1 ? null : 5 + prng.next() * 4, prng.next() < 0.1 ? null : -74 + prng.next() * 4,
        prng.pick(PRODUCTION_TYPES), REGIMES[i % REGIMES.length]!, prng.next() < 0.01 ? 0 : trm, price, percent,
        taxable / 1000, (taxable * percent) / 100_000, ((taxable * percent) / 100) * price * trm,
      );
    }
  }
  setFileRows(sqlite, fileId, row, 40);
  return row;
}
