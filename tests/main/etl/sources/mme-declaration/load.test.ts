import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EtlError } from '../../../../../src-main/etl/etl-error';
import { sha256Hex } from '../../../../../src-main/etl/archive/archive-file';
import { probeFile } from '../../../../../src-main/etl/sources/file-probe';
import { mmeDeclarationSource } from '../../../../../src-main/etl/sources/mme-declaration';
import type { DeclarationWorkbook } from '../../../../../src-main/etl/sources/mme-declaration/types';
import { fileStatuses, loadSoporte, loadSoporteBytes, openDeclarationTestDb, type DeclarationTestDb } from './fixtures/declaration-db';
import { buildSoporteWorkbook, declining, type SheetSpec } from './fixtures/soporte-workbook';

const name = (resolution: string, date: string, period = '2025-2034') => `Resolución ${resolution} del ${date} - Declaración ${period} - soporte.xlsm`;

function field(sheet: string, base: number, extra: Partial<Extract<SheetSpec, { kind: 'field' }>> = {}): SheetSpec {
  return {
    kind: 'field',
    name: sheet,
    layout: 'below',
    firstYear: 2025,
    heatingValue: 1050,
    rows: [
      { operator: 'OPERADORA DEMO S.A.S.', type: 'PTDV', value: declining(base) },
      { operator: 'ESTADO - OPERADORA DEMO S.A.S.', type: 'PTDV', value: declining(base / 10) },
      { operator: 'OPERADORA DEMO S.A.S.', type: 'RAREZA', value: () => 1 },
    ],
    ...extra,
  };
}

let t: DeclarationTestDb;
beforeEach(async () => {
  t = await openDeclarationTestDb();
});
afterEach(async () => t.close());

describe('loadDeclarationWorkbook', () => {
  it('stores the resolution, the file, the field sheet, every row with its lineage and its rejects', async () => {
    const result = await loadSoporte(t.sqlite, name('00739', '2025-05-28'), [field('VIGIA SUR - 1', 10)], 'https://www.minenergia.gov.co/documents/13717/a.xlsm');
    expect(result).toMatchObject({ coverage: 'Declaración 2025-2034, Resolución 00739 de 2025', rowsLoaded: 2, rowsRejected: 1, supersededFileIds: [] });
    expect(t.sqlite.prepare('SELECT declaration_period, first_year, last_year, number, year, issued_on, title FROM declaration_resolution').all()).toEqual([
      { declaration_period: '2025-2034', first_year: 2025, last_year: 2034, number: '00739', year: 2025, issued_on: '2025-05-28', title: 'Resolución 00739 del 28 de mayo de 2025' },
    ]);
    expect(t.sqlite.prepare('SELECT source_id, publisher, status, rows_loaded, rows_rejected, url FROM source_file').get()).toEqual({
      source_id: 'mme-declaration',
      publisher: 'Ministerio de Minas y Energía (MinEnergía)',
      status: 'active',
      rows_loaded: 2,
      rows_rejected: 1,
      url: 'https://www.minenergia.gov.co/documents/13717/a.xlsm',
    });
    expect(
      t.sqlite
        .prepare(
          `SELECT s.sheet, f.name AS field, o.name AS fieldOperator, s.heating_value_btu_per_cf AS heating, s.heating_value_cell AS cell
           FROM declaration_field_sheet s JOIN field f ON f.id = s.field_id JOIN operator o ON o.id = s.field_operator_id`,
        )
        .all(),
    ).toEqual([{ sheet: 'VIGIA SUR - 1', field: 'VIGIA SUR', fieldOperator: 'OPERADORA DEMO S.A.S.', heating: 1050, cell: 'F8' }]);
    expect(
      t.sqlite
        .prepare(
          `SELECT r.row_number, o.key AS operator, r.production_type, r.is_state_share, count(m.period) AS months, min(m.period) AS first, max(m.period) AS last
           FROM declaration_row r JOIN operator o ON o.id = r.operator_id JOIN declaration_monthly m ON m.row_id = r.id GROUP BY r.id ORDER BY r.row_number`,
        )
        .all(),
    ).toEqual([
      { row_number: 11, operator: 'OPERADORA DEMO SAS', production_type: 'PTDV', is_state_share: 0, months: 120, first: '2025-01', last: '2034-12' },
      { row_number: 12, operator: 'OPERADORA DEMO SAS', production_type: 'PTDV', is_state_share: 1, months: 120, first: '2025-01', last: '2034-12' },
    ]);
    expect(t.sqlite.prepare("SELECT gbtud FROM declaration_monthly m JOIN declaration_row r ON r.id = m.row_id WHERE r.row_number = 11 AND m.period = '2026-03'").pluck().get()).toBe(
      declining(10)(1, 3),
    );
    expect(t.sqlite.prepare('SELECT source_id, sheet, row_number, reason_code FROM rejected_row').all()).toEqual([
      { source_id: 'mme-declaration', sheet: 'VIGIA SUR - 1', row_number: 13, reason_code: 'unknown-production-type' },
    ]);
  });

  it('lets a newer resolution supersede the older one, which keeps its rows; an older one loaded later never takes over', async () => {
    const first = await loadSoporte(t.sqlite, name('00739', '2025-05-28'), [field('VIGIA SUR - 1', 10)]);
    const second = await loadSoporte(t.sqlite, name('01281', '2025-07-29'), [field('VIGIA SUR - 1', 12)]);
    expect(second.supersededFileIds).toEqual([first.fileId]);
    const late = await loadSoporte(t.sqlite, name('00500', '2025-04-02'), [field('VIGIA SUR - 1', 9)]);
    expect(late.supersededFileIds).toEqual([]);
    expect(fileStatuses(t.sqlite).map((f) => [f.coverage, f.status])).toEqual([
      ['Declaración 2025-2034, Resolución 00739 de 2025', 'superseded'],
      ['Declaración 2025-2034, Resolución 01281 de 2025', 'active'],
      ['Declaración 2025-2034, Resolución 00500 de 2025', 'superseded'],
    ]);
    // Every resolution stays queryable.
    expect(t.sqlite.prepare('SELECT count(*) FROM declaration_row').pluck().get()).toBe(6);

    // Another declaration is a world of its own.
    await loadSoporte(t.sqlite, name('00662', '2024-07-03', '2024-2033'), [field('VIGIA SUR - 1', 8, { firstYear: 2024 })]);
    expect(fileStatuses(t.sqlite).map((f) => f.status)).toEqual(['superseded', 'active', 'superseded', 'active']);
  });

  it('replaces an earlier copy of the same resolution that declares the same field, and keeps disjoint parts', async () => {
    const original = await loadSoporte(t.sqlite, name('01281', '2025-07-29'), [field('VIGIA SUR - 1', 12), field('CAMPO RICO', 3)]);
    const part = await loadSoporte(t.sqlite, name('01281', '2025-07-29'), [field('LEJANO', 1)]);
    expect(part.supersededFileIds).toEqual([]);
    const corrected = await loadSoporte(t.sqlite, name('01281', '2025-07-29'), [field('VIGIA SUR - 1', 12.5)]);
    expect(corrected.supersededFileIds).toEqual([original.fileId]);
    expect(fileStatuses(t.sqlite)).toEqual([
      { id: original.fileId, coverage: 'Declaración 2025-2034, Resolución 01281 de 2025', status: 'superseded', replacedBy: corrected.fileId },
      { id: part.fileId, coverage: 'Declaración 2025-2034, Resolución 01281 de 2025', status: 'active', replacedBy: null },
      { id: corrected.fileId, coverage: 'Declaración 2025-2034, Resolución 01281 de 2025', status: 'active', replacedBy: null },
    ]);
    // The replaced copy's rows are gone (its field CAMPO RICO with them); the file record stays as history.
    expect(t.sqlite.prepare('SELECT DISTINCT sheet FROM declaration_field_sheet ORDER BY sheet').pluck().all()).toEqual(['LEJANO', 'VIGIA SUR - 1']);
    expect(t.sqlite.prepare('SELECT count(*) FROM declaration_resolution').pluck().get()).toBe(1);
  });

  it('refuses the same bytes twice and leaves everything as it was when a load fails half-way', async () => {
    const bytes = await buildSoporteWorkbook([field('VIGIA SUR - 1', 10)]);
    loadSoporteBytes(t.sqlite, name('00739', '2025-05-28'), bytes);
    expect(() => loadSoporteBytes(t.sqlite, name('01281', '2025-07-29'), bytes)).toThrow(EtlError);
    expect(() => loadSoporteBytes(t.sqlite, name('01281', '2025-07-29'), bytes)).toThrow(/Este mismo archivo ya está cargado \(Declaración 2025-2034, Resolución 00739 de 2025\)/);

    const before = snapshot();
    const other = await buildSoporteWorkbook([field('VIGIA SUR - 1', 11)]);
    const parsed = mmeDeclarationSource.transform(probeFile(name('01281', '2025-07-29'), other)) as DeclarationWorkbook;
    // A row the schema refuses (its CHECK) after the file, the resolution and other rows were written.
    const broken = { ...parsed, rows: [...parsed.rows, { ...parsed.rows[0]!, productionType: 'XX' }] } as unknown as DeclarationWorkbook;
    const file = { sha256: sha256Hex(other), fileName: 'x.xlsm', sizeBytes: other.length, archivePath: null, url: null, etag: null, lastModified: null };
    expect(() => mmeDeclarationSource.load(t.sqlite, file, broken, 1, new Date())).toThrow(/CHECK/);
    expect(snapshot()).toEqual(before);
  });
});

function snapshot() {
  const count = (table: string) => t.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
  return {
    files: fileStatuses(t.sqlite),
    tables: ['declaration_resolution', 'declaration_field_sheet', 'declaration_row', 'declaration_monthly', 'rejected_row', 'field', 'operator'].map(count),
  };
}
