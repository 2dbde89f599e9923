// Exports in a process of their own, as the app, `caudal serve` and the CLI run them: a real Node child
// (the TypeScript entry under tsx), real database, real files. No timings: events drive every step.
import type * as childProcess from 'node:child_process';
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ExportProgress } from '../../../src-shared/contract/exports';
import { createDispatcher } from '../../../src-main/app/dispatcher';
import { handlers } from '../../../src-main/handlers';
import type { SpawnExportProcess } from '../../../src-main/exports/process/export-child';
import type { ExportProcessUsage } from '../../../src-main/exports/process/export-process-protocol';
import { nodeExportProcess } from '../../../src-main/exports/process/node-export-process';
import { exportProcessDeathError, runExportInChildProcess } from '../../../src-main/exports/process/run-export-in-child';
import { tsxExportProcessScript } from '../../../src-main/exports/process/tsx-export-process-script';
import { runExport, type ExportRequest } from '../../../src-main/exports/run-export';
import { seedProduction } from '../../support/seed-production';
import { openSeededApp, type SeededApp } from '../datasets/dataset-fixture';
import { readWorkbook, rowValues } from './read-workbook';

// The real fork, recorded, so a test can kill the very process an export runs in.
vi.mock('node:child_process', async (importOriginal) => {
  const actual = await importOriginal<typeof childProcess>();
  return { ...actual, fork: vi.fn(actual.fork) };
});
const forked = (): ChildProcess[] => vi.mocked(fork).mock.results.map((result) => result.value as ChildProcess);

let seeded: SeededApp;
let spawnProcess: SpawnExportProcess;
const BIG_ROWS = 60_000;
beforeAll(async () => {
  seeded = await openSeededApp();
  spawnProcess = nodeExportProcess(tsxExportProcessScript());
  // Enough rows (2010–2019, away from the fixture's 2023–2024) for an export to be caught while writing.
  const facts = Array.from({ length: BIG_ROWS }, (_, i) => ({ period: `20${10 + (i % 10)}-0${1 + (i % 9)}`, field: `Campo ${i % 500}`, operator: 'Hocol', department: '44', fiscalizada: i }));
  const sqlite = seeded.app.database.sqlite;
  sqlite.transaction(() => seedProduction(sqlite, facts, 'grande.xlsx'))();
});
afterAll(async () => seeded?.close());

const leftovers = () => readdirSync(seeded.outDir).filter((f) => f.includes('caudal-tmp'));
const recent = { from: '2023-01', to: '2024-12' };
const request = (format: 'xlsx' | 'csv', name: string, extra: Partial<ExportRequest> = {}): ExportRequest =>
  ({ dataset: 'production', format, targetPath: join(seeded.outDir, name), filters: recent, unit: 'MPC', csv: { separator: ';', decimal: ',' }, exportId: `p-${name.replace(/\W/g, '-')}`, ...extra }) as ExportRequest;
const job = (extra: Partial<Parameters<typeof runExportInChildProcess>[2]> = {}) => ({ dbPath: seeded.dbPath, forbiddenDirs: [], ...extra });
/** The app's dispatcher with exports in their own process, called like the CLI calls it. */
const appDispatcher = () => createDispatcher(handlers, { db: seeded.app.database.db, events: seeded.app.events, exportProcess: spawnProcess });

describe('an export in its own process', () => {
  it('writes exactly what the same export writes in this process', async () => {
    const inChild = await runExportInChildProcess(spawnProcess, request('csv', 'hijo.csv'), job());
    const inHere = await runExport(request('csv', 'aqui.csv'), job());
    expect({ ...inChild, path: null, exportId: null }).toEqual({ ...inHere, path: null, exportId: null });
    expect(inChild.rows).toBe(7);
    expect(readFileSync(join(seeded.outDir, 'hijo.csv'))).toEqual(readFileSync(join(seeded.outDir, 'aqui.csv')));

    await runExportInChildProcess(spawnProcess, request('xlsx', 'hijo.xlsx'), job());
    await runExport(request('xlsx', 'aqui.xlsx'), job());
    const [fromChild, fromHere] = await Promise.all([readWorkbook(join(seeded.outDir, 'hijo.xlsx')), readWorkbook(join(seeded.outDir, 'aqui.xlsx'))]);
    expect(fromChild.worksheets.map((w) => w.name)).toEqual(fromHere.worksheets.map((w) => w.name));
    for (const name of ['Datos', 'Resumen', 'Fuentes', 'Rechazos']) expect(rowValues(fromChild.getWorksheet(name)!), name).toEqual(rowValues(fromHere.getWorksheet(name)!));
  });

  it('passes progress on in order and reports its own memory, within the heap limit it was given', async () => {
    const events: ExportProgress[] = [];
    const usage: ExportProcessUsage[] = [];
    await runExportInChildProcess(spawnProcess, request('xlsx', 'progreso.xlsx'), job({ onProgress: (p) => events.push(p), onUsage: (u) => usage.push(u) }));
    const phases = events.map((e) => e.phase).filter((phase, i, all) => phase !== all[i - 1]);
    expect(phases).toEqual(['preparing', 'rows', 'sheets', 'finishing', 'done']);
    expect(events.every((e) => e.exportId === 'p-progreso-xlsx')).toBe(true);
    expect(usage).toHaveLength(1);
    // --max-old-space-size=96 and 2 MB semi-spaces: V8's limit is about 100 MB (Node's default here is gigabytes).
    expect(usage[0]!.heapLimitBytes).toBeLessThan(128 * 1024 * 1024);
    expect(usage[0]!.peakRssBytes).toBeGreaterThan(0);
  });

  it('answers the export’s typed errors with their code, Spanish message and issues, never a stack', async () => {
    const missingFolder = await runExportInChildProcess(spawnProcess, request('xlsx', join('no-existe', 'x.xlsx')), job()).catch((e: unknown) => e);
    expect(missingFolder).toMatchObject({ name: 'CaudalError', code: 'validation', message: expect.stringContaining('no existe'), issues: [{ path: 'targetPath' }] });
    const notFound = await runExportInChildProcess(spawnProcess, request('xlsx', 'resumen.xlsx', { summary: { command: 'demand.series', input: { edition: '1999' } } } as Partial<ExportRequest>), job()).catch(
      (e: unknown) => e,
    );
    expect(notFound).toMatchObject({ name: 'CaudalError', code: 'not-found', message: expect.stringContaining('1999') });
    expect((notFound as Error).message).not.toMatch(/\bat \S+:\d+/);
    expect(existsSync(join(seeded.outDir, 'resumen.xlsx'))).toBe(false);
    expect(leftovers()).toEqual([]);
  });
});

describe('the app’s exports.create, each export in its own process', () => {
  it('sends exports.progress and obeys exports.cancel: no file, no temporary file, the process ends', async () => {
    const dispatcher = appDispatcher();
    const exportId = 'cancelar-en-el-proceso';
    let cancelled: Promise<unknown> | null = null;
    const seen: ExportProgress[] = [];
    const unsubscribe = seeded.app.events.subscribe((name, payload) => {
      const p = payload as ExportProgress;
      if (name !== 'exports.progress' || p.exportId !== exportId) return;
      seen.push(p);
      if (p.phase === 'rows' && p.rowsDone > 0 && !cancelled) cancelled = dispatcher.dispatch('exports.cancel', { exportId }, 'in-process');
    });
    try {
      const target = join(seeded.outDir, 'cancelada.xlsx');
      const answer = await dispatcher.dispatch('exports.create', { dataset: 'production', format: 'xlsx', targetPath: target, exportId }, 'in-process');
      expect(answer).toEqual({ ok: false, error: { code: 'cancelled', message: 'Exportación cancelada: no se guardó ningún archivo.' } });
      expect(await cancelled).toEqual({ ok: true, data: { cancelled: true } });
      expect(seen.at(-1)!.phase).toBe('cancelled');
      expect(existsSync(target)).toBe(false);
      expect(leftovers()).toEqual([]);
      const child = forked().at(-1)!;
      await vi.waitFor(() => expect(child.exitCode ?? child.signalCode).not.toBeNull());
    } finally {
      unsubscribe();
    }
  });

  it('fails with a clear Spanish message when its process is killed mid-export, leaves no file, and the next export works', async () => {
    const dispatcher = appDispatcher();
    const exportId = 'proceso-muerto';
    const target = join(seeded.outDir, 'muerta.xlsx');
    const seen: ExportProgress[] = [];
    let killedWhileWriting = false;
    const unsubscribe = seeded.app.events.subscribe((name, payload) => {
      const p = payload as ExportProgress;
      if (name !== 'exports.progress' || p.exportId !== exportId) return;
      seen.push(p);
      // Killed once rows are going into its temporary file (progress comes every quarter second while it writes).
      if (p.phase === 'rows' && p.rowsDone > 0 && !killedWhileWriting && leftovers().length === 1) {
        killedWhileWriting = true;
        forked().at(-1)!.kill('SIGKILL');
      }
    });
    try {
      const answer = await dispatcher.dispatch('exports.create', { dataset: 'production', format: 'xlsx', targetPath: target, exportId }, 'in-process');
      expect(killedWhileWriting).toBe(true);
      expect(answer).toEqual({
        ok: false,
        error: { code: 'internal', message: 'La exportación se detuvo: el proceso de exportación terminó inesperadamente (señal SIGKILL). No se guardó ningún archivo; intente de nuevo.' },
      });
      expect(seen.at(-1)).toMatchObject({ phase: 'failed', etaSeconds: null });
      expect(existsSync(target)).toBe(false);
      expect(leftovers()).toEqual([]);
    } finally {
      unsubscribe();
    }
    // This process carries on: the same id can run again, and the database still answers.
    const again = await dispatcher.dispatch('exports.create', { dataset: 'production', format: 'csv', targetPath: join(seeded.outDir, 'despues.csv'), exportId, filters: recent }, 'in-process');
    expect(again).toMatchObject({ ok: true, data: { rows: 7 } });
    expect(await seeded.client.send('catalog.dimensions')).toMatchObject({ departments: expect.any(Array) });
  });

  it('says the process ran out of memory when V8 gave up, and leaves nothing behind', async () => {
    const quiet = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      // A heap far too small even to load the export code: V8 prints its verdict and aborts.
      const starved = nodeExportProcess(tsxExportProcessScript(), { v8Flags: ['--max-old-space-size=8', '--max-semi-space-size=1'] });
      const failure = await runExportInChildProcess(starved, request('xlsx', 'sin-memoria.xlsx'), job()).catch((e: unknown) => e);
      expect(failure).toMatchObject({ code: 'internal', message: expect.stringContaining('se quedó sin memoria') });
    } finally {
      quiet.mockRestore();
    }
    expect(existsSync(join(seeded.outDir, 'sin-memoria.xlsx'))).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('reports a process that cannot start, or exits without answering', async () => {
    const broken: SpawnExportProcess = () => {
      throw new Error('spawn EACCES');
    };
    await expect(runExportInChildProcess(broken, request('csv', 'nunca.csv'), job())).rejects.toMatchObject({
      code: 'unavailable',
      message: 'No se pudo iniciar el proceso de exportación (spawn EACCES). No se guardó ningún archivo.',
    });
    const quiet = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const missing = nodeExportProcess({ kind: 'file', path: join(seeded.outDir, 'no-hay-bundle.cjs') });
      await expect(runExportInChildProcess(missing, request('csv', 'nunca.csv'), job())).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('terminó inesperadamente (código 1)') });
    } finally {
      quiet.mockRestore();
    }
    expect(exportProcessDeathError({ code: null, signal: 'SIGTERM', outOfMemory: false }).message).toContain('(señal SIGTERM)');
  });

  it('does not start a process for an export cancelled before it began', async () => {
    const spawn = vi.fn<SpawnExportProcess>();
    const controller = new AbortController();
    controller.abort();
    await expect(runExportInChildProcess(spawn, request('csv', 'nunca.csv'), job({ signal: controller.signal }))).rejects.toMatchObject({ code: 'cancelled' });
    expect(spawn).not.toHaveBeenCalled();
  });

  it('leaves no export process running', async () => {
    expect(forked().length).toBeGreaterThan(5);
    for (const child of forked()) await vi.waitFor(() => expect(child.exitCode ?? child.signalCode).not.toBeNull());
  });
});
