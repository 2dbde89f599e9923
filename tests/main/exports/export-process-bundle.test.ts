// The export process as the desktop app ships it: scripts/build-main.mjs's export-process.cjs, run by
// path like Electron's utilityProcess runs it (here through Node's fork: Electron cannot run on CI).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlePaths } from '../../../src-main/electron/paths';
import { nodeExportProcess } from '../../../src-main/exports/process/node-export-process';
import { runExportInChildProcess } from '../../../src-main/exports/process/run-export-in-child';
import type { ExportRequest } from '../../../src-main/exports/run-export';
import { openSeededApp, type SeededApp } from '../datasets/dataset-fixture';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
let workDir: string;
let bundle: string;
let seeded: SeededApp;
beforeAll(async () => {
  // Inside the project, so that the bundle finds better-sqlite3 in node_modules as the packaged app does in its own.
  const cache = path.join(projectRoot, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  workDir = mkdtempSync(path.join(cache, 'caudal-export-bundle-'));
  const outDir = path.join(workDir, 'dist-main');
  execFileSync(process.execPath, [path.join(projectRoot, 'scripts/build-main.mjs'), '--outdir', outDir], { cwd: projectRoot, stdio: 'pipe' });
  bundle = bundlePaths(outDir).exportProcess;
  seeded = await openSeededApp();
}, 120_000);
afterAll(async () => {
  await seeded?.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('the bundled export process', () => {
  it('sits next to the main bundle, where electron-builder packages dist-main/**', () => {
    expect(existsSync(bundle)).toBe(true);
    expect(path.basename(path.dirname(bundle))).toBe('dist-main');
    // tests/main/packaging checks the whole configuration; this is the line the export process relies on.
    expect(readFileSync(path.join(projectRoot, 'electron-builder.yml'), 'utf8')).toMatch(/^files:\n(?:\s+-.*\n|\s*#.*\n)*\s+- dist-main\/\*\*$/m);
  });

  it('requires nothing but better-sqlite3 and Node built-ins (no Electron, no import.meta)', () => {
    const code = readFileSync(bundle, 'utf8');
    const required = new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!));
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    expect([...required].filter((name) => !builtins.has(name))).toEqual(['better-sqlite3']);
  });

  it('runs an export end to end under the app’s memory limits', async () => {
    const target = path.join(seeded.outDir, 'desde-el-bundle.xlsx');
    const usage: number[] = [];
    const result = await runExportInChildProcess(
      nodeExportProcess({ kind: 'file', path: bundle }),
      { dataset: 'production', format: 'xlsx', targetPath: target, filters: {}, unit: 'MPC', csv: { separator: ';', decimal: ',' }, exportId: 'bundle' } as ExportRequest,
      { dbPath: seeded.dbPath, forbiddenDirs: [], onUsage: (u) => usage.push(u.heapLimitBytes) },
    );
    expect(result).toMatchObject({ path: target, rows: 7, sheets: ['Datos', 'Resumen', 'Filtros y metadatos', 'Fuentes', 'Rechazos'] });
    expect(existsSync(target)).toBe(true);
    expect(usage[0]).toBeLessThan(128 * 1024 * 1024);
  });
});
