import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mpcTo } from '../../../src-shared/domain/units';
import { CommandFailure } from '../../../src-main/transports/in-process';
import { openSeededApp, type SeededApp } from './dataset-fixture';

let seeded: SeededApp;
beforeAll(async () => {
  seeded = await openSeededApp();
});
afterAll(async () => seeded.close());

const rows = (input: Record<string, unknown>) => seeded.client.send('data.rows', { dataset: 'production', ...input } as never);
/** One column's values, by id, from a `data.rows` answer. */
function column(answer: Awaited<ReturnType<typeof rows>>, id: string): unknown[] {
  const index = answer.columns.findIndex((c) => c.id === id);
  expect(index, `columna ${id}`).toBeGreaterThanOrEqual(0);
  return answer.rows.map((r) => r.values[index]);
}

describe('data.datasets', () => {
  it('lists the four datasets with Spanish and English labels, types, units and their filters', async () => {
    const { datasets } = await seeded.client.send('data.datasets');
    expect(datasets.map((d) => d.id)).toEqual(['production', 'royalties', 'declaration', 'demand']);
    const production = datasets[0]!;
    expect(production.defaultUnit).toBe('MPC');
    expect(production.units).toEqual(['MPC', 'KPC', 'm3', 'MPCD', 'KPCD', 'm3/d', 'GBTUD']);
    expect(production.columns.find((c) => c.id === 'fiscalizada')).toMatchObject({ label: 'Producción fiscalizada', labelEn: 'Fiscalized production', type: 'number', unit: 'MPC', format: '#,##0.00' });
    expect(production.columns.find((c) => c.id === 'period')).toMatchObject({ type: 'month', format: 'mmm-yyyy' });
    expect(production.columns.filter((c) => c.lineage).map((c) => c.id)).toEqual(['sourceFile', 'sheet', 'sourceRow']);
    expect(production.filters).toEqual(['from', 'to', 'departments', 'municipalities', 'operators', 'fields', 'contracts']);
    expect(datasets.find((d) => d.id === 'demand')!.filters).not.toContain('departments');
  });
});

describe('data.rows over production', () => {
  it('answers rows by month, then in the order of the source, with the dimensions, MPC values and lineage', async () => {
    const answer = await rows({});
    expect(answer.total).toBe(7);
    expect(answer.unit).toBe('MPC');
    expect(answer.sort).toEqual([{ column: 'period', direction: 'asc' }]);
    expect(column(answer, 'period')).toEqual(['2023-12', '2024-01', '2024-01', '2024-02', '2024-02', '2024-03', '2024-03']);
    expect(column(answer, 'field')).toEqual(['Peñón', 'Cusiana', 'Chuchupa', 'Cusiana', 'Chuchupa', 'Chuchupa', '=1+2']);
    expect(column(answer, 'fiscalizada')).toEqual([31, 310, 620, 290, 580, 620, -5]);
    expect(column(answer, 'department')).toEqual(['Casanare', 'Casanare', 'La Guajira', 'Casanare', 'La Guajira', 'La Guajira', null]);
    expect(column(answer, 'contract')).toEqual([null, 'Santiago de las Atalayas', 'Guajira', 'Santiago de las Atalayas', 'Guajira', 'Guajira', null]);
    expect(column(answer, 'sourceFile')).toEqual(Array(7).fill('Produccion_Fiscalizada_Gas_2024.xlsx'));
    expect(column(answer, 'sourceRow')).toEqual([14, 8, 9, 10, 11, 12, 13]);
    expect(answer.rows.every((r) => typeof r.key === 'string')).toBe(true);
    expect(answer.ignoredFilters).toEqual([]);
  });

  it('pages without repeating or skipping a row, whatever the order', async () => {
    const all = await rows({ sort: [{ column: 'department', direction: 'desc' }], limit: 1000 });
    const paged = [];
    for (let offset = 0; offset < all.total; offset += 2) paged.push(...(await rows({ sort: [{ column: 'department', direction: 'desc' }], offset, limit: 2 })).rows);
    expect(paged.map((r) => r.key)).toEqual(all.rows.map((r) => r.key));
    expect(new Set(paged.map((r) => r.key)).size).toBe(7);
  });

  it('converts on the way out: volumes by factor, rates by the days of each month, GBTUD by the field’s heating value', async () => {
    const kpc = await rows({ unit: 'KPC', filters: { from: '2024-02', to: '2024-02' } });
    expect(kpc.columns.find((c) => c.id === 'fiscalizada')!.unit).toBe('KPC');
    expect(column(kpc, 'fiscalizada')).toEqual([290_000, 580_000]);
    const cubic = await rows({ unit: 'm3', filters: { from: '2024-02', to: '2024-02' } });
    expect(column(cubic, 'fiscalizada')).toEqual([mpcTo('m3', 290), mpcTo('m3', 580)]);
    expect(cubic.columns.find((c) => c.id === 'fiscalizada')!.unit).toBe('m³');
    // February 2024 has 29 days: 290 MPC is 10 MPCD.
    const rate = await rows({ unit: 'MPCD', filters: { from: '2024-02', to: '2024-02' } });
    expect(column(rate, 'fiscalizada')).toEqual([10, 20]);
    expect(column(rate, 'quemado')).toEqual([null, null]);
    // Cusiana declared 1,200 BTU/PC in the current resolution; Chuchupa declared none (1,000 assumed).
    const energy = await rows({ unit: 'GBTUD', filters: { from: '2024-02', to: '2024-02' } });
    expect(column(energy, 'fiscalizada')).toEqual([12, 20]);
    expect(column(energy, 'heatingValue')).toEqual([1200, 1000]);
    expect(column(energy, 'heatingValueBasis')).toEqual(['declarado', 'supuesto']);
    expect(energy.notes.join(' ')).toMatch(/poder calorífico/);
  });

  it('applies the shared filters by stable keys', async () => {
    expect(column(await rows({ filters: { departments: ['85'] } }), 'field')).toEqual(['Peñón', 'Cusiana', 'Cusiana']);
    expect(column(await rows({ filters: { fields: ['CHUCHUPA'], from: '2024-02' } }), 'fiscalizada')).toEqual([580, 620]);
    expect((await rows({ filters: { operators: ['HOCOL'], contracts: ['GUAJIRA'] } })).total).toBe(3);
    expect((await rows({ filters: { municipalities: ['44:MANAURE'] } })).total).toBe(3);
  });

  it('searches every word in the text columns, ignoring case and accents, and the period', async () => {
    expect(column(await rows({ search: 'peñon' }), 'field')).toEqual(['Peñón']);
    expect(column(await rows({ search: 'PENON' }), 'field')).toEqual(['Peñón']);
    expect(column(await rows({ search: 'tauramena 2024-02' }), 'fiscalizada')).toEqual([290]);
    expect(column(await rows({ search: 'guajira' }), 'field')).toEqual(['Chuchupa', 'Chuchupa', 'Chuchupa']);
    expect((await rows({ search: 'atalayas ecopetrol' })).total).toBe(2);
    expect((await rows({ search: 'inexistente' })).total).toBe(0);
    expect((await rows({ search: '   ' })).total).toBe(7);
    expect((await rows({ search: '100%_' })).total).toBe(0);
  });

  it('sorts by any column, numbers as numbers and text ignoring case, and refuses an unknown one', async () => {
    expect(column(await rows({ sort: [{ column: 'fiscalizada', direction: 'desc' }] }), 'fiscalizada')).toEqual([620, 620, 580, 310, 290, 31, -5]);
    expect(column(await rows({ sort: [{ column: 'field', direction: 'asc' }, { column: 'period', direction: 'desc' }] }), 'period')).toEqual([
      '2024-03', '2024-03', '2024-02', '2024-01', '2024-02', '2024-01', '2023-12',
    ]);
    const failure = await rows({ sort: [{ column: 'volumen', direction: 'asc' }] }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CommandFailure);
    expect((failure as CommandFailure).error).toMatchObject({ code: 'validation', issues: [{ path: 'sort.0.column' }] });
  });

  it('gives only the columns asked for, in that order', async () => {
    const answer = await rows({ columns: ['fiscalizada', 'field'], filters: { to: '2023-12' } });
    expect(answer.columns.map((c) => c.id)).toEqual(['fiscalizada', 'field']);
    expect(answer.rows[0]!.values).toEqual([31, 'Peñón']);
    await expect(rows({ columns: ['campo'] })).rejects.toMatchObject({ error: { code: 'validation' } });
  });

  it('refuses pages over 1,000 rows at the contract', async () => {
    await expect(rows({ limit: 1001 })).rejects.toMatchObject({ error: { code: 'validation' } });
  });
});

describe('data.lineage', () => {
  it('names the file, its checksum and origin, the sheet and the row of a production row', async () => {
    const answer = await rows({ filters: { to: '2023-12' } });
    const lineage = await seeded.client.send('data.lineage', { dataset: 'production', key: answer.rows[0]!.key });
    expect(lineage).toMatchObject({
      dataset: 'production',
      file: { name: 'Produccion_Fiscalizada_Gas_2024.xlsx', sha256: 'a'.repeat(64), url: 'https://www.anh.gov.co/documents/2024/Produccion_Fiscalizada_Gas_2024.xlsx', sourceId: 'anh-production', status: 'active' },
      sheet: 'hoja',
      row: 14,
      cell: null,
    });
  });

  it('answers not-found for a row that does not exist and validation for a malformed key', async () => {
    await expect(seeded.client.send('data.lineage', { dataset: 'production', key: '999999' })).rejects.toMatchObject({ error: { code: 'not-found' } });
    await expect(seeded.client.send('data.lineage', { dataset: 'declaration', key: 'x' })).rejects.toMatchObject({ error: { code: 'validation' } });
  });
});
