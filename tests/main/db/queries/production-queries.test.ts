import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCaudalApp, type CaudalApp } from '../../../../src-main/app/caudal-app';
import { createInProcessClient, type InProcessClient } from '../../../../src-main/transports/in-process';
import { seedProduction } from '../../../support/seed-production';

let app: CaudalApp;
let client: InProcessClient;

beforeEach(async () => {
  app = await openCaudalApp({ dbPath: ':memory:' });
  client = createInProcessClient(app.dispatcher);
  // Casanare (85) and La Guajira (44); February 2024 has 29 days, the field CUSIANA is shut in in March.
  seedProduction(app.database.sqlite, [
    { period: '2024-01', field: 'Cusiana', operator: 'Ecopetrol', department: '85', municipality: 'Tauramena', contract: 'Santiago', fiscalizada: 310, quemado: 3 },
    { period: '2024-01', field: 'Chuchupa', operator: 'Hocol', department: '44', municipality: 'Manaure', fiscalizada: 620 },
    { period: '2024-02', field: 'Cusiana', operator: 'Ecopetrol', department: '85', municipality: 'Tauramena', contract: 'Santiago', fiscalizada: 290 },
    { period: '2024-02', field: 'Chuchupa', operator: 'Hocol', department: '44', municipality: 'Manaure', fiscalizada: 580 },
    { period: '2024-03', field: 'Chuchupa', operator: 'Hocol', department: '44', municipality: 'Manaure', fiscalizada: 620 },
    { period: '2024-03', field: 'Sin Depto', operator: 'Hocol', department: null, fiscalizada: 31 },
    { period: '2023-12', field: 'Cusiana', operator: 'Ecopetrol', department: '85', fiscalizada: 31 },
  ]);
});
afterEach(async () => app.close());

describe('production.series', () => {
  it('gives every loaded month a point, volume in MPC and rate = volume ÷ days of the month', async () => {
    const series = await client.send('production.series', { from: '2024-01', to: '2024-03' });
    expect(series.points).toEqual([
      { period: '2024-01', volumeMpc: 930, rateMpcd: 30, volume: 930, rate: 30, days: 31, months: 1 },
      { period: '2024-02', volumeMpc: 870, rateMpcd: 30, volume: 870, rate: 30, days: 29, months: 1 },
      { period: '2024-03', volumeMpc: 651, rateMpcd: 21, volume: 651, rate: 21, days: 31, months: 1 },
    ]);
  });

  it('keeps a zero point for a month where the filtered entity produced nothing', async () => {
    const series = await client.send('production.series', { from: '2024-01', to: '2024-03', fields: ['CUSIANA'] });
    expect(series.points.map((p) => [p.period, p.volumeMpc])).toEqual([
      ['2024-01', 310],
      ['2024-02', 290],
      ['2024-03', 0],
    ]);
  });

  it('averages a year over the days of its loaded months, never summing rates', async () => {
    const series = await client.send('production.series', { granularity: 'year', departments: ['85'] });
    expect(series.points).toEqual([
      { period: '2023', volumeMpc: 31, rateMpcd: 1, volume: 31, rate: 1, days: 31, months: 1 },
      { period: '2024', volumeMpc: 600, rateMpcd: 600 / 91, volume: 600, rate: 600 / 91, days: 91, months: 3 },
    ]);
  });

  it('filters by municipality, operator and contract keys, and by another measure', async () => {
    const byMunicipality = await client.send('production.series', { from: '2024-01', to: '2024-01', municipalities: ['44:MANAURE'] });
    expect(byMunicipality.points[0]?.volumeMpc).toBe(620);
    const byOperator = await client.send('production.series', { from: '2024-03', to: '2024-03', operators: ['HOCOL'] });
    expect(byOperator.points[0]?.volumeMpc).toBe(651);
    const byContract = await client.send('production.series', { contracts: ['SANTIAGO'], from: '2024-01', to: '2024-02' });
    expect(byContract.points.map((p) => p.volumeMpc)).toEqual([310, 290]);
    const flared = await client.send('production.series', { from: '2024-01', to: '2024-01', measure: 'quemado' });
    expect(flared.points[0]).toMatchObject({ volumeMpc: 3, rateMpcd: 3 / 31 });
  });
});

describe('production.breakdown', () => {
  it('ranks departments, keeps rows without a department visible, and sums the rest', async () => {
    const breakdown = await client.send('production.breakdown', { by: 'department', from: '2024-01', to: '2024-03', top: 1 });
    expect(breakdown.items).toEqual([{ key: '44', label: 'La Guajira', volumeMpc: 1820, rateMpcd: 1820 / 91, volume: 1820, rate: 1820 / 91, share: 1820 / 2451 }]);
    expect(breakdown.rest).toEqual({ count: 2, volumeMpc: 631, rateMpcd: 631 / 91, volume: 631, rate: 631 / 91 });
    expect(breakdown).toMatchObject({ from: '2024-01', to: '2024-03', days: 91, totalVolumeMpc: 2451 });
    const all = await client.send('production.breakdown', { by: 'department', from: '2024-01', to: '2024-03' });
    expect(all.items.map((i) => i.key)).toEqual(['44', '85', 'ND']);
  });

  it('groups by field, operator, contract and municipality', async () => {
    const byField = await client.send('production.breakdown', { by: 'field', from: '2024-01', to: '2024-03' });
    expect(byField.items.map((i) => [i.label, i.volumeMpc])).toEqual([
      ['Chuchupa', 1820],
      ['Cusiana', 600],
      ['Sin Depto', 31],
    ]);
    const byContract = await client.send('production.breakdown', { by: 'contract', from: '2024-01', to: '2024-03' });
    expect(byContract.items.map((i) => i.key)).toEqual(['ND', 'SANTIAGO']);
    const byMunicipality = await client.send('production.breakdown', { by: 'municipality', departments: ['85'] });
    expect(byMunicipality.items.map((i) => [i.key, i.volumeMpc])).toEqual([
      ['85:TAURAMENA', 600],
      ['ND', 31],
    ]);
  });
});

describe('units', () => {
  it('converts volumes and rates on the way out, keeping the MPC base values', async () => {
    const series = await client.send('production.series', { from: '2024-01', to: '2024-01', volumeUnit: 'm3', rateUnit: 'KPCD' });
    expect(series).toMatchObject({ volumeUnit: 'm3', rateUnit: 'KPCD', heatingValues: null });
    expect(series.points[0]).toMatchObject({ volumeMpc: 930, rateMpcd: 30, rate: 30_000 });
    expect(series.points[0]!.volume).toBeCloseTo(930 * 1e6 * 0.0283168, 3);
  });

  it('converts to GBTUD field by field with declared heating values, else the documented default', async () => {
    // CUSIANA declared 1,200 BTU/PC to MinEnergía; CHUCHUPA declared nothing and takes 1,000.
    const { sqlite } = app.database;
    const fieldId = sqlite.prepare("SELECT id FROM field WHERE key = 'CUSIANA'").pluck().get() as number;
    const fileId = sqlite
      .prepare("INSERT INTO source_file (source_id, sha256, file_name, size_bytes, publisher, status, imported_at) VALUES ('mme-declaration', 'mme', 'r.xlsm', 1, 'MinEnergía', 'active', 't')")
      .run().lastInsertRowid;
    const resolutionId = sqlite
      .prepare("INSERT INTO declaration_resolution (declaration_period, first_year, last_year, number, year, issued_on, title) VALUES ('2025-2034', 2025, 2034, '00739', 2025, NULL, NULL)")
      .run().lastInsertRowid;
    sqlite.prepare('INSERT INTO declaration_file (source_file_id, resolution_id, replaced_by_file_id, field_sheets) VALUES (?, ?, NULL, 1)').run(fileId, resolutionId);
    sqlite
      .prepare("INSERT INTO declaration_field_sheet (source_file_id, sheet, field_id, heating_value_btu_per_cf) VALUES (?, 'CUSIANA - 1', ?, 1200)")
      .run(fileId, fieldId);

    const series = await client.send('production.series', { from: '2024-01', to: '2024-01', rateUnit: 'GBTUD' });
    // (310 MPC × 1200 + 620 MPC × 1000) ÷ 1000 ÷ 31 days
    expect(series.points[0]!.rate).toBeCloseTo((310 * 1.2 + 620) / 31, 9);
    expect(series.heatingValues).toMatchObject({ fieldsWithDeclaredValue: 1, fieldsWithDefaultValue: 1, defaultBtuPerCf: 1000 });
    expect(series.heatingValues!.declaredVolumeShare).toBeCloseTo(310 / 930, 9);
    const breakdown = await client.send('production.breakdown', { by: 'department', from: '2024-01', to: '2024-01', rateUnit: 'GBTUD' });
    expect(breakdown.items.map((i) => [i.key, i.rate])).toEqual([
      ['44', 620 / 31],
      ['85', (310 * 1.2) / 31],
    ]);
    expect(breakdown.totalRate).toBeCloseTo(series.points[0]!.rate, 9);
  });
});

describe('catalog.dimensions', () => {
  it('lists only values present in the facts, sorted as Spanish text, with the period range', async () => {
    const catalog = await client.send('catalog.dimensions');
    expect(catalog.departments).toEqual([
      { key: '85', label: 'Casanare' },
      { key: '44', label: 'La Guajira' },
    ]);
    expect(catalog.fields.map((f) => f.key)).toEqual(['CHUCHUPA', 'CUSIANA', 'SIN DEPTO']);
    expect(catalog.municipalities).toEqual([
      { key: '44:MANAURE', label: 'Manaure', departmentCode: '44' },
      { key: '85:TAURAMENA', label: 'Tauramena', departmentCode: '85' },
    ]);
    expect(catalog.periods).toEqual({ first: '2023-12', last: '2024-03' });
    expect(catalog.periodsBySource.production).toEqual(catalog.periods);
  });

  it('gives each dataset its own month span, so royalty and projected months are reachable', async () => {
    const { sqlite } = app.database;
    const insertFile = sqlite.prepare("INSERT INTO source_file (source_id, sha256, file_name, size_bytes, publisher, status, imported_at) VALUES (?, ?, 'f', 1, 'p', 'active', 't')");
    const fieldId = sqlite.prepare("SELECT id FROM field WHERE key = 'CUSIANA'").pluck().get() as number;

    // Royalties settled before production's first month and after its last one.
    const royaltyFile = insertFile.run('anh-royalties', 'regalias').lastInsertRowid;
    const insertRoyalty = sqlite.prepare('INSERT INTO royalty_monthly (source_file_id, row_number, period, year, field_id, royalties_cop) VALUES (?, ?, ?, ?, ?, 1)');
    insertRoyalty.run(royaltyFile, 1, '2024-07', 2024, fieldId);
    insertRoyalty.run(royaltyFile, 2, '2019-02', 2019, fieldId);

    // Two declarations; the older one's only file was replaced by a corrected copy, so it does not count.
    const insertResolution = sqlite.prepare("INSERT INTO declaration_resolution (declaration_period, first_year, last_year, number, year) VALUES (?, ?, ?, '00001', ?)");
    const insertDeclarationFile = sqlite.prepare('INSERT INTO declaration_file (source_file_id, resolution_id, replaced_by_file_id, field_sheets) VALUES (?, ?, ?, 1)');
    const current = insertResolution.run('2025-2034', 2025, 2034, 2025).lastInsertRowid;
    const currentFile = insertFile.run('mme-declaration', 'vigente').lastInsertRowid;
    insertDeclarationFile.run(currentFile, current, null);
    const replaced = insertResolution.run('2023-2032', 2023, 2032, 2023).lastInsertRowid;
    const replacedFile = insertFile.run('mme-declaration', 'reemplazada').lastInsertRowid;
    insertDeclarationFile.run(replacedFile, replaced, currentFile);

    // Two UPME editions' workbooks: history from 2015, projection to 2038.
    const demandFile = insertFile.run('upme-demand', 'upme').lastInsertRowid;
    const insertBook = sqlite.prepare("INSERT INTO demand_book (source_file_id, edition, book, first_period, last_period, rows_loaded) VALUES (?, ?, 'total', ?, ?, 1)");
    insertBook.run(demandFile, '2023', '2015-01', '2037-12');
    insertBook.run(demandFile, '2024', '2016-01', '2038-12');

    const catalog = await client.send('catalog.dimensions');
    expect(catalog.periodsBySource).toEqual({
      production: { first: '2023-12', last: '2024-03' },
      royalties: { first: '2019-02', last: '2024-07' },
      declaration: { first: '2025-01', last: '2034-12' },
      demand: { first: '2015-01', last: '2038-12' },
    });
    // `periods` stays production's, for the callers written before the other datasets.
    expect(catalog.periods).toEqual({ first: '2023-12', last: '2024-03' });
  });

  it('answers an empty database without failing', async () => {
    const empty = await openCaudalApp({ dbPath: ':memory:' });
    const catalog = await createInProcessClient(empty.dispatcher).send('catalog.dimensions');
    expect(catalog).toMatchObject({ departments: [], fields: [], periods: { first: null, last: null } });
    const none = { first: null, last: null };
    expect(catalog.periodsBySource).toEqual({ production: none, royalties: none, declaration: none, demand: none });
    const series = await createInProcessClient(empty.dispatcher).send('production.series', {});
    expect(series.points).toEqual([]);
    await empty.close();
  });
});
