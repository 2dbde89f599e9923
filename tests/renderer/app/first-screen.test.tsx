import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UNIT_SEPARATOR } from '../../../src-renderer/format/number-format';
import { breakdown, catalog, dashboardHandlers, emptyCatalog, series } from '../dashboard-fixtures';
import { createFakeBridge, ok, type FakeHandler } from '../fake-bridge';
import { renderApp, type RenderedApp } from './render-app';

/**
 * The walking skeleton's first screen grew into the dashboard: the national series and the department
 * breakdown now live on Producción (`#/produccion`) and Resumen is the landing page. These tests keep
 * the first screen's promises on that page: exact requests, numbers as the service sent them, gaps,
 * empty and error states, and a reload after an import.
 */
// ECharts needs a real canvas, which happy-dom lacks. The option it would draw is tested on its own
// (production-chart-option.test.ts); here the stand-in exposes what it was given.
vi.mock('../../../src-renderer/charts/echarts-view', () => ({
  EChartsView: ({ option, ariaLabel }: { option: { xAxis: { data: string[] }; series: { data: unknown[] }[] }; ariaLabel: string }) => (
    <div data-testid="echarts-stand-in" aria-label={ariaLabel} data-months={JSON.stringify(option.xAxis.data)} data-values={JSON.stringify(option.series[0]?.data)} />
  ),
}));

const nbsp = UNIT_SEPARATOR;
const production = '#/produccion';

function dataHandlers(overrides: Record<string, FakeHandler> = {}): Record<string, FakeHandler> {
  return dashboardHandlers(overrides);
}

/** Calls of one command whose input matches, in call order. */
function callsOf(fake: ReturnType<typeof createFakeBridge>, name: string) {
  return fake.calls.filter((call) => call.name === name);
}

let screen: RenderedApp | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

describe('first screen', () => {
  it('shows the header and, with nothing imported, the empty state with the import command', async () => {
    const fake = createFakeBridge({ 'catalog.dimensions': () => ok(emptyCatalog) });
    screen = await renderApp(fake.bridge, { hash: production });
    await screen.waitFor(() => screen!.find('empty-state') !== null, 'el estado vacío');

    expect(screen.container.querySelector('h1')?.textContent).toBe('Caudal — Gas natural de Colombia');
    const empty = screen.find('empty-state')!;
    expect(empty.textContent).toContain('Importe archivos o actualice');
    expect(empty.textContent).toContain('npm run caudal -- import <carpeta>');
    expect(screen.find('production-chart')).toBeNull();
    expect(screen.find('department-breakdown')).toBeNull();
    // The catalog, and whether a refresh is already running (for the header's "Actualizar datos"): nothing else.
    expect(fake.calls.map((call) => call.name).sort()).toEqual(['catalog.dimensions', 'refresh.status']);
  });

  it('draws the monthly national series for the last 24 months and the department breakdown', async () => {
    const fake = createFakeBridge(dataHandlers());
    screen = await renderApp(fake.bridge, { hash: production });
    await screen.waitFor(() => screen!.find('production-chart') !== null && screen!.find('department-breakdown') !== null, 'el gráfico y el desglose');

    // The chart's series first, then the breakdown, then the year-over-year comparison (both full years).
    expect(callsOf(fake, 'production.series').map((call) => call.input)).toEqual([
      { from: '2023-11', to: '2025-10', granularity: 'month', measure: 'fiscalizada', rateUnit: 'MPCD', volumeUnit: 'MPC' },
      { from: '2024-01', to: '2025-12', granularity: 'month', measure: 'fiscalizada', rateUnit: 'MPCD', volumeUnit: 'MPC' },
    ]);
    expect(callsOf(fake, 'production.breakdown').map((call) => call.input)).toEqual([
      { from: '2023-11', to: '2025-10', by: 'department', top: 10, measure: 'fiscalizada', rateUnit: 'MPCD', volumeUnit: 'MPC' },
    ]);

    const chart = screen.find('production-chart')!;
    expect(chart.dataset.points).toBe('3');
    expect(chart.dataset.loading).toBe('false');
    expect(chart.dataset.from).toBe('2023-11');
    expect(chart.dataset.to).toBe('2025-10');
    expect(JSON.parse(chart.dataset.series!)).toEqual(series.points);

    // The chart spans every month of the range; months without data are gaps, not zeros.
    const standIn = screen.find('echarts-stand-in')!;
    const months = JSON.parse(standIn.dataset.months!) as string[];
    const values = JSON.parse(standIn.dataset.values!) as (number | null)[];
    expect(months).toHaveLength(24);
    expect(values.filter((value) => value !== null)).toEqual(series.points.map((p) => p.rateMpcd));
    expect(standIn.getAttribute('aria-label')).toContain('Fuente: ANH, producción fiscalizada');

    const tableRows = [...chart.querySelectorAll('[data-testid="production-chart-table"] tbody tr')];
    expect(tableRows.map((row) => row.getAttribute('data-period'))).toEqual(['2025-08', '2025-09', '2025-10']);
    expect(tableRows[1]!.textContent).toContain(`765,00${nbsp}MPCD`);
    expect(tableRows[1]!.textContent).toContain(`22.950,10${nbsp}MPC`);

    const rows = screen.findAll('department-breakdown-row');
    expect(rows.map((row) => row.dataset.key)).toEqual(['85', '23']);
    expect(rows[0]!.textContent).toContain('Casanare');
    expect(rows[0]!.textContent).toContain('40.000,00');
    expect(rows[0]!.textContent).toContain('434,78');
    expect(rows[0]!.textContent).toContain(`56,6${nbsp}%`);
    expect(Number(rows[0]!.dataset.volumeMpc)).toBe(40_000);
    expect(screen.find('department-breakdown-rest')!.textContent).toContain('Otros (1 departamento)');
    expect(screen.find('department-breakdown-total')!.textContent).toContain('70.642,11');
    expect(screen.find('department-breakdown-range')!.textContent).toContain('ago 2025 – oct 2025');
    expect(breakdown.items).toHaveLength(rows.length);
  });

  it('says so when the filters match no production', async () => {
    const fake = createFakeBridge(dataHandlers({ 'production.series': () => ok({ ...series, points: [] }) }));
    screen = await renderApp(fake.bridge, { hash: production });
    await screen.waitFor(() => screen!.find('production-chart-no-results') !== null, 'el aviso de filtros sin datos');

    expect(screen.find('production-chart')).toBeNull();
    expect(screen.find('production-chart-no-results')!.textContent).toContain('Sin producción para estos filtros');
  });

  it('shows the service error in Spanish and recovers on retry', async () => {
    let failures = 1;
    const fake = createFakeBridge(
      dataHandlers({
        'catalog.dimensions': () => {
          if (failures-- > 0) throw new TypeError('Failed to fetch');
          return ok(catalog);
        },
      }),
    );
    screen = await renderApp(fake.bridge, { hash: production });
    await screen.waitFor(() => screen!.find('error-notice') !== null, 'el aviso de error');

    const notice = screen.find('error-notice')!;
    expect(notice.textContent).toContain('No se pudo cargar el catálogo de datos');
    expect(notice.textContent).toContain('No se pudo contactar al servicio de Caudal');
    expect(notice.dataset.code).toBe('unreachable');

    const retry = [...notice.querySelectorAll('button')].find((button) => button.textContent === 'Reintentar')!;
    await act(async () => retry.click());
    await screen.waitFor(() => screen!.find('production-chart') !== null, 'el gráfico tras reintentar');
    expect(screen.find('error-notice')).toBeNull();
  });

  it('shows a command error message from the service as is', async () => {
    const message = 'Error interno al responder la consulta. Se registró el detalle.';
    const fake = createFakeBridge(dataHandlers({ 'production.breakdown': () => ({ ok: false, error: { code: 'internal', message } }) }));
    screen = await renderApp(fake.bridge, { hash: production });
    await screen.waitFor(() => screen!.find('error-notice') !== null, 'el aviso de error del desglose');

    expect(screen.find('error-notice')!.textContent).toContain(message);
    expect(screen.find('error-notice')!.textContent).toContain('No se pudo cargar la producción por departamento');
    expect(screen.find('production-chart')).not.toBeNull();
  });

  it('reloads everything when an import finishes', async () => {
    let catalogAnswer = emptyCatalog;
    const fake = createFakeBridge(dataHandlers({ 'catalog.dimensions': () => ok(catalogAnswer) }));
    screen = await renderApp(fake.bridge, { hash: production });
    await screen.waitFor(() => screen!.find('empty-state') !== null, 'el estado vacío');

    catalogAnswer = catalog;
    await act(async () => fake.emit('etl.progress', { runId: 7, sourceId: 'anh-production', step: 'parse', file: 'a.xlsx', done: 1, total: 3, message: null }));
    expect(fake.calls.filter((call) => call.name === 'catalog.dimensions')).toHaveLength(1);

    await act(async () => fake.emit('etl.progress', { runId: 7, sourceId: 'anh-production', step: 'done', file: null, done: 3, total: 3, message: null }));
    await screen.waitFor(() => screen!.find('production-chart') !== null, 'el gráfico tras la importación');
    expect(screen.find('empty-state')).toBeNull();
  });
});

describe('first screen filters', () => {
  it('asks again for the chosen departments and range', async () => {
    const fake = createFakeBridge(dataHandlers());
    screen = await renderApp(fake.bridge, { hash: production });
    await screen.waitFor(() => screen!.find('production-chart') !== null, 'el gráfico');

    const departments = screen.find('filter-departments') as HTMLInputElement;
    await act(async () => departments.click());
    const casanare = [...document.querySelectorAll<HTMLElement>('[role="option"]')].find((option) => option.textContent === 'Casanare');
    expect(casanare, 'la opción Casanare del selector').toBeDefined();
    await act(async () => casanare!.click());
    await screen.waitFor(() => callsOf(fake, 'production.series').length === 4, 'las nuevas consultas');

    const seriesCalls = callsOf(fake, 'production.series');
    expect(seriesCalls[2]!.input).toEqual({ from: '2023-11', to: '2025-10', departments: ['85'], granularity: 'month', measure: 'fiscalizada', rateUnit: 'MPCD', volumeUnit: 'MPC' });
    // The year-over-year comparison follows the departments but always spans both full years.
    expect(seriesCalls[3]!.input).toEqual({ from: '2024-01', to: '2025-12', departments: ['85'], granularity: 'month', measure: 'fiscalizada', rateUnit: 'MPCD', volumeUnit: 'MPC' });
    const breakdownCalls = callsOf(fake, 'production.breakdown');
    expect(breakdownCalls.at(-1)!.input).toMatchObject({ departments: ['85'], by: 'department' });
    // The choice is remembered for the next launch.
    expect(JSON.parse(screen.store.getItem('caudal.filters.v1')!)).toMatchObject({ departments: ['85'], period: null });
  });
});
