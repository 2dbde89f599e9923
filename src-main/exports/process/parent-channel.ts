import type { FromExportProcess, ToExportProcess } from './export-process-protocol';

/** The export process's end of its link with the app, whichever platform started it. */
export interface ParentChannel {
  /** Resolves once the message is handed over (or the app is gone). */
  send(message: FromExportProcess): Promise<void>;
  onMessage(listener: (message: ToExportProcess) => void): void;
  /** The app went away; the export stops and cleans up. */
  onParentGone(listener: () => void): void;
  /** No more messages either way: the process may end once its work is done. */
  close(): void;
}

/** Electron's `process.parentPort` in a utility process (typed here, so this file needs no Electron import). */
interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
  removeAllListeners(event: 'message'): unknown;
}

/**
 * Electron's utility process has `process.parentPort`; a Node process forked with an IPC channel has
 * `process.send`. Anything else was not started by Caudal and has no one to answer.
 */
export function parentChannel(): ParentChannel {
  const port = (process as unknown as { parentPort?: ParentPortLike | null }).parentPort;
  if (port) return utilityProcessChannel(port);
  if (process.send) return forkedProcessChannel();
  throw new Error('El proceso de exportación solo funciona iniciado por Caudal (no tiene canal con la aplicación).');
}

function utilityProcessChannel(port: ParentPortLike): ParentChannel {
  return {
    send: async (message) => port.postMessage(message),
    onMessage: (listener) => port.on('message', (event) => listener(event.data as ToExportProcess)),
    // Electron ends its utility processes with the app.
    onParentGone: () => undefined,
    close: () => port.removeAllListeners('message'),
  };
}

function forkedProcessChannel(): ParentChannel {
  return {
    send: (message) =>
      new Promise<void>((resolve) => {
        if (!process.connected || !process.send) {
          resolve();
          return;
        }
        process.send(message, undefined, {}, () => resolve());
      }),
    onMessage: (listener) => process.on('message', (message) => listener(message as ToExportProcess)),
    onParentGone: (listener) => process.once('disconnect', listener),
    close: () => {
      if (process.connected) process.disconnect();
    },
  };
}
