import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../../src-shared/contract';
import { renderApp, type RenderedApp } from '../app/render-app';
import { dashboardHandlers, emptyCatalog } from '../dashboard-fixtures';
import { createFakeBridge, ok } from '../fake-bridge';
import { refreshHandlers } from './refresh-fixtures';

let screen: RenderedApp | undefined;
afterEach(() => {
  screen?.unmount();
  screen = undefined;
});

const click = (element: Element | null | undefined) => act(async () => (element as HTMLElement).click());
const inDocument = (testId: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
const callsOf = (fake: ReturnType<typeof createFakeBridge>, name: string) => fake.calls.filter((call) => call.name === name);
const workbook = (name: string, bytes: number) => new File([new Uint8Array(bytes).fill(7)], name);

function fileRejects(input: CommandInput<'etl.rejects'>) {
  const rows = [10, 11].map((row) => ({ id: row, sourceId: 'anh-production' as const, fileId: input?.fileId ?? null, fileName: 'Gas_2024.xlsx', sheet: 'enero-24', row, reasonCode: 'missing-month', reason: `La fila ${row} no tiene mes`, raw: { CAMPO: `CAMPO ${row}` } }));
  return { total: rows.length, rows };
}

async function openSources(overrides: Parameters<typeof refreshHandlers>[0] = {}) {
  const fake = createFakeBridge(
    dashboardHandlers(refreshHandlers({ 'catalog.dimensions': () => ok(emptyCatalog), 'etl.rejects': (input) => ok(fileRejects(input as CommandInput<'etl.rejects'>)), ...overrides })),
  );
  screen = await renderApp(fake.bridge, { hash: '#/fuentes' });
  await screen.waitFor(() => screen!.find('import-input') !== null && callsOf(fake, 'refresh.status').length === 1, 'el botón de importar');
  return fake;
}

async function choose(files: File[]) {
  const input = screen!.find('import-input') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
}

describe('importing by hand', () => {
  it('sends the chosen files as uploads and shows the per-file summary, with rejected rows one click away', async () => {
    const fake = await openSources();
    await choose([workbook('Gas_2024.xlsx', 1000), workbook('Gas_2025.xlsx', 2000)]);
    await screen!.waitFor(() => inDocument('import-summary')[0]?.dataset.phase === 'done', 'el resumen');

    const calls = callsOf(fake, 'import.files');
    expect(calls).toHaveLength(1);
    const uploads = (calls[0]!.input as { uploads: { fileName: string; contentBase64: string }[] }).uploads;
    expect(uploads.map((u) => u.fileName)).toEqual(['Gas_2024.xlsx', 'Gas_2025.xlsx']);
    expect(uploads[0]!.contentBase64).toBe(btoa('\u0007'.repeat(1000)));

    expect(inDocument('import-totals')[0]!.textContent).toBe('2 cargados · 0 sin cambios · 0 no reconocidos · 0 con error · 6.158 filas nuevas · 2 rechazadas');
    const [first] = inDocument('import-file');
    expect(first!.dataset.status).toBe('loaded');
    expect(first!.textContent).toContain('ANH producción fiscalizada de gas');
    expect(first!.textContent).toContain('Conciliación: 1 de 2 hojas cuadran con su total');
    expect(first!.textContent).toContain('Hoja agosto-24: la fórmula TOTAL omite las filas 8–11: 3,65 MPC');

    await click(first!.querySelector('[data-testid="import-show-rejects"]'));
    await screen!.waitFor(() => inDocument('file-reject').length === 2, 'las filas rechazadas');
    expect(callsOf(fake, 'etl.rejects').at(-1)!.input).toEqual({ fileId: 70, limit: 50, offset: 0 });
    expect(inDocument('file-reject')[0]!.textContent).toContain('La fila 10 no tiene mes');
    expect(inDocument('file-reject')[0]!.textContent).toContain('"CAMPO":"CAMPO 10"');
  });

  it('through the browser bridge refuses a file over 700 KB in plain Spanish and imports the rest', async () => {
    const fake = await openSources();
    await choose([workbook('grande.zip', 800 * 1024), workbook('Gas_2024.xlsx', 1000)]);
    await screen!.waitFor(() => inDocument('import-summary')[0]?.dataset.phase === 'done', 'el resumen');
    const uploads = (callsOf(fake, 'import.files')[0]!.input as { uploads: { fileName: string }[] }).uploads;
    expect(uploads.map((u) => u.fileName)).toEqual(['Gas_2024.xlsx']);
    const big = inDocument('import-file').find((row) => row.dataset.fileName === 'grande.zip')!;
    expect(big.dataset.status).toBe('failed');
    expect(big.textContent).toContain('«grande.zip» pesa 800,0\u00a0KB: desde el navegador solo se pueden enviar archivos de hasta 700,0\u00a0KB');
    expect(big.textContent).toContain('npm run caudal -- import <carpeta>');
    expect(inDocument('import-totals')[0]!.textContent).toContain('1 con error');
  });

  it('shows the service’s refusal (a refresh is running) instead of a summary', async () => {
    const conflict = 'Ya hay una actualización de datos en curso (iniciada a las 10:32). Espere a que termine o cancélela.';
    await openSources({ 'import.files': () => ({ ok: false, error: { code: 'conflict', message: conflict } }) });
    await choose([workbook('Gas_2024.xlsx', 1000)]);
    await screen!.waitFor(() => inDocument('import-summary')[0]?.dataset.phase === 'failed', 'el error');
    expect(inDocument('import-error')[0]!.dataset.code).toBe('conflict');
    expect(inDocument('import-error')[0]!.textContent).toContain(conflict);
  });

  it('imports files and folders dropped onto the window', async () => {
    const fake = await openSources();
    const file = (name: string) => ({ isFile: true, isDirectory: false, name, file: (resolve: (file: File) => void) => resolve(workbook(name, 10)) });
    // A folder whose reader answers in two pages, then an empty one, as Chromium does.
    const pages = [[file('a.xlsx')], [{ isFile: false, isDirectory: true, name: 'sub', createReader: () => reader([[file('b.xlsx')]]) }]];
    const reader = (list: unknown[][]) => {
      const queue = [...list];
      return { readEntries: (resolve: (entries: unknown[]) => void) => resolve(queue.shift() ?? []) };
    };
    const folder = { isFile: false, isDirectory: true, name: 'carpeta', createReader: () => reader(pages) };
    const transfer = { types: ['Files'], items: [{ kind: 'file', webkitGetAsEntry: () => folder }, { kind: 'file', webkitGetAsEntry: () => file('c.xlsx') }], files: [], dropEffect: 'none' };
    const fire = (type: string) => {
      const event = new Event(type, { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: transfer });
      return act(async () => window.dispatchEvent(event));
    };

    await fire('dragenter');
    expect(inDocument('file-drop-overlay')).toHaveLength(1);
    expect(inDocument('file-drop-overlay')[0]!.textContent).toContain('Suelte los archivos para importarlos');
    await fire('drop');
    expect(inDocument('file-drop-overlay')).toHaveLength(0);
    await screen!.waitFor(() => inDocument('import-summary')[0]?.dataset.phase === 'done', 'el resumen');
    const uploads = (callsOf(fake, 'import.files')[0]!.input as { uploads: { fileName: string }[] }).uploads;
    expect(uploads.map((u) => u.fileName)).toEqual(['a.xlsx', 'b.xlsx', 'c.xlsx']);
  });
});
