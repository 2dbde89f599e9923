import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandInput, CommandOutput } from '../../../src-shared/contract';
import type { DatasetColumn } from '../../../src-shared/contract/data';
import { parseHash } from '../../../src-renderer/router/hash-route';
import { renderApp, type RenderedApp } from '../app/render-app';
import { dashboardHandlers } from '../dashboard-fixtures';
import { createFakeBridge, ok } from '../fake-bridge';

let screen: RenderedApp | undefined;
afterEach(() => {
  vi.useRealTimers();
  screen?.unmount();
  screen = undefined;
});

const click = (element: Element | null | undefined) => act(async () => (element as HTMLElement).click());

function column(id: string, label: string, type: DatasetColumn['type'], unit: string | null, extra: Partial<DatasetColumn> = {}): DatasetColumn {
  return { id, label, labelEn: label, type, unit, format: null, decimals: type === 'number' ? 2 : null, sortable: true, searchable: type === 'text', lineage: false, ...extra };
}

const columns = [
  column('period', 'Periodo', 'month', null),
  column('field', 'Campo', 'text', null),
  column('volume', 'Volumen', 'number', 'MPC'),
  column('file', 'Archivo', 'text', null, { lineage: true, sortable: false }),
];

const datasets: CommandOutput<'data.datasets'> = {
  datasets: [
    { id: 'production', title: 'Producción fiscalizada', titleEn: 'Audited production', description: '', units: ['MPC', 'KPC', 'MPCD'], defaultUnit: 'MPC', columns, filters: ['from', 'to', 'departments'], defaultSort: [{ column: 'period', direction: 'asc' }] },
    { id: 'royalties', title: 'Regalías', titleEn: 'Royalties', description: '', units: ['KPC', 'MPC'], defaultUnit: 'KPC', columns, filters: [], defaultSort: [] },
  ],
};

function rows(input: CommandInput<'data.rows'>): CommandOutput<'data.rows'> {
  const all = Array.from({ length: 60 }, (_, index) => ({ key: `p${index + 1}`, values: ['2024-03', `CAMPO ${index + 1}`, 1000.5 + index, 'Produccion_2024.xlsx'] as (string | number)[] }));
  const found = input.search ? all.filter((row) => String(row.values[1]).includes(input.search!.toUpperCase())) : all;
  const offset = input.offset ?? 0;
  return { dataset: input.dataset, unit: input.unit ?? 'MPC', columns, total: found.length, offset, rows: found.slice(offset, offset + (input.limit ?? 100)), sort: input.sort?.map((key) => ({ column: key.column, direction: key.direction ?? 'asc' })) ?? [], ignoredFilters: [], notes: ['Nota del servicio'] };
}

const lineage: CommandOutput<'data.lineage'> = {
  dataset: 'production',
  key: 'p2',
  file: { id: 7, sourceId: 'anh-production', name: 'Produccion_2024.xlsx', sha256: 'b'.repeat(64), url: 'https://www.anh.gov.co/documents/1/Produccion_2024.xlsx', publisher: 'ANH', importedAt: '2025-11-19T13:02:00.000Z', coverage: '2024', status: 'active' },
  sheet: 'marzo-24',
  row: 14,
  cell: null,
  detail: null,
};

function handlers() {
  return dashboardHandlers({
    'data.datasets': () => ok(datasets),
    'data.rows': (input) => ok(rows(input as CommandInput<'data.rows'>)),
    'data.lineage': () => ok(lineage),
  });
}
const rowsCalls = (fake: ReturnType<typeof createFakeBridge>) => fake.calls.filter((call) => call.name === 'data.rows').map((call) => call.input as CommandInput<'data.rows'>);

describe('Datos', () => {
  it('shows a page of rows with the bar’s filters, es-CO numbers and units in the headers', async () => {
    const fake = createFakeBridge(handlers());
    screen = await renderApp(fake.bridge, { hash: '#/datos' });
    await screen.waitFor(() => screen!.findAll('data-row').length === 25, 'las filas');

    expect(rowsCalls(fake)[0]).toEqual({ dataset: 'production', filters: { from: '2023-11', to: '2025-10' }, offset: 0, limit: 25 });
    const table = screen.find('data-table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Periodo', 'Campo', 'Volumen (MPC)', 'Origen']);
    expect(screen.findAll('data-row')[1]!.textContent).toContain('mar 2024CAMPO 21.001,50');
    expect(screen.find('data-count')!.textContent).toBe('Filas 1–25 de 60');
    expect(screen.find('page')!.textContent).toContain('Nota del servicio');
    // Production rows use every entity filter; the bar shows them all.
    expect(screen.find('filter-operators')).not.toBeNull();
  });

  it('sorts by a header, pages, and searches once the typing settles', async () => {
    const fake = createFakeBridge(handlers());
    screen = await renderApp(fake.bridge, { hash: '#/datos' });
    await screen.waitFor(() => screen!.findAll('data-row').length === 25, 'las filas');

    await click(screen.findAll('data-sort').find((button) => button.textContent === 'Volumen (MPC)'));
    await screen.waitFor(() => rowsCalls(fake).some((input) => input.sort?.[0]?.column === 'volume'), 'el orden por volumen');
    expect(rowsCalls(fake).at(-1)).toMatchObject({ sort: [{ column: 'volume', direction: 'asc' }], offset: 0 });
    expect(screen.container.querySelector('th[data-column="volume"]')!.getAttribute('aria-sort')).toBe('ascending');
    expect(parseHash(window.location.hash)).toEqual({ page: 'datos', params: { orden: 'volume:asc' } });

    const pageThree = [...screen.container.querySelectorAll<HTMLElement>('.mantine-Pagination-control')].find((control) => control.textContent === '3');
    await click(pageThree);
    await screen.waitFor(() => screen!.findAll('data-row').length === 10, 'la última página');
    expect(rowsCalls(fake).at(-1)).toMatchObject({ offset: 50, limit: 25 });

    vi.useFakeTimers();
    const search = screen.find('data-search') as HTMLInputElement;
    await act(async () => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setValue.call(search, 'campo 1');
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const before = rowsCalls(fake).length;
    await act(async () => {
      vi.advanceTimersByTime(299);
    });
    expect(rowsCalls(fake).length).toBe(before);
    await act(async () => {
      vi.advanceTimersByTime(1);
    });
    vi.useRealTimers();
    await screen.waitFor(() => rowsCalls(fake).some((input) => input.search === 'campo 1'), 'la búsqueda');
    expect(rowsCalls(fake).at(-1)).toMatchObject({ search: 'campo 1', offset: 0 });
  });

  it('tells where a row comes from: file, sheet, row, sha256, URL and import time', async () => {
    const fake = createFakeBridge(handlers());
    screen = await renderApp(fake.bridge, { hash: '#/datos' });
    await screen.waitFor(() => screen!.findAll('data-row').length === 25, 'las filas');

    await click(screen.findAll('data-row-lineage')[1]);
    await screen.waitFor(() => document.querySelector('[data-testid="row-lineage-file"]') !== null, 'el origen de la fila');
    expect(fake.calls.find((call) => call.name === 'data.lineage')!.input).toEqual({ dataset: 'production', key: 'p2' });
    const drawer = document.querySelector('[data-testid="row-lineage"]')!;
    expect(drawer.textContent).toContain('mar 2024 · CAMPO 2');
    expect(document.querySelector('[data-testid="row-lineage-file"]')!.textContent).toContain('Produccion_2024.xlsx');
    expect(document.querySelector('[data-testid="row-lineage-sheet"]')!.textContent).toContain('marzo-24');
    expect(document.querySelector('[data-testid="row-lineage-row"]')!.textContent).toContain('14');
    expect(document.querySelector('[data-testid="row-lineage-sha256"]')!.textContent).toContain('b'.repeat(64));
    expect(drawer.textContent).toContain('https://www.anh.gov.co/documents/1/Produccion_2024.xlsx');
    expect(drawer.textContent).toContain('19/11/2025, 08:02');
  });
});
