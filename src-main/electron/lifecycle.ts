import type { App, BrowserWindow } from 'electron';

type InstanceApp = Pick<App, 'requestSingleInstanceLock' | 'on' | 'quit'>;

/**
 * Two Caudal processes would write to the same SQLite file and fight over imports, so a second launch
 * only brings the first one's window forward. Returns false when this process must exit.
 */
export function claimSingleInstance(app: InstanceApp, showMainWindow: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => showMainWindow());
  return true;
}

/** Brings a window to the front even when it is minimized or hidden behind others. */
export function focusWindow(window: Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

type QuittingApp = Pick<App, 'on' | 'quit'>;

/**
 * Holds the quit until the database is closed (pending writes flushed, WAL checkpointed), then quits
 * for real. A failure to close is logged and does not keep the app alive.
 */
export function closeBeforeQuit(app: QuittingApp, close: () => Promise<void>, log: (message: string, error: unknown) => void = console.error): void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  app.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    void close()
      .catch((error: unknown) => log('[caudal] no se pudo cerrar la base de datos al salir:', error))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}
