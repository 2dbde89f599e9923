import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandInput } from '../../../src-shared/contract';
import { UNIT_SEPARATOR } from '../../../src-renderer/format/number-format';
import { renderApp, type RenderedApp } from '../app/render-app';
import { dashboardHandlers } from '../dashboard-fixtures';
import { createFakeBridge, ok } from '../fake-bridge';
import { boundariesAnswer, valuesAnswer } from './map-fixtures';

type Handler = (params: unknown, chart: unknown) => void;
/** The stand-in keeps the chart's event handlers, so a test can click a territory as ECharts would report it. */
const chartEvents = vi.hoisted(() => ({ current: undefined as Record<string, Handler> | undefined }));

vi.mock('../../../src-renderer/charts/echarts-view', () => ({
  EChartsView: ({ ariaLabel, onEvents }: { ariaLabel: string; onEvents?: Record<string, Handler> }) => {
    chartEvents.current = onEvents;
    return <div data-testid="echarts-stand-in" aria-label={ariaLabel} />;
  },
}));

const nbsp = UNIT_SEPARATOR;
let screen: RenderedApp | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
  chartEvents.current = undefined;
});

const click = (element: Element | null | undefined) => act(async () => (element as HTMLElement).click());
const clickTerritory = (code: string) => act(async () => chartEvents.current!['click']!({ componentType: 'series', seriesType: 'map', name: code }, {}));

function handlers(overrides = {}) {
  return dashboardHandlers({
    'map.boundaries': (input) => ok(boundariesAnswer((input as CommandInput<'map.boundaries'>).level)),
    'map.values': (input) => ok(valuesAnswer(input as CommandInput<'map.values'>)),
    ...overrides,
  });
}

describe('Mapa', () => {
  it('paints the measure for the period filter, with units, the exact values and where they come from', async () => {
    const fake = createFakeBridge(handlers());
    screen = await renderApp(fake.bridge, { hash: '#/mapa' });
    await screen.waitFor(() => screen!.find('map')?.dataset.loading === 'false', 'el mapa');

    expect(fake.calls.find((call) => call.name === 'map.values')!.input).toEqual({ level: 'department', measure: 'productionVolume', from: '2023-11', to: '2025-10' });
    expect(screen.find('map')!.dataset.unit).toBe('MPC');
    expect(screen.find('echarts-stand-in')!.getAttribute('aria-label')).toBe(
      'Producción fiscalizada (volumen) por departamento (MPC). nov 2023 – oct 2025 · Fuente: ANH, producción fiscalizada de gas.',
    );
    const rows = screen.findAll('map-ranking-row');
    expect(rows.map((row) => [row.dataset.code, row.textContent])).toEqual([
      ['85', '1Casanare575.296,35'],
      ['44', '2La Guajira63.975,40'],
    ]);
    expect(screen.find('map-unplaced')!.textContent).toContain(`94,84${nbsp}MPC (1 fila)`);
    expect(screen.find('map-boundaries-source')!.textContent).toBe('Límites: DANE, Límites MGN 2018 (mgn-department.geojson).');
  });

  it('filters every page by the territory clicked on the map, and a second click removes the filter', async () => {
    const fake = createFakeBridge(handlers());
    screen = await renderApp(fake.bridge, { hash: '#/mapa' });
    await screen.waitFor(() => screen!.find('map')?.dataset.loading === 'false', 'el mapa');

    await clickTerritory('85');
    await screen.waitFor(() => screen!.find('map-selection') !== null, 'el filtro activo');
    expect(screen.find('map-selection')!.dataset.departments).toBe('85');
    expect(screen.find('map-selection')!.textContent).toContain('Filtro activo: Casanare.');
    expect(screen.find('map-ranking-row')!.dataset.selected).toBe('true');

    // Producción is now filtered by Casanare.
    await click(screen.find('map-open-production'));
    await screen.waitFor(() => screen!.find('production-chart') !== null, 'Producción');
    expect(fake.calls.filter((call) => call.name === 'production.series').at(-1)!.input).toMatchObject({ departments: ['85'] });

    await screen.navigate('#/mapa');
    await screen.waitFor(() => screen!.find('map')?.dataset.loading === 'false', 'el mapa otra vez');
    await clickTerritory('85');
    await screen.waitFor(() => screen!.find('map-selection') === null, 'sin filtro');
  });

  it('filters from the keyboard through the ranked list, and refuses a territory without production', async () => {
    const fake = createFakeBridge(handlers());
    screen = await renderApp(fake.bridge, { hash: '#/mapa?nivel=municipio' });
    await screen.waitFor(() => screen!.find('map')?.dataset.level === 'municipality', 'el mapa municipal');

    const button = screen.find('map-ranking-select')!;
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('aria-label')).toBe('Filtrar todas las páginas por Aguazul');
    await click(button);
    await screen.waitFor(() => screen!.find('map-selection')?.dataset.municipalities === '85010', 'el municipio');
    expect(screen.find('map-selection')!.dataset.departments).toBe('85');

    await screen.navigate('#/mapa');
    await screen.waitFor(() => screen!.find('map')?.dataset.level === 'department', 'el mapa departamental');
    await clickTerritory('05');
    expect(screen.find('map-unknown-territory')!.textContent).toBe('Antioquia no tiene producción cargada, así que las demás páginas no se pueden filtrar por ese territorio.');
  });

  it('records where each territory sits on the canvas once the chart has drawn, after the drawing task', async () => {
    screen = await renderApp(createFakeBridge(handlers()).bridge, { hash: '#/mapa' });
    await screen.waitFor(() => screen!.find('map')?.dataset.loading === 'false', 'el mapa');
    const chart = { isDisposed: () => false, convertToPixel: (_finder: unknown, code: string) => (code === '85' ? [120.4, 80.6] : [10, 20]) };
    act(() => chartEvents.current!['finished']!({}, chart));
    // Not inside ECharts' frame, which is already the page's longest task.
    expect(screen.find('map-canvas')!.dataset.anchors).toBeUndefined();
    await screen.waitFor(() => screen!.find('map-canvas')!.dataset.anchors !== undefined, 'las posiciones');
    expect(JSON.parse(screen.find('map-canvas')!.dataset.anchors!)).toEqual({ '44': [10, 20], '85': [120, 81] });
  });

  it('explains how to get the boundaries before they are loaded, instead of drawing an empty map', async () => {
    const missing = () => ({ ok: false as const, error: { code: 'not-found' as const, message: 'No hay límites de departamentos cargados.' } });
    const fake = createFakeBridge(handlers({ 'map.boundaries': missing }));
    screen = await renderApp(fake.bridge, { hash: '#/mapa' });
    await screen.waitFor(() => screen!.find('map-boundaries-missing') !== null, 'la ayuda de límites');
    const help = screen.find('map-boundaries-missing')!;
    expect(help.textContent).toContain('Aún no hay límites de departamentos cargados');
    expect(help.textContent).toContain('Actualizar la fuente «DANE, DIVIPOLA y Marco Geoestadístico» en la página Fuentes');
    expect(help.textContent).toContain('npm run caudal -- import <archivo.geojson>');
    expect(help.querySelector('a')!.getAttribute('href')).toBe('#/fuentes');
    expect(screen.find('echarts-stand-in')).toBeNull();
    expect(screen.find('error-notice')).toBeNull();
  });
});
