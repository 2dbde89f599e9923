/**
 * Exports at scale: ANH production at ten times today's volume (904,800 rows × 20 columns) to Excel and
 * CSV, and the issue's target case, one million rows × 12 columns to Excel (< 30 s and < 150 MB peak).
 *
 * Each export runs in a process of its own through the same `runExport` the app and the CLI use, from
 * an esbuild bundle like the app's main process (tsx's on-the-fly compiler would add ~30 MB that the
 * app never pays). Peak memory is that process's kernel-tracked maximum resident set, Node itself and
 * the loaded code included. The target case runs twice: with V8's default heap sizing, and with the
 * heap limits a dedicated export process would get (`--max-semi-space-size=2 --max-old-space-size=96`):
 * the export's live data stays near 30 MB, the rest of the default peak is garbage V8 has not yet
 * collected. `--quick` uses a tenth of the rows and does not judge the target.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { ExportRequest } from '../src-main/exports/run-export';
import { generateProductionDatabase } from './export-data';
import { EXPORT_RESULT_MARKER, type ExportChildInput, type ExportChildResult } from './export-protocol';
import { defineBench, type BenchResult } from './support/bench-types';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '..');
const MB = 1024 * 1024;
const TARGET_SECONDS = 30;
const TARGET_PEAK_MB = 150;
/** V8 heap limits for a process that only exports (what the lead can give an Electron utilityProcess). */
export const EXPORT_PROCESS_V8_FLAGS = ['--max-semi-space-size=2', '--max-old-space-size=96'];

/** The twelve columns of the target case: what an analyst keeps when sending production on. */
const twelveColumns = ['period', 'department', 'municipality', 'operator', 'field', 'contract', 'fiscalizada', 'quemado', 'reinyectado', 'entregadoGasoductos', 'sourceFile', 'sourceRow'];

interface Scenario {
  readonly name: string;
  readonly database: 'tenfold' | 'million';
  readonly request: Omit<ExportRequest, 'targetPath'> & { targetName: string };
  readonly v8Flags: readonly string[];
  readonly judged: boolean;
}

const base = { dataset: 'production', filters: {}, unit: 'MPC', csv: { separator: ';', decimal: ',' } } as const;
const million12 = { ...base, format: 'xlsx', columns: twelveColumns, targetName: 'millon-12.xlsx' } as const;

const scenarios: Scenario[] = [
  { name: 'producción 10×, 20 columnas → xlsx', database: 'tenfold', request: { ...base, format: 'xlsx', targetName: 'produccion-10x.xlsx' }, v8Flags: [], judged: false },
  { name: 'producción 10×, 20 columnas → csv', database: 'tenfold', request: { ...base, format: 'csv', targetName: 'produccion-10x.csv' }, v8Flags: [], judged: false },
  { name: '1 millón × 12 columnas → xlsx (V8 por omisión)', database: 'million', request: million12, v8Flags: [], judged: false },
  { name: '1 millón × 12 columnas → xlsx (proceso de exportación)', database: 'million', request: million12, v8Flags: EXPORT_PROCESS_V8_FLAGS, judged: true },
  { name: '1 millón × 12 columnas → csv', database: 'million', request: { ...million12, format: 'csv', targetName: 'millon-12.csv' }, v8Flags: [], judged: false },
];

/** Bundles bench/export-child.ts the way scripts/build-main.mjs bundles the app (better-sqlite3 stays native). */
async function bundleChild(): Promise<string> {
  const outDir = path.join(projectRoot, 'node_modules', '.cache', 'caudal-bench');
  mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, 'export-child.cjs');
  await build({
    absWorkingDir: projectRoot,
    entryPoints: [path.join(here, 'export-child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
  return outfile;
}

function runChild(bundle: string, v8Flags: readonly string[], input: ExportChildInput): Promise<ExportChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...v8Flags, bundle, JSON.stringify(input)], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = output.split('\n').find((l) => l.startsWith(EXPORT_RESULT_MARKER));
      if (code === 0 && line) resolve(JSON.parse(line.slice(EXPORT_RESULT_MARKER.length)) as ExportChildResult);
      else reject(new Error(`la exportación terminó con código ${code}`));
    });
  });
}

const number = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('es-CO', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export default defineBench({
  title: 'Exportaciones a Excel y CSV',
  async run(options) {
    const fraction = options.quick ? 0.1 : 1;
    const work = mkdtempSync(path.join(tmpdir(), 'caudal-bench-export-'));
    try {
      const bundle = await bundleChild();
      const sizes = { tenfold: Math.round(904_800 * fraction), million: Math.round(1_000_000 * fraction) };
      const databases = { tenfold: path.join(work, 'produccion-10x.db'), million: path.join(work, 'produccion-millon.db') };
      for (const key of ['tenfold', 'million'] as const) {
        const start = performance.now();
        await generateProductionDatabase(databases[key], sizes[key]);
        console.error(`Base ${key}: ${number.format(sizes[key])} filas generadas en ${decimal.format((performance.now() - start) / 1000)} s`);
      }
      const results: BenchResult[] = [];
      for (const scenario of scenarios) {
        const { targetName, ...request } = scenario.request;
        console.error(`Exportando: ${scenario.name}…`);
        const target = path.join(work, targetName);
        const r = await runChild(bundle, scenario.v8Flags, { dbPath: databases[scenario.database], request: { ...request, targetPath: target } as ExportRequest });
        rmSync(target, { force: true });
        const peakMb = r.peakRssBytes / MB;
        const judged = scenario.judged && !options.quick;
        results.push({
          group: 'exportación',
          name: `${scenario.name}, ${number.format(r.rows)} filas`,
          medianMs: r.seconds * 1000,
          value: `${number.format(r.rows / r.seconds)} filas/s · pico ${number.format(peakMb)} MB (al empezar ${number.format(r.baselineRssBytes / MB)} MB; heap ≤ ${number.format(r.peakHeapBytes / MB)} MB) · ${decimal.format(r.bytes / MB)} MB`,
          target: scenario.judged ? `< ${TARGET_SECONDS} s y < ${TARGET_PEAK_MB} MB` : null,
          pass: judged ? r.seconds < TARGET_SECONDS && peakMb < TARGET_PEAK_MB : null,
          note: scenario.v8Flags.length ? `node ${scenario.v8Flags.join(' ')}${options.quick ? '; con --quick no se evalúa la meta' : ''}` : null,
        });
      }
      return results;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
});
