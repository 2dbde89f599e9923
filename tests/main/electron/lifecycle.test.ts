import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance, closeBeforeQuit, focusWindow } from '../../../src-main/electron/lifecycle';
import { FakeEvent } from './fake-electron';

class FakeApp extends EventEmitter {
  constructor(readonly hasLock = true) {
    super();
  }
  requestSingleInstanceLock = vi.fn(() => this.hasLock);
  quit = vi.fn(() => {
    this.emit('will-quit', new FakeEvent());
  });
}

function fakeWindow(minimized: boolean) {
  return { isMinimized: () => minimized, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
}

describe('claimSingleInstance', () => {
  it('quits a second launch at once', () => {
    const app = new FakeApp(false);
    const show = vi.fn();
    expect(claimSingleInstance(app as never, show)).toBe(false);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('brings the first instance forward when another launch is attempted', () => {
    const app = new FakeApp(true);
    const show = vi.fn();
    expect(claimSingleInstance(app as never, show)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', new FakeEvent(), ['Caudal.exe'], 'C:\\');
    expect(show).toHaveBeenCalledTimes(1);
  });
});

describe('focusWindow', () => {
  it('restores a minimized window before focusing it', () => {
    const window = fakeWindow(true);
    focusWindow(window);
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('leaves a visible window as it is and focuses it', () => {
    const window = fakeWindow(false);
    focusWindow(window);
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});

describe('closeBeforeQuit', () => {
  it('holds the quit until the database is closed, then quits once', async () => {
    const app = new FakeApp();
    let finishClose!: () => void;
    const close = vi.fn(() => new Promise<void>((resolve) => (finishClose = resolve)));
    closeBeforeQuit(app as never, close);

    const first = new FakeEvent();
    app.emit('will-quit', first);
    expect(first.defaultPrevented).toBe(true);
    expect(close).toHaveBeenCalledTimes(1);

    // Quitting again while closing (a second Ctrl+Q) neither closes twice nor lets the process go.
    const again = new FakeEvent();
    app.emit('will-quit', again);
    expect(again.defaultPrevented).toBe(true);
    expect(close).toHaveBeenCalledTimes(1);

    finishClose();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    const last = new FakeEvent();
    app.emit('will-quit', last);
    expect(last.defaultPrevented).toBe(false);
  });

  it('still quits when closing fails, and logs why', async () => {
    const app = new FakeApp();
    const failure = new Error('SQLITE_BUSY');
    const log = vi.fn();
    closeBeforeQuit(app as never, () => Promise.reject(failure), log);
    app.emit('will-quit', new FakeEvent());
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(log).toHaveBeenCalledWith(expect.stringContaining('base de datos'), failure);
  });
});
