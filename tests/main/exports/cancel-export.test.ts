import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportProgress } from '../../../src-shared/contract/exports';
import { runExport, type ExportRequest } from '../../../src-main/exports/run-export';
import { seedProduction } from '../../support/seed-production';
import { openSeededApp, type SeededApp } from '../datasets/dataset-fixture';

let seeded: SeededApp;
beforeAll(async () => {
  seeded = await openSeededApp();
  // Enough rows for the export to be caught between batches.
  const facts = Array.from({ length: 3000 }, (_, i) => ({ period: `20${10 + (i % 10)}-0${1 + (i % 9)}`, field: `Campo ${i % 50}`, operator: 'Hocol', department: '44', fiscalizada: i }));
  seedProduction(seeded.app.database.sqlite, facts, 'grande.xlsx');
});
afterAll(async () => seeded.close());

const request = (format: 'xlsx' | 'csv', name: string): ExportRequest =>
  ({ dataset: 'production', format, targetPath: join(seeded.outDir, name), filters: {}, unit: 'MPC', csv: { separator: ';', decimal: ',' } }) as ExportRequest;

const leftovers = () => readdirSync(seeded.outDir).filter((f) => f.includes('caudal-tmp'));

describe('cancelling an export', () => {
  it.each(['xlsx', 'csv'] as const)('stops a %s export between batches and leaves no file, partial or temporary', async (format) => {
    const controller = new AbortController();
    const events: ExportProgress[] = [];
    const target = join(seeded.outDir, `cancelada.${format}`);
    const outcome = runExport(request(format, `cancelada.${format}`), {
      dbPath: seeded.dbPath,
      forbiddenDirs: [],
      signal: controller.signal,
      onProgress: (p) => {
        events.push(p);
        if (p.phase === 'rows' && p.rowsDone > 0) controller.abort();
      },
      clock: (() => {
        let t = 0;
        return () => (t += 1000);
      })(),
    });
    await expect(outcome).rejects.toMatchObject({ code: 'cancelled' });
    expect(existsSync(target)).toBe(false);
    expect(leftovers()).toEqual([]);
    expect(events.at(-1)!.phase).toBe('cancelled');
    expect(events.some((e) => e.phase === 'rows' && e.rowsDone > 0 && e.rowsDone < e.rowsTotal)).toBe(true);
  });

  it('keeps an earlier file of the same name untouched when the new export is cancelled', async () => {
    const target = join(seeded.outDir, 'anterior.xlsx');
    writeFileSync(target, 'informe anterior');
    const controller = new AbortController();
    controller.abort();
    await expect(runExport(request('xlsx', 'anterior.xlsx'), { dbPath: seeded.dbPath, forbiddenDirs: [], signal: controller.signal })).rejects.toMatchObject({ code: 'cancelled' });
    expect(readFileSync(target, 'utf8')).toBe('informe anterior');
    expect(leftovers()).toEqual([]);
  });

  it('is reachable through exports.cancel with the id the caller chose', async () => {
    const exportId = 'cancelar-desde-la-app';
    let cancelled: Promise<unknown> | null = null;
    const unsubscribe = seeded.app.events.subscribe((name, payload) => {
      const p = payload as ExportProgress;
      if (name === 'exports.progress' && p.exportId === exportId && p.phase === 'rows' && p.rowsDone > 0 && !cancelled) {
        cancelled = seeded.client.send('exports.cancel', { exportId });
      }
    });
    try {
      const result = await seeded.client.sendResult('exports.create', { dataset: 'production', format: 'xlsx', targetPath: join(seeded.outDir, 'via-comando.xlsx'), exportId });
      expect(result).toMatchObject({ ok: false, error: { code: 'cancelled', message: 'Exportación cancelada: no se guardó ningún archivo.' } });
      expect(await cancelled).toEqual({ cancelled: true });
      expect(existsSync(join(seeded.outDir, 'via-comando.xlsx'))).toBe(false);
      expect(await seeded.client.send('exports.cancel', { exportId })).toEqual({ cancelled: false });
    } finally {
      unsubscribe();
    }
  });
});

describe('a failing export', () => {
  it('removes its temporary file when a later sheet fails, and says why', async () => {
    const target = join(seeded.outDir, 'falla.xlsx');
    const result = await seeded.client.sendResult('exports.create', {
      dataset: 'production',
      format: 'xlsx',
      targetPath: target,
      summary: { command: 'declaration.series', input: { declarationPeriod: '1999-2008' } },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(existsSync(target)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('refuses a chart that is not a PNG before reading any data', async () => {
    const result = await seeded.client.sendResult('exports.create', { dataset: 'production', format: 'xlsx', targetPath: join(seeded.outDir, 'grafico.xlsx'), chartPng: 'data:image/png;base64,R0lGODlhAQABAAAAACw=' });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'chartPng' }] } });
    expect(readdirSync(seeded.outDir).filter((f) => f.startsWith('grafico') || f.includes('caudal-tmp'))).toEqual([]);
  });

  it('runs one export per id at a time', async () => {
    const exportId = 'repetida';
    const first = seeded.client.sendResult('exports.create', { dataset: 'production', format: 'csv', targetPath: join(seeded.outDir, 'a.csv'), exportId });
    const second = await seeded.client.sendResult('exports.create', { dataset: 'production', format: 'csv', targetPath: join(seeded.outDir, 'b.csv'), exportId });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await first).toMatchObject({ ok: true });
  });
});

describe('closing the app', () => {
  it('cancels an export in progress and waits for it to remove its temporary file', async () => {
    const own = await openSeededApp();
    const facts = Array.from({ length: 3000 }, (_, i) => ({ period: `20${10 + (i % 10)}-0${1 + (i % 9)}`, field: `Campo ${i % 50}`, operator: 'Hocol', department: '44', fiscalizada: i }));
    seedProduction(own.app.database.sqlite, facts, 'grande.xlsx');
    let closing: Promise<void> | null = null;
    own.app.events.subscribe((name, payload) => {
      const p = payload as ExportProgress;
      if (name === 'exports.progress' && p.phase === 'rows' && p.rowsDone > 0 && !closing) closing = own.app.close();
    });
    try {
      const target = join(own.outDir, 'al-cerrar.xlsx');
      const result = await own.client.sendResult('exports.create', { dataset: 'production', format: 'xlsx', targetPath: target });
      expect(closing).not.toBeNull();
      await closing;
      expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
      expect(readdirSync(own.outDir)).toEqual([]);
    } finally {
      await own.close();
    }
  });
});
