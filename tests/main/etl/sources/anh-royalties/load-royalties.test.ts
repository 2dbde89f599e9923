import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadRoyalties } from '../../../../../src-main/etl/sources/anh-royalties/load';
import { transformRoyalties } from '../../../../../src-main/etl/sources/anh-royalties/transform/transform-royalties';
import type { RoyaltiesParse } from '../../../../../src-main/etl/sources/anh-royalties/types';
import { probeFile } from '../../../../../src-main/etl/sources/file-probe';
import { archived, openTempApp, type TempApp } from '../../../../support/temp-app';
import { fixtureTotals, royaltyFixtureRows, royaltyRow } from './royalty-fixture';

const parse = (rows: unknown) => transformRoyalties(probeFile('regalias.json', new TextEncoder().encode(JSON.stringify(rows))));
const NOW = new Date('2026-01-15T12:00:00Z');

describe('loadRoyalties', () => {
  let t: TempApp;
  beforeEach(async () => {
    t = await openTempApp();
  });
  afterEach(async () => t.close());

  it('stores each gas row with its lineage, volumes in MPC, and the rejects with their reasons', () => {
    const { sqlite } = t.app.database;
    const result = loadRoyalties(sqlite, archived('regalias.json'), parse(royaltyFixtureRows()), t.run(), NOW);
    expect(result).toMatchObject({ rowsLoaded: 5, rowsRejected: 3, supersededFileIds: [], coverage: 'datos.gov.co, exportación (2024-01 a 2024-02)' });
    const first = sqlite.prepare('SELECT * FROM royalty_monthly WHERE row_number = 1').get() as Record<string, unknown>;
    expect(first).toMatchObject({
      source_file_id: result.fileId,
      sheet: 'json',
      period: '2024-01',
      year: 2024,
      department_code: '85',
      regime: 'Ley 756 de 2002',
      production_type: 'Gas natural',
      trm_cop_per_usd: 4000,
      price_usd: 2.5,
      royalty_percent: 8,
      taxable_volume_mpc: 200,
      royalty_volume_mpc: 16,
      royalties_cop: 1000000,
      latitude: 5.0185,
    });
    const totals = sqlite.prepare('SELECT count(*) AS n, sum(royalties_cop) AS cop, sum(taxable_volume_mpc) AS taxable FROM royalty_monthly').get() as Record<string, number>;
    expect(totals).toEqual({ n: fixtureTotals.rows, cop: fixtureTotals.royaltiesCop, taxable: fixtureTotals.taxableKpc / 1000 });
    const rejects = sqlite.prepare("SELECT row_number, reason_code, raw_json FROM rejected_row WHERE source_id = 'anh-royalties' ORDER BY row_number").all() as Array<{ row_number: number; reason_code: string; raw_json: string }>;
    expect(rejects.map((r) => [r.row_number, r.reason_code])).toEqual([[7, 'unknown-department'], [8, 'bad-number'], [9, 'bad-month']]);
    expect(JSON.parse(rejects[0]!.raw_json)).toMatchObject({ departamento: 'Departamento Inventado' });
    const file = sqlite.prepare('SELECT status, rows_loaded, rows_rejected, publisher FROM source_file WHERE id = ?').get(result.fileId);
    expect(file).toEqual({ status: 'active', rows_loaded: 5, rows_rejected: 3, publisher: 'Agencia Nacional de Hidrocarburos (ANH), vía datos.gov.co' });
  });

  it('creates the field, contract and municipality rows it needs (a missing contract stays null)', () => {
    const { sqlite } = t.app.database;
    loadRoyalties(sqlite, archived('regalias.json'), parse(royaltyFixtureRows()), t.run(), NOW);
    const creciente = sqlite
      .prepare("SELECT m.key AS municipality, r.contract_id FROM royalty_monthly r JOIN field f ON f.id = r.field_id JOIN municipality m ON m.id = r.municipality_id WHERE f.key = 'LA CRECIENTE'")
      .get();
    expect(creciente).toEqual({ municipality: '70:SAN PEDRO', contract_id: null });
  });

  it('replaces the whole previous snapshot in one transaction and keeps the old file as history', () => {
    const { sqlite } = t.app.database;
    const first = loadRoyalties(sqlite, archived('regalias-1.json'), parse(royaltyFixtureRows()), t.run(), NOW);
    const second = loadRoyalties(sqlite, archived('regalias-2.json'), parse([royaltyRow({ regaliascop: '42' })]), t.run(), NOW);
    expect(second.supersededFileIds).toEqual([first.fileId]);
    expect(sqlite.prepare('SELECT source_file_id, royalties_cop FROM royalty_monthly').all()).toEqual([{ source_file_id: second.fileId, royalties_cop: 42 }]);
    expect(sqlite.prepare('SELECT status FROM source_file WHERE id = ?').pluck().get(first.fileId)).toBe('superseded');
  });

  it('leaves the loaded snapshot untouched when a load fails half-way', () => {
    const { sqlite } = t.app.database;
    loadRoyalties(sqlite, archived('regalias-1.json'), parse(royaltyFixtureRows()), t.run(), NOW);
    const good = parse([royaltyRow()]);
    // A department code outside DIVIPOLA breaks the foreign key on the second row: the transaction rolls back.
    const broken: RoyaltiesParse = { ...good, rows: [good.rows[0]!, { ...good.rows[0]!, departmentCode: '00' as never }] };
    expect(() => loadRoyalties(sqlite, archived('regalias-2.json'), broken, t.run(), NOW)).toThrow(/FOREIGN KEY/);
    expect(sqlite.prepare('SELECT count(*) FROM royalty_monthly').pluck().get()).toBe(fixtureTotals.rows);
    expect(sqlite.prepare("SELECT count(*) FROM source_file WHERE source_id = 'anh-royalties' AND status = 'active'").pluck().get()).toBe(1);
  });
});
