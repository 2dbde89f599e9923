import { describe, expect, it } from 'vitest';
import type { CurrentRun } from '../../../src-shared/contract/refresh';
import type { SourceId } from '../../../src-shared/contract/sources';
import { initialRefreshView, refreshReducer, type RefreshAction, type RefreshView } from '../../../src-renderer/refresh/run-progress';
import { sourceFraction } from '../../../src-shared/domain/source-run-progress';
import { finished, progress, RUN_ID, started, titles } from './refresh-fixtures';

const titleMap = new Map<SourceId, string>(Object.entries(titles) as [SourceId, string][]);
const fold = (actions: RefreshAction[], from: RefreshView = initialRefreshView) => actions.reduce(refreshReducer, from);
const startedAction = (): RefreshAction => {
  const event = started();
  if (event.phase !== 'started') throw new Error('fixture');
  return { type: 'started', event, titles: titleMap };
};
const step = (...args: Parameters<typeof progress>): RefreshAction => ({ type: 'progress', event: progress(...args), titles: titleMap });
const source = (view: RefreshView, id: SourceId) => view.run!.sources.find((s) => s.sourceId === id)!;

describe('the live run, folded from the events', () => {
  it('lists the run’s sources as pending, in order, with their titles, when it starts', () => {
    const view = fold([startedAction()]);
    expect(view.run).toMatchObject({ runId: RUN_ID, kind: 'refresh', fraction: 0, cancelling: false });
    expect(view.run!.sources.map((s) => [s.sourceId, s.title, s.state])).toEqual([
      ['anh-production', titles['anh-production'], 'pending'],
      ['upme-demand', titles['upme-demand'], 'pending'],
    ]);
  });

  it('follows a source through its steps, with bytes while downloading, and never moves its bar back', () => {
    const events = [
      step('anh-production', { step: 'discover', done: 0, total: null, message: 'Buscando archivos publicados' }),
      step('anh-production', { step: 'discover', done: 1, total: 1, message: '3 archivos publicados' }),
      step('anh-production', { step: 'download', done: 0, total: 3, file: 'Gas_2024.xlsx' }),
      step('anh-production', { step: 'download', done: 1_000_000, total: 2_000_000, file: 'Gas_2024.xlsx', receivedBytes: 1_000_000, totalBytes: 2_000_000, etaSeconds: 12 }),
      step('anh-production', { step: 'download', done: 3, total: 3, message: '1 archivo nuevo o modificado' }),
      step('anh-production', { step: 'parse', done: 0, total: 1, file: 'Gas_2024.xlsx' }),
      step('anh-production', { step: 'load', done: 0, total: 1, message: 'Guardando' }),
      step('anh-production', { step: 'done', done: 1, total: 1, message: '1 archivo nuevo, 3.079 filas', status: 'updated' }),
    ];
    let view = fold([startedAction()]);
    const seen: { step: string | null; fraction: number; state: string }[] = [];
    for (const event of events) {
      view = refreshReducer(view, event);
      const anh = source(view, 'anh-production');
      seen.push({ step: anh.step, fraction: anh.fraction, state: anh.state });
    }
    expect(seen.map((s) => s.step)).toEqual(['discover', 'discover', 'download', 'download', 'download', 'parse', 'load', null]);
    expect(seen.at(-1)!.state).toBe('updated');
    for (let i = 1; i < seen.length; i += 1) expect(seen[i]!.fraction).toBeGreaterThanOrEqual(seen[i - 1]!.fraction);
    expect(seen.at(-1)!.fraction).toBe(1);

    // Midway through the download the bytes and the time left are there.
    const downloading = fold(events.slice(0, 4), fold([startedAction()]));
    expect(source(downloading, 'anh-production')).toMatchObject({ state: 'running', step: 'download', file: 'Gas_2024.xlsx', receivedBytes: 1_000_000, totalBytes: 2_000_000, etaSeconds: 12, filesDone: 0, filesTotal: 3 });
    // First file of three, half received: 5 % + 60 % × (0.5 / 3).
    expect(source(downloading, 'anh-production').fraction).toBeCloseTo(0.05 + 0.6 * (0.5 / 3));
    // One source of two halfway: the overall bar counts the pending one as zero.
    expect(downloading.run!.fraction).toBeCloseTo((0.05 + 0.6 * (0.5 / 3)) / 2);
    // The overall fraction is the whole run's: one source done, the other pending.
    expect(view.run!.fraction).toBeCloseTo(0.5);
  });

  it('marks a cancel as asked at once, and as done when the service confirms; the other sources go on', () => {
    let view = fold([startedAction(), step('anh-production', { step: 'download', done: 0, total: 1, file: 'Gas_2025.xlsx' })]);
    view = refreshReducer(view, { type: 'cancel-requested', sourceId: 'anh-production' });
    expect(source(view, 'anh-production')).toMatchObject({ state: 'running', cancelRequested: true });
    expect(source(view, 'upme-demand').cancelRequested).toBe(false);
    view = refreshReducer(view, step('anh-production', { step: 'cancelled', done: 1, total: 1, message: 'Cancelada por el usuario', status: 'cancelled' }));
    expect(source(view, 'anh-production')).toMatchObject({ state: 'cancelled', step: null, cancelRequested: false, fraction: 1 });
    // A late download event of the cancelled source changes nothing.
    expect(refreshReducer(view, step('anh-production', { step: 'download', done: 1, total: 1 }))).toEqual(view);
    view = refreshReducer(view, step('upme-demand', { step: 'discover', done: 0, total: null }));
    expect(source(view, 'upme-demand').state).toBe('running');

    const cancelAll = refreshReducer(view, { type: 'cancel-requested', sourceId: null });
    expect(cancelAll.run!.cancelling).toBe(true);
  });

  it('clears the run and keeps how it ended when it finishes', () => {
    const end = finished();
    if (end.phase !== 'finished') throw new Error('fixture');
    const view = fold([startedAction(), { type: 'finished', event: end }]);
    expect(view.run).toBeNull();
    expect(view.lastFinished?.notice.title).toBe('Actualización cancelada');
  });

  it('makes up a run from progress it did not see start, and lets a later snapshot fill in the other sources', () => {
    let view = fold([step('upme-demand', { step: 'download', done: 0, total: 2, file: 'demanda.xlsx' })]);
    expect(view.run!.runId).toBe(RUN_ID);
    expect(view.run!.sources.map((s) => s.sourceId)).toEqual(['upme-demand']);
    // Two sources in the run, one heard from.
    expect(view.run!.fraction).toBeCloseTo(0.05 / 2);

    const snapshot: CurrentRun = {
      runId: RUN_ID,
      kind: 'refresh',
      trigger: 'schedule',
      startedAt: '2025-11-21T15:00:00.000Z',
      sources: [
        { sourceId: 'anh-production', title: titles['anh-production'], state: 'updated', step: null, file: null, message: 'ok', filesDone: null, filesTotal: null, receivedBytes: null, totalBytes: null, etaSeconds: null, fraction: 1 },
        { sourceId: 'upme-demand', title: titles['upme-demand'], state: 'running', step: 'discover', file: null, message: null, filesDone: null, filesTotal: null, receivedBytes: null, totalBytes: null, etaSeconds: null, fraction: 0.01 },
      ],
      files: null,
      fraction: 0.5,
      cancelling: false,
    };
    // Events came while it was on its way: it only fills in, the newer UPME state stays.
    view = refreshReducer(view, { type: 'snapshot', current: snapshot, stale: true });
    expect(view.run!.sources.map((s) => [s.sourceId, s.state, s.step])).toEqual([
      ['anh-production', 'updated', null],
      ['upme-demand', 'running', 'download'],
    ]);
    expect(view.run!.trigger).toBe('schedule');

    // A fresh snapshot is taken as it is; a stale "nothing running" does not end a run on screen.
    expect(refreshReducer(view, { type: 'snapshot', current: null, stale: true }).run).not.toBeNull();
    expect(refreshReducer(view, { type: 'snapshot', current: null, stale: false }).run).toBeNull();
    expect(refreshReducer(initialRefreshView, { type: 'snapshot', current: snapshot, stale: false }).run!.sources[1]!.step).toBe('discover');
  });

  it('keeps the progress of a run the snapshot brought when its start event comes after', () => {
    const view = fold([step('anh-production', { step: 'parse', done: 0, total: 1 })]);
    expect(refreshReducer(view, startedAction())).toBe(view);
  });

  it('counts the files of an import', () => {
    const view = fold([
      { type: 'import-progress', event: { index: 0, total: 4, fileName: 'a.xlsx', status: 'loaded', message: 'ok' } },
      { type: 'import-progress', event: { index: 1, total: 4, fileName: 'b.xlsx', status: 'unknown', message: 'no reconocido' } },
    ]);
    expect(view.run).toMatchObject({ kind: 'import', files: { done: 2, total: 4 }, fraction: 0.5, currentFile: 'b.xlsx' });
  });
});

describe('sourceFraction', () => {
  const base = { sourceId: 'anh-production' as const, title: 't', file: null, message: null, receivedBytes: null, totalBytes: null, etaSeconds: null, fraction: 0 };
  it('weighs the steps by how long they usually take', () => {
    expect(sourceFraction({ ...base, state: 'pending', step: null, filesDone: null, filesTotal: null })).toBe(0);
    expect(sourceFraction({ ...base, state: 'running', step: 'discover', filesDone: null, filesTotal: null })).toBe(0);
    expect(sourceFraction({ ...base, state: 'running', step: 'parse', filesDone: 1, filesTotal: 2 })).toBeCloseTo(0.775);
    expect(sourceFraction({ ...base, state: 'running', step: 'load', filesDone: 0, filesTotal: 1 })).toBeCloseTo(0.9);
    expect(sourceFraction({ ...base, state: 'failed', step: null, filesDone: null, filesTotal: null })).toBe(1);
  });
});
