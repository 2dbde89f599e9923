import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UNIT_SEPARATOR } from '../../../src-renderer/format/number-format';
import { nextCalendarYear } from '../../../src-renderer/summary/kpis';
import { dashboardHandlers, series } from '../dashboard-fixtures';
import { createFakeBridge } from '../fake-bridge';
import { renderApp, type RenderedApp } from './render-app';

vi.mock('../../../src-renderer/charts/echarts-view', () => ({
  EChartsView: ({ ariaLabel }: { ariaLabel: string }) => <div data-testid="echarts-stand-in" aria-label={ariaLabel} />,
}));

const nbsp = UNIT_SEPARATOR;
let screen: RenderedApp | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
  window.localStorage.clear();
  document.documentElement.removeAttribute('data-mantine-color-scheme');
});

const click = (element: Element | null | undefined) => act(async () => (element as HTMLElement).click());
const option = (text: string) => [...document.querySelectorAll<HTMLElement>('[role="option"]')].find((candidate) => candidate.textContent === text);
const navLabels = () => screen!.findAll('page').length && [...screen!.container.querySelectorAll('nav a')].map((link) => link.textContent);

describe('the shell', () => {
  it('opens on Resumen with the four national figures, each with its unit, source and page', async () => {
    const fake = createFakeBridge(dashboardHandlers());
    screen = await renderApp(fake.bridge);
    await screen.waitFor(() => screen!.findAll('kpi-value').length === 4, 'las cuatro cifras');

    expect(screen.find('page')!.dataset.page).toBe('resumen');
    const production = screen.find('kpi-production')!;
    expect(production.dataset.period).toBe('2025-10');
    expect(production.querySelector('[data-testid="kpi-value"]')!.textContent).toBe('757,44');
    expect(production.querySelector('[data-testid="kpi-unit"]')!.textContent).toBe('MPCD');
    expect(production.textContent).toContain('Producción fiscalizada, octubre de 2025');
    expect(production.querySelector('[data-testid="kpi-change-previous"]')!.textContent).toBe(`Frente a septiembre de 2025: −1,0${nbsp}%`);
    expect(production.querySelector('[data-testid="kpi-change-year"]')!.textContent).toBe('Frente a octubre de 2024: sin dato para comparar');
    expect(production.textContent).toContain('Fuente: ANH, producción fiscalizada de gas');
    expect(production.querySelector('a')!.getAttribute('href')).toBe('#/produccion');

    const royalties = screen.find('kpi-royalties')!;
    expect(royalties.querySelector('[data-testid="kpi-value"]')!.textContent).toBe('1.200.000');
    expect(royalties.textContent).toContain('Enero a enero de 2025');
    expect(royalties.querySelector('[data-testid="kpi-change-year"]')!.textContent).toBe(`Frente al mismo periodo de 2024: +20,0${nbsp}%`);

    const year = nextCalendarYear(new Date());
    const demand = screen.find('kpi-demand')!;
    expect(demand.textContent).toContain(`Demanda proyectada ${year}`);
    expect(demand.querySelector('[data-testid="kpi-value"]')!.textContent).toBe('1.100,52');
    expect(demand.querySelector('[data-testid="kpi-unit"]')!.textContent).toBe('GBTUD');
    expect(fake.calls.find((call) => call.name === 'demand.series')!.input).toEqual({ scenarios: ['medio'], sector: 'total', granularity: 'year', from: `${year}-01`, to: `${year}-12` });

    const balance = screen.find('kpi-balance')!;
    expect(balance.querySelector('[data-testid="kpi-value"]')!.textContent).toBe('-200,00');
    expect(balance.querySelector('[data-testid="kpi-gap-sign"]')!.textContent).toBe('Déficit');
    expect(balance.querySelector('[data-testid="kpi-first-deficit"]')!.textContent).toBe('Primer mes de déficit (escenario medio): marzo de 2026');
    expect(balance.textContent).toContain('resolución 01281-2025');
    expect(balance.querySelector('a')!.getAttribute('href')).toBe('#/balance');

    // Resumen uses the rate unit only: the bar shows nothing else.
    expect(screen.find('filter-rate-unit')).not.toBeNull();
    expect(screen.find('filter-departments')).toBeNull();
  });

  it('says which figures have no data instead of showing zeros', async () => {
    const fake = createFakeBridge(
      dashboardHandlers({
        'royalties.series': () => ({ ok: true, data: { granularity: 'month', volumeUnit: 'KPC', points: [] } }),
        'demand.series': () => ({ ok: true, data: { edition: null, sector: 'total', area: 'national', granularity: 'year', unit: 'GBTUD', projectionStart: null, points: [] } }),
      }),
    );
    screen = await renderApp(fake.bridge);
    await screen.waitFor(() => screen!.find('kpi-royalties')?.dataset.state === 'empty' && screen!.find('kpi-demand')?.dataset.state === 'empty', 'los estados vacíos');
    expect(screen.find('kpi-royalties')!.textContent).toContain('Aún no hay regalías cargadas.');
    expect(screen.find('kpi-demand')!.textContent).toContain('Aún no hay proyección de demanda cargada.');
    expect(screen.find('kpi-production')!.dataset.state).toBe('ready');
  });

  it('lists every page in the navigation and opens each one with its own filters', async () => {
    const fake = createFakeBridge(dashboardHandlers());
    screen = await renderApp(fake.bridge);
    await screen.waitFor(() => screen!.find('kpi-production') !== null, 'el resumen');
    expect(navLabels()).toEqual(['Resumen', 'Producción', 'Regalías', 'Demanda', 'Balance', 'Mapa', 'Datos', 'Fuentes']);

    const filterBars: Record<string, string[]> = {
      regalias: ['filter-from', 'filter-departments', 'filter-municipalities', 'filter-fields', 'filter-contracts', 'filter-volume-unit'],
      demanda: ['filter-edition', 'filter-regions'],
      balance: ['filter-edition', 'filter-scenario'],
      mapa: ['filter-from', 'filter-departments', 'filter-municipalities'],
    };
    for (const [id, filters] of Object.entries(filterBars)) {
      await screen.navigate(`#/${id}`);
      await screen.waitFor(() => screen!.find('page')?.dataset.page === id && screen!.find('filter-bar') !== null, `la página ${id}`);
      expect(screen.find('under-construction')).toBeNull();
      for (const filter of filters) expect(screen.find(filter), `${id}: ${filter}`).not.toBeNull();
      expect(screen.container.querySelector(`nav a[href="#/${id}"]`)!.getAttribute('aria-current')).toBe('page');
      // Focus moves to the new page's title, as a screen reader expects after a navigation.
      expect(document.activeElement).toBe(screen.find('page-title'));
    }

    await screen.navigate('#/no-existe');
    await screen.waitFor(() => screen!.find('not-found') !== null, 'la página inexistente');
    expect(screen.find('not-found')!.textContent).toContain('«no-existe»');
  });

  it('switches to English and back, and remembers the choice', async () => {
    const fake = createFakeBridge(dashboardHandlers());
    screen = await renderApp(fake.bridge);
    await screen.waitFor(() => screen!.findAll('kpi-value').length === 4, 'el resumen');

    const english = [...screen.find('language-switch')!.querySelectorAll('label')].find((label) => label.textContent === 'EN');
    await click(english);
    expect(screen.container.querySelector('h1')!.textContent).toBe('Caudal — Colombian natural gas');
    expect(navLabels()).toEqual(['Summary', 'Production', 'Royalties', 'Demand', 'Balance', 'Map', 'Data', 'Sources']);
    expect(screen.find('kpi-production')!.textContent).toContain('Audited production, October 2025');
    expect(document.documentElement.lang).toBe('en');

    const store = screen.store;
    screen.unmount();
    screen = await renderApp(fake.bridge, { store });
    expect(screen.container.querySelector('h1')!.textContent).toBe('Caudal — Colombian natural gas');
  });

  it('switches between light and dark theme', async () => {
    const fake = createFakeBridge(dashboardHandlers());
    screen = await renderApp(fake.bridge);
    const toggle = screen.find('theme-switch')!;
    expect(toggle.dataset.scheme).toBe('light');
    expect(toggle.textContent).toBe('Tema oscuro');
    await click(toggle);
    expect(document.documentElement.getAttribute('data-mantine-color-scheme')).toBe('dark');
    expect(screen.find('theme-switch')!.textContent).toBe('Tema claro');
    expect(window.localStorage.getItem('caudal.color-scheme.v1')).toBe('dark');
  });
});

describe('the shared filters', () => {
  it('are remembered between launches and follow the analyst from page to page', async () => {
    const fake = createFakeBridge(dashboardHandlers());
    screen = await renderApp(fake.bridge, { hash: '#/produccion' });
    await screen.waitFor(() => screen!.find('production-chart') !== null, 'el gráfico');
    await click(screen.find('filter-departments'));
    await click(option('Casanare'));
    await screen.waitFor(() => fake.calls.some((call) => call.name === 'production.series' && JSON.stringify(call.input).includes('"departments":["85"]')), 'la consulta filtrada');

    const store = screen.store;
    screen.unmount();
    const relaunched = createFakeBridge(dashboardHandlers());
    screen = await renderApp(relaunched.bridge, { hash: '#/produccion', store });
    await screen.waitFor(() => screen!.find('production-chart') !== null, 'el gráfico tras relanzar');
    expect(relaunched.calls.find((call) => call.name === 'production.series')!.input).toMatchObject({ departments: ['85'] });
    expect((screen.find('filter-departments')!.closest('.mantine-MultiSelect-root') ?? screen.find('filter-bar'))!.textContent).toContain('Casanare');

    // Datos (production rows) applies the same departments; Fuentes shows no filter bar.
    await screen.navigate('#/fuentes');
    await screen.waitFor(() => screen!.find('source-health-list') !== null, 'las fuentes');
    expect(screen.find('filter-bar')).toBeNull();
  });

  it('ask the service for the chosen unit and label the numbers with the unit of the answer', async () => {
    const inKpcd = { ...series, rateUnit: 'KPCD' as const, points: series.points.map((point) => ({ ...point, rate: point.rateMpcd * 1000 })) };
    const fake = createFakeBridge(
      dashboardHandlers({ 'production.series': (input) => ({ ok: true, data: (input as { rateUnit?: string }).rateUnit === 'KPCD' ? inKpcd : series }) }),
    );
    screen = await renderApp(fake.bridge, { hash: '#/produccion' });
    await screen.waitFor(() => screen!.find('production-chart') !== null, 'el gráfico');
    await click(screen.find('filter-rate-unit'));
    await click(option('KPCD'));
    await screen.waitFor(() => screen!.find('production-chart')?.querySelector('caption')?.textContent?.includes('(KPCD)') === true, 'el gráfico en KPCD');
    const row = screen.find('production-chart')!.querySelector('tbody tr')!;
    expect(row.textContent).toContain(`781.011,94${nbsp}KPCD`);
  });

  it('can be saved as a named view, applied later and deleted', async () => {
    const fake = createFakeBridge(dashboardHandlers());
    screen = await renderApp(fake.bridge, { hash: '#/produccion' });
    await screen.waitFor(() => screen!.find('production-chart') !== null, 'el gráfico');
    await click(screen.find('filter-departments'));
    await click(option('La Guajira'));

    await click(screen.find('saved-views-button'));
    const name = document.querySelector<HTMLInputElement>('[data-testid="saved-views-name"]')!;
    await click(document.querySelector('[data-testid="saved-views-save"]'));
    expect(document.querySelector('[data-testid="saved-views"]')!.textContent).toContain('Escriba un nombre para la vista.');
    await act(async () => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setValue.call(name, 'Guajira reciente');
      name.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(document.querySelector('[data-testid="saved-views-save"]'));
    const saved = document.querySelector<HTMLElement>('[data-testid="saved-view"]')!;
    expect(saved.dataset.name).toBe('Guajira reciente');
    expect(saved.textContent).toContain('Departamentos: 1');
    expect(JSON.parse(screen.store.getItem('caudal.saved-views.v1')!)[0].filters.departments).toEqual(['44']);

    // Clear the filters, then apply the view: La Guajira comes back.
    await click(document.querySelector('.mantine-Modal-close') ?? document.querySelector('[aria-label="Close"]'));
    await click(screen.find('filter-clear'));
    expect(JSON.parse(screen.store.getItem('caudal.filters.v1')!).departments).toEqual([]);
    await click(screen.find('saved-views-button'));
    await click(document.querySelector('[data-testid="saved-view-apply"]'));
    expect(JSON.parse(screen.store.getItem('caudal.filters.v1')!).departments).toEqual(['44']);

    await click(screen.find('saved-views-button'));
    await click(document.querySelector('[data-testid="saved-view-delete"]'));
    expect(document.querySelector('[data-testid="saved-views-none"]')).not.toBeNull();
    expect(JSON.parse(screen.store.getItem('caudal.saved-views.v1')!)).toEqual([]);
  });
});
