import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestOrigin } from '../../../src-main/app/dispatcher';
import { authorizeExportTarget, grantExportTarget } from '../../../src-main/exports/target-permission';

let root: string;
let exportsDir: string;
let elsewhere: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'caudal-permiso-'));
  exportsDir = join(root, 'Caudal', 'exportaciones');
  elsewhere = join(root, 'Documentos');
  mkdirSync(join(exportsDir, 'mensual'), { recursive: true });
  mkdirSync(elsewhere);
  symlinkSync(elsewhere, join(exportsDir, 'salida'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const verdict = (targetPath: string, origin?: RequestOrigin) =>
  authorizeExportTarget(targetPath, { origin, exportsDir }).then(
    () => 'permitido',
    (error: { code: string; message: string }) => `${error.code}: ${error.message}`,
  );

describe('authorizeExportTarget', () => {
  it('lets the CLI and tests (in-process) write wherever the user said', async () => {
    expect(await verdict(join(elsewhere, 'informe.xlsx'), 'in-process')).toBe('permitido');
    expect(await verdict('/tmp/x.xlsx', 'in-process')).toBe('permitido');
  });

  it('refuses any other caller a path it merely names, saying where it may write', async () => {
    for (const origin of ['http-bridge', 'desktop-window', undefined] as const) {
      const answer = await verdict('/tmp/x.xlsx', origin);
      expect(answer).toMatch(/^validation: No se puede guardar en \/tmp\/x\.xlsx/);
      expect(answer).toContain(exportsDir);
    }
    expect(await verdict('informe.xlsx', 'http-bridge')).toMatch(/^validation/);
  });

  it('allows the exports folder and its subfolders, even before the folder exists', async () => {
    expect(await verdict(join(exportsDir, 'informe.xlsx'), 'http-bridge')).toBe('permitido');
    expect(await verdict(join(exportsDir, 'mensual', 'informe.csv'), 'http-bridge')).toBe('permitido');
    const fresh = join(root, 'otra-base', 'exportaciones');
    await expect(authorizeExportTarget(join(fresh, 'a.xlsx'), { origin: 'http-bridge', exportsDir: fresh })).resolves.toBeUndefined();
  });

  it('does not follow a `..` detour or a symbolic link out of the exports folder', async () => {
    expect(await verdict(`${exportsDir}/../informe.xlsx`, 'http-bridge')).toMatch(/^validation/);
    expect(await verdict(`${exportsDir}/mensual/../../informe.xlsx`, 'http-bridge')).toMatch(/^validation/);
    expect(await verdict(join(exportsDir, 'salida', 'informe.xlsx'), 'http-bridge')).toMatch(/^validation/);
    expect(await verdict(`${exportsDir}-vecina/informe.xlsx`, 'http-bridge')).toMatch(/^validation/);
  });

  it('lets a file chosen in the save dialog be written exactly once', async () => {
    const chosen = join(elsewhere, 'elegido.xlsx');
    grantExportTarget(chosen);
    expect(await verdict(join(elsewhere, 'otro.xlsx'), 'desktop-window')).toMatch(/^validation/);
    expect(await verdict(`${elsewhere}/./elegido.xlsx`, 'desktop-window')).toBe('permitido');
    expect(await verdict(chosen, 'desktop-window')).toMatch(/^validation/);
  });

  it('keeps only the latest grants', async () => {
    const first = join(elsewhere, 'viejo.xlsx');
    grantExportTarget(first);
    for (let i = 0; i < 16; i++) grantExportTarget(join(elsewhere, `nuevo-${i}.xlsx`));
    expect(await verdict(first, 'desktop-window')).toMatch(/^validation/);
    expect(await verdict(join(elsewhere, 'nuevo-0.xlsx'), 'desktop-window')).toBe('permitido');
  });
});
