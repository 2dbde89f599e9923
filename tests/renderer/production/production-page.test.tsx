import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandInput } from '../../../src-shared/contract';
import { renderApp, type RenderedApp } from '../app/render-app';
import { breakdown, dashboardHandlers, productionPoint, series } from '../dashboard-fixtures';
import { createFakeBridge, ok } from '../fake-bridge';

vi.mock('../../../src-renderer/charts/echarts-view', () => ({
  EChartsView: ({ option }: { option: { series: { name: string; data: unknown[] }[] } }) => (
    <div data-testid="echarts-stand-in" data-names={JSON.stringify(option.series.map((s) => s.name))} data-values={JSON.stringify(option.series.map((s) => s.data))} />
  ),
}));

let screen: RenderedApp | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

const click = (element: Element | null | undefined) => act(async () => (element as HTMLElement).click());
const option = (text: string) => [...document.querySelectorAll<HTMLElement>('[role="option"]')].find((candidate) => candidate.textContent === text);
const segment = (testId: string, text: string) => [...screen!.find(testId)!.querySelectorAll('label')].find((label) => label.textContent === text);

/** Casanare's own series: the stacked band under the rest of the country. */
const casanare = [productionPoint('2025-08', 15_000, 31), productionPoint('2025-09', 14_000, 30), productionPoint('2025-10', 14_500, 31)];

function stackingHandlers() {
  return dashboardHandlers({
    'production.series': (input) => ok({ ...series, points: (input as CommandInput<'production.series'>).departments?.[0] === '85' ? casanare : series.points }),
    'production.breakdown': (input) => {
      const request = input as CommandInput<'production.breakdown'>;
      return ok(request.top === 1 ? { ...breakdown, items: breakdown.items.slice(0, 1), rest: { ...breakdown.rest, count: 2 } } : breakdown);
    },
  });
}

describe('Producción', () => {
  it('stacks the series by department: top groups from the breakdown, one series each, and the rest', async () => {
    const fake = createFakeBridge(stackingHandlers());
    screen = await renderApp(fake.bridge, { hash: '#/produccion?apilar=departamento&mayores=5' });
    await screen.waitFor(() => JSON.parse(screen!.find('production-chart')?.dataset.groups ?? '[]').length === 3, 'el gráfico apilado');

    expect(fake.calls.find((call) => call.name === 'production.breakdown')!.input).toMatchObject({ by: 'department', top: 5, measure: 'fiscalizada' });
    const perGroup = fake.calls.filter((call) => call.name === 'production.series' && (call.input as { departments?: string[] }).departments);
    expect(perGroup.map((call) => (call.input as { departments: string[] }).departments)).toEqual([['85'], ['23']]);

    const chart = screen.find('echarts-stand-in')!;
    expect(JSON.parse(chart.dataset.names!)).toEqual(['Casanare', 'Córdoba', 'Otros (1 departamento)']);
    // The bands of each month add up to the national total.
    const values = JSON.parse(chart.dataset.values!) as (number | null)[][];
    const lastMonth = values[0]!.length - 1;
    const stackedOctober = values.reduce((sum, band) => sum + (band[lastMonth] ?? 0), 0);
    expect(stackedOctober).toBeCloseTo(series.points[2]!.rate, 9);
  });

  it('changes the measure, the stacking and the table from the controls, keeping them in the address', async () => {
    const fake = createFakeBridge(stackingHandlers());
    screen = await renderApp(fake.bridge, { hash: '#/produccion' });
    await screen.waitFor(() => screen!.find('production-chart') !== null, 'el gráfico');

    await click(screen.find('production-measure'));
    await click(option('Gas quemado'));
    await screen.waitFor(() => screen!.find('production-chart')?.dataset.measure === 'quemado', 'el gas quemado');
    expect(window.location.hash).toBe('#/produccion?medida=quemado');
    const lastSeries = fake.calls.filter((call) => call.name === 'production.series').at(-1)!.input;
    expect(lastSeries).toMatchObject({ measure: 'quemado' });

    await click(segment('production-stack', 'Operadora'));
    expect(window.location.hash).toBe('#/produccion?apilar=operadora&medida=quemado');
    await screen.waitFor(() => fake.calls.some((call) => call.name === 'production.breakdown' && (call.input as { by: string }).by === 'operator'), 'el desglose por operadora');

    await click(segment('breakdown-dimension', 'Campo'));
    await screen.waitFor(() => fake.calls.some((call) => call.name === 'production.breakdown' && (call.input as { by: string; top: number }).by === 'field' && (call.input as { top: number }).top === 10), 'la tabla por campo');
    expect(window.location.hash).toContain('tabla=campo');
  });

  it('compares this year with last year by month, and shows the files behind the chart on demand', async () => {
    const yoy = [productionPoint('2024-10', 31_000, 31), productionPoint('2025-10', 23_480.64, 31)];
    const fake = createFakeBridge(
      dashboardHandlers({ 'production.series': (input) => ok({ ...series, points: (input as { from?: string }).from === '2024-01' ? yoy : series.points }) }),
    );
    screen = await renderApp(fake.bridge, { hash: '#/produccion' });
    await screen.waitFor(() => screen!.find('production-yoy') !== null, 'la comparación anual');
    const yoyPanel = screen.find('production-yoy')!;
    expect(yoyPanel.dataset.year).toBe('2025');
    const october = (JSON.parse(yoyPanel.dataset.months!) as { month: number; previous: number; current: number; change: number }[])[9]!;
    expect(october).toEqual({ month: 10, previous: 1000, current: 23_480.64 / 31, change: expect.closeTo(23_480.64 / 31 / 1000 - 1, 12) });
    expect(yoyPanel.textContent).toContain('−24,3');

    await click(screen.findAll('lineage-button')[0]);
    await screen.waitFor(() => document.querySelector('[data-testid="source-file"]') !== null, 'los archivos');
    expect(fake.calls.find((call) => call.name === 'sources.files')!.input).toEqual({ sourceId: 'anh-production', includeSuperseded: false });
    const file = document.querySelector<HTMLElement>('[data-testid="source-file"]')!;
    expect(file.dataset.sha256).toBe('a'.repeat(64));
    expect(file.textContent).toContain('Producción_Fiscalizada_Gas_2024.xlsx');
    expect(file.textContent).toContain('354,0');
    expect(file.textContent).toContain('1 de 2 hojas cuadran con su total; 1 no');
    expect(file.textContent).toContain('la fórmula TOTAL omite las filas 8–11: 3,65 MPC');
    expect(document.querySelector('[data-testid="source-files-drawer"]')!.textContent).toContain('Producción fiscalizada de gas — tasa media diaria (MPCD) · nov 2023 – oct 2025');
  });
});
