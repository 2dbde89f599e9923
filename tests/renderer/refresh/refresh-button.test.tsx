import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, type RenderedApp } from '../app/render-app';
import { dashboardHandlers } from '../dashboard-fixtures';
import { createFakeBridge } from '../fake-bridge';
import { finished, progress, refreshHandlers, RUN_ID, started } from './refresh-fixtures';

// happy-dom has no canvas: the chart is a stand-in, the header is what is under test.
vi.mock('../../../src-renderer/charts/echarts-view', () => ({ EChartsView: () => <div data-testid="echarts-stand-in" /> }));

let screen: RenderedApp | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

const click = (element: Element | null | undefined) => act(async () => (element as HTMLElement).click());
const inDocument = (testId: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
const row = (sourceId: string) => inDocument('refresh-source').find((element) => element.dataset.sourceId === sourceId);
const callsOf = (fake: ReturnType<typeof createFakeBridge>, name: string) => fake.calls.filter((call) => call.name === name);

async function openApp() {
  const fake = createFakeBridge(dashboardHandlers(refreshHandlers()));
  screen = await renderApp(fake.bridge, { hash: '#/produccion' });
  await screen.waitFor(() => screen!.find('production-chart') !== null && callsOf(fake, 'refresh.status').length === 1, 'la página y el estado de actualización');
  const emit = (event: string, payload: unknown) => act(async () => fake.emit(event, payload));
  return { fake, emit, button: () => screen!.find('refresh-all')! };
}

describe('"Actualizar datos" in the header', () => {
  it('starts every source, then shows each one’s step, bytes and time left as the events arrive', async () => {
    const { fake, emit, button } = await openApp();
    expect(button().textContent).toBe('Actualizar datos');
    expect(button().dataset.state).toBe('idle');

    await click(button());
    expect(callsOf(fake, 'refresh.start').map((call) => call.input)).toEqual([{}]);
    // The answer came before the events: the run shows from it, with every source waiting.
    await screen!.waitFor(() => button().dataset.state === 'running', 'el botón en curso');
    expect(button().textContent).toBe('Actualizando… 0\u00a0%');
    await emit('refresh.state', started());
    expect(button().dataset.state).toBe('running');

    await click(button());
    expect(row('anh-production')!.dataset.state).toBe('pending');
    expect(row('anh-production')!.textContent).toContain('En espera');

    await emit('etl.progress', progress('anh-production', { step: 'discover', done: 0, total: null, message: 'Buscando archivos publicados' }));
    expect(row('anh-production')!.dataset.step).toBe('discover');
    await emit('etl.progress', progress('anh-production', { step: 'download', done: 0, total: 1, file: 'Gas_2025.xlsx' }));
    await emit('etl.progress', progress('anh-production', { step: 'download', done: 1_258_291, total: 2_516_582, file: 'Gas_2025.xlsx', receivedBytes: 1_258_291, totalBytes: 2_516_582, etaSeconds: 30 }));
    const step = row('anh-production')!.querySelector('[data-testid="refresh-source-step"]')!.textContent;
    expect(step).toBe('Descargando · 1,2\u00a0MB de 2,4\u00a0MB · quedan 30 s aprox.');
    expect(row('anh-production')!.querySelector('[data-testid="refresh-source-subject"]')!.textContent).toBe('Gas_2025.xlsx');
    // Half of the first file of one of two sources: (5 % + 60 % × ½) ÷ 2.
    expect(button().textContent).toBe('Actualizando… 17\u00a0%');

    await emit('etl.progress', progress('anh-production', { step: 'parse', done: 0, total: 1, file: 'Gas_2025.xlsx' }));
    expect(row('anh-production')!.textContent).toContain('Procesando');
    await emit('etl.progress', progress('anh-production', { step: 'load', done: 0, total: 1, message: 'Guardando' }));
    expect(row('anh-production')!.textContent).toContain('Guardando');
    expect(callsOf(fake, 'refresh.status')).toHaveLength(1);
  });

  it('cancels one source and the whole run, says a cancelled source keeps its data, and reloads the data at the end', async () => {
    const { fake, emit, button } = await openApp();
    await click(button());
    await emit('refresh.state', started());
    await screen!.waitFor(() => button().dataset.state === 'running', 'el botón en curso');
    await click(button());
    await emit('etl.progress', progress('anh-production', { step: 'download', done: 0, total: 1, file: 'Gas_2025.xlsx' }));

    await click(row('anh-production')!.querySelector('[data-testid="refresh-source-cancel"]'));
    expect(callsOf(fake, 'refresh.cancel').map((call) => call.input)).toEqual([{ runId: RUN_ID, sourceId: 'anh-production' }]);
    const cancelButton = row('anh-production')!.querySelector<HTMLButtonElement>('[data-testid="refresh-source-cancel"]')!;
    expect(cancelButton.textContent).toBe('Cancelando…');
    expect(cancelButton.disabled).toBe(true);

    await emit('etl.progress', progress('anh-production', { step: 'cancelled', done: 1, total: 1, message: 'Cancelada', status: 'cancelled' }));
    expect(row('anh-production')!.dataset.state).toBe('cancelled');
    expect(row('anh-production')!.textContent).toContain('Cancelada: se conservan sus datos anteriores');
    expect(row('anh-production')!.querySelector('[data-testid="refresh-source-cancel"]')).toBeNull();

    await click(inDocument('refresh-cancel-all')[0]);
    expect(callsOf(fake, 'refresh.cancel').at(-1)!.input).toEqual({ runId: RUN_ID });
    expect(inDocument('refresh-cancel-all')[0]!.textContent).toBe('Cancelando…');

    const catalogCalls = callsOf(fake, 'catalog.dimensions').length;
    await emit('refresh.state', finished());
    await screen!.waitFor(() => button().dataset.state === 'idle', 'el botón de nuevo disponible');
    const notice = inDocument('refresh-notice')[0]!;
    expect(notice.dataset.status).toBe('cancelled');
    expect(notice.textContent).toContain('Actualización cancelada');
    expect(notice.textContent).toContain('cancelada (conserva sus datos anteriores)');
    expect(notice.textContent).toContain('nuevo periodo Edición 2025');
    // The pages ask again, and the schedule (last attempt, next run) is read again.
    await screen!.waitFor(() => callsOf(fake, 'catalog.dimensions').length > catalogCalls, 'los datos releídos');
    expect(callsOf(fake, 'refresh.status').length).toBe(2);

    await click(notice.querySelector('button'));
    expect(inDocument('refresh-notice')).toEqual([]);
  });

  it('does not show as running a run that ended before the start was answered', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const fake = createFakeBridge(dashboardHandlers(refreshHandlers({ 'refresh.start': () => new Promise((resolve) => (answer = resolve)) as never })));
    screen = await renderApp(fake.bridge, { hash: '#/produccion' });
    await screen.waitFor(() => screen!.find('refresh-all') !== null && callsOf(fake, 'refresh.status').length === 1, 'el botón');
    await click(screen.find('refresh-all'));
    await act(async () => fake.emit('refresh.state', started()));
    await act(async () => fake.emit('refresh.state', finished()));
    await act(async () => answer({ ok: true, data: { runId: RUN_ID, sourceIds: ['anh-production', 'upme-demand'] } }));
    await screen.waitFor(() => screen!.find('refresh-all')?.dataset.state === 'idle', 'el botón libre');
    expect(inDocument('refresh-notice')[0]!.dataset.status).toBe('cancelled');
  });

  it('says plainly that a run is already going when the service refuses a second one', async () => {
    const conflict = 'Ya hay una actualización de datos en curso (iniciada a las 10:32). Espere a que termine o cancélela.';
    const fake = createFakeBridge(dashboardHandlers(refreshHandlers({ 'refresh.start': () => ({ ok: false, error: { code: 'conflict', message: conflict } }) })));
    screen = await renderApp(fake.bridge, { hash: '#/produccion' });
    await screen.waitFor(() => screen!.find('refresh-all') !== null && callsOf(fake, 'refresh.status').length === 1, 'el botón');
    await click(screen.find('refresh-all'));
    await screen.waitFor(() => inDocument('refresh-notice').length === 1, 'el aviso');
    const notice = inDocument('refresh-notice')[0]!;
    expect(notice.dataset.kind).toBe('error');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain('Ya hay una actualización en curso');
    expect(notice.textContent).toContain(conflict);
    // It asks what is running, to show it.
    await screen.waitFor(() => callsOf(fake, 'refresh.status').length === 2, 'el estado releído');
  });

  it('shows a run already going when the window opens, from refresh.status', async () => {
    const fake = createFakeBridge(
      dashboardHandlers(
        refreshHandlers({
          'refresh.status': () => ({
            ok: true,
            data: {
              schedulerActive: true,
              sources: [],
              current: {
                runId: 9,
                kind: 'refresh',
                trigger: 'schedule',
                startedAt: '2025-11-21T15:00:00.000Z',
                sources: [
                  { sourceId: 'anh-production', title: 'ANH', state: 'running', step: 'parse', file: 'Gas_2025.xlsx', message: null, filesDone: 0, filesTotal: 2, receivedBytes: null, totalBytes: null, etaSeconds: null, fraction: 0.65 },
                ],
                files: null,
                fraction: 0.65,
                cancelling: false,
              },
            },
          }),
        }),
      ),
    );
    screen = await renderApp(fake.bridge, { hash: '#/produccion' });
    await screen.waitFor(() => screen!.find('refresh-all')?.dataset.state === 'running', 'la ejecución en curso');
    expect(screen.find('refresh-all')!.textContent).toBe('Actualizando… 65\u00a0%');
    await click(screen.find('refresh-all'));
    expect(row('anh-production')!.textContent).toContain('Procesando · archivo 1 de 2');
  });
});
