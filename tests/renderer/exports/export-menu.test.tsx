import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandOutput, CommandResult } from '../../../src-shared/contract';
import { renderApp, type RenderedApp } from '../app/render-app';
import { dashboardHandlers } from '../dashboard-fixtures';
import { createFakeBridge, ok, type FakeHandler } from '../fake-bridge';

vi.mock('../../../src-renderer/charts/echarts-view', () => ({ EChartsView: () => <div data-testid="echarts-stand-in" /> }));

let screen: RenderedApp | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

const click = (element: Element | null | undefined) => act(async () => (element as HTMLElement).click());
const inDocument = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const callsOf = (fake: ReturnType<typeof createFakeBridge>, name: string) => fake.calls.filter((call) => call.name === name);
const desktopOnly = 'Guardar en disco solo está disponible en la aplicación de escritorio; use `npm run caudal -- export …`';

const created: CommandOutput<'exports.create'> = { exportId: 'x', path: '/informes/caudal-produccion.xlsx', format: 'xlsx', rows: 1234, bytes: 40960, sheets: ['Datos'], sourceFiles: 1, rejectedRows: 0 };

async function openPage(hash: string, handlers: Record<string, FakeHandler>) {
  const fake = createFakeBridge(dashboardHandlers(handlers));
  screen = await renderApp(fake.bridge, { hash });
  await screen.waitFor(() => screen!.find('export-button') !== null && !(screen!.find('export-button') as HTMLButtonElement).disabled, 'el botón Exportar');
  return fake;
}

async function chooseFromMenu(item: 'export-xlsx' | 'export-csv') {
  await click(screen!.find('export-button'));
  await screen!.waitFor(() => inDocument(item) !== null, 'el menú Exportar');
  await click(inDocument(item));
}

describe('Exportar', () => {
  it('on Producción: save dialog, progress with Cancelar, then the file with Abrir and Mostrar en carpeta', async () => {
    let finish: (result: CommandResult<unknown>) => void = () => {};
    const fake = await openPage('#/produccion', {
      'exports.chooseTarget': () => ok({ path: created.path }),
      'exports.create': () => new Promise((resolve) => (finish = resolve)),
      'exports.cancel': () => ok({ cancelled: true }),
      'exports.reveal': (input) => ok({ path: (input as { path: string }).path }),
    });
    await chooseFromMenu('export-xlsx');
    await screen!.waitFor(() => inDocument('export-dialog')?.dataset.phase === 'running', 'el progreso');

    const [choose] = callsOf(fake, 'exports.chooseTarget');
    const create = callsOf(fake, 'exports.create')[0]!.input as { exportId: string; filters: { from?: string; to?: string }; dataset: string; format: string; targetPath: string; unit: string; summary: { command: string } };
    expect(choose!.input).toEqual({ dataset: 'production', format: 'xlsx', from: create.filters.from, to: create.filters.to });
    expect(create).toMatchObject({ dataset: 'production', format: 'xlsx', targetPath: created.path, unit: 'MPCD', summary: { command: 'production.series' } });

    await act(async () => fake.emit('exports.progress', { exportId: create.exportId, phase: 'rows', rowsDone: 500, rowsTotal: 1234, etaSeconds: 3, sheet: 'Datos' }));
    expect(inDocument('export-progress-text')!.textContent).toBe('500 de 1.234 filas');

    await act(async () => finish(ok({ ...created, exportId: create.exportId })));
    await screen!.waitFor(() => inDocument('export-dialog')?.dataset.phase === 'done', 'el archivo guardado');
    expect(inDocument('export-path')!.textContent).toBe(created.path);

    await click(inDocument('export-open'));
    await click(inDocument('export-show'));
    expect(callsOf(fake, 'exports.reveal').map((call) => call.input)).toEqual([
      { path: created.path, action: 'open' },
      { path: created.path, action: 'show' },
    ]);
  });

  it('cancels by the id it chose, and says no file was saved', async () => {
    let finish: (result: CommandResult<unknown>) => void = () => {};
    const fake = await openPage('#/regalias', {
      'exports.chooseTarget': () => ok({ path: '/informes/r.csv' }),
      'exports.create': () => new Promise((resolve) => (finish = resolve)),
      'exports.cancel': () => {
        finish({ ok: false, error: { code: 'cancelled', message: 'Exportación cancelada' } });
        return ok({ cancelled: true });
      },
    });
    await chooseFromMenu('export-csv');
    await screen!.waitFor(() => inDocument('export-cancel') !== null, 'el botón Cancelar');
    const create = callsOf(fake, 'exports.create')[0]!.input as { exportId: string; dataset: string; csv: unknown };
    expect(create).toMatchObject({ dataset: 'royalties', csv: { separator: ';', decimal: ',' } });
    expect(create).not.toHaveProperty('chartPng');

    await click(inDocument('export-cancel'));
    await screen!.waitFor(() => inDocument('export-dialog')?.dataset.phase === 'cancelled', 'la cancelación');
    expect(callsOf(fake, 'exports.cancel')[0]!.input).toEqual({ exportId: create.exportId });
    expect(inDocument('export-cancelled')!.textContent).toContain('No se guardó ningún archivo.');
  });

  it('sends the CSV options chosen (comma separator brings decimal points)', async () => {
    const fake = await openPage('#/datos?conjunto=regalias', {
      'data.datasets': () => ok({ datasets: [] }),
      'data.rows': () => ok({ dataset: 'royalties', unit: 'KPC', columns: [], total: 0, offset: 0, rows: [], sort: [], ignoredFilters: [], notes: [] }),
      'exports.chooseTarget': () => ok({ path: '/informes/r.csv' }),
      'exports.create': () => ok({ ...created, path: '/informes/r.csv', format: 'csv', sheets: [] }),
    });
    await click(screen!.find('export-button'));
    await screen!.waitFor(() => inDocument('export-csv-separator') !== null, 'las opciones de CSV');
    const comma = [...inDocument('export-csv-separator')!.querySelectorAll('input')].find((input) => input.value === ',')!;
    await act(async () => comma.click());
    await click(inDocument('export-csv'));
    await screen!.waitFor(() => inDocument('export-dialog')?.dataset.phase === 'done', 'el archivo guardado');
    expect(callsOf(fake, 'exports.chooseTarget')[0]!.input).toMatchObject({ dataset: 'royalties', format: 'csv' });
    const create = callsOf(fake, 'exports.create')[0]!.input;
    expect(create).toMatchObject({ dataset: 'royalties', format: 'csv', targetPath: '/informes/r.csv', csv: { separator: ',', decimal: '.' } });
    expect(create).not.toHaveProperty('offset');
    expect(create).not.toHaveProperty('limit');
  });

  it('exports nothing when the analyst closes the save dialog', async () => {
    const fake = await openPage('#/produccion', { 'exports.chooseTarget': () => ok({ path: null }) });
    await chooseFromMenu('export-csv');
    await screen!.waitFor(() => callsOf(fake, 'exports.chooseTarget').length === 1, 'el diálogo de guardar');
    await screen!.waitFor(() => !(screen!.find('export-button') as HTMLButtonElement).disabled, 'el botón de nuevo disponible');
    expect(callsOf(fake, 'exports.create')).toEqual([]);
    expect(inDocument('export-dialog')).toBeNull();
  });

  it('in the browser preview shows plainly why it cannot save', async () => {
    const fake = await openPage('#/demanda', { 'exports.chooseTarget': () => ({ ok: false, error: { code: 'unavailable', message: desktopOnly } }) });
    await chooseFromMenu('export-xlsx');
    await screen!.waitFor(() => inDocument('export-error') !== null, 'el aviso');
    expect(inDocument('export-error')!.dataset.code).toBe('unavailable');
    expect(inDocument('export-error')!.textContent).toContain(desktopOnly);
    expect(callsOf(fake, 'exports.chooseTarget')[0]!.input).toMatchObject({ dataset: 'demand', format: 'xlsx' });
    expect(callsOf(fake, 'exports.create')).toEqual([]);
  });
});
