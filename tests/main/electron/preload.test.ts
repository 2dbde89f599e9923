import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CaudalBridge } from '../../../src-shared/contract/bridge';
import { ipcChannels } from '../../../src-shared/contract/bridge';
import type * as FakeElectron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const electron = (await import('electron')) as unknown as typeof FakeElectron;
let bridge: CaudalBridge;

beforeAll(async () => {
  await import('../../../src-main/electron/preload');
  const [name, exposed] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, CaudalBridge];
  expect(name).toBe('caudal');
  bridge = exposed;
});

describe('preload', () => {
  it('exposes window.caudal once, with exactly invoke and on', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.values(bridge)).not.toContain(electron.ipcRenderer);
  });

  it('invoke sends the command name and input on the invoke channel and answers the result', async () => {
    const result = { ok: true, data: [1, 2] };
    electron.ipcRenderer.invoke.mockResolvedValueOnce(result);
    await expect(bridge.invoke('catalog.dimensions', { kind: 'field' })).resolves.toBe(result);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(ipcChannels.invoke, 'catalog.dimensions', { kind: 'field' });
  });

  it('invoke answers an error result when the main process does not answer', async () => {
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error("No handler registered for 'caudal:invoke'"));
    await expect(bridge.invoke('catalog.dimensions', {})).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('proceso principal') },
    });
  });

  it('on delivers only the payload of the requested event, never the IPC event object', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.on('etl.progress', listener);
    const ipcEvent = { sender: electron.ipcRenderer };
    electron.ipcRenderer.emit(ipcChannels.event, ipcEvent, 'etl.progress', { done: 1 });
    electron.ipcRenderer.emit(ipcChannels.event, ipcEvent, 'other.event', { done: 2 });
    expect(listener.mock.calls).toEqual([[{ done: 1 }]]);
    unsubscribe();
  });

  it('the returned function unsubscribes, leaving other subscriptions in place', () => {
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = bridge.on('etl.progress', first);
    const unsubscribeSecond = bridge.on('etl.progress', second);
    unsubscribeFirst();
    electron.ipcRenderer.emit(ipcChannels.event, {}, 'etl.progress', 'x');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('x');
    unsubscribeSecond();
    expect(electron.ipcRenderer.listenerCount(ipcChannels.event)).toBe(0);
  });

  it('on rejects a non-string event or a non-function listener', () => {
    expect(() => bridge.on(42 as unknown as string, () => {})).toThrow(TypeError);
    expect(() => bridge.on('etl.progress', 'nope' as unknown as () => void)).toThrow(TypeError);
    expect(electron.ipcRenderer.listenerCount(ipcChannels.event)).toBe(0);
  });
});
