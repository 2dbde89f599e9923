// main.ts is wiring only; this runs it against the fake Electron and a real database in a temp folder,
// checking that the pieces are connected in the right order.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import BetterSqlite3 from 'better-sqlite3';
import type { MenuItemConstructorOptions } from 'electron';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../../src-shared/contract/bridge';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/electron/content-security-policy';
import { bundlePaths } from '../../../src-main/electron/paths';
import { FakeEvent } from './fake-electron';
import type * as FakeElectronModule from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

type FakeElectron = typeof FakeElectronModule;
const mainModule = '../../../src-main/electron/main';
const sourceDir = path.resolve(import.meta.dirname, '../../../src-main/electron');
const expectedPaths = bundlePaths(sourceDir);

// Opening and migrating a real database can take a while on a loaded CI machine.
const patiently = { timeout: 30_000 };
let userDataDir: string;
let consoleError: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  // main.ts acts when imported: each test imports a fresh copy (the fake Electron is reset in launch).
  vi.resetModules();
  userDataDir = mkdtempSync(path.join(tmpdir(), 'caudal-main-'));
});

afterEach(() => {
  consoleError.mockRestore();
  delete process.env.CAUDAL_DEV_SERVER_URL;
  rmSync(userDataDir, { recursive: true, force: true });
});

/** Loads main.ts with a fresh fake Electron; `prepare` adjusts the fake before main.ts runs. */
async function launch(prepare: (electron: FakeElectron) => void = () => {}): Promise<FakeElectron> {
  const electron = (await import('electron')) as unknown as FakeElectron;
  electron.resetFakeElectron();
  electron.app.userDataDir = userDataDir;
  prepare(electron);
  await import(mainModule);
  return electron;
}

async function launchUntilWindow(): Promise<{ electron: FakeElectron; window: InstanceType<FakeElectron['BrowserWindow']> }> {
  const electron = await launch();
  await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1), patiently);
  const window = electron.BrowserWindow.instances[0]!;
  await vi.waitFor(() => expect(window.loadFile).toHaveBeenCalled(), patiently);
  return { electron, window };
}

async function quit(electron: FakeElectron): Promise<void> {
  electron.app.emit('window-all-closed');
  // The first quit is held until the database closes; the second one goes through.
  await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledTimes(2), patiently);
}

describe('main.ts', () => {
  it('opens the database, registers IPC, hardens the session and shows the built renderer', async () => {
    const { electron, window } = await launchUntilWindow();
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(window.options).toMatchObject({ webPreferences: { preload: expectedPaths.preload, sandbox: true, contextIsolation: true } });
    expect(window.loadFile).toHaveBeenCalledWith(expectedPaths.rendererIndex);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);

    let headers: unknown;
    electron.session.defaultSession.headersListener!({ url: window.webContents.url }, (response) => (headers = response));
    expect(headers).toEqual({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });

    // A real command through the registered handler, from the window's own page.
    const handler = electron.ipcMain.handlers.get(ipcChannels.invoke)!;
    const answer = await handler({ senderFrame: { url: pathToFileURL(expectedPaths.rendererIndex).href } }, 'catalog.dimensions', {});
    expect(answer).toMatchObject({ ok: true, data: { operators: [], periods: { first: null, last: null } } });
    const refused = await handler({ senderFrame: { url: 'https://example.com/' } }, 'catalog.dimensions', {});
    expect(refused).toMatchObject({ ok: false });

    await quit(electron);
  });

  it('guards every web contents the app creates', async () => {
    const { electron, window } = await launchUntilWindow();
    const contents = new electron.FakeWebContents();
    electron.app.emit('web-contents-created', new FakeEvent(), contents);
    const navigation = new FakeEvent({ url: 'https://example.com/' });
    contents.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(window.webContents.windowOpenHandler).toBeUndefined(); // windows are guarded through the app hook
    await quit(electron);
  });

  it('a second launch focuses the existing window instead of opening another', async () => {
    const { electron, window } = await launchUntilWindow();
    window.minimized = true;
    electron.app.emit('second-instance', new FakeEvent(), [], process.cwd());
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(1);
    await quit(electron);
  });

  it('reopens a window when asked after the last one was closed (macOS Dock)', async () => {
    const { electron, window } = await launchUntilWindow();
    window.close();
    electron.app.emit('activate');
    expect(electron.BrowserWindow.instances).toHaveLength(2);
    await quit(electron);
  });

  it('imports what the menu\'s "Importar archivos…" picked, and notifies when it ends', async () => {
    const { electron } = await launchUntilWindow();
    const picked = path.join(userDataDir, 'notas.txt');
    writeFileSync(picked, 'no es un archivo de datos');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [picked] });
    const template = electron.Menu.buildFromTemplate.mock.calls[0]![0] as MenuItemConstructorOptions[];
    const archivo = template.find((item) => item.label === 'Archivo')!.submenu as MenuItemConstructorOptions[];
    archivo.find((item) => item.label === 'Importar archivos…')!.click!({} as never, undefined, {} as never);

    await vi.waitFor(() => expect(electron.Notification.instances).toHaveLength(1), patiently);
    expect(electron.Notification.instances[0]!.options).toEqual({ title: 'No se importó ningún archivo', body: '0 archivos cargados (0 filas, 0 rechazadas), 0 sin cambios, 1 no reconocido, 0 con error.' });
    await quit(electron);
  });

  it('reports an active scheduler, and quitting cancels a refresh in progress before closing the database', async () => {
    // datos.gov.co, as this test sees it, accepts connections and never answers: the refresh stays in progress.
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    process.env.CAUDAL_URL_ANH_ROYALTIES_METADATA = `${origin}/meta`;
    process.env.CAUDAL_URL_ANH_ROYALTIES_DATA = `${origin}/data`;
    try {
      const { electron } = await launchUntilWindow();
      const invoke = (name: string, input: unknown) =>
        electron.ipcMain.handlers.get(ipcChannels.invoke)!({ senderFrame: { url: pathToFileURL(expectedPaths.rendererIndex).href } }, name, input) as Promise<{ ok: boolean; data: Record<string, unknown> }>;
      expect((await invoke('refresh.status', {})).data).toMatchObject({ schedulerActive: true, current: null });
      const started = await invoke('refresh.start', { sourceIds: ['anh-royalties'] });
      expect(started).toMatchObject({ ok: true, data: { sourceIds: ['anh-royalties'] } });

      await quit(electron);
      const db = new BetterSqlite3(path.join(userDataDir, 'caudal.db'), { readonly: true });
      try {
        expect(db.prepare('SELECT status FROM etl_run WHERE id = ?').pluck().get(started.data['runId'])).toBe('cancelled');
        expect(db.prepare('SELECT status FROM etl_run_source WHERE run_id = ?').pluck().get(started.data['runId'])).toBe('cancelled');
      } finally {
        db.close();
      }
    } finally {
      delete process.env.CAUDAL_URL_ANH_ROYALTIES_METADATA;
      delete process.env.CAUDAL_URL_ANH_ROYALTIES_DATA;
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('exits at once when another Caudal already runs', async () => {
    const electron = await launch((fake) => {
      fake.app.hasLock = false;
    });
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  it('explains a database that cannot be opened, with its path, and exits', async () => {
    const blocker = path.join(userDataDir, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const electron = await launch((fake) => {
      fake.app.userDataDir = blocker;
    });
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1), patiently);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Caudal', expect.stringContaining(path.join(blocker, 'caudal.db')));
    expect(consoleError).toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  it('refuses a dev server URL that is not local, before opening anything', async () => {
    process.env.CAUDAL_DEV_SERVER_URL = 'http://example.com:5173/';
    const electron = await launch();
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1), patiently);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Caudal', expect.stringContaining('CAUDAL_DEV_SERVER_URL'));
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  it('explains a renderer that cannot be loaded and quits, closing the database', async () => {
    const electron = await launch((fake) => {
      fake.BrowserWindow.failLoadsWith = new Error('ERR_FILE_NOT_FOUND (-6)');
    });
    await vi.waitFor(() => expect(electron.dialog.showErrorBox).toHaveBeenCalled(), patiently);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('No se pudo mostrar la ventana de Caudal', expect.stringContaining('npm run build'));
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledTimes(2), patiently);
  });
});
