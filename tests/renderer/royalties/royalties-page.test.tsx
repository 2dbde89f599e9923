import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandInput, CommandOutput } from '../../../src-shared/contract';
import { UNIT_SEPARATOR } from '../../../src-renderer/format/number-format';
import { renderApp, type RenderedApp } from '../app/render-app';
import { dashboardHandlers, royalties } from '../dashboard-fixtures';
import { createFakeBridge, ok } from '../fake-bridge';

vi.mock('../../../src-renderer/charts/echarts-view', () => ({
  EChartsView: ({ option, ariaLabel }: { option: { series: { name: string; data: unknown[] }[] }; ariaLabel: string }) => (
    <div data-testid="echarts-stand-in" aria-label={ariaLabel} data-values={JSON.stringify(option.series.map((s) => s.data))} />
  ),
}));

const nbsp = UNIT_SEPARATOR;
let screen: RenderedApp | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

const click = (element: Element | null | undefined) => act(async () => (element as HTMLElement).click());
const segment = (testId: string, text: string) => [...screen!.find(testId)!.querySelectorAll('label')].find((label) => label.textContent === text);

/** Two departments; the second settlement of La Guajira had no TRM. */
function breakdownAnswer(input: CommandInput<'royalties.breakdown'>): CommandOutput<'royalties.breakdown'> {
  const usd = input.measure === 'royaltiesUsd';
  return {
    by: input.by,
    measure: input.measure ?? 'royaltiesCop',
    unit: usd ? 'USD' : 'COP',
    volumeUnit: input.volumeUnit ?? 'KPC',
    from: '2024-01',
    to: '2025-01',
    items: [
      { key: '85', label: 'Casanare', value: usd ? 700 : 2_900_000, share: usd ? 0.76 : 0.78, royaltiesCop: 2_900_000, royaltiesUsd: 700, taxableVolume: 250, royaltyVolume: 20 },
      { key: '44', label: 'La Guajira', value: usd ? 225 : 800_000, share: usd ? 0.24 : 0.22, royaltiesCop: 800_000, royaltiesUsd: 225, taxableVolume: 120, royaltyVolume: 9 },
    ],
    rest: { count: 0, value: 0 },
    total: usd ? 925 : 3_700_000,
  };
}

function handlers(overrides = {}) {
  return dashboardHandlers({
    'royalties.series': (input) => {
      const request = input as CommandInput<'royalties.series'>;
      const points = royalties.points.map((point, index) => ({ ...point, rowsWithoutTrm: index === 1 ? 1 : 0 }));
      if (request.granularity === 'year') {
        return ok({ granularity: 'year', volumeUnit: request.volumeUnit ?? 'KPC', points: [{ ...points[0]!, period: '2024', royaltiesCop: 2_500_000, royaltiesUsd: 625, rows: 4, months: 2, rowsWithoutTrm: 1 }, { ...points[2]!, period: '2025' }] });
      }
      return ok({ ...royalties, volumeUnit: request.volumeUnit ?? 'KPC', points });
    },
    'royalties.breakdown': (input) => ok(breakdownAnswer(input as CommandInput<'royalties.breakdown'>)),
    ...overrides,
  });
}

describe('Regalías', () => {
  it('shows the period’s total in pesos and dollars, how many settlements lacked a TRM, and the charts', async () => {
    const fake = createFakeBridge(handlers());
    screen = await renderApp(fake.bridge, { hash: '#/regalias' });
    await screen.waitFor(() => screen!.find('royalties-totals')?.dataset.loading === 'false', 'los totales');

    const request = fake.calls.find((call) => call.name === 'royalties.series')!.input;
    // The page's filters: the last 24 months of the catalog, volumes in the bar's unit, no operator.
    expect(request).toEqual({ from: '2023-11', to: '2025-10', granularity: 'month', volumeUnit: 'MPC' });
    const totals = screen.find('royalties-totals')!;
    expect(Number(totals.dataset.cop)).toBe(3_700_000);
    expect(screen.find('royalties-total-cop')!.textContent).toBe('3.700.000');
    expect(screen.find('royalties-total-usd')!.textContent).toBe('925,00');
    expect(screen.find('royalties-missing-trm')!.textContent).toBe('1 de 6 liquidaciones no tienen TRM publicada: sus pesos no están en el total en dólares.');

    const chart = screen.find('royalties-chart')!;
    expect(chart.querySelector('[data-testid="echarts-stand-in"]')!.getAttribute('aria-label')).toContain('Regalías liquidadas por mes (COP)');
    expect(chart.querySelector('[data-testid="echarts-stand-in"]')!.getAttribute('aria-label')).toContain('Fuente: ANH');
    const rows = [...chart.querySelectorAll('tbody tr')].map((row) => row.textContent);
    expect(rows[1]).toContain(`1.500.000${nbsp}COP`);
    expect(rows[1]).toContain('Liquidaciones sin TRM (fuera del valor en USD): 1');
    expect(screen.find('royalties-volume-chart')).not.toBeNull();
    expect(screen.findAll('lineage-button').length).toBeGreaterThanOrEqual(3);

    const breakdownRows = screen.findAll('royalties-breakdown-row');
    expect(breakdownRows.map((row) => row.dataset.key)).toEqual(['85', '44']);
    expect(breakdownRows[0]!.textContent).toContain('2.900.000');
    expect(breakdownRows[0]!.textContent).toContain('78,0');
  });

  it('switches to dollars and to years, and groups by regime, keeping the choices in the address', async () => {
    const fake = createFakeBridge(handlers());
    screen = await renderApp(fake.bridge, { hash: '#/regalias' });
    await screen.waitFor(() => screen!.find('royalties-chart') !== null, 'el gráfico');

    await click(segment('royalties-currency', 'Dólares (USD)'));
    await screen.waitFor(() => screen!.find('royalties-chart')?.dataset.currency === 'USD', 'los dólares');
    expect(window.location.hash).toBe('#/regalias?moneda=usd');
    await screen.waitFor(() => screen!.find('royalties-breakdown')?.dataset.total === '925', 'el desglose en dólares');
    expect(fake.calls.filter((call) => call.name === 'royalties.breakdown').at(-1)!.input).toMatchObject({ measure: 'royaltiesUsd', by: 'department', top: 10 });

    await click(segment('royalties-granularity', 'Anual'));
    await screen.waitFor(() => screen!.find('royalties-chart')?.dataset.granularity === 'year', 'los años');
    expect(JSON.parse(screen.find('royalties-chart')!.querySelector('[data-testid="echarts-stand-in"]')!.getAttribute('data-values')!)[0]).toEqual([null, 625, 300]);

    await click(segment('royalties-breakdown-dimension', 'Régimen'));
    await screen.waitFor(() => fake.calls.some((call) => call.name === 'royalties.breakdown' && (call.input as { by: string }).by === 'regime'), 'el desglose por régimen');
    expect(window.location.hash).toBe('#/regalias?moneda=usd&periodicidad=anio&tabla=regimen');
  });

  it('says when nothing was settled in the period, and shows a failure in plain Spanish', async () => {
    const empty = createFakeBridge(handlers({ 'royalties.series': () => ok({ granularity: 'month', volumeUnit: 'MPC', points: [] }) }));
    screen = await renderApp(empty.bridge, { hash: '#/regalias' });
    await screen.waitFor(() => screen!.find('royalties-no-results') !== null, 'el estado vacío');
    expect(screen.find('royalties-no-results')!.textContent).toContain('No hay liquidaciones de regalías entre nov 2023 – oct 2025');
    expect(screen.find('royalties-chart')).toBeNull();
    screen.unmount();

    const failing = createFakeBridge(handlers({ 'royalties.series': () => ({ ok: false, error: { code: 'internal', message: 'La base de datos está ocupada.' } }) }));
    screen = await renderApp(failing.bridge, { hash: '#/regalias' });
    await screen.waitFor(() => screen!.find('error-notice') !== null, 'el error');
    expect(screen.find('error-notice')!.textContent).toContain('No se pudo cargar la serie de regalías');
    expect(screen.find('error-notice')!.textContent).toContain('La base de datos está ocupada.');
  });
});
