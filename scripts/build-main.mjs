// Bundles the Electron main process, the preload, the ETL worker and the export process (npm run build:main).
//   node scripts/build-main.mjs [--outdir <folder>]   (default dist-main/, the path package.json "main" names)
//
// The main bundle carries every dependency except Electron itself and better-sqlite3, whose native
// binary electron-builder rebuilds for Electron and unpacks from the asar. The preload runs sandboxed:
// it must be CommonJS and may require nothing but 'electron', which this script verifies.
import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const outdir = path.resolve(projectRoot, values.outdir ?? 'dist-main');

const mainExternals = ['electron', 'better-sqlite3'];
// Electron 45 embeds Node 22, whose built-ins include a few this build machine's Node 20 lacks
// (undici requires node:sqlite lazily for its optional cache store).
const electronNodeOnlyBuiltins = ['node:sqlite'];
const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`), ...electronNodeOnlyBuiltins]);

const common = {
  absWorkingDir: projectRoot,
  bundle: true,
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  metafile: true,
  legalComments: 'none',
};

const [mainResult, preloadResult, workerResult, exportResult] = await Promise.all([
  build({
    ...common,
    entryPoints: ['src-main/electron/main.ts'],
    outfile: path.join(outdir, 'electron-main.cjs'),
    platform: 'node',
    target: 'node22',
    external: mainExternals,
    define: { 'process.env.NODE_ENV': '"production"' },
  }),
  build({
    ...common,
    entryPoints: ['src-main/electron/preload.ts'],
    outfile: path.join(outdir, 'preload.cjs'),
    // 'browser' makes any Node built-in a build error instead of a runtime failure in the sandbox.
    platform: 'browser',
    target: 'es2023',
    external: ['electron'],
  }),
  // The ETL worker thread (refresh and import) is its own entry: new Worker() loads it by path.
  build({
    ...common,
    entryPoints: ['src-main/etl/worker/worker-entry.ts'],
    outfile: path.join(outdir, 'etl-worker.cjs'),
    platform: 'node',
    target: 'node22',
    external: mainExternals,
    define: { 'process.env.NODE_ENV': '"production"' },
  }),
  // The export process: Electron's utilityProcess (the app) or Node's fork (bench) loads it by path.
  // It needs no Electron module: it talks to the app through process.parentPort or process.send.
  build({
    ...common,
    entryPoints: ['src-main/exports/process/export-process-main.ts'],
    outfile: path.join(outdir, 'export-process.cjs'),
    platform: 'node',
    target: 'node22',
    external: mainExternals,
    define: { 'process.env.NODE_ENV': '"production"' },
  }),
]);

failOnWarning([...mainResult.warnings, ...preloadResult.warnings, ...workerResult.warnings, ...exportResult.warnings], 'empty-import-meta');
assertOnlyExternal(preloadResult.metafile, 'preload.cjs', (name) => name === 'electron');
assertOnlyExternal(mainResult.metafile, 'electron-main.cjs', (name) => mainExternals.includes(name) || nodeBuiltins.has(name));
assertOnlyExternal(workerResult.metafile, 'etl-worker.cjs', (name) => name === 'better-sqlite3' || nodeBuiltins.has(name));
assertOnlyExternal(exportResult.metafile, 'export-process.cjs', (name) => name === 'better-sqlite3' || nodeBuiltins.has(name));

console.log(`build:main → ${path.relative(projectRoot, outdir) || '.'}/electron-main.cjs, preload.cjs, etl-worker.cjs, export-process.cjs`);

/** A CommonJS bundle has no import.meta: code reading it (e.g. to find files) would silently break. */
function failOnWarning(warnings, id) {
  const fatal = warnings.filter((warning) => warning.id === id);
  if (fatal.length > 0) {
    console.error(`build:main: ${fatal.length} advertencia(s) "${id}" impiden un bundle CommonJS correcto (ver arriba).`);
    process.exit(1);
  }
}

/** Fails the build when a bundle would require a module the packaged app cannot provide. */
function assertOnlyExternal(metafile, bundleName, isAllowed) {
  const offending = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const imported of output.imports) {
      if (imported.external && !isAllowed(imported.path)) offending.add(imported.path);
    }
  }
  if (offending.size > 0) {
    console.error(`build:main: ${bundleName} requiere módulos que no estarán disponibles: ${[...offending].join(', ')}`);
    process.exit(1);
  }
}
