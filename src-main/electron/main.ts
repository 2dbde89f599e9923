// Electron entry (bundled to dist-main/electron-main.cjs). Only wiring lives here; every decision is in
// a tested module next to it.
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { openCaudalApp, type CaudalApp } from '../app/caudal-app';
import { contentSecurityPolicyFor } from './content-security-policy';
import { openOfficialLink } from './external-links';
import { registerIpc } from './ipc';
import { claimSingleInstance, closeBeforeQuit, focusWindow } from './lifecycle';
import { installApplicationMenu } from './menu';
import { guardNavigation } from './navigation-guard';
import { bundlePaths, defaultDbPath } from './paths';
import { isAppUrl, resolveRendererLocation, type RendererLocation } from './renderer-location';
import { hardenSession } from './session-hardening';
import { createMainWindow, loadRenderer, rendererLoadFailureMessage } from './window';

const paths = bundlePaths(__dirname);
let mainWindow: BrowserWindow | null = null;
// Until the database is open there is nothing to show; a second launch during startup just waits.
let showMainWindow: () => void = () => {};

if (claimSingleInstance(app, () => showMainWindow())) {
  app.on('window-all-closed', () => {
    // macOS keeps the app (and its database) open without windows; the Dock icon brings one back.
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start).catch((error: unknown) => failStartup('Caudal no pudo iniciar', error));
}

async function start(): Promise<void> {
  const location = resolveRendererLocation({
    isPackaged: app.isPackaged,
    devServerUrl: process.env.CAUDAL_DEV_SERVER_URL,
    rendererIndexPath: paths.rendererIndex,
  });
  const isOurPage = (url: string): boolean => isAppUrl(location, url);

  hardenSession(session.defaultSession, { contentSecurityPolicy: contentSecurityPolicyFor(location), isAppUrl: isOurPage });
  app.on('web-contents-created', (_event, contents) => {
    guardNavigation(contents, { isAppUrl: isOurPage, openOfficialLink: (url, from) => openOfficialLink(url, BrowserWindow.fromWebContents(from)) });
  });

  const dbPath = defaultDbPath(app.getPath('userData'));
  let caudal: CaudalApp;
  try {
    caudal = await openCaudalApp({ dbPath });
  } catch (error) {
    failStartup(`No se pudo abrir la base de datos de Caudal:\n${dbPath}`, error);
    return;
  }

  const disposeIpc = registerIpc({ ipcMain, app, dispatcher: caudal.dispatcher, events: caudal.events, isTrustedSender: isOurPage });
  closeBeforeQuit(app, async () => {
    disposeIpc();
    await caudal.close();
  });

  installApplicationMenu({
    onImportFiles: (filePaths) => console.info(`[caudal] archivos elegidos para importar: ${filePaths.join(', ')}`),
    openOfficialSource: (url) => openOfficialLink(url, mainWindow),
  });

  showMainWindow = () => {
    if (mainWindow && !mainWindow.isDestroyed()) focusWindow(mainWindow);
    else openMainWindow(location);
  };
  app.on('activate', () => showMainWindow());
  showMainWindow();
}

function openMainWindow(location: RendererLocation): void {
  const window = createMainWindow(paths.preload);
  mainWindow = window;
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  loadRenderer(window, location).catch((error: unknown) => {
    dialog.showErrorBox('No se pudo mostrar la ventana de Caudal', rendererLoadFailureMessage(location, error));
    app.quit();
  });
}

function failStartup(title: string, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  console.error(`[caudal] ${title}`, error);
  dialog.showErrorBox('Caudal', `${title}\n\n${detail}`);
  app.exit(1);
}
