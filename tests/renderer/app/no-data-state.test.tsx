import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandOutput } from '../../../src-shared/contract';
import { loadedDatasets, pageDataState } from '../../../src-renderer/app/page-data';
import { dashboardHandlers, demandForYear, emptyCatalog } from '../dashboard-fixtures';
import { createFakeBridge, ok } from '../fake-bridge';
import { renderApp, type RenderedApp } from './render-app';

vi.mock('../../../src-renderer/charts/echarts-view', () => ({
  EChartsView: ({ ariaLabel }: { ariaLabel: string }) => <div data-testid="echarts-stand-in" aria-label={ariaLabel} />,
}));

type Catalog = CommandOutput<'catalog.dimensions'>;
type Dataset = keyof Catalog['periodsBySource'];

/** A catalog with only `datasets` loaded: what `catalog.dimensions` answers for such a database. */
function catalogWith(...datasets: Dataset[]): Catalog {
  const span = (dataset: Dataset) => (datasets.includes(dataset) ? { first: '2024-01', last: dataset === 'demand' || dataset === 'declaration' ? '2034-12' : '2025-10' } : { first: null, last: null });
  return {
    ...emptyCatalog,
    periods: span('production'),
    periodsBySource: { production: span('production'), royalties: span('royalties'), declaration: span('declaration'), demand: span('demand') },
  };
}

/** The service's answers for a database holding only royalties: every production query comes back empty. */
function royaltiesOnlyHandlers() {
  return dashboardHandlers({
    'catalog.dimensions': () => ok(catalogWith('royalties')),
    'production.series': () => ok({ measure: 'fiscalizada', granularity: 'month', rateUnit: 'MPCD', volumeUnit: 'MPC', heatingValues: null, points: [] }),
    'demand.series': () => ok({ ...demandForYear(2026), edition: null, points: [] }),
  });
}

let screen: RenderedApp | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

describe('which datasets a page can open on', () => {
  it('counts every dataset, not only production', () => {
    expect(loadedDatasets(catalogWith())).toEqual([]);
    expect(loadedDatasets(catalogWith('demand', 'royalties'))).toEqual(['royalties', 'demand']);
    for (const dataset of ['production', 'royalties', 'declaration', 'demand'] as const) {
      expect(pageDataState(['production', 'royalties', 'declaration', 'demand'], catalogWith(dataset)), `solo ${dataset}`).toEqual({ kind: 'ready' });
    }
  });

  it('tells an empty database from one whose data another page shows', () => {
    expect(pageDataState(['production'], catalogWith())).toEqual({ kind: 'empty' });
    expect(pageDataState(['production'], catalogWith('royalties', 'demand'))).toEqual({ kind: 'missing', needs: ['production'], loaded: ['royalties', 'demand'] });
    expect(pageDataState(['production', 'royalties'], catalogWith('royalties'))).toEqual({ kind: 'ready' });
    // Pages that need nothing open on an empty database.
    expect(pageDataState([], catalogWith())).toEqual({ kind: 'ready' });
  });
});

describe('the first screen without production', () => {
  it('opens Resumen on the royalties when they are all that is loaded, and says production is missing on its card', async () => {
    const fake = createFakeBridge(royaltiesOnlyHandlers());
    screen = await renderApp(fake.bridge);
    await screen.waitFor(() => screen!.find('kpi-royalties')?.dataset.state === 'ready' && screen!.find('kpi-production')?.dataset.state === 'empty', 'las cifras');

    expect(screen.find('page')!.dataset.page).toBe('resumen');
    expect(screen.find('empty-state')).toBeNull();
    expect(screen.find('kpi-royalties')!.querySelector('[data-testid="kpi-value"]')!.textContent).toBe('1.200.000');
    expect(screen.find('kpi-production')!.textContent).toContain('Aún no hay producción cargada.');
  });

  it.each([['demand'], ['declaration']] as const)('opens Resumen when only the %s is loaded', async (dataset) => {
    const fake = createFakeBridge(dashboardHandlers({ 'catalog.dimensions': () => ok(catalogWith(dataset)) }));
    screen = await renderApp(fake.bridge);
    await screen.waitFor(() => screen!.find('kpi-demand') !== null, 'las cifras');
    expect(screen.find('empty-state')).toBeNull();
  });

  it('opens Regalías and Mapa on royalties alone', async () => {
    const fake = createFakeBridge(royaltiesOnlyHandlers());
    screen = await renderApp(fake.bridge, { hash: '#/regalias' });
    await screen.waitFor(() => screen!.find('royalties-chart') !== null, 'Regalías');
    expect(screen.find('empty-state')).toBeNull();
    expect(screen.find('page-actions'), 'las exportaciones de la página').not.toBeNull();

    await screen.navigate('#/mapa');
    await screen.waitFor(() => screen!.find('page')?.dataset.page === 'mapa', 'Mapa');
    expect(screen.find('empty-state')).toBeNull();
  });

  it('on Producción, names the data that is loaded and links to its pages instead of claiming there is none', async () => {
    const fake = createFakeBridge(dashboardHandlers({ 'catalog.dimensions': () => ok(catalogWith('royalties', 'demand')) }));
    screen = await renderApp(fake.bridge, { hash: '#/produccion' });
    await screen.waitFor(() => screen!.find('empty-state') !== null, 'la ayuda');

    const help = screen.find('empty-state')!;
    expect(help.dataset.kind).toBe('missing');
    expect(help.textContent).toContain('Aún no hay datos de producción');
    expect(help.textContent).not.toContain('Aún no hay datos cargados');
    expect(screen.find('empty-state-loaded')!.textContent).toContain('Ya hay datos de regalías y demanda proyectada:');
    expect(screen.findAll('empty-state-open').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Ver Regalías', '#/regalias'],
      ['Ver Demanda', '#/demanda'],
    ]);
    expect(help.textContent).toContain('npm run caudal -- import <carpeta>');
    expect(screen.find('production-chart')).toBeNull();
    expect(fake.calls.some((call) => call.name === 'production.series')).toBe(false);
  });

  it('names both datasets the map could show, in English too', async () => {
    const fake = createFakeBridge(dashboardHandlers({ 'catalog.dimensions': () => ok(catalogWith('demand')) }));
    screen = await renderApp(fake.bridge, { hash: '#/mapa' });
    await screen.waitFor(() => screen!.find('empty-state') !== null, 'la ayuda');
    expect(screen.find('empty-state')!.textContent).toContain('Aún no hay datos de producción o regalías');

    const english = [...screen.find('language-switch')!.querySelectorAll('label')].find((label) => label.textContent === 'EN');
    await act(async () => english!.click());
    await screen.waitFor(() => screen!.find('empty-state')!.textContent!.includes('No production or royalty data yet'), 'the English help');
    expect(screen.find('empty-state-loaded')!.textContent).toContain('There is already projected demand data:');
  });

  it('still says nothing is loaded on a first launch', async () => {
    const fake = createFakeBridge(dashboardHandlers({ 'catalog.dimensions': () => ok(catalogWith()) }));
    screen = await renderApp(fake.bridge);
    await screen.waitFor(() => screen!.find('empty-state') !== null, 'el estado vacío');
    expect(screen.find('empty-state')!.dataset.kind).toBe('empty');
    expect(screen.find('empty-state')!.textContent).toContain('Aún no hay datos cargados');
    expect(screen.find('empty-state-loaded')).toBeNull();
  });
});
