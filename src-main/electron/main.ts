// Electron entry (bundled to dist-main/electron-main.cjs). Only wiring lives here; every decision is in
// a tested module next to it.
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { openCaudalApp, type CaudalApp } from '../app/caudal-app';
import { createAppScheduler } from '../etl/schedule/app-scheduler';
import type { WorkerScript } from '../etl/worker/worker-script';
import type { SpawnExportProcess } from '../exports/process/export-child';
import { contentSecurityPolicyFor } from './content-security-policy';
import { createDesktopShell } from './export-save-dialog';
import { utilityExportProcess } from './export-utility-process';
import { openOfficialLink } from './external-links';
import { registerIpc } from './ipc';
import { lastExportFolderIn } from './last-export-folder';
import { claimSingleInstance, closeBeforeQuit, focusWindow } from './lifecycle';
import { installApplicationMenu } from './menu';
import { importFromMenu } from './menu-import';
import { guardNavigation } from './navigation-guard';
import { bundlePaths, defaultDbPath } from './paths';
import { attachRefreshFeedback } from './refresh-feedback';
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
    caudal = await openCaudalApp({
      dbPath,
      etlWorker: etlWorkerScript(),
      exportProcess: exportProcessSpawner(),
      desktop: (db) =>
        createDesktopShell({
          dialog,
          shell,
          parentWindow: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null),
          documentsFolder: () => app.getPath('documents'),
          lastFolder: lastExportFolderIn(db),
        }),
    });
  } catch (error) {
    failStartup(`No se pudo abrir la base de datos de Caudal:\n${dbPath}`, error);
    return;
  }

  const disposeIpc = registerIpc({ ipcMain, app, dispatcher: caudal.dispatcher, events: caudal.events, isTrustedSender: isOurPage });
  // Nothing network-bound on the way to the first screen: the scheduler looks only after a while.
  const scheduler = createAppScheduler(caudal.refresh, caudal.events, { startDelayMs: 20_000 });
  const disposeFeedback = attachRefreshFeedback({
    events: caudal.events,
    current: () => caudal.refresh.current(),
    windows: () => BrowserWindow.getAllWindows(),
    onNotificationClick: () => showMainWindow(),
  });
  closeBeforeQuit(app, async () => {
    scheduler.stop();
    disposeFeedback();
    disposeIpc();
    // Cancels a refresh in progress (its source keeps its previous data) and waits for it to stop.
    await caudal.close();
  });

  installApplicationMenu({
    onImportFiles: (filePaths) =>
      void importFromMenu(caudal.refresh, filePaths, (message) => {
        void dialog.showMessageBox({ type: 'warning', title: 'Importar archivos', message: 'No se pudo importar', detail: message, buttons: ['Aceptar'], noLink: true });
      }),
    openOfficialSource: (url) => openOfficialLink(url, mainWindow),
  });

  showMainWindow = () => {
    if (mainWindow && !mainWindow.isDestroyed()) focusWindow(mainWindow);
    else openMainWindow(location);
  };
  app.on('activate', () => showMainWindow());
  showMainWindow();
  scheduler.start();
}

/**
 * The bundled worker next to the main bundle. Running main.ts from source (tests) there is none, and
 * jobs run in this thread instead.
 */
function etlWorkerScript(): WorkerScript | undefined {
  if (existsSync(paths.etlWorker)) return { kind: 'file', path: paths.etlWorker };
  if (app.isPackaged) console.error(`[caudal] falta ${paths.etlWorker}: las actualizaciones correrán en el proceso principal`);
  return undefined;
}

/** Exports run in a utility process from the bundle next to the main bundle; from source (tests), in this process. */
function exportProcessSpawner(): SpawnExportProcess | undefined {
  if (existsSync(paths.exportProcess)) return utilityExportProcess(paths.exportProcess);
  if (app.isPackaged) console.error(`[caudal] falta ${paths.exportProcess}: las exportaciones correrán en el proceso principal`);
  return undefined;
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
