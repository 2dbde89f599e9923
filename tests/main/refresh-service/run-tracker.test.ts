import { describe, expect, it } from 'vitest';
import { applyImportFile, applyProgress, markCancelling, startTracking } from '../../../src-main/etl/service/run-tracker';
import type { RefreshProgress } from '../../../src-main/etl/refresh/source-progress';

const start = () =>
  startTracking({
    kind: 'refresh',
    trigger: 'button',
    startedAt: '2025-11-30T12:00:00.000Z',
    sources: [
      { id: 'anh-production', title: 'ANH' },
      { id: 'upme-demand', title: 'UPME' },
    ],
  });
const event = (e: Partial<RefreshProgress>): RefreshProgress => ({ runId: 7, sourceId: 'anh-production', step: 'discover', file: null, done: 0, total: null, message: null, ...e });

describe('run tracker', () => {
  it('starts with every source pending and learns the run number from the first event', () => {
    const run = start();
    expect(run).toMatchObject({ runId: null, kind: 'refresh', fraction: 0, cancelling: false, files: null });
    expect(run.sources.map((s) => [s.sourceId, s.state, s.fraction])).toEqual([
      ['anh-production', 'pending', 0],
      ['upme-demand', 'pending', 0],
    ]);
    expect(applyProgress(run, event({})).runId).toBe(7);
  });

  it('follows a source through its steps, with bytes of the current download, never going back', () => {
    let run = start();
    run = applyProgress(run, event({ step: 'discover', message: 'Comprobando la conexión' }));
    expect(run.sources[0]).toMatchObject({ state: 'running', step: 'discover', fraction: 0 });
    run = applyProgress(run, event({ step: 'download', done: 1, total: 2, message: 'Gas_2025.xlsx' }));
    expect(run.sources[0]).toMatchObject({ step: 'download', file: 'Gas_2025.xlsx', filesDone: 1, filesTotal: 2 });
    expect(run.sources[0]!.fraction).toBeCloseTo(0.05 + 0.6 * 0.5);
    run = applyProgress(run, event({ step: 'download', file: 'Gas_2025.xlsx', done: 500, total: 1000, receivedBytes: 500, totalBytes: 1000, etaSeconds: 3 }));
    expect(run.sources[0]).toMatchObject({ receivedBytes: 500, totalBytes: 1000, etaSeconds: 3, filesDone: 1, filesTotal: 2 });
    expect(run.sources[0]!.fraction).toBeCloseTo(0.05 + 0.6 * 0.75);
    expect(run.fraction).toBeCloseTo((0.05 + 0.6 * 0.75) / 2);
    // A retry that starts the file again does not move the bar back.
    const before = run.sources[0]!.fraction;
    run = applyProgress(run, event({ step: 'download', file: 'Gas_2025.xlsx', done: 10, total: 1000, receivedBytes: 10, totalBytes: 1000 }));
    expect(run.sources[0]!.fraction).toBe(before);
    run = applyProgress(run, event({ step: 'parse', done: 0, total: 1, file: 'Gas_2025.xlsx' }));
    expect(run.sources[0]).toMatchObject({ step: 'parse', receivedBytes: null, totalBytes: null });
    run = applyProgress(run, event({ step: 'load', done: 0, total: 1, message: 'Guardando' }));
    expect(run.sources[0]!.fraction).toBeCloseTo(0.9);
    run = applyProgress(run, event({ step: 'done', done: 1, total: 1, status: 'updated', message: '1 archivo nuevo' }));
    expect(run.sources[0]).toMatchObject({ state: 'updated', step: null, fraction: 1, message: '1 archivo nuevo' });
    expect(run.fraction).toBe(0.5);
    run = applyProgress(run, event({ sourceId: 'upme-demand', step: 'failed', done: 1, total: 1, status: 'failed', message: 'Sin conexión' }));
    expect(run.sources[1]).toMatchObject({ state: 'failed', fraction: 1 });
    expect(run.fraction).toBe(1);
  });

  it('marks a cancel of the whole run, and counts an import by files', () => {
    expect(markCancelling(start()).cancelling).toBe(true);
    let imported = startTracking({ kind: 'import', trigger: 'app-import', startedAt: 'x', sources: [], fileCount: 4 });
    expect(imported.files).toEqual({ done: 0, total: 4 });
    imported = applyImportFile(imported, 0, 4);
    imported = applyImportFile(imported, 2, 4);
    expect(imported).toMatchObject({ files: { done: 3, total: 4 }, fraction: 0.75 });
  });
});
