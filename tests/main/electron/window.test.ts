import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FakeElectron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const electron = (await import('electron')) as unknown as typeof FakeElectron;
const { createMainWindow, loadRenderer, mainWindowOptions, rendererGoneDialog, rendererLoadFailureMessage } = await import('../../../src-main/electron/window');

type FakeWindow = InstanceType<typeof electron.BrowserWindow>;
const fileLocation = { kind: 'file', filePath: '/opt/Caudal/dist-renderer/index.html', url: 'file:///opt/Caudal/dist-renderer/index.html' } as const;
const devLocation = { kind: 'dev-server', url: 'http://localhost:5173/', origin: 'http://localhost:5173' } as const;

beforeEach(() => {
  vi.clearAllMocks();
  electron.BrowserWindow.instances = [];
});

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/opt/Caudal/dist-main/preload.cjs');

  it('isolates and sandboxes the renderer, without Node, webviews or insecure content', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/opt/Caudal/dist-main/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(options.webPreferences).not.toHaveProperty('experimentalFeatures');
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('opens at 1280×800, no smaller than 1024×640, hidden until painted', () => {
    expect(options).toMatchObject({ width: 1280, height: 800, minWidth: 1024, minHeight: 640, show: false, title: 'Caudal' });
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });
});

describe('createMainWindow', () => {
  it('shows the window on its first paint, not before', () => {
    const window = createMainWindow('/p/preload.cjs') as unknown as FakeWindow;
    expect(window.options).toEqual(mainWindowOptions('/p/preload.cjs'));
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('offers to reload after a renderer crash, and closes when the analyst declines', async () => {
    const window = createMainWindow('/p/preload.cjs') as unknown as FakeWindow;
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    await vi.waitFor(() => expect(window.webContents.reload).toHaveBeenCalledTimes(1));
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(window, rendererGoneDialog({ reason: 'crashed', exitCode: 139 }));

    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    await vi.waitFor(() => expect(window.close).toHaveBeenCalledTimes(1));
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
  });

  it('says nothing when the page simply exits with its window', async () => {
    const window = createMainWindow('/p/preload.cjs') as unknown as FakeWindow;
    window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    await Promise.resolve();
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
  });
});

describe('loadRenderer', () => {
  it('loads the built index.html from disk', async () => {
    const window = new electron.BrowserWindow();
    await loadRenderer(window as never, fileLocation);
    expect(window.loadFile).toHaveBeenCalledWith(fileLocation.filePath);
    expect(window.loadURL).not.toHaveBeenCalled();
  });

  it('loads the dev server URL in development', async () => {
    const window = new electron.BrowserWindow();
    await loadRenderer(window as never, devLocation);
    expect(window.loadURL).toHaveBeenCalledWith(devLocation.url);
    expect(window.loadFile).not.toHaveBeenCalled();
  });

  it('rejects when the page cannot be loaded', async () => {
    const window = new electron.BrowserWindow();
    window.loadError = new Error('ERR_FILE_NOT_FOUND (-6)');
    await expect(loadRenderer(window as never, fileLocation)).rejects.toThrow('ERR_FILE_NOT_FOUND');
  });
});

describe('messages', () => {
  it('explains a missing renderer build with the path and the fix', () => {
    const message = rendererLoadFailureMessage(fileLocation, new Error('ERR_FILE_NOT_FOUND (-6)'));
    expect(message).toContain(fileLocation.filePath);
    expect(message).toContain('npm run build');
    expect(message).toContain('ERR_FILE_NOT_FOUND');
  });

  it('explains an unreachable dev server', () => {
    const message = rendererLoadFailureMessage(devLocation, 'ERR_CONNECTION_REFUSED');
    expect(message).toContain('http://localhost:5173/');
    expect(message).toContain('ERR_CONNECTION_REFUSED');
  });

  it('tells the analyst that loaded data is safe after a crash', () => {
    const options = rendererGoneDialog({ reason: 'crashed', exitCode: 139 });
    expect(options.buttons).toEqual(['Recargar', 'Cerrar']);
    expect(options.detail).toContain('no se perdieron');
  });
});
