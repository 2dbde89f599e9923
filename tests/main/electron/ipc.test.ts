import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../../src-shared/contract/bridge';
import type { CommandResult } from '../../../src-shared/contract';
import type { Dispatcher } from '../../../src-main/app/dispatcher';
import { createEventBus } from '../../../src-main/app/event-bus';
import { registerIpc } from '../../../src-main/electron/ipc';
import { FakeEvent, FakeWebContents } from './fake-electron';

const appUrl = 'file:///opt/Caudal/dist-renderer/index.html';

class FakeWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  constructor(url: string) {
    super();
    this.webContents.url = url;
  }
  close(): void {
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

const progress = { runId: 1, sourceId: 'anh-production', step: 'parse', file: 'Produccion_Fiscalizada_Gas_2024.xlsx', done: 3, total: 13, message: null } as const;

function setup(dispatch: Dispatcher['dispatch'] = async (name, input) => ({ ok: true, data: { name, input } })) {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<CommandResult<unknown>>>();
  const ipcMain = {
    handle: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<CommandResult<unknown>>) => handlers.set(channel, listener)),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
  const app = new EventEmitter();
  const events = createEventBus();
  const dispatcher = { dispatch: vi.fn(dispatch) };
  const logInternal = vi.fn();
  const dispose = registerIpc({ ipcMain: ipcMain as never, app: app as never, dispatcher, events, isTrustedSender: (url) => url.startsWith(appUrl), logInternal });
  const invoke = (frameUrl: string | null, ...args: unknown[]) => {
    const handler = handlers.get(ipcChannels.invoke);
    if (!handler) throw new Error('no handler registered');
    return handler({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, ...args);
  };
  const openWindow = (url = appUrl) => {
    const window = new FakeWindow(url);
    app.emit('browser-window-created', new FakeEvent(), window);
    return window;
  };
  return { ipcMain, handlers, events, dispatcher, logInternal, dispose, invoke, openWindow };
}

describe('registerIpc: commands', () => {
  it('passes a call from the app window to the dispatcher and answers its result', async () => {
    const { invoke, dispatcher } = setup();
    const input = { from: '2024-01', to: '2024-12' };
    await expect(invoke(`${appUrl}#/produccion`, 'production.series', input)).resolves.toEqual({ ok: true, data: { name: 'production.series', input } });
    expect(dispatcher.dispatch).toHaveBeenCalledWith('production.series', input, 'desktop-window');
  });

  it('answers an error result, without dispatching, to a frame that is not the app', async () => {
    const { invoke, dispatcher } = setup();
    const result = await invoke('https://example.com/', 'production.series', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('no proviene de la ventana de Caudal') } });
    expect(dispatcher.dispatch).not.toHaveBeenCalled();
  });

  it('treats a sender frame that is gone (navigated or destroyed) as untrusted', async () => {
    const { invoke, dispatcher } = setup();
    await expect(invoke(null, 'production.series', {})).resolves.toMatchObject({ ok: false });
    expect(dispatcher.dispatch).not.toHaveBeenCalled();
  });

  it('rejects a command name that is not a string', async () => {
    const { invoke, dispatcher } = setup();
    for (const name of [42, undefined, { toString: () => 'production.series' }, ['production.series']]) {
      await expect(invoke(appUrl, name, {})).resolves.toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('nombre del comando') } });
    }
    expect(dispatcher.dispatch).not.toHaveBeenCalled();
  });

  it('turns an unexpected exception into an internal error result instead of a rejected promise', async () => {
    const boom = new Error('SQLITE_CORRUPT: database disk image is malformed');
    const { invoke, logInternal } = setup(async () => {
      throw boom;
    });
    const result = await invoke(appUrl, 'production.series', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.not.stringContaining('SQLITE') } });
    expect(logInternal).toHaveBeenCalledWith(expect.stringContaining('production.series'), boom);
  });
});

describe('registerIpc: events', () => {
  it('forwards bus events to every open app window', () => {
    const { events, openWindow } = setup();
    const first = openWindow();
    const second = openWindow(`${appUrl}#/regalias`);
    events.emit('etl.progress', progress);
    expect(first.webContents.sent).toEqual([[ipcChannels.event, 'etl.progress', progress]]);
    expect(second.webContents.sent).toEqual([[ipcChannels.event, 'etl.progress', progress]]);
  });

  it('stops sending to a window once it is closed, and keeps serving the others', () => {
    const { events, openWindow } = setup();
    const closing = openWindow();
    const staying = openWindow();
    closing.close();
    events.emit('etl.progress', progress);
    expect(closing.webContents.sent).toEqual([]);
    expect(staying.webContents.sent).toHaveLength(1);
    expect(closing.listenerCount('closed')).toBe(0);
  });

  it('does not send events to a window showing a page that is not the app', () => {
    const { events, openWindow } = setup();
    const foreign = openWindow('https://example.com/');
    events.emit('etl.progress', progress);
    expect(foreign.webContents.sent).toEqual([]);
  });
});

describe('registerIpc: dispose', () => {
  it('removes the handler, the window hook and every subscription', () => {
    const { dispose, handlers, ipcMain, events, openWindow } = setup();
    const window = openWindow();
    dispose();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(ipcChannels.invoke);
    expect(handlers.size).toBe(0);
    events.emit('etl.progress', progress);
    expect(window.webContents.sent).toEqual([]);
    const later = openWindow();
    events.emit('etl.progress', progress);
    expect(later.webContents.sent).toEqual([]);
  });
});
