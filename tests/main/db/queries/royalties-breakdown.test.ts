import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandOutput } from '../../../../src-shared/contract';
import { openTempApp, query, type TempApp } from '../../../support/temp-app';
import { loadDivipolaFixture, loadRoyaltyFixture } from './royalties-queries';

type Breakdown = CommandOutput<'royalties.breakdown'>;

describe('royalties.breakdown', () => {
  let t: TempApp;
  beforeEach(async () => {
    t = await openTempApp();
    loadRoyaltyFixture(t);
  });
  afterEach(async () => t.close());
  const breakdown = (input: Record<string, unknown>) => query<Breakdown>(t.app, 'royalties.breakdown', input);
  const ranked = (b: Breakdown) => b.items.map((i) => [i.key, i.label, i.value]);

  it('ranks departments by COP with shares, and sums the rest beyond the top N', async () => {
    const b = await breakdown({ by: 'department', top: 2 });
    expect(ranked(b)).toEqual([
      ['85', 'Casanare', 3_500_000],
      ['44', 'La Guajira', 790_000],
    ]);
    expect(b).toMatchObject({ measure: 'royaltiesCop', unit: 'COP', from: '2024-01', to: '2024-02', total: 4_680_000, rest: { count: 1, value: 390_000 } });
    expect(b.items[0]!.share).toBeCloseTo(3_500_000 / 4_680_000, 12);
    expect(b.items[0]).toMatchObject({ royaltiesUsd: 375, taxableVolume: 600_000, royaltyVolume: 48_000 });
  });

  it('groups rows that differ only in regime apart when asked by regime', async () => {
    expect(ranked(await breakdown({ by: 'regime' }))).toEqual([
      ['Ley 756 de 2002', 'Ley 756 de 2002', 4_180_000],
      ['Ley 141 de 1994', 'Ley 141 de 1994', 500_000],
    ]);
  });

  it('ranks fields by USD and by taxable volume in the asked unit', async () => {
    expect(ranked(await breakdown({ by: 'field', measure: 'royaltiesUsd' }))).toEqual([
      ['CUSIANA', 'CUSIANA', 375],
      ['CHUCHUPA', 'CHUCHUPA', 200],
      ['LA CRECIENTE', 'LA CRECIENTE', 100],
    ]);
    const volume = await breakdown({ by: 'field', measure: 'taxableVolume', volumeUnit: 'MPC' });
    expect(volume.unit).toBe('MPC');
    expect(ranked(volume)[0]).toEqual(['CUSIANA', 'CUSIANA', 600]);
  });

  it('labels rows without a contract as not defined in the source', async () => {
    const b = await breakdown({ by: 'contract' });
    expect(b.items.find((i) => i.key === 'ND')).toMatchObject({ label: 'No definido en la fuente', value: 390_000 });
  });

  it('groups municipalities by DIVIPOLA code with the official name once the list is loaded', async () => {
    expect(ranked(await breakdown({ by: 'municipality' }))).toEqual([
      ['85:TAURAMENA', 'Tauramena', 3_500_000],
      ['44:MANAURE', 'Manaure', 790_000],
      ['70:SAN PEDRO', 'San Pedro', 390_000],
    ]);
    loadDivipolaFixture(t);
    expect(ranked(await breakdown({ by: 'municipality' }))).toEqual([
      ['85410', 'Tauramena', 3_500_000],
      ['44560', 'Manaure', 790_000],
      ['70717', 'San Pedro', 390_000],
    ]);
  });

  it('applies the filters before grouping', async () => {
    const b = await breakdown({ by: 'department', departments: ['44', '70'], from: '2024-02', to: '2024-02' });
    expect(ranked(b)).toEqual([['44', 'La Guajira', 790_000]]);
    expect(b.total).toBe(790_000);
  });
});
