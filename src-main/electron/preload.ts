// Sandboxed preload: bundled to CommonJS by scripts/build-main.mjs; at run time it may require only
// 'electron'. It imports the channel names from bridge.ts alone so that zod and the schemas stay out.
import { contextBridge, ipcRenderer, type IpcRenderer, type IpcRendererEvent } from 'electron';
import { ipcChannels, type CaudalBridge } from '../../src-shared/contract/bridge';

type RendererIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/**
 * `window.caudal`: the renderer's only door to the main process. It never hands out ipcRenderer or
 * the IPC event (whose `sender` is ipcRenderer), so a compromised page cannot reach other channels.
 */
export function createBridge(ipc: RendererIpc): CaudalBridge {
  return {
    async invoke(name, input) {
      try {
        return await ipc.invoke(ipcChannels.invoke, name, input);
      } catch {
        // Only happens when the main process is not answering (starting up, shutting down).
        return { ok: false, error: { code: 'internal', message: 'No se pudo comunicar con el proceso principal de Caudal.' } };
      }
    },
    on(event, listener) {
      if (typeof event !== 'string' || typeof listener !== 'function') {
        throw new TypeError('caudal.on(evento, función): el evento debe ser un texto y el oyente una función.');
      }
      const forward = (_ipcEvent: IpcRendererEvent, name: unknown, payload: unknown): void => {
        if (name === event) listener(payload);
      };
      ipc.on(ipcChannels.event, forward);
      return () => {
        ipc.removeListener(ipcChannels.event, forward);
      };
    },
  };
}

contextBridge.exposeInMainWorld('caudal', createBridge(ipcRenderer));
