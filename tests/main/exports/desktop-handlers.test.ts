import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../src-main/app/dispatcher';
import { handlers } from '../../../src-main/handlers';
import type { DesktopCapability } from '../../../src-main/handlers/context';
import { desktopOnlyMessage } from '../../../src-main/handlers/exports/desktop';
import { openSeededApp, type SeededApp } from '../datasets/dataset-fixture';

let seeded: SeededApp;
beforeAll(async () => {
  seeded = await openSeededApp();
});
afterAll(async () => seeded.close());

function fakeDesktop(chosen: string | null) {
  return {
    chooseSavePath: vi.fn<DesktopCapability['chooseSavePath']>(async () => chosen),
    openPath: vi.fn<DesktopCapability['openPath']>(async () => {}),
    showInFolder: vi.fn<DesktopCapability['showInFolder']>(),
  } satisfies DesktopCapability;
}

describe('exports.chooseTarget and exports.reveal outside the desktop app', () => {
  it('proposes a free file in the exports folder, where a bridge request may then write it', async () => {
    const exportsDir = join(dirname(seeded.dbPath), 'exportaciones');
    const choose = await seeded.app.dispatcher.dispatch('exports.chooseTarget', { dataset: 'production', format: 'xlsx', from: '2024-01', to: '2024-03' }, 'http-bridge');
    const first = join(exportsDir, 'caudal-produccion-2024-01_2024-03.xlsx');
    expect(choose).toEqual({ ok: true, data: { path: first } });
    const created = await seeded.app.dispatcher.dispatch('exports.create', { dataset: 'production', format: 'xlsx', targetPath: first, filters: { from: '2024-01', to: '2024-03' } }, 'http-bridge');
    expect(created).toMatchObject({ ok: true, data: { path: first } });
    expect(existsSync(first)).toBe(true);
    // The next export of the same view does not overwrite the first report.
    const again = await seeded.app.dispatcher.dispatch('exports.chooseTarget', { dataset: 'production', format: 'xlsx', from: '2024-01', to: '2024-03' }, 'http-bridge');
    expect(again).toEqual({ ok: true, data: { path: join(exportsDir, 'caudal-produccion-2024-01_2024-03-2.xlsx') } });
  });

  it('answers "Abrir" and "Mostrar en carpeta" with a typed "unavailable" error naming the CLI', async () => {
    expect(desktopOnlyMessage).toContain('npm run caudal -- export');
    const reveal = await seeded.app.dispatcher.dispatch('exports.reveal', { path: join(seeded.outDir, 'x.xlsx'), action: 'open' });
    expect(reveal).toEqual({ ok: false, error: { code: 'unavailable', message: desktopOnlyMessage } });
  });

  it('validates the request before anything else', async () => {
    const bad = await seeded.app.dispatcher.dispatch('exports.chooseTarget', { dataset: 'production', format: 'pdf' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('exports.chooseTarget and exports.reveal in the desktop app', () => {
  it('passes dataset, format and period to the dialog and answers its path, or null when cancelled', async () => {
    const desktop = fakeDesktop('/home/ana/Documentos/produccion.xlsx');
    const dispatcher = createDispatcher(handlers, { db: seeded.app.database.db, desktop });
    const answer = await dispatcher.dispatch('exports.chooseTarget', { dataset: 'royalties', format: 'csv', from: '2024-01', to: '2024-12' });
    expect(answer).toEqual({ ok: true, data: { path: '/home/ana/Documentos/produccion.xlsx' } });
    expect(desktop.chooseSavePath).toHaveBeenCalledWith({ dataset: 'royalties', format: 'csv', from: '2024-01', to: '2024-12' });

    const cancelled = createDispatcher(handlers, { db: seeded.app.database.db, desktop: fakeDesktop(null) });
    expect(await cancelled.dispatch('exports.chooseTarget', { dataset: 'production', format: 'xlsx' })).toEqual({ ok: true, data: { path: null } });
  });

  it('opens or shows a file this session exported, and refuses any other path', async () => {
    const target = join(seeded.outDir, 'para-abrir.csv');
    const desktop = fakeDesktop(target);
    const dispatcher = createDispatcher(handlers, { db: seeded.app.database.db, events: seeded.app.events, desktop });

    const before = await dispatcher.dispatch('exports.reveal', { path: target, action: 'open' });
    expect(before).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('exportados desde esta ventana') } });
    expect(await dispatcher.dispatch('exports.reveal', { path: '/usr/bin/env', action: 'open' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(desktop.openPath).not.toHaveBeenCalled();

    expect(await dispatcher.dispatch('exports.chooseTarget', { dataset: 'production', format: 'csv' }, 'desktop-window')).toEqual({ ok: true, data: { path: target } });
    const created = await dispatcher.dispatch('exports.create', { dataset: 'production', format: 'csv', targetPath: target }, 'desktop-window');
    expect(created).toMatchObject({ ok: true, data: { path: target } });

    expect(await dispatcher.dispatch('exports.reveal', { path: target, action: 'open' })).toEqual({ ok: true, data: { path: target } });
    expect(desktop.openPath).toHaveBeenCalledWith(target);
    expect(await dispatcher.dispatch('exports.reveal', { path: target, action: 'show' })).toEqual({ ok: true, data: { path: target } });
    expect(desktop.showInFolder).toHaveBeenCalledWith(target);
  });
});

describe('exports.create from the desktop window', () => {
  const request = (targetPath: string) => ({ dataset: 'production', format: 'xlsx', targetPath });

  it('writes the file the analyst chose in the save dialog, once', async () => {
    const chosen = join(seeded.outDir, 'elegido.xlsx');
    const dispatcher = createDispatcher(handlers, { db: seeded.app.database.db, desktop: fakeDesktop(chosen) });
    await dispatcher.dispatch('exports.chooseTarget', { dataset: 'production', format: 'xlsx' }, 'desktop-window');
    expect(await dispatcher.dispatch('exports.create', request(chosen), 'desktop-window')).toMatchObject({ ok: true, data: { path: chosen } });
    expect(existsSync(chosen)).toBe(true);
    // The grant is spent: writing there again needs the dialog again.
    rmSync(chosen);
    expect(await dispatcher.dispatch('exports.create', request(chosen), 'desktop-window')).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'targetPath' }] } });
    expect(existsSync(chosen)).toBe(false);
  });

  it('refuses a path the dialog never gave, and a cancelled dialog grants nothing', async () => {
    const typed = join(seeded.outDir, 'escrito-por-la-pagina.xlsx');
    const dispatcher = createDispatcher(handlers, { db: seeded.app.database.db, desktop: fakeDesktop(null) });
    expect(await dispatcher.dispatch('exports.chooseTarget', { dataset: 'production', format: 'xlsx' }, 'desktop-window')).toEqual({ ok: true, data: { path: null } });
    const refused = await dispatcher.dispatch('exports.create', request(typed), 'desktop-window');
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('«Guardar como»') } });
    // A transport that names no origin gets no more than the window.
    expect(await dispatcher.dispatch('exports.create', request(typed))).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(existsSync(typed)).toBe(false);
  });

  it('a grant covers the chosen file only, not its folder', async () => {
    const chosen = join(seeded.outDir, 'solo-este.xlsx');
    const dispatcher = createDispatcher(handlers, { db: seeded.app.database.db, desktop: fakeDesktop(chosen) });
    await dispatcher.dispatch('exports.chooseTarget', { dataset: 'production', format: 'xlsx' }, 'desktop-window');
    expect(await dispatcher.dispatch('exports.create', request(join(seeded.outDir, 'vecino.xlsx')), 'desktop-window')).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await dispatcher.dispatch('exports.create', request(chosen), 'desktop-window')).toMatchObject({ ok: true });
  });
});
