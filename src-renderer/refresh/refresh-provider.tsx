import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import type { SourceSchedule } from '../../src-shared/contract/refresh';
import type { SourceId } from '../../src-shared/contract/sources';
import { toClientError, type ClientError } from '../client/client-error';
import { useClient } from '../client/client-context';
import { useMessages } from '../i18n/language-context';
import { RefreshContext, type NoticeContent, type RefreshControls, type RefreshNotice } from './refresh-context';
import { refreshMessages } from './refresh-messages';
import { initialRefreshView, refreshReducer } from './run-progress';

/**
 * The one place that follows refreshes and imports for the whole window: it asks `refresh.status` once
 * (a run may already be going, started by the scheduler or another window), then folds the events into
 * the live view, and turns the end of a run into a notice. The header button, the Fuentes panel and
 * the import dialog all read it, so they never disagree.
 */
export function RefreshProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const t = useMessages(refreshMessages);
  const [view, dispatch] = useReducer(refreshReducer, initialRefreshView);
  const [schedules, setSchedules] = useState<readonly SourceSchedule[] | null>(null);
  const [schedulerActive, setSchedulerActive] = useState(false);
  const [statusError, setStatusError] = useState<ClientError | null>(null);
  const [starting, setStarting] = useState(false);
  const [notice, setNotice] = useState<RefreshNotice | null>(null);
  // Counts events, so a status answer overtaken by events is known to be older than the screen.
  const eventsSeen = useRef(0);
  const noticeIds = useRef(0);
  const titles = useRef(new Map<SourceId, string>());
  // The run the events are about, kept outside React's state so a burst of events is judged at once.
  const followedRunId = useRef<number | null>(null);
  const finishedRunIds = useRef(new Set<number>());
  const runId = view.run?.runId ?? null;
  const runIdRef = useRef<number | null>(runId);
  runIdRef.current = runId;

  const reloadStatus = useCallback(() => {
    const seenAtRequest = eventsSeen.current;
    client.send('refresh.status').then(
      (status) => {
        for (const source of status.sources) titles.current.set(source.sourceId, source.title);
        for (const source of status.current?.sources ?? []) titles.current.set(source.sourceId, source.title);
        const stale = eventsSeen.current !== seenAtRequest;
        if (!stale) followedRunId.current = status.current?.runId ?? null;
        dispatch({ type: 'snapshot', current: status.current, stale });
        setSchedules(status.sources);
        setSchedulerActive(status.schedulerActive);
        setStatusError(null);
      },
      (error: unknown) => setStatusError(toClientError('refresh.status', error)),
    );
  }, [client]);

  const showNotice = useCallback((content: NoticeContent) => {
    noticeIds.current += 1;
    setNotice({ ...content, id: noticeIds.current });
  }, []);

  useEffect(() => {
    reloadStatus();
    const off = [
      client.on('refresh.state', (event) => {
        eventsSeen.current += 1;
        if (event.phase === 'started') {
          followedRunId.current = event.runId;
          dispatch({ type: 'started', event, titles: titles.current });
          return;
        }
        followedRunId.current = null;
        if (event.runId !== null) finishedRunIds.current.add(event.runId);
        dispatch({ type: 'finished', event });
        showNotice({ kind: 'run', event });
        // Last attempt, retry time and known failed files all moved.
        reloadStatus();
      }),
      client.on('etl.progress', (event) => {
        eventsSeen.current += 1;
        dispatch({ type: 'progress', event, titles: titles.current });
        if (followedRunId.current !== event.runId) {
          // Opened mid-run or missed its start: the snapshot brings the sources not heard from yet.
          followedRunId.current = event.runId;
          reloadStatus();
        }
      }),
      client.on('import.progress', (event) => {
        eventsSeen.current += 1;
        dispatch({ type: 'import-progress', event });
      }),
      client.on('settings.changed', () => reloadStatus()),
    ];
    return () => off.forEach((unsubscribe) => unsubscribe());
  }, [client, reloadStatus, showNotice]);

  const report = useCallback((title: string, error: ClientError) => showNotice({ kind: 'error', title, error }), [showNotice]);

  const start = useCallback(
    async (sourceIds?: readonly SourceId[]) => {
      setStarting(true);
      try {
        const run = await client.send('refresh.start', sourceIds ? { sourceIds: [...sourceIds] } : {});
        // The answer and the events travel apart: if the answer wins, the run shows from it at once
        // (unless it already ended, which the events said first).
        if (followedRunId.current !== run.runId && !finishedRunIds.current.has(run.runId)) {
          eventsSeen.current += 1;
          followedRunId.current = run.runId;
          const event = { phase: 'started', runId: run.runId, kind: 'refresh', trigger: 'button', startedAt: new Date().toISOString(), sourceIds: run.sourceIds, fileCount: null } as const;
          dispatch({ type: 'started', event, titles: titles.current });
        }
      } catch (error) {
        const failure = toClientError('refresh.start', error);
        report(t(failure.code === 'conflict' ? 'panel.conflictTitle' : 'panel.startFailed'), failure);
        // A conflict means a run this window may not know of yet: show it.
        reloadStatus();
      } finally {
        setStarting(false);
      }
    },
    [client, reloadStatus, report, t],
  );

  const cancel = useCallback(
    async (sourceId?: SourceId) => {
      const id = runIdRef.current;
      if (id === null) return;
      dispatch({ type: 'cancel-requested', sourceId: sourceId ?? null });
      try {
        const { cancelled } = await client.send('refresh.cancel', sourceId ? { runId: id, sourceId } : { runId: id });
        // Nothing left to cancel (it ended meanwhile): the snapshot puts the screen right.
        if (!cancelled) reloadStatus();
      } catch (error) {
        report(t('panel.cancelFailed'), toClientError('refresh.cancel', error));
        reloadStatus();
      }
    },
    [client, reloadStatus, report, t],
  );

  const dismissNotice = useCallback(() => setNotice(null), []);

  const controls = useMemo<RefreshControls>(
    () => ({ view, schedules, schedulerActive, statusError, starting, notice, start, cancel, reloadStatus, report, dismissNotice }),
    [view, schedules, schedulerActive, statusError, starting, notice, start, cancel, reloadStatus, report, dismissNotice],
  );
  return <RefreshContext.Provider value={controls}>{children}</RefreshContext.Provider>;
}
