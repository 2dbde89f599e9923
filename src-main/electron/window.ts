import { BrowserWindow, dialog, type BrowserWindowConstructorOptions, type MessageBoxOptions, type RenderProcessGoneDetails } from 'electron';
import type { RendererLocation } from './renderer-location';

/**
 * The renderer gets no Node, runs sandboxed in an isolated world and reaches the main process only
 * through `window.caudal` (preload.ts). The window stays hidden until the first paint so analysts
 * never see a white flash on slow laptops.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Caudal',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // A file dropped on the window must not replace the app with that file.
      navigateOnDragDrop: false,
      // Chromium downloads spelling dictionaries from Google: no traffic the analyst did not ask for.
      spellcheck: false,
      safeDialogs: true,
    },
  };
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  window.webContents.on('render-process-gone', (_event, details) => {
    void offerReloadAfterCrash(window, details);
  });
  return window;
}

/** Rejects when the page cannot be loaded (renderer not built, dev server not running). */
export async function loadRenderer(window: BrowserWindow, location: RendererLocation): Promise<void> {
  switch (location.kind) {
    case 'file':
      await window.loadFile(location.filePath);
      return;
    case 'dev-server':
      await window.loadURL(location.url);
      return;
  }
}

/** What the analyst reads when the window has nothing to show; the fix depends on how Caudal runs. */
export function rendererLoadFailureMessage(location: RendererLocation, error: unknown): string {
  const cause = error instanceof Error ? error.message : String(error);
  switch (location.kind) {
    case 'file':
      return `No se encontró o no se pudo leer la interfaz (${location.filePath}). Reinstale Caudal; si lo ejecuta desde el código fuente, compile primero con "npm run build".\n\nDetalle: ${cause}`;
    case 'dev-server':
      return `No respondió el servidor de desarrollo en ${location.url}. Inícielo con Vite o quite CAUDAL_DEV_SERVER_URL.\n\nDetalle: ${cause}`;
  }
}

export function rendererGoneDialog(details: Pick<RenderProcessGoneDetails, 'reason' | 'exitCode'>): MessageBoxOptions {
  return {
    type: 'error',
    title: 'Caudal',
    message: 'La ventana de Caudal se cerró inesperadamente.',
    detail: `Motivo: ${details.reason} (código ${details.exitCode}). Los datos ya cargados en la base de datos no se perdieron.`,
    buttons: ['Recargar', 'Cerrar'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  };
}

async function offerReloadAfterCrash(window: BrowserWindow, details: RenderProcessGoneDetails): Promise<void> {
  // 'clean-exit' is the page closing normally, e.g. when the window itself closes.
  if (details.reason === 'clean-exit' || window.isDestroyed()) return;
  const { response } = await dialog.showMessageBox(window, rendererGoneDialog(details));
  if (window.isDestroyed()) return;
  if (response === 0) window.webContents.reload();
  else window.close();
}
