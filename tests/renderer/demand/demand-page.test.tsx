import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandInput, CommandOutput } from '../../../src-shared/contract';
import { defaultFilters } from '../../../src-renderer/filters/dashboard-filters';
import { UNIT_SEPARATOR } from '../../../src-renderer/format/number-format';
import { memoryStore, storageKeys } from '../../../src-renderer/storage/key-value-store';
import { renderApp, type RenderedApp } from '../app/render-app';
import { catalog, dashboardHandlers } from '../dashboard-fixtures';
import { createFakeBridge, ok } from '../fake-bridge';
import { demandDimensionsAnswer, demandEditionsAnswer, demandSeriesAnswer } from './demand-fixtures';

vi.mock('../../../src-renderer/charts/echarts-view', () => ({
  EChartsView: ({ ariaLabel }: { ariaLabel: string }) => <div data-testid="echarts-stand-in" aria-label={ariaLabel} />,
}));

const nbsp = UNIT_SEPARATOR;
let screen: RenderedApp | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

const click = (element: Element | null | undefined) => act(async () => (element as HTMLElement).click());
const option = (text: string) => [...document.querySelectorAll<HTMLElement>('[role="option"]')].find((candidate) => candidate.textContent === text);

/** UPME's months loaded: history from 2015, the projection to 2045. */
const demandCatalog: CommandOutput<'catalog.dimensions'> = { ...catalog, periodsBySource: { ...catalog.periodsBySource, demand: { first: '2015-01', last: '2045-12' } } };

function handlers(editions: readonly string[], catalogAnswer?: CommandOutput<'catalog.dimensions'>) {
  return dashboardHandlers({
    ...(catalogAnswer ? { 'catalog.dimensions': () => ok(catalogAnswer) } : {}),
    'demand.series': (input) => ok(demandSeriesAnswer((input ?? {}) as CommandInput<'demand.series'>, editions)),
    'demand.editions': () => ok(demandEditionsAnswer(editions)),
    'demand.dimensions': () => ok(demandDimensionsAnswer),
  });
}

const seriesCalls = (fake: ReturnType<typeof createFakeBridge>) => fake.calls.filter((call) => call.name === 'demand.series').map((call) => call.input);

describe('Demanda', () => {
  it('draws the newest edition’s scenarios with history, and says how to compare when only one edition is loaded', async () => {
    const fake = createFakeBridge(handlers(['2024']));
    screen = await renderApp(fake.bridge, { hash: '#/demanda' });
    await screen.waitFor(() => screen!.find('demand-chart')?.dataset.loading === 'false', 'el gráfico de escenarios');

    expect(seriesCalls(fake)[0]).toEqual({ sector: 'total', granularity: 'month' });
    const chart = screen.find('demand-chart')!;
    expect(chart.dataset.edition).toBe('2024');
    expect(chart.querySelector('[data-testid="echarts-stand-in"]')!.getAttribute('aria-label')).toBe(
      'Demanda de gas: Demanda agregada (sin GNL), total nacional (GBTUD). Promedio diario de cada mes · Fuente: UPME, proyección de demanda de gas natural, edición 2024.',
    );
    const december = chart.querySelector('tr[data-period="2024-12"]')!;
    expect(december.querySelector('[data-testid="demand-medio"]')!.textContent).toBe(`1.424,73${nbsp}GBTUD`);
    expect(Number((december as HTMLElement).dataset.medio)).toBe(1424.7297);
    expect(screen.find('demand-projection-start')!.textContent).toBe('La proyección de la edición 2024 empieza en octubre de 2024; antes, la serie es histórica.');
    // The filter bar holds the edition and the regions; the sector is the page's own choice.
    expect(screen.find('filter-edition')).not.toBeNull();
    expect(screen.find('filter-regions')).not.toBeNull();

    await screen.waitFor(() => screen!.find('demand-compare-only-one') !== null, 'el aviso de una sola edición');
    expect(screen.find('demand-compare-only-one')!.textContent).toContain('Solo está cargada la edición 2024');
    expect(screen.find('demand-compare-only-one')!.textContent).toContain('npm run caudal -- import <archivo.zip>');
  });

  it('compares the older edition’s medium projection with the newest edition’s history', async () => {
    const fake = createFakeBridge(handlers(['2023', '2024']));
    screen = await renderApp(fake.bridge, { hash: '#/demanda' });
    await screen.waitFor(() => screen!.find('demand-compare')?.dataset.loading === 'false', 'la comparación');

    const calls = seriesCalls(fake);
    expect(calls).toContainEqual({ edition: '2023', sector: 'total', granularity: 'month', scenarios: ['medio'] });
    expect(calls).toContainEqual({ edition: '2024', sector: 'total', granularity: 'month', scenarios: ['historico'] });
    const compare = screen.find('demand-compare')!;
    expect(compare.dataset.edition).toBe('2023');
    expect(JSON.parse(compare.dataset.rows!).map((row: { period: string }) => row.period)).toEqual(['2024-06', '2024-07', '2024-08', '2024-09']);
    expect(screen.find('demand-compare-summary')!.textContent).toBe(
      `4 periodos comparados (junio de 2024 – septiembre de 2024). Error medio: +102,25 GBTUD (+10,0${nbsp}%); error absoluto medio: 102,25 GBTUD (10,0${nbsp}%): la proyección quedó por encima de lo ocurrido.`,
    );
  });

  it('compares only the periods inside the page’s period filter, as the scenarios chart shows them', async () => {
    const store = memoryStore({ [storageKeys.filters]: JSON.stringify({ ...defaultFilters, period: { from: '2024-07', to: '2024-12' } }) });
    const fake = createFakeBridge(handlers(['2023', '2024'], demandCatalog));
    screen = await renderApp(fake.bridge, { hash: '#/demanda', store });
    await screen.waitFor(() => screen!.find('demand-compare')?.dataset.loading === 'false', 'la comparación');

    const window = { from: '2024-07', to: '2024-12' };
    expect(seriesCalls(fake)).toContainEqual({ ...window, sector: 'total', granularity: 'month' });
    expect(seriesCalls(fake)).toContainEqual({ ...window, edition: '2023', sector: 'total', granularity: 'month', scenarios: ['medio'] });
    expect(seriesCalls(fake)).toContainEqual({ ...window, edition: '2024', sector: 'total', granularity: 'month', scenarios: ['historico'] });
    const compare = screen.find('demand-compare')!;
    expect([compare.dataset.from, compare.dataset.to]).toEqual(['2024-07', '2024-12']);
    expect(JSON.parse(compare.dataset.rows!).map((row: { period: string }) => row.period)).toEqual(['2024-07', '2024-08', '2024-09']);
    expect(screen.find('demand-compare-summary')!.textContent).toContain('3 periodos comparados (julio de 2024 – septiembre de 2024)');
  });

  it('says where the comparable periods are when the window has none, and moves the period filter there on request', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 5, 15, 12));
    try {
      const fake = createFakeBridge(handlers(['2023', '2024'], demandCatalog));
      screen = await renderApp(fake.bridge, { hash: '#/demanda' });
      // The page opens on this year and the ten after it: the newest history ended in 2024.
      await screen.waitFor(() => (screen!.find('demand-compare-none-in-range')?.dataset.elsewhereFrom ?? '') !== '', 'el aviso con los periodos comparables');
      const notice = screen.find('demand-compare-none-in-range')!;
      expect(notice.textContent).toContain(
        'Entre ene 2026 – dic 2036 no hay periodos que la edición 2023 haya proyectado y la edición 2024 ya registre como histórico para Demanda agregada (sin GNL). Los periodos comparables van de junio de 2024 a septiembre de 2024.',
      );
      expect(screen.find('demand-compare')).toBeNull();

      await click(screen.find('demand-compare-show-overlap'));
      await screen.waitFor(() => screen!.find('demand-compare')?.dataset.loading === 'false', 'la comparación en ese periodo');
      expect([screen.find('demand-compare')!.dataset.from, screen.find('demand-compare')!.dataset.to]).toEqual(['2024-06', '2024-09']);
      expect(JSON.parse(screen.find('demand-compare')!.dataset.rows!)).toHaveLength(4);
      // The whole page follows: the scenarios chart and the filter bar show the same window.
      expect(seriesCalls(fake)).toContainEqual({ from: '2024-06', to: '2024-09', sector: 'total', granularity: 'month' });
      expect((screen.find('filter-from') as HTMLInputElement).value).toBe('jun 2024');
    } finally {
      vi.useRealTimers();
    }
  });

  it('says the editions never overlap, rather than blaming the window, when they do not', async () => {
    const store = memoryStore({ [storageKeys.filters]: JSON.stringify({ ...defaultFilters, period: { from: '2024-07', to: '2024-12' } }) });
    const fake = createFakeBridge({
      ...handlers(['2023', '2024'], demandCatalog),
      // An older edition whose projection starts where the newest history ends.
      'demand.series': (input) => {
        const request = (input ?? {}) as CommandInput<'demand.series'>;
        const answer = demandSeriesAnswer(request, ['2023', '2024']);
        return ok(request.edition === '2023' ? { ...answer, points: answer.points.filter((entry) => entry.period >= '2024-10') } : answer);
      },
    });
    screen = await renderApp(fake.bridge, { hash: '#/demanda', store });
    await screen.waitFor(() => screen!.find('demand-compare-no-overlap') !== null, 'el aviso sin solapamiento');
    expect(screen.find('demand-compare-no-overlap')!.textContent).toBe('La edición 2023 no proyectó ningún periodo que la edición 2024 ya registre como histórico para Demanda agregada (sin GNL).');
    expect(screen.find('demand-compare-show-overlap')).toBeNull();
  });

  it('sums the regions of the filter, and falls back to the nation for a sector without regions, saying so', async () => {
    const store = memoryStore({ [storageKeys.filters]: JSON.stringify({ ...defaultFilters, regions: ['centro'] }) });
    const fake = createFakeBridge(handlers(['2024']));
    screen = await renderApp(fake.bridge, { hash: '#/demanda', store });
    await screen.waitFor(() => screen!.find('demand-chart')?.dataset.area === 'regions', 'la región');
    expect(seriesCalls(fake)[0]).toEqual({ sector: 'total', granularity: 'month', regions: ['centro'] });
    expect(screen.find('demand-chart')!.querySelector('[data-testid="echarts-stand-in"]')!.getAttribute('aria-label')).toContain('regiones Centro');

    await click(screen.find('demand-sector'));
    await click(option('Residencial'));
    await screen.waitFor(() => screen!.find('demand-chart')?.dataset.sector === 'residencial', 'el sector residencial');
    expect(window.location.hash).toBe('#/demanda?sector=residencial');
    expect(seriesCalls(fake).at(-1)).toEqual({ sector: 'residencial', granularity: 'month' });
    expect(screen.find('demand-area-ignored')!.textContent).toBe('El sector Residencial no tiene series por región en la edición 2024: se muestra el total nacional.');
  });

  it('sums the nodes in the address, yearly', async () => {
    const fake = createFakeBridge(handlers(['2024']));
    screen = await renderApp(fake.bridge, { hash: '#/demanda?nodos=centro:YOPAL|centro:AGUAZUL&periodicidad=anio' });
    await screen.waitFor(() => screen!.find('demand-chart')?.dataset.area === 'nodes', 'los nodos');
    expect(seriesCalls(fake)[0]).toEqual({ sector: 'total', granularity: 'year', nodes: ['centro:AGUAZUL', 'centro:YOPAL'] });
    expect(screen.find('demand-chart')!.querySelector('[data-testid="echarts-stand-in"]')!.getAttribute('aria-label')).toContain('2 nodos');
  });

  it('explains how to load a projection when none is loaded', async () => {
    const fake = createFakeBridge(
      dashboardHandlers({
        'demand.series': (input) => ok(demandSeriesAnswer((input ?? {}) as CommandInput<'demand.series'>, [])),
        'demand.editions': () => ok(demandEditionsAnswer([])),
        'demand.dimensions': () => ok({ edition: null, sectors: [], regions: [], nodes: [] }),
      }),
    );
    screen = await renderApp(fake.bridge, { hash: '#/demanda' });
    await screen.waitFor(() => screen!.find('demand-no-edition') !== null, 'el estado sin edición');
    expect(screen.find('demand-no-edition')!.textContent).toContain('Aún no hay proyección de demanda cargada');
  });
});
