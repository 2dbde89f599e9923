import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentRun, RefreshStateEvent } from '../../../src-shared/contract/refresh';
import { createEventBus } from '../../../src-main/app/event-bus';
import type * as FakeElectron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const electron = (await import('electron')) as unknown as typeof FakeElectron;
const { attachRefreshFeedback, shouldNotify } = await import('../../../src-main/electron/refresh-feedback');

type Finished = Extract<RefreshStateEvent, { phase: 'finished' }>;

const finished = (overrides: Partial<Finished> = {}): Finished => ({
  phase: 'finished',
  runId: 3,
  kind: 'refresh',
  trigger: 'button',
  startedAt: '2025-11-30T12:00:00.000Z',
  finishedAt: '2025-11-30T12:01:00.000Z',
  status: 'ok',
  sources: [{ sourceId: 'anh-production', title: 'ANH producción', status: 'updated', filesLoaded: 1, rowsLoaded: 120, rowsRejected: 0, newPeriod: '2025-10', message: '1 archivo nuevo', knownFailedFiles: 0 }],
  importTotals: null,
  notice: { title: 'Datos actualizados', body: 'ANH producción: nuevo periodo 2025-10; 120 filas nuevas' },
  ...overrides,
});

const progress = { runId: 3, sourceId: 'anh-production' as const, step: 'download' as const, file: null, done: 0, total: 1, message: null };

describe('taskbar progress and the notification at the end of a run', () => {
  beforeEach(() => electron.resetFakeElectron());

  it('shows the overall fraction on every window while a run goes, then clears it and notifies', () => {
    const events = createEventBus();
    const windows = [new electron.BrowserWindow(), new electron.BrowserWindow()];
    let current: Partial<CurrentRun> | null = { fraction: 0 };
    const focus = vi.fn();
    const dispose = attachRefreshFeedback({ events, current: () => current as CurrentRun, windows: () => windows as never, onNotificationClick: focus });

    events.emit('refresh.state', { phase: 'started', runId: 3, kind: 'refresh', trigger: 'button', startedAt: 'x', sourceIds: ['anh-production'], fileCount: null });
    expect(windows[0]!.setProgressBar).toHaveBeenLastCalledWith(2); // indeterminate until there is a fraction
    current = { fraction: 0.4237 };
    events.emit('etl.progress', progress);
    current = { fraction: 0.4251 };
    events.emit('etl.progress', progress); // same whole percent: not redrawn
    expect(windows[1]!.setProgressBar.mock.calls).toEqual([[2], [0.42]]);

    events.emit('refresh.state', finished());
    expect(windows[0]!.setProgressBar).toHaveBeenLastCalledWith(-1);
    expect(electron.Notification.instances.map((n) => [n.options, n.shown])).toEqual([[{ title: 'Datos actualizados', body: 'ANH producción: nuevo periodo 2025-10; 120 filas nuevas' }, true]]);
    electron.Notification.instances[0]!.emit('click');
    expect(focus).toHaveBeenCalledTimes(1);

    dispose();
    events.emit('refresh.state', finished());
    expect(electron.Notification.instances).toHaveLength(1);
  });

  it('skips the notification where the system has none, and a destroyed window', () => {
    const events = createEventBus();
    const window = new electron.BrowserWindow();
    window.destroyed = true;
    electron.Notification.supported = false;
    attachRefreshFeedback({ events, current: () => null, windows: () => [window] as never, onNotificationClick: () => undefined });
    events.emit('refresh.state', finished());
    expect(window.setProgressBar).not.toHaveBeenCalled();
    expect(electron.Notification.instances).toEqual([]);
  });
});

describe('shouldNotify', () => {
  const source = finished().sources[0]!;
  it('always after a run the analyst started; after a scheduled one only for news or real errors', () => {
    expect(shouldNotify(finished({ trigger: 'button', sources: [{ ...source, status: 'unchanged' }] }))).toBe(true);
    expect(shouldNotify(finished({ kind: 'import', trigger: 'app-import', sources: [] }))).toBe(true);
    expect(shouldNotify(finished({ trigger: 'schedule' }))).toBe(true);
    expect(shouldNotify(finished({ trigger: 'schedule', sources: [{ ...source, status: 'unchanged' }] }))).toBe(false);
    expect(shouldNotify(finished({ trigger: 'schedule', sources: [{ ...source, status: 'failed', message: 'Sin conexión: se conservan los datos del 30/11/2025' }] }))).toBe(false);
    expect(shouldNotify(finished({ trigger: 'schedule', sources: [{ ...source, status: 'failed', message: 'La ANH respondió HTTP 500' }] }))).toBe(true);
  });
});
