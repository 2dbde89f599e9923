import { describe, expect, it } from 'vitest';
import type { ExportProgress } from '../../../src-shared/contract/exports';
import { createClient } from '../../../src-renderer/client/create-client';
import { exportPeriod, fileSize, runExportFlow, type ExportState, type PageExport } from '../../../src-renderer/exports/export-flow';
import { dataExport, demandExport, productionExport, royaltiesExport } from '../../../src-renderer/exports/page-export-requests';
import { defaultDataView } from '../../../src-renderer/data/data-route';
import { createFakeBridge, ok, type FakeHandler } from '../fake-bridge';

const request: PageExport = { dataset: 'production', filters: { from: '2024-01', to: '2024-12', departments: ['85'] }, unit: 'MPCD' };
const choice = { format: 'xlsx' as const, csv: { separator: ';' as const, decimal: ',' as const }, chart: { png: 'data:image/png;base64,AAAA', title: 'Producción' } };
const created = { exportId: 'x1', path: '/informes/p.xlsx', format: 'xlsx' as const, rows: 12, bytes: 20480, sheets: ['Datos', 'Resumen'], sourceFiles: 1, rejectedRows: 0 };

function progress(phase: ExportProgress['phase'], rowsDone: number, exportId = 'x1'): ExportProgress {
  return { exportId, phase, rowsDone, rowsTotal: 12, etaSeconds: null, sheet: null };
}

function setup(handlers: Record<string, FakeHandler>) {
  const fake = createFakeBridge(handlers);
  const client = createClient(fake.bridge, { validateOutput: true });
  const states: ExportState[] = [];
  return { fake, client, states, onState: (state: ExportState) => states.push(state) };
}

describe('the export flow', () => {
  it('asks where to save, exports there with the chosen id, follows its own progress only, and ends with the file', async () => {
    let emit: (payload: ExportProgress) => void = () => {};
    const { fake, client, states, onState } = setup({
      'exports.chooseTarget': () => ok({ path: '/informes/p.xlsx' }),
      'exports.create': () => {
        emit(progress('rows', 6));
        emit(progress('rows', 3, 'otra'));
        return ok(created);
      },
    });
    emit = (payload) => fake.emit('exports.progress', payload);
    const end = await runExportFlow(client, request, choice, onState, 'x1');

    expect(fake.calls[0]).toEqual({ name: 'exports.chooseTarget', input: { dataset: 'production', format: 'xlsx', from: '2024-01', to: '2024-12' } });
    expect(fake.calls[1]).toEqual({
      name: 'exports.create',
      input: { ...request, format: 'xlsx', targetPath: '/informes/p.xlsx', csv: { separator: ';', decimal: ',' }, exportId: 'x1', chartPng: 'data:image/png;base64,AAAA', chartTitle: 'Producción' },
    });
    expect(states.map((s) => s.phase)).toEqual(['choosing', 'running', 'running', 'done']);
    expect(states[2]).toMatchObject({ phase: 'running', progress: { rowsDone: 6 } });
    expect(end).toEqual({ phase: 'done', result: created });
    expect(fake.listenerCount('exports.progress')).toBe(0);
  });

  it('leaves the chart out of a CSV', async () => {
    const { fake, client, onState } = setup({ 'exports.chooseTarget': () => ok({ path: '/informes/p.csv' }), 'exports.create': () => ok({ ...created, format: 'csv', sheets: [] }) });
    await runExportFlow(client, request, { ...choice, format: 'csv' }, onState, 'x1');
    expect(fake.calls[1]!.input).not.toHaveProperty('chartPng');
  });

  it('goes back to rest without exporting when the analyst closes the save dialog', async () => {
    const { fake, client, states, onState } = setup({ 'exports.chooseTarget': () => ok({ path: null }) });
    expect(await runExportFlow(client, request, choice, onState, 'x1')).toEqual({ phase: 'idle' });
    expect(fake.calls.map((c) => c.name)).toEqual(['exports.chooseTarget']);
    expect(states.at(-1)).toEqual({ phase: 'idle' });
  });

  it('shows the service’s message when saving is not possible here (the browser preview)', async () => {
    const message = 'Guardar en disco solo está disponible en la aplicación de escritorio; use `npm run caudal -- export …`';
    const { client, onState } = setup({ 'exports.chooseTarget': () => ({ ok: false, error: { code: 'unavailable', message } }) });
    const end = await runExportFlow(client, request, choice, onState, 'x1');
    expect(end).toMatchObject({ phase: 'failed', error: { code: 'unavailable', message } });
  });

  it('ends as cancelled, not failed, when the export answers cancelled', async () => {
    const { client, onState } = setup({
      'exports.chooseTarget': () => ok({ path: '/informes/p.xlsx' }),
      'exports.create': () => ({ ok: false, error: { code: 'cancelled', message: 'Exportación cancelada' } }),
    });
    expect(await runExportFlow(client, request, choice, onState, 'x1')).toEqual({ phase: 'cancelled' });
  });

  it('names the period for the proposed file and reads sizes in Spanish', () => {
    expect(exportPeriod(request)).toEqual({ from: '2024-01', to: '2024-12' });
    expect(exportPeriod({ dataset: 'royalties' })).toEqual({});
    expect(fileSize(20480, 'es')).toBe('20 KB');
    expect(fileSize(3.5 * 1024 * 1024, 'es')).toBe('3,5 MB');
  });
});

describe('what each page exports', () => {
  const facts = { from: '2024-01', to: '2024-12', departments: ['85'], operators: ['ECOPETROL S.A.'] };

  it('Producción: the unit of the magnitude on screen and its series as the summary', () => {
    const built = productionExport({ facts, rateUnit: 'MPCD', volumeUnit: 'KPC' }, { measure: 'fiscalizada', magnitude: 'volume' });
    expect(built).toEqual({
      dataset: 'production',
      filters: facts,
      unit: 'KPC',
      summary: { command: 'production.series', input: { ...facts, measure: 'fiscalizada', rateUnit: 'MPCD', volumeUnit: 'KPC' } },
    });
  });

  it('Regalías: without operators, with the granularity on screen', () => {
    const built = royaltiesExport({ facts, volumeUnit: 'KPC' }, { granularity: 'year' });
    const { operators: _operators, ...royaltyFacts } = facts;
    expect(built).toEqual({ dataset: 'royalties', filters: royaltyFacts, unit: 'KPC', summary: { command: 'royalties.series', input: { ...royaltyFacts, granularity: 'year', volumeUnit: 'KPC' } } });
  });

  it('Demanda: the sector and the nodes (over regions) of the chart', () => {
    const built = demandExport({ facts: { from: '2024-01', to: '2030-12' }, edition: '2024', regions: ['costa'] as never }, { sector: 'industrial', nodes: ['b', 'a'] });
    expect(built).toEqual({ dataset: 'demand', filters: { from: '2024-01', to: '2030-12', edition: '2024', sectors: ['industrial'], nodes: ['a', 'b'] } });
  });

  it('Datos: the table’s rows without paging', () => {
    const built = dataExport({ ...defaultDataView, dataset: 'royalties', search: 'cusiana', page: 3 }, { facts, edition: null, scenario: 'medio', sectors: [], regions: [] } as never);
    expect(built).toEqual({ dataset: 'royalties', filters: facts, search: 'cusiana' });
  });
});
