import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceHealth } from '../../../src-shared/contract/etl-sources';
import { renderApp, type RenderedApp } from '../app/render-app';
import { dashboardHandlers, sourceHealth } from '../dashboard-fixtures';
import { createFakeBridge, ok, type FakeHandler } from '../fake-bridge';
import { idleStatus, progress, refreshHandlers, RUN_ID, schedule, started } from '../refresh/refresh-fixtures';

let screen: RenderedApp | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

const click = (element: Element | null | undefined) => act(async () => (element as HTMLElement).click());
const callsOf = (fake: ReturnType<typeof createFakeBridge>, name: string) => fake.calls.filter((call) => call.name === name);
const option = (text: string) => [...document.querySelectorAll<HTMLElement>('[role="option"]')].find((candidate) => candidate.textContent === text);
const card = (sourceId: string) => screen!.findAll('source-health').find((element) => element.dataset.sourceId === sourceId)!;
const within = (root: Element, testId: string) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

async function openSources(overrides: Record<string, FakeHandler> = {}) {
  const fake = createFakeBridge(dashboardHandlers(refreshHandlers(overrides)));
  screen = await renderApp(fake.bridge, { hash: '#/fuentes' });
  await screen.waitFor(() => screen!.findAll('source-refresh').length === 2 && screen!.findAll('run-history-row').length === 2, 'las fuentes y el historial');
  return { fake, emit: (event: string, payload: unknown) => act(async () => fake.emit(event, payload)) };
}

describe('Fuentes: refreshing each source', () => {
  it('shows each source’s schedule and next run, and saves a new frequency', async () => {
    const { fake } = await openSources();
    const anh = card('anh-production');
    expect(within(anh, 'source-next-run')!.textContent).toBe('21/11/2025, 08:00');
    const select = within(anh, 'schedule-select') as HTMLInputElement;
    expect(select.value).toBe('Diaria (predeterminada)');

    await click(select);
    await click(option('Solo a mano'));
    await screen!.waitFor(() => callsOf(fake, 'settings.update').length === 1, 'el cambio guardado');
    expect(callsOf(fake, 'settings.update')[0]!.input).toEqual({ schedules: { 'anh-production': 'manual' } });
    // The plan is read again: the next run moves with the schedule.
    await screen!.waitFor(() => callsOf(fake, 'refresh.status').length === 2, 'el plan releído');
  });

  it('refreshes one source from its card, shows its progress there, and cancels it', async () => {
    const { fake, emit } = await openSources();
    await click(within(card('anh-production'), 'source-refresh-start'));
    expect(callsOf(fake, 'refresh.start')[0]!.input).toEqual({ sourceIds: ['anh-production'] });

    await emit('refresh.state', started(['anh-production']));
    // While it runs nothing else can start.
    for (const button of screen!.findAll('source-refresh-start')) expect((button as HTMLButtonElement).disabled).toBe(true);
    expect((screen!.find('refresh-panel-start') as HTMLButtonElement).disabled).toBe(true);
    expect((screen!.find('import-button') as HTMLButtonElement).disabled).toBe(true);

    await emit('etl.progress', progress('anh-production', { step: 'download', done: 0, total: 2, file: 'Gas_2025.xlsx', sourceCount: 1 }));
    const live = within(card('anh-production'), 'refresh-source')!;
    expect(live.dataset.step).toBe('download');
    expect(live.textContent).toContain('Descargando · archivo 1 de 2');
    expect(within(card('upme-demand'), 'refresh-source')).toBeNull();

    await click(within(live, 'refresh-source-cancel'));
    expect(callsOf(fake, 'refresh.cancel')[0]!.input).toEqual({ runId: RUN_ID, sourceId: 'anh-production' });
  });

  it('warns prominently when a source is offline, and says when it is tried again', async () => {
    const offline = 'Sin conexión: se conservan los datos del 19/11/2025 (no se pudo encontrar www.anh.gov.co)';
    const anh = sourceHealth.sources[0]!;
    const health: SourceHealth[] = [{ ...anh, lastAttempt: { ...anh.lastAttempt!, error: offline, errorCode: 'offline' } }, sourceHealth.sources[1]!];
    await openSources({
      'etl.sources': () => ok({ sources: health }),
      'refresh.status': () => ok(idleStatus([schedule('anh-production', { reason: 'retry', nextRunAt: '2025-11-20T13:31:00.000Z', consecutiveFailures: 2 }), schedule('upme-demand')])),
    });
    await screen!.waitFor(() => screen!.find('offline-alert') !== null, 'el aviso sin conexión');
    const alert = screen!.find('offline-alert')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Sin conexión');
    expect(alert.textContent).toContain(offline);
    expect(alert.textContent).toContain('Próximo intento automático: 20/11/2025, 08:31.');
    expect(alert.textContent).toContain('Los datos ya cargados siguen disponibles.');
    expect(within(card('anh-production'), 'source-next-run')!.textContent).toBe('20/11/2025, 08:31 (reintento tras 2 fallos seguidos)');
  });

  it('under caudal serve says nothing retries by itself, and lists files that keep failing', async () => {
    const failedFile = { fileName: 'Gas_2019.xlsx', url: 'https://www.anh.gov.co/documents/1/Gas_2019.xlsx', message: 'El libro no tiene la hoja de producción', firstFailedAt: '2025-11-01T13:00:00.000Z', lastFailedAt: '2025-11-20T13:00:00.000Z' };
    await openSources({ 'refresh.status': () => ok(idleStatus([schedule('anh-production', { knownFailedFiles: [failedFile] }), schedule('upme-demand', { schedule: 'manual', reason: 'manual', nextRunAt: null })], false)) });
    expect(screen!.find('scheduler-inactive')!.textContent).toContain('nada se actualiza solo');
    const known = within(card('anh-production'), 'source-known-failed')!;
    expect(known.textContent).toContain('Gas_2019.xlsx: El libro no tiene la hoja de producción (desde 01/11/2025, 08:00)');
    expect(within(card('upme-demand'), 'source-next-run')!.textContent).toBe('Solo a mano: no se actualiza sola');
  });
});

describe('Fuentes: history of runs', () => {
  it('lists every run with its trigger, result per source and totals, and opens one up', async () => {
    const { fake } = await openSources();
    const [refreshRun, importRun] = screen!.findAll('run-history-row');
    expect(callsOf(fake, 'refresh.runs')[0]!.input).toEqual({ limit: 20, offset: 0 });
    expect(refreshRun!.dataset.status).toBe('failed');
    expect(refreshRun!.textContent).toContain('Actualización');
    expect(refreshRun!.textContent).toContain('botón «Actualizar datos»');
    expect(within(refreshRun!, 'run-history-source')!.textContent).toBe('ANH · producción: Falló');
    expect(importRun!.textContent).toContain('Importación');
    expect(importRun!.textContent).toContain('importación por consola');
    expect(importRun!.textContent).toContain('3.079');

    await click([...refreshRun!.querySelectorAll('button')].find((button) => button.textContent === 'Ver detalle'));
    const details = screen!.find('run-history-details')!;
    expect(details.textContent).toContain('La ANH respondió HTTP 500');
    expect(details.textContent).toContain('0 descargados · 0 cargados');

    // What a source noticed in a file it loaded anyway is shown with the file, not only in the log.
    await click([...importRun!.querySelectorAll('button')].find((button) => button.textContent === 'Ver detalle'));
    const warnings = screen!.findAll('run-file-warning');
    expect(warnings.map((w) => w.textContent)).toEqual(['Aviso: La fila 10 de la hoja «enero-24» repite exactamente la fila 8']);
  });
});
