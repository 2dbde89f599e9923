import { CaudalError } from '../../../src-shared/contract';
import type { CurrentRun } from '../../../src-shared/contract/refresh';
import { defaultAppSettings, type AppSettings } from '../../../src-shared/contract/settings';
import type { SourceId } from '../../../src-shared/contract/sources';
import { readSettings } from '../../settings/settings-store';
import type { RefreshableSource } from '../refresh/refreshable-source';
import type { SourcePlan } from '../schedule/schedule-plan';
import type { EtlJobHandle } from '../worker/etl-host';
import type { EtlJobEvent } from '../worker/etl-job';
import { importedFile, importOutput } from './import-output';
import { interruptedOutcomes, markRunInterrupted, urlOverrides } from './interrupted-run';
import { runHistory } from './run-history';
import { runStatus as summarizeStatuses } from './run-status';
import { importNotice, refreshNotice, sourceOutcome } from './run-notice';
import { applyImportFile, applyProgress, markCancelling, startTracking } from './run-tracker';
import { schedulePlans, scheduleView } from './schedule-view';
import type { FinishedEvent, ImportOutput, ImportRequest, RefreshOutcome, RefreshService, RefreshServiceOptions, RunHandle, StartRequest } from './refresh-service-types';
import { readFreshness } from './source-freshness';

export type { FinishedEvent, ImportOutput, ImportRequest, RefreshOutcome, RefreshService, RefreshServiceOptions, RunHandle, StartRequest } from './refresh-service-types';

interface ActiveRun {
  tracking: CurrentRun;
  jobId: number | null;
  done: Promise<unknown>;
}

export function createRefreshService(options: RefreshServiceOptions): RefreshService {
  const now = options.now ?? (() => new Date());
  const { db, events, host } = options;
  const finishedListeners = new Set<(event: FinishedEvent) => void>();
  let active: ActiveRun | null = null;
  let schedulerActive = false;
  let closed = false;

  const refuseIfBusy = () => {
    if (closed) throw new CaudalError('conflict', 'Caudal se está cerrando; no se inician más actualizaciones.');
    if (!active) return;
    const at = new Date(active.tracking.startedAt).toLocaleTimeString('es-CO', { hour: '2-digit', minute: '2-digit', hour12: false });
    const what = active.tracking.kind === 'import' ? 'una importación de archivos' : 'una actualización de datos';
    throw new CaudalError('conflict', `Ya hay ${what} en curso (iniciada a las ${at}). Espere a que termine o cancélela.`);
  };
  const safeSettings = async (): Promise<AppSettings> => {
    try {
      return await readSettings(db);
    } catch {
      return defaultAppSettings;
    }
  };
  const finish = (event: FinishedEvent) => {
    active = null;
    events.emit('refresh.state', event);
    for (const listener of [...finishedListeners]) {
      try {
        listener(event);
      } catch (error) {
        console.error('[caudal] oyente de fin de actualización falló:', error);
      }
    }
  };

  /** Hands the job to the runner; a runner that cannot even take it leaves no run behind. */
  const runJob = (run: ActiveRun, launch: () => EtlJobHandle): EtlJobHandle => {
    try {
      const handle = launch();
      run.jobId = handle.jobId;
      return handle;
    } catch (error) {
      if (active === run) active = null;
      throw new CaudalError('internal', `No se pudo iniciar el proceso de actualización: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const plans = async (): Promise<SourcePlan[]> => {
    const settings = await safeSettings();
    const running = new Set<SourceId>(active?.tracking.sources.filter((s) => s.state === 'pending' || s.state === 'running').map((s) => s.sourceId) ?? []);
    return schedulePlans(db, { sourceIds: options.sources.map((s) => s.id), schedules: settings.schedules, running, liveRunId: active?.tracking.runId ?? null, now: now() });
  };

  async function start(request: StartRequest): Promise<RunHandle> {
    refuseIfBusy();
    const sources = pickSources(options.sources, request.sourceIds);
    const startedAt = now().toISOString();
    const run: ActiveRun = {
      tracking: startTracking({ kind: 'refresh', trigger: request.trigger, startedAt, sources: sources.map((s) => ({ id: s.id, title: s.title })) }),
      jobId: null,
      done: Promise.resolve(),
    };
    active = run;
    let startedEmitted = false;
    let markStarted: (runId: number | null) => void = () => undefined;
    const started = new Promise<number | null>((resolve) => (markStarted = resolve));
    const announce = (runId: number | null) => {
      if (startedEmitted) return;
      startedEmitted = true;
      events.emit('refresh.state', { phase: 'started', runId, kind: 'refresh', trigger: request.trigger, startedAt, sourceIds: sources.map((s) => s.id), fileCount: null });
      markStarted(runId);
    };

    const [settings, before] = await Promise.all([safeSettings(), readFreshness(db, sources).catch(() => new Map<SourceId, string | null>())]);
    const onEvent = (event: EtlJobEvent) => {
      switch (event.kind) {
        case 'progress':
          announce(event.progress.runId);
          run.tracking = applyProgress(run.tracking, event.progress);
          events.emit('etl.progress', event.progress);
          return;
        case 'source-done':
          request.onSourceDone?.(event.result);
          return;
        case 'import-started':
        case 'import-file':
          return;
      }
    };
    const handle = runJob(run, () =>
      host.run({ kind: 'refresh', sourceIds: sources.map((s) => s.id), trigger: request.trigger, env: urlOverrides(options.env), settings: { sourceUrls: settings.sourceUrls } }, onEvent),
    );

    const done = handle.result.then(
      async (result): Promise<RefreshOutcome> => {
        const summary = result.kind === 'refresh' ? result.summary : null;
        if (!summary) throw new Error('el proceso de actualización respondió con otro tipo de trabajo');
        announce(summary.runId);
        const after = await readFreshness(db, sources).catch(() => new Map<SourceId, string | null>());
        const outcomes = summary.sources.map((r) => sourceOutcome(r, newPeriod(before.get(r.sourceId) ?? null, after.get(r.sourceId) ?? null)));
        const finished: FinishedEvent = {
          phase: 'finished',
          runId: summary.runId,
          kind: 'refresh',
          trigger: request.trigger,
          startedAt,
          finishedAt: now().toISOString(),
          status: summary.status,
          sources: outcomes,
          importTotals: null,
          notice: refreshNotice(summary.status, summary.sources, outcomes),
        };
        finish(finished);
        return { runId: summary.runId, summary, finished };
      },
    ).catch((error: unknown): RefreshOutcome => {
      const message = error instanceof Error ? error.message : String(error);
      const runId = run.tracking.runId;
      announce(runId);
      if (runId !== null) {
        try {
          markRunInterrupted(options.sqlite, runId, message, now());
        } catch (recordError) {
          console.error('[caudal] no se pudo cerrar el registro de la ejecución interrumpida:', recordError);
        }
      }
      const outcomes = interruptedOutcomes(run.tracking, message);
      const finished: FinishedEvent = {
        phase: 'finished',
        runId,
        kind: 'refresh',
        trigger: request.trigger,
        startedAt,
        finishedAt: now().toISOString(),
        status: summarizeStatuses(outcomes.map((o) => o.status), run.tracking.cancelling),
        sources: outcomes,
        importTotals: null,
        notice: { title: 'La actualización falló', body: message },
      };
      finish(finished);
      return { runId, summary: null, finished };
    });
    run.done = done;
    const runId = await started;
    // A runner that broke before reporting anything still ends the run; its number is unknown then.
    if (runId === null) {
      const outcome = await done;
      throw new CaudalError('internal', outcome.finished.notice.body);
    }
    return { runId, sourceIds: sources.map((s) => s.id), done };
  }

  async function importFiles(request: ImportRequest): Promise<ImportOutput> {
    refuseIfBusy();
    const startedAt = now().toISOString();
    const run: ActiveRun = { tracking: startTracking({ kind: 'import', trigger: request.trigger, startedAt, sources: [], fileCount: 0 }), jobId: null, done: Promise.resolve() };
    active = run;
    const onEvent = (event: EtlJobEvent) => {
      switch (event.kind) {
        case 'import-started':
          run.tracking = { ...run.tracking, files: { done: 0, total: event.fileCount } };
          events.emit('refresh.state', { phase: 'started', runId: null, kind: 'import', trigger: request.trigger, startedAt, sourceIds: [], fileCount: event.fileCount });
          return;
        case 'import-file': {
          run.tracking = applyImportFile(run.tracking, event.index, event.total);
          const file = importedFile(event.outcome, options.titles);
          events.emit('import.progress', { index: event.index, total: event.total, fileName: file.fileName, status: file.status, message: file.message });
          request.onFile?.(event.outcome, event.index, event.total);
          return;
        }
        case 'progress':
        case 'source-done':
          return;
      }
    };
    const handle = runJob(run, () => host.run({ kind: 'import', paths: [...request.paths], uploads: [...(request.uploads ?? [])], trigger: request.trigger }, onEvent));
    const finishImport = (runId: number | null, status: FinishedEvent['status'], totals: FinishedEvent['importTotals'], notice: FinishedEvent['notice']) =>
      finish({ phase: 'finished', runId, kind: 'import', trigger: request.trigger, startedAt, finishedAt: now().toISOString(), status, sources: [], importTotals: totals, notice });
    const done = handle.result.then((result) => {
      if (result.kind !== 'import') throw new Error('el proceso de importación respondió con otro tipo de trabajo');
      const output = importOutput(result.summary, options.titles);
      const { totals } = output;
      const status = output.ok ? 'ok' : totals.loaded + totals.unchanged > 0 ? 'partial' : 'failed';
      finishImport(output.runId, status, totals, importNotice(totals));
      return output;
    });
    run.done = done.catch(() => undefined);
    try {
      return await done;
    } catch (error) {
      const message = `La importación se detuvo inesperadamente: ${error instanceof Error ? error.message : String(error)}`;
      if (active === run) finishImport(null, 'failed', null, { title: 'La importación falló', body: message });
      throw new CaudalError('internal', message);
    }
  }

  return {
    start,
    importFiles,
    cancel(runId, sourceId) {
      const run = active;
      if (!run || run.jobId === null || run.tracking.kind !== 'refresh' || run.tracking.runId !== runId) return false;
      if (sourceId === undefined) {
        host.cancel(run.jobId);
        run.tracking = markCancelling(run.tracking);
        return true;
      }
      const source = run.tracking.sources.find((s) => s.sourceId === sourceId);
      if (!source || (source.state !== 'pending' && source.state !== 'running')) return false;
      host.cancel(run.jobId, sourceId);
      return true;
    },
    current: () => (active ? structuredClone(active.tracking) : null),
    async status() {
      const current = active ? structuredClone(active.tracking) : null;
      return { current, schedulerActive, sources: await scheduleView(db, await plans(), options.titles) };
    },
    runs: (input) => runHistory(db, input, options.titles),
    plans,
    onRunFinished(listener) {
      finishedListeners.add(listener);
      return () => finishedListeners.delete(listener);
    },
    setSchedulerActive(value) {
      schedulerActive = value;
    },
    environment: options.env,
    get busy() {
      return active !== null;
    },
    async close() {
      if (closed) return;
      closed = true;
      const run = active;
      if (run && run.jobId !== null) {
        host.cancel(run.jobId);
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, options.closeTimeoutMs ?? 15_000);
        });
        await Promise.race([run.done, timeout]);
        clearTimeout(timer);
      }
      await host.close();
    },
  };
}

function pickSources(all: readonly RefreshableSource[], ids: readonly SourceId[] | undefined): RefreshableSource[] {
  if (!ids) return [...all];
  const unknown = ids.filter((id) => !all.some((s) => s.id === id));
  if (unknown.length > 0) {
    throw new CaudalError('validation', `Fuente que no se puede actualizar desde internet: ${unknown.join(', ')}`, [{ path: 'sourceIds', message: 'Fuente desconocida' }]);
  }
  // Always the registry's order, whatever order they were asked in: every run reads the same way.
  return all.filter((s) => ids.includes(s.id));
}

function newPeriod(before: string | null, after: string | null): string | null {
  return after !== null && after !== before ? after : null;
}
