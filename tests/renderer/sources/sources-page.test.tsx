import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, type RenderedApp } from '../app/render-app';
import { dashboardHandlers, emptyCatalog } from '../dashboard-fixtures';
import { createFakeBridge, ok } from '../fake-bridge';

let screen: RenderedApp | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

const click = (element: Element | null | undefined) => act(async () => (element as HTMLElement).click());
const button = (root: Element, text: string) => [...root.querySelectorAll('button')].find((candidate) => candidate.textContent === text);

describe('Fuentes', () => {
  it('shows each source’s health, the failure in plain words, and works before anything is imported', async () => {
    const fake = createFakeBridge(dashboardHandlers({ 'catalog.dimensions': () => ok(emptyCatalog) }));
    screen = await renderApp(fake.bridge, { hash: '#/fuentes' });
    await screen.waitFor(() => screen!.findAll('source-health').length === 2, 'las fuentes');

    expect(screen.find('refresh-panel-start')!.textContent).toBe('Actualizar datos');
    expect(screen.find('import-button')!.textContent).toBe('Importar archivos…');
    const [anh, upme] = screen.findAll('source-health');
    expect(anh!.dataset.status).toBe('failed');
    expect(anh!.querySelector('[data-testid="source-health-status"]')!.textContent).toBe('Falló');
    expect(anh!.querySelector('[data-testid="source-health-error"]')!.textContent).toContain('La ANH respondió HTTP 500');
    expect(anh!.querySelector('[data-testid="source-health-freshness"]')!.textContent).toBe('oct 2025');
    expect(anh!.querySelector('[data-testid="source-health-rows"]')!.textContent).toBe('9.034');
    expect(anh!.textContent).toContain('Página oficial: https://www.anh.gov.co/es/estadísticas/');
    expect(anh!.textContent).toContain('20/11/2025, 08:01 · botón «Actualizar datos» · Falló · 0 archivos, 0 filas');
    expect(upme!.dataset.status).toBe('none');
    expect(upme!.querySelector('[data-testid="source-health-freshness"]')!.textContent).toBe('Sin datos cargados');
    expect(screen.find('empty-state')).toBeNull();
  });

  it('lists a source’s files with their evidence on demand', async () => {
    const fake = createFakeBridge(dashboardHandlers());
    screen = await renderApp(fake.bridge, { hash: '#/fuentes' });
    await screen.waitFor(() => screen!.findAll('source-health').length === 2, 'las fuentes');
    const anh = screen.findAll('source-health')[0]!;
    await click(button(anh, 'Ver archivos (1)'));
    await screen.waitFor(() => anh.querySelector('[data-testid="source-file"]') !== null, 'los archivos');
    expect(anh.querySelector('[data-testid="source-file-sha256"]')!.textContent).toBe('a'.repeat(64));
    expect(anh.querySelector('[data-testid="source-file-reconciliation"]')!.textContent).toBe('1 de 2 hojas cuadran con su total; 1 no');
  });

  it('pages the rejected rows, filters them by source, and shows a row’s original values', async () => {
    const fake = createFakeBridge(dashboardHandlers());
    screen = await renderApp(fake.bridge, { hash: '#/fuentes' });
    await screen.waitFor(() => screen!.findAll('rejects-row').length === 25, 'la primera página de rechazos');
    expect(screen.find('rejects-count')!.dataset.total).toBe('30');
    expect(fake.calls.find((call) => call.name === 'etl.rejects')!.input).toEqual({ limit: 25, offset: 0 });

    const pageTwo = [...screen.container.querySelectorAll<HTMLElement>('.mantine-Pagination-control')].find((control) => control.textContent === '2');
    await click(pageTwo);
    await screen.waitFor(() => screen!.findAll('rejects-row').length === 5, 'la segunda página');
    expect(fake.calls.filter((call) => call.name === 'etl.rejects').at(-1)!.input).toEqual({ limit: 25, offset: 25 });

    await click(button(screen.findAll('rejects-row')[0]!, 'Ver valores'));
    expect(document.querySelector('[data-testid="rejects-raw"]')!.textContent).toContain('"CAMPO": "CAMPO 26"');

    // "Ver rechazos" on a card narrows the list to that source (and the address says so).
    const anh = screen.findAll('source-health')[0]!;
    await click(button(anh, 'Ver rechazos'));
    await screen.waitFor(() => fake.calls.some((call) => call.name === 'etl.rejects' && (call.input as { sourceId?: string }).sourceId === 'anh-production'), 'los rechazos de la ANH');
    expect(window.location.hash).toBe('#/fuentes?rechazos=anh-production');
    expect(fake.calls.filter((call) => call.name === 'etl.rejects').at(-1)!.input).toEqual({ sourceId: 'anh-production', limit: 25, offset: 0 });
  });
});
