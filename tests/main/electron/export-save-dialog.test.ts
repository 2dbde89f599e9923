import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CaudalError } from '../../../src-shared/contract';
import { createDesktopShell, type LastExportFolder } from '../../../src-main/electron/export-save-dialog';
import type * as FakeElectron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));
const electron = (await import('electron')) as unknown as typeof FakeElectron;

function memoryFolder(initial: string | null): LastExportFolder & { saved: string[] } {
  let current = initial;
  const saved: string[] = [];
  return {
    saved,
    read: async () => current,
    write: async (folder) => {
      saved.push(folder);
      current = folder;
    },
  };
}

describe('the export save dialog (desktop shell)', () => {
  let documents: string;
  let elsewhere: string;
  beforeEach(() => {
    electron.resetFakeElectron();
    documents = mkdtempSync(join(tmpdir(), 'caudal-docs-'));
    elsewhere = mkdtempSync(join(tmpdir(), 'caudal-informes-'));
  });
  afterEach(() => {
    rmSync(documents, { recursive: true, force: true });
    rmSync(elsewhere, { recursive: true, force: true });
  });

  const shellWith = (lastFolder: LastExportFolder, parent: FakeElectron.BrowserWindow | null = null) =>
    createDesktopShell({
      dialog: electron.dialog as never,
      shell: electron.shell as never,
      parentWindow: () => parent as never,
      documentsFolder: () => documents,
      lastFolder,
    });

  it('proposes the default name in Documents the first time, modal on the window, and remembers the folder chosen', async () => {
    const window = new electron.BrowserWindow();
    const folder = memoryFolder(null);
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(elsewhere, 'informe.xlsx') });
    const chosen = await shellWith(folder, window).chooseSavePath({ dataset: 'production', format: 'xlsx', from: '2024-01', to: '2024-12' });
    expect(chosen).toBe(join(elsewhere, 'informe.xlsx'));
    const [parent, options] = electron.dialog.showSaveDialog.mock.calls[0]!;
    expect(parent).toBe(window);
    expect(options).toMatchObject({
      defaultPath: join(documents, 'caudal-produccion-2024-01_2024-12.xlsx'),
      buttonLabel: 'Guardar',
      filters: [{ name: 'Libro de Excel', extensions: ['xlsx'] }],
    });
    expect(folder.saved).toEqual([elsewhere]);
  });

  it('opens the next dialog in the last folder used, and adds the extension the analyst left out', async () => {
    const folder = memoryFolder(elsewhere);
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(elsewhere, 'regalias') });
    const chosen = await shellWith(folder).chooseSavePath({ dataset: 'royalties', format: 'csv' });
    expect(chosen).toBe(join(elsewhere, 'regalias.csv'));
    expect(electron.dialog.showSaveDialog.mock.calls[0]![0]).toMatchObject({ defaultPath: join(elsewhere, 'caudal-regalias-completo.csv'), filters: [{ extensions: ['csv'] }] });
  });

  it('falls back to Documents when the remembered folder no longer exists', async () => {
    const folder = memoryFolder(join(elsewhere, 'borrada'));
    await shellWith(folder).chooseSavePath({ dataset: 'production', format: 'csv' });
    expect(electron.dialog.showSaveDialog.mock.calls[0]![0]).toMatchObject({ defaultPath: join(documents, 'caudal-produccion-completo.csv') });
  });

  it('answers null and remembers nothing when the analyst cancels', async () => {
    const folder = memoryFolder(null);
    expect(await shellWith(folder).chooseSavePath({ dataset: 'production', format: 'xlsx' })).toBeNull();
    expect(folder.saved).toEqual([]);
  });

  it('still answers the chosen path when remembering the folder fails (database busy)', async () => {
    const folder: LastExportFolder = { read: async () => null, write: async () => Promise.reject(new Error('SQLITE_BUSY')) };
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(elsewhere, 'a.xlsx') });
    expect(await shellWith(folder).chooseSavePath({ dataset: 'production', format: 'xlsx' })).toBe(join(elsewhere, 'a.xlsx'));
  });

  it('opens a file with its program, shows it in its folder, and reports in Spanish when the system cannot open it', async () => {
    const desktop = shellWith(memoryFolder(null));
    await desktop.openPath('/informes/a.xlsx');
    expect(electron.shell.openPath).toHaveBeenCalledWith('/informes/a.xlsx');
    desktop.showInFolder('/informes/a.xlsx');
    expect(electron.shell.showItemInFolder).toHaveBeenCalledWith('/informes/a.xlsx');

    electron.shell.openPath.mockResolvedValueOnce('No application is associated');
    const failure = desktop.openPath('/informes/a.xlsx');
    await expect(failure).rejects.toBeInstanceOf(CaudalError);
    await expect(failure).rejects.toThrow('No se pudo abrir a.xlsx: No application is associated');
  });
});
