import { join } from 'node:path';
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
  it('answers a typed "unavailable" error with the CLI to use instead (caudal serve, CLI)', async () => {
    const choose = await seeded.app.dispatcher.dispatch('exports.chooseTarget', { dataset: 'production', format: 'xlsx' });
    expect(choose).toEqual({ ok: false, error: { code: 'unavailable', message: desktopOnlyMessage } });
    expect(desktopOnlyMessage).toContain('npm run caudal -- export');
    const reveal = await seeded.app.dispatcher.dispatch('exports.reveal', { path: join(seeded.outDir, 'x.xlsx'), action: 'open' });
    expect(reveal).toMatchObject({ ok: false, error: { code: 'unavailable' } });
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
    const desktop = fakeDesktop(null);
    const dispatcher = createDispatcher(handlers, { db: seeded.app.database.db, events: seeded.app.events, desktop });
    const target = join(seeded.outDir, 'para-abrir.csv');

    const before = await dispatcher.dispatch('exports.reveal', { path: target, action: 'open' });
    expect(before).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('exportados desde esta ventana') } });
    expect(await dispatcher.dispatch('exports.reveal', { path: '/usr/bin/env', action: 'open' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(desktop.openPath).not.toHaveBeenCalled();

    const created = await dispatcher.dispatch('exports.create', { dataset: 'production', format: 'csv', targetPath: target });
    expect(created).toMatchObject({ ok: true, data: { path: target } });

    expect(await dispatcher.dispatch('exports.reveal', { path: target, action: 'open' })).toEqual({ ok: true, data: { path: target } });
    expect(desktop.openPath).toHaveBeenCalledWith(target);
    expect(await dispatcher.dispatch('exports.reveal', { path: target, action: 'show' })).toEqual({ ok: true, data: { path: target } });
    expect(desktop.showInFolder).toHaveBeenCalledWith(target);
  });
});
