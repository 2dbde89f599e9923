import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededApp, type SeededApp } from './dataset-fixture';

let seeded: SeededApp;
beforeAll(async () => {
  seeded = await openSeededApp();
});
afterAll(async () => seeded.close());

type Answer = Awaited<ReturnType<SeededApp['client']['send']>> & { columns: Array<{ id: string; unit: string | null }>; rows: Array<{ key: string; values: unknown[] }> };
const rows = (dataset: string, input: Record<string, unknown> = {}) => seeded.client.send('data.rows', { dataset, ...input } as never) as Promise<Answer & { total: number; notes: string[]; ignoredFilters: string[]; sort: Array<{ column: string; direction: string }> }>;
function column(answer: Answer, id: string): unknown[] {
  const index = answer.columns.findIndex((c) => c.id === id);
  expect(index, `columna ${id}`).toBeGreaterThanOrEqual(0);
  return answer.rows.map((r) => r.values[index]);
}
const sum = (values: unknown[]) => values.reduce<number>((a, b) => a + Number(b), 0);

describe('royalties', () => {
  it('shows volumes in KPC by default, COP as published and USD at each settlement’s own TRM', async () => {
    const answer = await rows('royalties');
    expect(answer.total).toBe(3);
    expect(answer.columns.find((c) => c.id === 'taxableVolume')!.unit).toBe('KPC');
    expect(column(answer, 'taxableVolume')).toEqual([12_500, 30_000, 28_000]);
    expect(column(answer, 'royaltiesCop')).toEqual([20_000_000, 50_000_000, 45_000_000]);
    expect(column(answer, 'royaltiesUsd')).toEqual([5000, null, 9000]);
    expect(column(answer, 'regime')).toEqual(['Ley 756', 'Ley 141', 'Ley 141']);
  });

  it('adds up to royalties.series for the same filters', async () => {
    const filters = { from: '2024-01', to: '2024-02', regimes: ['Ley 141'] };
    const answer = await rows('royalties', { filters, unit: 'MPC' });
    const series = await seeded.client.send('royalties.series', { ...filters, volumeUnit: 'MPC' });
    expect(sum(column(answer, 'royaltiesCop'))).toBe(sum(series.points.map((p) => p.royaltiesCop)));
    expect(sum(column(answer, 'taxableVolume'))).toBeCloseTo(sum(series.points.map((p) => p.taxableVolume)), 9);
  });

  it('searches the regime as published and says which shared filters do not apply', async () => {
    expect(column(await rows('royalties', { search: 'ley 756' }), 'field')).toEqual(['Cusiana']);
    expect((await rows('royalties', { search: '2024-02' })).total).toBe(
      column(await rows('royalties'), 'period').filter((period) => period === '2024-02').length,
    );
    const answer = await rows('royalties', { filters: { operators: ['HOCOL'] } });
    expect(answer.ignoredFilters).toEqual(['operators']);
    expect(answer.total).toBe(3);
  });
});

describe('declaration', () => {
  it('reads the current resolution by default, one row per declared month, in GBTUD', async () => {
    const answer = await rows('declaration');
    expect(answer.total).toBe(4);
    expect(column(answer, 'resolution')).toEqual(['00739-2025', '00739-2025', '00739-2025', '00739-2025']);
    expect(column(answer, 'value')).toEqual([100, 40, 50, 110]);
    expect(column(answer, 'productionType')).toEqual(['PTDV', 'PC', 'PTDV', 'PTDV']);
    expect(column(answer, 'productionTypeLabel')[1]).toBe('Producción comprometida (PC)');
    expect(answer.notes.join(' ')).toContain('00739-2025 (vigente)');
  });

  it('converts to MPCD with each sheet’s heating value, the same as declaration.series', async () => {
    const answer = await rows('declaration', { unit: 'MPCD', filters: { productionTypes: ['PTDV'], from: '2025-01', to: '2025-01' } });
    expect(column(answer, 'value')).toEqual([(100 * 1000) / 1200, 50]);
    expect(column(answer, 'heatingValueBasis')).toEqual(['declarado', 'supuesto']);
    const series = await seeded.client.send('declaration.series', { unit: 'MPCD', from: '2025-01', to: '2025-01' });
    expect(sum(column(answer, 'value'))).toBeCloseTo(series.points[0]!.value, 9);
  });

  it('reads an older resolution when asked, never mixing two', async () => {
    const answer = await rows('declaration', { filters: { resolution: '00100' } });
    expect(column(answer, 'value')).toEqual([90]);
    expect(answer.notes.join(' ')).toContain('anterior');
    const lineage = await seeded.client.send('data.lineage', { dataset: 'declaration', key: answer.rows[0]!.key });
    expect(lineage).toMatchObject({ file: { name: 'soporte-00100.xlsx' }, sheet: 'CUSIANA - 1', row: 11 });
    expect(lineage.detail).toContain('00100-2025');
  });
});

describe('demand', () => {
  it('reads the newest edition with area, region and node labelled', async () => {
    const answer = await rows('demand');
    expect(answer.total).toBe(5);
    expect(column(answer, 'area')).toEqual(['Nacional', 'Nacional', 'Nacional', 'Región', 'Nodo']);
    expect(column(answer, 'region')).toEqual([null, null, null, 'Centro', 'Centro']);
    expect(column(answer, 'node')).toEqual([null, null, null, null, 'Bogotá']);
    expect(column(answer, 'scenario')).toEqual(['Histórico', 'Histórico', 'Escenario medio', 'Escenario medio', 'Escenario medio']);
    expect(column(answer, 'book')[0]).toBe('UPME_Series_2024_Gas_Natural_Agregada.xlsx');
  });

  it('filters by area and scenario, searches node names, and notes the assumed heating value for MPCD', async () => {
    expect((await rows('demand', { filters: { areas: ['national'], scenarios: ['medio'] } })).total).toBe(1);
    expect(column(await rows('demand', { search: 'bogota' }), 'value')).toEqual([120]);
    // The sheet as written, a scenario word and a period: each an indexed IN, never a LIKE over rows.
    expect(column(await rows('demand', { search: 'nodal' }), 'sheet')).toEqual(['Esc Med Nodal']);
    expect((await rows('demand', { search: 'historico' })).total).toBe(2);
    // "Medio" is a scenario and also in the sheet names "Esc Alto, Medio y Bajo" and "Esc Med…" → all five.
    expect((await rows('demand', { search: 'medio' })).total).toBe(5);
    expect((await rows('demand', { search: '2024-07' })).total).toBe(3);
    expect((await rows('demand', { search: 'nodo medio nodal' })).total).toBe(1);
    const mpcd = await rows('demand', { unit: 'MPCD', filters: { areas: ['region'] } });
    expect(column(mpcd, 'value')).toEqual([300]);
    expect(mpcd.notes.join(' ')).toMatch(/supuesto/);
    expect((await rows('demand', { filters: { departments: ['85'] } })).ignoredFilters).toEqual(['departments']);
  });

  it('lists demand as the workbooks do, sheet by sheet and row by row, unless asked to sort', async () => {
    const answer = await rows('demand');
    expect(answer.sort).toEqual([]);
    expect(column(answer, 'sourceRow')).toEqual([100, 101, 102, 5, 5]);
    const byPeriod = await rows('demand', { sort: [{ column: 'period', direction: 'desc' }] });
    expect(column(byPeriod, 'period')).toEqual(['2024-07', '2024-07', '2024-07', '2024-06', '2024-05']);
  });

  it('gives the cell of a demand figure as lineage', async () => {
    const answer = await rows('demand', { filters: { areas: ['node'] } });
    const lineage = await seeded.client.send('data.lineage', { dataset: 'demand', key: answer.rows[0]!.key });
    expect(lineage).toMatchObject({ sheet: 'Esc Med Nodal', row: 5, cell: 'D5', file: { sourceId: 'upme-demand' } });
  });

  it('refuses a unit the dataset does not have', async () => {
    await expect(rows('demand', { unit: 'KPC' })).rejects.toMatchObject({ error: { code: 'validation' } });
  });
});
