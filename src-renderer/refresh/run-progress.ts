import type { EventPayload } from '../../src-shared/contract';
import type { CurrentRun, RefreshStateEvent, SourceRunState } from '../../src-shared/contract/refresh';
import type { SourceId } from '../../src-shared/contract/sources';
import { advanceSourceState, isActiveSource, overallFraction, pendingSourceState } from '../../src-shared/domain/source-run-progress';

/**
 * Pure: the run in progress as the screen draws it, folded from what the service says — a
 * `refresh.status` snapshot, then `refresh.state` and `etl.progress` events. It follows the same rules
 * as the service's own tracker (src-main/etl/service/run-tracker.ts), so the bar in the window and the
 * one in the taskbar agree: steps weigh by how long they usually take and a fraction never goes back.
 */

export type EtlProgressEvent = EventPayload<'etl.progress'>;
export type ImportProgressEvent = EventPayload<'import.progress'>;
export type RunStartedEvent = Extract<RefreshStateEvent, { phase: 'started' }>;
export type RunFinishedEvent = Extract<RefreshStateEvent, { phase: 'finished' }>;

export interface LiveSource extends SourceRunState {
  /** The analyst asked to cancel it; the service has not confirmed yet. */
  readonly cancelRequested: boolean;
}

export interface LiveRun extends Omit<CurrentRun, 'sources'> {
  readonly sources: readonly LiveSource[];
  /** Import only: the file being handled now. */
  readonly currentFile: string | null;
}

export interface RefreshView {
  readonly run: LiveRun | null;
  /** How the last run ended, for the notice and the Fuentes panel. */
  readonly lastFinished: RunFinishedEvent | null;
}

export type RefreshAction =
  /** `stale`: events arrived while the snapshot was on its way, so it is older than what is shown. */
  | { readonly type: 'snapshot'; readonly current: CurrentRun | null; readonly stale: boolean }
  | { readonly type: 'started'; readonly event: RunStartedEvent; readonly titles: ReadonlyMap<SourceId, string> }
  | { readonly type: 'progress'; readonly event: EtlProgressEvent; readonly titles: ReadonlyMap<SourceId, string> }
  | { readonly type: 'import-progress'; readonly event: ImportProgressEvent }
  | { readonly type: 'finished'; readonly event: RunFinishedEvent }
  /** null: the whole run. */
  | { readonly type: 'cancel-requested'; readonly sourceId: SourceId | null };

export const initialRefreshView: RefreshView = { run: null, lastFinished: null };


export function refreshReducer(view: RefreshView, action: RefreshAction): RefreshView {
  switch (action.type) {
    case 'snapshot':
      if (!action.stale) return { ...view, run: action.current ? fromSnapshot(action.current, view.run) : null };
      // Older than the screen: it may only fill in the sources of this run not heard from yet.
      return action.current && view.run && view.run.runId === action.current.runId ? { ...view, run: fillIn(view.run, action.current) } : view;
    case 'started':
      // The snapshot may have brought this very run first: its progress stays.
      if (view.run && action.event.runId !== null && view.run.runId === action.event.runId) return view;
      return { ...view, run: startedRun(action.event, action.titles) };
    case 'progress':
      return { ...view, run: applyProgress(runFor(view.run, action.event, action.titles), action.event) };
    case 'import-progress':
      return { ...view, run: applyImportProgress(view.run, action.event) };
    case 'finished':
      return { run: null, lastFinished: action.event };
    case 'cancel-requested':
      return view.run ? { ...view, run: requestCancel(view.run, action.sourceId) } : view;
  }
}

function liveSource(source: SourceRunState, cancelRequested = false): LiveSource {
  return { ...source, cancelRequested };
}

function pendingSource(sourceId: SourceId, title: string): LiveSource {
  return liveSource(pendingSourceState(sourceId, title));
}

/** A snapshot keeps the cancels already asked for on screen (the service only learns of them per source). */
function fromSnapshot(current: CurrentRun, shown: LiveRun | null): LiveRun {
  const asked = new Set(shown && shown.runId === current.runId ? shown.sources.filter((s) => s.cancelRequested).map((s) => s.sourceId) : []);
  return {
    ...current,
    sources: current.sources.map((source) => liveSource(source, asked.has(source.sourceId) && isActive(source))),
    currentFile: shown && shown.runId === current.runId ? shown.currentFile : null,
  };
}

function fillIn(shown: LiveRun, snapshot: CurrentRun): LiveRun {
  const byId = new Map(shown.sources.map((source) => [source.sourceId, source]));
  const sources = snapshot.sources.map((source) => byId.get(source.sourceId) ?? liveSource(source));
  const extra = shown.sources.filter((source) => !snapshot.sources.some((s) => s.sourceId === source.sourceId));
  const all = [...sources, ...extra];
  return { ...shown, trigger: snapshot.trigger, startedAt: snapshot.startedAt, sources: all, fraction: Math.max(shown.fraction, overallFraction(all)) };
}

function startedRun(event: RunStartedEvent, titles: ReadonlyMap<SourceId, string>): LiveRun {
  return {
    runId: event.runId,
    kind: event.kind,
    trigger: event.trigger,
    startedAt: event.startedAt,
    sources: event.sourceIds.map((id) => pendingSource(id, titles.get(id) ?? id)),
    files: event.kind === 'import' ? { done: 0, total: event.fileCount ?? 0 } : null,
    fraction: 0,
    cancelling: false,
    currentFile: null,
  };
}

/**
 * Progress of a run this window did not see start (opened mid-run, or the snapshot is still on its
 * way): a run is made up from the event, with the sources it names so far.
 */
function runFor(run: LiveRun | null, event: EtlProgressEvent, titles: ReadonlyMap<SourceId, string>): LiveRun {
  const known = run !== null && run.kind === 'refresh' && (run.runId === null || run.runId === event.runId) ? run : null;
  const base: LiveRun = known ?? {
    runId: event.runId,
    kind: 'refresh',
    trigger: 'button',
    startedAt: new Date(0).toISOString(),
    sources: [],
    files: null,
    fraction: 0,
    cancelling: false,
    currentFile: null,
  };
  if (base.sources.some((s) => s.sourceId === event.sourceId)) return { ...base, runId: event.runId };
  return { ...base, runId: event.runId, sources: [...base.sources, pendingSource(event.sourceId, titles.get(event.sourceId) ?? event.sourceId)] };
}

function applyProgress(run: LiveRun, event: EtlProgressEvent): LiveRun {
  const sources = run.sources.map((source) => (source.sourceId === event.sourceId ? advanceSource(source, event) : source));
  return { ...run, sources, fraction: Math.max(run.fraction, overallFraction(sources, event.sourceCount)) };
}

function advanceSource(source: LiveSource, event: EtlProgressEvent): LiveSource {
  const terminal = event.step === 'done' || event.step === 'failed' || event.step === 'cancelled';
  if (terminal) return { ...advanceSourceState(source, event), cancelRequested: false };
  // A late event of a source already finished (the service sends none, but order across a reconnect is not promised).
  if (!isActive(source)) return source;
  return advanceSourceState(source, event);
}

function applyImportProgress(run: LiveRun | null, event: ImportProgressEvent): LiveRun {
  const base: LiveRun = run && run.kind === 'import' ? run : { runId: null, kind: 'import', trigger: 'app-import', startedAt: new Date(0).toISOString(), sources: [], files: null, fraction: 0, cancelling: false, currentFile: null };
  const done = Math.max(base.files?.done ?? 0, event.index + 1);
  return { ...base, files: { done, total: event.total }, fraction: event.total > 0 ? Math.min(1, done / event.total) : 1, currentFile: event.fileName };
}

function requestCancel(run: LiveRun, sourceId: SourceId | null): LiveRun {
  if (sourceId === null) return { ...run, cancelling: true };
  return { ...run, sources: run.sources.map((s) => (s.sourceId === sourceId && isActive(s) ? { ...s, cancelRequested: true } : s)) };
}

/** Still to run or running: it can be cancelled. */
export const isActive = isActiveSource;



