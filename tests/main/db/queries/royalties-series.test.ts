import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandOutput } from '../../../../src-shared/contract';
import { openTempApp, query, type TempApp } from '../../../support/temp-app';
import { fixtureTotals } from '../../etl/sources/anh-royalties/royalty-fixture';
import { loadDivipolaFixture, loadRoyaltyFixture } from './royalties-queries';

type Series = CommandOutput<'royalties.series'>;

describe('royalties.series', () => {
  let t: TempApp;
  beforeEach(async () => {
    t = await openTempApp();
    loadRoyaltyFixture(t);
  });
  afterEach(async () => t.close());
  const series = (input: Record<string, unknown> = {}) => query<Series>(t.app, 'royalties.series', input);

  it('sums COP, USD at each row’s TRM, and both volumes per month, in KPC by default', async () => {
    const result = await series();
    expect(result).toEqual({
      granularity: 'month',
      volumeUnit: 'KPC',
      points: [
        { period: '2024-01', royaltiesCop: 1_890_000, royaltiesUsd: 475, rowsWithoutTrm: 0, taxableVolume: 350_000, royaltyVolume: 27_200, rows: 3, months: 1 },
        // Row 3 has TRM 0: its 2,000,000 COP stay out of USD and are counted.
        { period: '2024-02', royaltiesCop: 2_790_000, royaltiesUsd: 200, rowsWithoutTrm: 1, taxableVolume: 400_000, royaltyVolume: 44_000, rows: 2, months: 1 },
      ],
    });
  });

  it('adds months into years and converts volumes to the asked unit', async () => {
    const { points } = await series({ granularity: 'year', volumeUnit: 'MPC' });
    expect(points).toHaveLength(1);
    expect(points[0]).toMatchObject({ period: '2024', royaltiesCop: fixtureTotals.royaltiesCop, rowsWithoutTrm: 1, rows: 5, months: 2 });
    expect(points[0]!.royaltiesUsd).toBeCloseTo(fixtureTotals.royaltiesUsd, 9);
    expect(points[0]!.taxableVolume).toBeCloseTo(fixtureTotals.taxableKpc / 1000, 9);
    const cubicMetres = await series({ granularity: 'year', volumeUnit: 'm3' });
    expect(cubicMetres.points[0]!.royaltyVolume).toBeCloseTo(fixtureTotals.royaltyKpc * 1000 * 0.0283168, 3);
  });

  it('filters by department, field, contract, regime and production type, keeping a point for every loaded month', async () => {
    const cop = async (input: Record<string, unknown>) => (await series(input)).points.map((p) => [p.period, p.royaltiesCop]);
    expect(await cop({ departments: ['85'] })).toEqual([['2024-01', 1_500_000], ['2024-02', 2_000_000]]);
    expect(await cop({ regimes: ['Ley 141 de 1994'] })).toEqual([['2024-01', 500_000], ['2024-02', 0]]);
    expect(await cop({ fields: ['CHUCHUPA'] })).toEqual([['2024-01', 0], ['2024-02', 790_000]]);
    expect(await cop({ contracts: ['SANTIAGO DE ATALAYAS'] })).toEqual([['2024-01', 1_500_000], ['2024-02', 2_000_000]]);
    expect(await cop({ productionTypes: ['Otro'] })).toEqual([['2024-01', 0], ['2024-02', 0]]);
    expect(await cop({ from: '2024-02' })).toEqual([['2024-02', 2_790_000]]);
  });

  it('filters municipalities by DIVIPOLA code once the list is loaded, or by their key', async () => {
    const cop = async (input: Record<string, unknown>) => (await series(input)).points.map((p) => p.royaltiesCop);
    expect(await cop({ municipalities: ['70:SAN PEDRO'] })).toEqual([390_000, 0]);
    expect(await cop({ municipalities: ['85410'] })).toEqual([0, 0]);
    loadDivipolaFixture(t);
    expect(await cop({ municipalities: ['85410'] })).toEqual([1_500_000, 2_000_000]);
    expect(await cop({ municipalities: ['85410', '44560'] })).toEqual([1_500_000, 2_790_000]);
  });

  it('answers an empty series when nothing is loaded in the range, and refuses a bad period', async () => {
    expect((await series({ from: '2030-01' })).points).toEqual([]);
    const bad = await t.app.dispatcher.dispatch('royalties.series', { from: '2024-13' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
