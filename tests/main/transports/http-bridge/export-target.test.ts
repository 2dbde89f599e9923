// Over the HTTP bridge (`caudal serve`: a browser page, or any script holding the token) exports.create
// may not name an arbitrary file: only one inside Caudal's exports folder. Real app, real handlers.
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportsDirFor } from '../../../../src-main/exports/app-folders';
import { startHttpBridge, type HttpBridge } from '../../../../src-main/transports/http-bridge';
import { openSeededApp, type SeededApp } from '../../datasets/dataset-fixture';
import { invoke } from './bridge-harness';

let seeded: SeededApp;
let bridge: HttpBridge;
let staticDir: string;
let exportsDir: string;
beforeAll(async () => {
  seeded = await openSeededApp();
  staticDir = mkdtempSync(path.join(tmpdir(), 'caudal-bridge-static-'));
  bridge = await startHttpBridge({ dispatcher: seeded.app.dispatcher, events: seeded.app.events, staticDir });
  exportsDir = exportsDirFor(seeded.dbPath);
});
afterAll(async () => {
  await bridge?.close();
  await seeded?.close();
  rmSync(staticDir, { recursive: true, force: true });
});

const exportTo = async (targetPath: string, extra: Record<string, unknown> = {}) =>
  JSON.parse((await invoke(bridge, 'exports.create', { dataset: 'production', format: 'xlsx', targetPath, ...extra })).body) as {
    ok: boolean;
    data?: { path: string };
    error?: { code: string; message: string; issues?: Array<{ path: string }> };
  };

describe('exports.create over the HTTP bridge', () => {
  it('refuses a path outside the exports folder with a typed Spanish error, writing nothing', async () => {
    const anywhere = path.join(tmpdir(), `caudal-puente-${process.pid}.xlsx`);
    const answer = await exportTo(anywhere);
    expect(answer).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'targetPath' }] } });
    expect(answer.error!.message).toContain('No se puede guardar en');
    expect(answer.error!.message).toContain(exportsDir);
    expect(existsSync(anywhere)).toBe(false);
    // A folder the CLI writes to without question is just as closed to the bridge.
    expect(await exportTo(path.join(seeded.outDir, 'puente.xlsx'))).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(existsSync(path.join(seeded.outDir, 'puente.xlsx'))).toBe(false);
  });

  it('cannot claim another origin from the request body', async () => {
    const target = path.join(seeded.outDir, 'origen.xlsx');
    expect(await exportTo(target, { origin: 'in-process' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(existsSync(target)).toBe(false);
  });

  it('refuses a `..` detour and a symbolic link out of the exports folder', async () => {
    expect(await exportTo(`${exportsDir}/../fuera.xlsx`)).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(existsSync(path.join(path.dirname(exportsDir), 'fuera.xlsx'))).toBe(false);
    expect(await exportTo(path.join(exportsDir, 'primero.xlsx'))).toMatchObject({ ok: true });
    symlinkSync(seeded.outDir, path.join(exportsDir, 'atajo'));
    expect(await exportTo(path.join(exportsDir, 'atajo', 'por-enlace.xlsx'))).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(existsSync(path.join(seeded.outDir, 'por-enlace.xlsx'))).toBe(false);
  });

  it('writes inside the exports folder, creating it the first time', async () => {
    rmSync(exportsDir, { recursive: true, force: true });
    const target = path.join(exportsDir, 'produccion.xlsx');
    const answer = await exportTo(target, { filters: { departments: ['85'] } });
    expect(answer).toMatchObject({ ok: true, data: { path: target } });
    expect(existsSync(target)).toBe(true);
  });

  it('has no save dialog: chooseTarget proposes a file in the exports folder, and grants nothing else', async () => {
    const answer = JSON.parse((await invoke(bridge, 'exports.chooseTarget', { dataset: 'production', format: 'xlsx' })).body) as { ok: true; data: { path: string } };
    expect(answer).toMatchObject({ ok: true });
    expect(path.dirname(answer.data.path)).toBe(exportsDir);
    expect(path.basename(answer.data.path)).toMatch(/^caudal-produccion-completo(-\d+)?\.xlsx$/);
  });
});
