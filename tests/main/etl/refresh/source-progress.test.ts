import { describe, expect, it } from 'vitest';
import { createSourceProgress, estimateEtaSeconds, type RefreshProgress } from '../../../../src-main/etl/refresh/source-progress';

describe('estimateEtaSeconds', () => {
  it('extrapolates the pace so far', () => {
    expect(estimateEtaSeconds(0, 10_000, 25, 100)).toBe(30);
  });
  it('cannot tell without a total, before any progress or before time has passed', () => {
    expect(estimateEtaSeconds(0, 10_000, 25, null)).toBeNull();
    expect(estimateEtaSeconds(0, 10_000, 0, 100)).toBeNull();
    expect(estimateEtaSeconds(5_000, 5_000, 10, 100)).toBeNull();
  });
  it('is zero once everything is done', () => {
    expect(estimateEtaSeconds(0, 10_000, 100, 100)).toBe(0);
  });
});

describe('createSourceProgress', () => {
  const base = { runId: 4, sourceId: 'anh-production' as const, sourceIndex: 1, sourceCount: 3 };

  it('stamps every payload with the run, the source and its place in the run, with an ETA from a fake clock', () => {
    const events: RefreshProgress[] = [];
    let t = 0;
    const progress = createSourceProgress(base, (e) => events.push(e), () => new Date(t));
    progress.step('parse', 0, 4, null, 'a.xlsx');
    t = 2_000;
    progress.step('parse', 1, 4, null, 'b.xlsx');
    progress.finish('done', 'updated', 'sin cambios');
    expect(events).toEqual([
      { ...base, step: 'parse', file: 'a.xlsx', done: 0, total: 4, message: null, etaSeconds: null },
      { ...base, step: 'parse', file: 'b.xlsx', done: 1, total: 4, message: null, etaSeconds: 6 },
      { ...base, step: 'done', file: null, done: 1, total: 1, message: 'sin cambios', status: 'updated', etaSeconds: 0 },
    ]);
  });

  it('thins byte events to one per percent (or per 256 KiB without a size) and always sends the last', () => {
    const events: RefreshProgress[] = [];
    const progress = createSourceProgress(base, (e) => events.push(e), () => new Date(0));
    progress.step('download', 0, 1, 'x.xlsx');
    for (let received = 0; received <= 10_000; received += 10) progress.bytes('x.xlsx', received, 10_000);
    const bytes = events.filter((e) => e.receivedBytes !== undefined);
    expect(bytes).toHaveLength(101);
    expect(bytes.at(-1)).toMatchObject({ step: 'download', file: 'x.xlsx', receivedBytes: 10_000, totalBytes: 10_000, done: 10_000, total: 10_000, etaSeconds: 0 });

    events.length = 0;
    for (let received = 0; received <= 1_048_576; received += 16_384) progress.bytes('sin-tamano.json', received, null);
    expect(events.map((e) => e.receivedBytes)).toEqual([0, 262_144, 524_288, 786_432, 1_048_576]);
  });

  it('labels the bytes of a listing page as part of the search, not as a download', () => {
    const events: RefreshProgress[] = [];
    const progress = createSourceProgress(base, (e) => events.push(e), () => new Date(0));
    progress.step('discover', 0, null, 'Buscando archivos publicados');
    progress.bytes('estadisticas', 2_000, 2_000);
    expect(events.map((e) => e.step)).toEqual(['discover', 'discover']);
  });
});
