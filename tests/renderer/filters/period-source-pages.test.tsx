import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CommandInput, CommandOutput } from '../../../src-shared/contract';
import { renderApp, type RenderedApp } from '../app/render-app';
import { catalog, dashboardHandlers } from '../dashboard-fixtures';
import { demandDimensionsAnswer, demandEditionsAnswer, demandSeriesAnswer } from '../demand/demand-fixtures';
import { createFakeBridge, ok } from '../fake-bridge';

vi.mock('../../../src-renderer/charts/echarts-view', () => ({
  EChartsView: ({ ariaLabel }: { ariaLabel: string }) => <div data-testid="echarts-stand-in" aria-label={ariaLabel} />,
}));

/** Royalties reach past production on both ends; demand and the declarations run years ahead. */
const widerCatalog: CommandOutput<'catalog.dimensions'> = {
  ...catalog,
  periodsBySource: {
    production: { first: '2020-01', last: '2025-10' },
    royalties: { first: '2019-01', last: '2025-12' },
    declaration: { first: '2025-01', last: '2034-12' },
    demand: { first: '2010-01', last: '2039-12' },
  },
};

let screen: RenderedApp | undefined;
beforeEach(() => {
  // Only the date is fixed (the projection window starts this year); timers stay real for the renders.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 5, 15, 12));
});
afterEach(() => {
  screen?.unmount();
  screen = undefined;
  vi.useRealTimers();
});

const inputsOf = (fake: ReturnType<typeof createFakeBridge>, name: string) => fake.calls.filter((call) => call.name === name).map((call) => call.input as { from?: string; to?: string });
const shownValue = (testId: string) => (screen!.find(testId) as HTMLInputElement | null)?.value;
const monthOptions = async (testId: string) => {
  const input = screen!.find(testId)!;
  await act(async () => input.click());
  const listbox = document.getElementById(input.getAttribute('aria-controls') ?? '');
  const options = [...(listbox?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])].map((option) => option.textContent);
  await act(async () => screen!.find(testId)!.blur());
  return options;
};

async function open(hash: string, command: string) {
  const fake = createFakeBridge(
    dashboardHandlers({
      'catalog.dimensions': () => ok(widerCatalog),
      'demand.series': (input) => ok(demandSeriesAnswer((input ?? {}) as CommandInput<'demand.series'>, ['2024'])),
      'demand.editions': () => ok(demandEditionsAnswer(['2024'])),
      'demand.dimensions': () => ok(demandDimensionsAnswer),
    }),
  );
  screen = await renderApp(fake.bridge, { hash });
  await screen.waitFor(() => inputsOf(fake, command).length > 0 && screen!.find('filter-from') !== null, `la consulta ${command}`);
  return fake;
}

describe("the period filter spans the page's own dataset", () => {
  it('keeps production pages on the last 24 months of production', async () => {
    const fake = await open('#/produccion', 'production.series');
    expect(inputsOf(fake, 'production.series')[0]).toMatchObject({ from: '2023-11', to: '2025-10' });
    expect(shownValue('filter-to')).toBe('oct 2025');
  });

  it('lets Regalías reach royalty months outside production’s range', async () => {
    const fake = await open('#/regalias', 'royalties.series');
    expect(inputsOf(fake, 'royalties.series')[0]).toMatchObject({ from: '2024-01', to: '2025-12' });
    const months = await monthOptions('filter-from');
    expect(months[0]).toBe('dic 2025');
    expect(months.at(-1)).toBe('ene 2019');
    expect(months).toHaveLength(7 * 12);
  });

  it('opens Demanda on this year and the ten after it, offering history and the whole projection', async () => {
    const fake = await open('#/demanda', 'demand.series');
    expect(inputsOf(fake, 'demand.series')[0]).toMatchObject({ from: '2026-01', to: '2036-12' });
    expect(shownValue('filter-from')).toBe('ene 2026');
    const months = await monthOptions('filter-to');
    expect(months[0]).toBe('dic 2039');
    expect(months.at(-1)).toBe('ene 2010');
  });

  it('opens Balance on this year through the end of the declarations loaded', async () => {
    const fake = await open('#/balance', 'balance.series');
    expect(inputsOf(fake, 'balance.series')[0]).toMatchObject({ from: '2026-01', to: '2034-12' });
    expect(shownValue('filter-to')).toBe('dic 2034');
  });
});
