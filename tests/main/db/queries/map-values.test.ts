import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandOutput } from '../../../../src-shared/contract';
import { openTempApp, query, type TempApp } from '../../../support/temp-app';
import { seedProduction } from '../../../support/seed-production';
import { loadDivipolaFixture, loadRoyaltyFixture } from './royalties-queries';

type Values = CommandOutput<'map.values'>;

describe('map.values', () => {
  let t: TempApp;
  beforeEach(async () => {
    t = await openTempApp();
    seedProduction(t.app.database.sqlite, [
      { period: '2024-01', field: 'CUSIANA', operator: 'EQUION', department: '85', municipality: 'TAURAMENA', fiscalizada: 3100 },
      { period: '2024-02', field: 'CUSIANA', operator: 'EQUION', department: '85', municipality: 'TAURAMENA', fiscalizada: 2900 },
      // ANH's spelling of Villanueva (85440): reaches its code through the alias.
      { period: '2024-01', field: 'X', operator: 'O', department: '85', municipality: 'VILLA NUEVA', fiscalizada: 600 },
      { period: '2024-02', field: 'CHUCHUPA', operator: 'HOCOL', department: '44', municipality: 'MANAURE', fiscalizada: 1200 },
      // No department in the source: on no map.
      { period: '2024-02', field: 'Y', operator: 'O', department: null, municipality: 'MUNICIPIO NN', fiscalizada: 60 },
    ]);
    loadRoyaltyFixture(t);
  });
  afterEach(async () => t.close());
  const values = (input: Record<string, unknown>) => query<Values>(t.app, 'map.values', input);
  const pairs = (v: Values) => v.values.map((x) => [x.code, x.name, x.value]);

  it('sums fiscalized production per department (MPC), with what has no department apart', async () => {
    const v = await values({ level: 'department' });
    expect(v).toMatchObject({ level: 'department', measure: 'productionVolume', unit: 'MPC', from: '2024-01', to: '2024-02', unplaced: { value: 60, rows: 1 } });
    expect(pairs(v)).toEqual([
      ['44', 'La Guajira', 1200],
      ['85', 'Casanare', 6600],
    ]);
  });

  it('gives the average daily rate over the calendar days of the loaded months (MPCD), never a sum of rates', async () => {
    const v = await values({ level: 'department', measure: 'productionRate' });
    expect(v.unit).toBe('MPCD');
    // 2024-01 and 2024-02 have 31 + 29 = 60 days.
    expect(pairs(v)).toEqual([
      ['44', 'La Guajira', 1200 / 60],
      ['85', 'Casanare', 6600 / 60],
    ]);
    const january = await values({ level: 'department', measure: 'productionRate', from: '2024-01', to: '2024-01' });
    expect(pairs(january)).toEqual([['85', 'Casanare', 3700 / 31]]);
  });

  it('places municipalities by DIVIPOLA code (aliases included) once the list is loaded; before, nothing can be placed', async () => {
    const before = await values({ level: 'municipality' });
    expect(before.values).toEqual([]);
    expect(before.unplaced).toEqual({ value: 7860, rows: 5 });
    loadDivipolaFixture(t);
    const after = await values({ level: 'municipality' });
    expect(pairs(after)).toEqual([
      ['44560', 'Manaure', 1200],
      ['85410', 'Tauramena', 6000],
      ['85440', 'Villanueva', 600],
    ]);
    expect(after.unplaced).toEqual({ value: 60, rows: 1 });
  });

  it('places rows another source created after the DIVIPOLA load (not linked yet) through their exact key', async () => {
    loadDivipolaFixture(t);
    seedProduction(t.app.database.sqlite, [{ period: '2024-02', field: 'Z', operator: 'O', department: '85', municipality: 'YOPAL', fiscalizada: 40 }], 'later.xlsx');
    expect(t.app.database.sqlite.prepare("SELECT divipola_code FROM municipality WHERE key = '85:YOPAL'").pluck().get()).toBeNull();
    const v = await values({ level: 'municipality', from: '2024-02' });
    expect(v.values.find((x) => x.code === '85001')).toEqual({ code: '85001', name: 'Yopal', value: 40 });
  });

  it('paints royalties in COP and USD by department and municipality', async () => {
    const cop = await values({ level: 'department', measure: 'royaltiesCop' });
    expect(cop.unit).toBe('COP');
    expect(pairs(cop)).toEqual([
      ['44', 'La Guajira', 790_000],
      ['70', 'Sucre', 390_000],
      ['85', 'Casanare', 3_500_000],
    ]);
    loadDivipolaFixture(t);
    const usd = await values({ level: 'municipality', measure: 'royaltiesUsd', from: '2024-01', to: '2024-01' });
    expect(usd).toMatchObject({ unit: 'USD', from: '2024-01', to: '2024-01', unplaced: { value: 0, rows: 0 } });
    expect(pairs(usd)).toEqual([
      ['70717', 'San Pedro', 100],
      ['85410', 'Tauramena', 375],
    ]);
  });

  it('answers no values and no range when nothing is loaded in the range', async () => {
    const v = await values({ level: 'department', measure: 'royaltiesCop', from: '2030-01' });
    expect(v).toMatchObject({ values: [], from: null, to: null, unplaced: { value: 0, rows: 0 } });
  });
});
