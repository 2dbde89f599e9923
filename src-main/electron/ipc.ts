import type { App, BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { ipcChannels } from '../../src-shared/contract/bridge';
import type { CommandResult } from '../../src-shared/contract';
import type { Dispatcher } from '../app/dispatcher';
import type { EventBus } from '../app/event-bus';

export interface IpcOptions {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  /** Windows created after registration receive events; register before creating the first one. */
  app: Pick<App, 'on' | 'off'>;
  dispatcher: Dispatcher;
  events: EventBus;
  /** True for the app's own page (file:// index.html, or the dev server); see renderer-location. */
  isTrustedSender: (frameUrl: string) => boolean;
  logInternal?: (message: string, error: unknown) => void;
}

/**
 * The Electron transport: one invoke channel into the dispatcher and one event channel out of the
 * event bus. The renderer always gets a CommandResult back — a rejected promise would surface as an
 * unreadable "Error invoking remote method" instead of a message for the analyst.
 * Returns the function that removes the handler and every event subscription.
 */
export function registerIpc(options: IpcOptions): () => void {
  const { ipcMain, app, dispatcher, events, isTrustedSender, logInternal = defaultLog } = options;

  ipcMain.handle(ipcChannels.invoke, async (event: IpcMainInvokeEvent, name: unknown, input: unknown): Promise<CommandResult<unknown>> => {
    // senderFrame is null once the frame navigated away or died; such a request has no trusted origin.
    const frameUrl = event.senderFrame?.url;
    if (frameUrl === undefined || !isTrustedSender(frameUrl)) {
      return { ok: false, error: { code: 'validation', message: 'Solicitud rechazada: no proviene de la ventana de Caudal.' } };
    }
    if (typeof name !== 'string') {
      return { ok: false, error: { code: 'validation', message: 'Solicitud inválida: el nombre del comando debe ser un texto.' } };
    }
    try {
      return await dispatcher.dispatch(name, input, 'desktop-window');
    } catch (error) {
      // The dispatcher promises never to throw; if it ever does, the renderer still gets a result.
      logInternal(`[caudal] ${name.slice(0, 100)} falló fuera del despachador:`, error);
      return { ok: false, error: { code: 'internal', message: 'Error interno al responder la consulta. Se registró el detalle.' } };
    }
  });

  const unsubscribers = new Set<() => void>();

  const forwardEventsTo = (window: BrowserWindow): void => {
    const contents = window.webContents;
    const unsubscribe = events.subscribe((name, payload) => {
      // A page that is not ours (it should never get there) does not hear the app's events either.
      if (contents.isDestroyed() || !isTrustedSender(contents.getURL())) return;
      contents.send(ipcChannels.event, name, payload);
    });
    unsubscribers.add(unsubscribe);
    window.once('closed', () => {
      unsubscribe();
      unsubscribers.delete(unsubscribe);
    });
  };

  const onWindowCreated = (_event: unknown, window: BrowserWindow): void => forwardEventsTo(window);
  app.on('browser-window-created', onWindowCreated);

  return () => {
    ipcMain.removeHandler(ipcChannels.invoke);
    app.off('browser-window-created', onWindowCreated);
    for (const unsubscribe of unsubscribers) unsubscribe();
    unsubscribers.clear();
  };
}

function defaultLog(message: string, error: unknown): void {
  console.error(message, error);
}
