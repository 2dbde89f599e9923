import { Notification, type BrowserWindow } from 'electron';
import type { CurrentRun, RefreshStateEvent, RunNotice } from '../../src-shared/contract/refresh';
import type { EventBus } from '../app/event-bus';

type FinishedEvent = Extract<RefreshStateEvent, { phase: 'finished' }>;

export interface RefreshFeedbackOptions {
  readonly events: EventBus;
  /** The run in progress (the RefreshService's view), read on every progress event. */
  readonly current: () => CurrentRun | null;
  readonly windows: () => readonly BrowserWindow[];
  /** Clicking the notification brings the window forward. */
  readonly onNotificationClick: () => void;
}

/** Electron's "indeterminate" value for setProgressBar: shown until the first real fraction. */
const INDETERMINATE = 2;
const NO_PROGRESS = -1;

/**
 * What a run shows outside the window: the taskbar/dock progress (overall fraction) while it runs, and
 * a system notification when it ends saying what changed. Returns the function that stops listening.
 */
export function attachRefreshFeedback(options: RefreshFeedbackOptions): () => void {
  let shown = NO_PROGRESS;
  const show = (value: number) => {
    if (value === shown) return;
    shown = value;
    for (const window of options.windows()) {
      if (!window.isDestroyed()) window.setProgressBar(value);
    }
  };
  return options.events.subscribe((name, payload) => {
    switch (name) {
      case 'etl.progress':
      case 'import.progress': {
        const fraction = options.current()?.fraction ?? 0;
        // Whole percents: the taskbar needs no more, and windows are not redrawn for every chunk.
        if (fraction > 0) show(Math.floor(fraction * 100) / 100);
        return;
      }
      case 'refresh.state': {
        const event = payload as RefreshStateEvent;
        if (event.phase === 'started') {
          show(INDETERMINATE);
          return;
        }
        show(NO_PROGRESS);
        if (shouldNotify(event)) showNotification(event.notice, options.onNotificationClick);
        return;
      }
      default:
        return;
    }
  });
}

/**
 * A run the analyst started always ends with a notification. A scheduled one only when it brought
 * something or something broke: no daily "sin cambios", and no "sin conexión" on every retry while
 * the laptop is offline (the sources panel says when it will retry).
 */
export function shouldNotify(event: FinishedEvent): boolean {
  if (event.trigger !== 'schedule') return true;
  return event.sources.some(
    (source) => source.status === 'updated' || source.status === 'partial' || (source.status === 'failed' && !source.message.startsWith('Sin conexión')),
  );
}

function showNotification(notice: RunNotice, onClick: () => void): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification({ title: notice.title, body: notice.body });
  notification.on('click', onClick);
  notification.show();
}
