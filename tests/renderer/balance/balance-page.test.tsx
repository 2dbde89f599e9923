import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandInput } from '../../../src-shared/contract';
import { defaultFilters } from '../../../src-renderer/filters/dashboard-filters';
import { UNIT_SEPARATOR } from '../../../src-renderer/format/number-format';
import { memoryStore, storageKeys } from '../../../src-renderer/storage/key-value-store';
import { renderApp, type RenderedApp } from '../app/render-app';
import { dashboardHandlers } from '../dashboard-fixtures';
import { createFakeBridge, ok } from '../fake-bridge';
import { balanceAnswer, resolutionsAnswer } from './balance-fixtures';

vi.mock('../../../src-renderer/charts/echarts-view', () => ({
  EChartsView: ({ option, ariaLabel }: { option: { series: { data: unknown[] }[] }; ariaLabel: string }) => (
    <div data-testid="echarts-stand-in" aria-label={ariaLabel} data-bars={JSON.stringify(option.series[0]!.data)} />
  ),
}));

const nbsp = UNIT_SEPARATOR;
let screen: RenderedApp | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

const click = (element: Element | null | undefined) => act(async () => (element as HTMLElement).click());
const option = (text: string) => [...document.querySelectorAll<HTMLElement>('[role="option"]')].find((candidate) => candidate.textContent === text);

function handlers(overrides = {}) {
  return dashboardHandlers({
    'balance.series': (input) => ok(balanceAnswer(input as CommandInput<'balance.series'>)),
    'declaration.resolutions': () => ok(resolutionsAnswer),
    ...overrides,
  });
}

const firstDeficits = () =>
  screen!.findAll('balance-first-deficit').map((row) => [row.dataset.scenario, row.dataset.period, row.querySelector('[data-testid="balance-first-deficit-text"]')!.textContent]);

describe('Balance', () => {
  it('states the first deficit month of every scenario in words and highlights the medium scenario’s', async () => {
    const fake = createFakeBridge(handlers());
    screen = await renderApp(fake.bridge, { hash: '#/balance' });
    await screen.waitFor(() => screen!.find('balance-chart')?.dataset.loading === 'false', 'el balance');

    expect(fake.calls.find((call) => call.name === 'balance.series')!.input).toEqual({ granularity: 'month' });
    expect(firstDeficits()).toEqual([
      ['bajo', '', 'Escenario bajo: la demanda no supera la oferta declarada en el horizonte de la declaración.'],
      ['medio', '2025-03', 'Escenario medio: la demanda supera por primera vez la oferta declarada en marzo de 2025.'],
      ['alto', '2025-02', 'Escenario alto: la demanda supera por primera vez la oferta declarada en febrero de 2025.'],
    ]);
    expect(screen.find('balance-deficits')!.textContent).toContain(`3 de 6 periodos con déficit; el mayor, 50,00${nbsp}GBTUD en junio de 2025.`);
    const chart = screen.find('balance-chart')!;
    expect(chart.dataset.highlighted).toBe('medio');
    expect(chart.dataset.resolution).toBe('01281-2025');
    expect(chart.querySelector('[data-testid="echarts-stand-in"]')!.getAttribute('aria-label')).toContain(
      'Fuente: MinEnergía, declaración 2025-2034 (resolución 01281-2025); UPME, demanda edición 2024',
    );
    expect(chart.querySelector('tr[data-period="2025-06"]')!.textContent).toContain(`1.000,00${nbsp}GBTUD`);
    expect(screen.findAll('balance-note').map((note) => note.textContent)).toEqual(['La edición 2024 no proyecta el escenario alto después de mayo de 2025.']);
  });

  it('highlights the scenario of the shared filter', async () => {
    const store = memoryStore({ [storageKeys.filters]: JSON.stringify({ ...defaultFilters, scenario: 'alto' }) });
    screen = await renderApp(createFakeBridge(handlers()).bridge, { hash: '#/balance', store });
    await screen.waitFor(() => screen!.find('balance-chart')?.dataset.highlighted === 'alto', 'el escenario alto');
    const bars = JSON.parse(screen.find('echarts-stand-in')!.dataset.bars!) as { itemStyle: { color: string } }[];
    expect(bars.map((bar) => bar.itemStyle.color === '#fa5252')).toEqual([false, true, true, true, true, false]);
  });

  it('compares against an earlier resolution picked from the declarations loaded', async () => {
    const fake = createFakeBridge(handlers());
    screen = await renderApp(fake.bridge, { hash: '#/balance' });
    await screen.waitFor(() => screen!.find('balance-chart') !== null, 'el balance');

    await click(screen.find('balance-resolution'));
    await click(option('00739 de 2025 (anterior)'));
    await screen.waitFor(() => screen!.find('balance-chart')?.dataset.resolution === '00739-2025', 'la resolución anterior');
    expect(window.location.hash).toBe('#/balance?resolucion=00739-2025');
    expect(fake.calls.filter((call) => call.name === 'balance.series').at(-1)!.input).toEqual({ resolution: '00739-2025', granularity: 'month' });
    expect(firstDeficits().map(([scenario, period]) => [scenario, period])).toEqual([
      ['bajo', ''],
      ['medio', ''],
      ['alto', ''],
    ]);

    // Another declaration has its own resolutions: the chosen one is dropped.
    await click(screen.find('balance-declaration'));
    await click(option('Declaración 2024-2033'));
    await screen.waitFor(() => window.location.hash === '#/balance?declaracion=2024-2033', 'la otra declaración');
  });

  it('says what to load when there is no declaration', async () => {
    const fake = createFakeBridge(handlers({ 'balance.series': () => ok({ ...balanceAnswer({}), declarationPeriod: null, resolution: null, points: [] }) }));
    screen = await renderApp(fake.bridge, { hash: '#/balance' });
    await screen.waitFor(() => screen!.find('balance-no-declaration') !== null, 'el estado sin declaración');
    expect(screen.find('balance-no-declaration')!.textContent).toContain('Aún no hay declaración de producción cargada');
    expect(screen.find('balance-chart')).toBeNull();
  });
});
