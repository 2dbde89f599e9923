import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCaudalApp, type CaudalApp } from '../../../../src-main/app/caudal-app';
import { createInProcessClient } from '../../../../src-main/transports/in-process';
import { loadSoporte } from '../../etl/sources/mme-declaration/fixtures/declaration-db';
import { edition2024Zip } from '../../etl/sources/upme-demand/fixtures/layout-2024';
import { importUpme } from '../../etl/sources/upme-demand/fixtures/load-fixture';

let app: CaudalApp;

// The demand fixture's national medium scenario is 170 + 1.75 GBTUD per month from 2023-01 (projection
// from 2024-10, low and high at 90 % and 110 %); the declaration supplies a flat 200 GBTUD from 2025.
beforeAll(async () => {
  app = await openCaudalApp({ dbPath: ':memory:' });
  importUpme(app.database, 'Anexo_Datos_Proyeccion_Demanda_Gas_Nat_2024.zip', await edition2024Zip());
  await loadSoporte(app.database.sqlite, 'Resolución 00739 del 2025-05-28 - Declaración 2025-2034 - a.xlsm', [
    { kind: 'field', name: 'CAMPO UNO - 1', field: 'CAMPO UNO', layout: 'right', firstYear: 2025, heatingValue: 1000, rows: [{ operator: 'OPERADORA A', type: 'PTDV', value: () => 200 }] },
  ]);
});
afterAll(async () => app.close());

const medio = (monthIndex: number) => 170 + 1.75 * monthIndex;

describe('balance.series', () => {
  it('puts declared supply and each scenario of projected demand side by side, in GBTUD', async () => {
    const balance = await createInProcessClient(app.dispatcher).send('balance.series', { from: '2025-01', to: '2025-12' });
    expect(balance).toMatchObject({ unit: 'GBTUD', declarationPeriod: '2025-2034', resolution: '00739-2025', edition: '2024' });
    expect(balance.points).toHaveLength(12);
    const january = balance.points[0]!;
    expect(january.period).toBe('2025-01');
    expect(january.supplyGbtud).toBeCloseTo(200, 9);
    expect(january.demandGbtud.medio).toBeCloseTo(medio(24), 9);
    expect(january.demandGbtud.bajo).toBeCloseTo(0.9 * medio(24), 9);
    expect(january.gapGbtud.alto).toBeCloseTo(200 - 1.1 * medio(24), 9);
  });

  it('finds the first month in which each scenario exceeds declared supply', async () => {
    const balance = await createInProcessClient(app.dispatcher).send('balance.series', { from: '2025-01', to: '2025-12' });
    // 0.9 × (170 + 1.75 i) > 200 first at i = 30, July 2025.
    expect(balance.firstDeficit).toEqual({ bajo: '2025-07', medio: '2025-01', alto: '2025-01' });
  });

  it('says which months the demand edition does not reach instead of inventing demand', async () => {
    const balance = await createInProcessClient(app.dispatcher).send('balance.series', { from: '2025-11', to: '2026-02', scenarios: ['medio'] });
    expect(balance.points.map((p) => [p.period, p.demandGbtud.medio === null])).toEqual([
      ['2025-11', false],
      ['2025-12', false],
      ['2026-01', true],
      ['2026-02', true],
    ]);
    expect(balance.points[3]!.gapGbtud).toEqual({ bajo: null, medio: null, alto: null });
    expect(balance.notes.join(' ')).toContain('2 periodos de la declaración quedan fuera de la edición 2024');
  });

  it('averages a year on both sides rather than summing rates', async () => {
    const balance = await createInProcessClient(app.dispatcher).send('balance.series', { from: '2025-01', to: '2025-12', granularity: 'year' });
    const mean = Array.from({ length: 12 }, (_, i) => medio(24 + i)).reduce((a, b) => a + b) / 12;
    expect(balance.points).toHaveLength(1);
    expect(balance.points[0]!.supplyGbtud).toBeCloseTo(200, 9);
    expect(balance.points[0]!.demandGbtud.medio).toBeCloseTo(mean, 9);
  });

  it('explains an empty balance when a side is missing', async () => {
    const empty = await openCaudalApp({ dbPath: ':memory:' });
    const balance = await createInProcessClient(empty.dispatcher).send('balance.series', {});
    expect(balance.points).toEqual([]);
    expect(balance.notes.join(' ')).toMatch(/No hay declaraciones.*No hay proyecciones/);
    await empty.close();
  });
});
