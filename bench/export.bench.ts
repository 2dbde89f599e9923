/**
 * Exports at scale, through the very path the app takes: `runExportInChildProcess` starting the export
 * process that `scripts/build-main.mjs` bundles (dist-main/export-process.cjs), with the app's V8 limits
 * (EXPORT_PROCESS_V8_FLAGS). Electron runs that bundle in a utilityProcess; Electron cannot run here, so
 * Node's fork runs it — same code, same flags, same messages.
 *
 * Cases: ANH production at ten times today's volume (904,800 rows × 20 columns) to Excel and CSV, and
 * the issue's target case, one million rows × 12 columns (< 30 s and < 150 MB peak), to Excel and CSV.
 * Two comparison lines for the target case: V8's default heap sizing (what exporting in the app's own
 * process used to cost), and the TypeScript entry under tsx (what `caudal serve` and the CLI run from
 * source). Seconds are the app's wall time, process start included; peak memory is the export process's
 * kernel-tracked maximum resident set (`resourceUsage().maxRSS`), Node and the loaded code included.
 * `--quick` uses a tenth of the rows and does not judge the target.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXPORT_PROCESS_V8_FLAGS, type SpawnExportProcess } from '../src-main/exports/process/export-child';
import type { ExportProcessUsage } from '../src-main/exports/process/export-process-protocol';
import { nodeExportProcess } from '../src-main/exports/process/node-export-process';
import { runExportInChildProcess } from '../src-main/exports/process/run-export-in-child';
import { tsxExportProcessScript } from '../src-main/exports/process/tsx-export-process-script';
import type { ExportRequest } from '../src-main/exports/run-export';
import { generateProductionDatabase } from './export-data';
import { defineBench, type BenchResult } from './support/bench-types';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '..');
const MB = 1024 * 1024;
const TARGET_SECONDS = 30;
const TARGET_PEAK_MB = 150;

/** The twelve columns of the target case: what an analyst keeps when sending production on. */
const twelveColumns = ['period', 'department', 'municipality', 'operator', 'field', 'contract', 'fiscalizada', 'quemado', 'reinyectado', 'entregadoGasoductos', 'sourceFile', 'sourceRow'];

type ProcessKind = 'app' | 'v8-defaults' | 'tsx';

interface Scenario {
  readonly name: string;
  readonly database: 'tenfold' | 'million';
  readonly request: Omit<ExportRequest, 'targetPath'> & { targetName: string };
  readonly process: ProcessKind;
  readonly judged: boolean;
}

const base = { dataset: 'production', filters: {}, unit: 'MPC', csv: { separator: ';', decimal: ',' } } as const;
const million12 = { ...base, format: 'xlsx', columns: twelveColumns, targetName: 'millon-12.xlsx' } as const;

const scenarios: Scenario[] = [
  { name: 'producción 10×, 20 columnas → xlsx', database: 'tenfold', request: { ...base, format: 'xlsx', targetName: 'produccion-10x.xlsx' }, process: 'app', judged: false },
  { name: 'producción 10×, 20 columnas → csv', database: 'tenfold', request: { ...base, format: 'csv', targetName: 'produccion-10x.csv' }, process: 'app', judged: false },
  { name: '1 millón × 12 columnas → xlsx', database: 'million', request: million12, process: 'app', judged: true },
  { name: '1 millón × 12 columnas → csv', database: 'million', request: { ...million12, format: 'csv', targetName: 'millon-12.csv' }, process: 'app', judged: false },
  { name: '1 millón × 12 columnas → xlsx, V8 por omisión (comparación)', database: 'million', request: million12, process: 'v8-defaults', judged: false },
  { name: '1 millón × 12 columnas → xlsx, desde el código con tsx (CLI, serve)', database: 'million', request: million12, process: 'tsx', judged: false },
];

const processNotes: Record<ProcessKind, string> = {
  app: `dist-main/export-process.cjs, node ${EXPORT_PROCESS_V8_FLAGS.join(' ')}`,
  'v8-defaults': 'el mismo bundle sin límites de V8: lo que costaba exportar dentro del proceso de la app',
  tsx: `src-main/exports/process/export-process-main.ts con --import tsx y ${EXPORT_PROCESS_V8_FLAGS.join(' ')}`,
};

/** The app's own bundles (npm run build:main), inside the project so the bundle finds better-sqlite3 in node_modules. */
function buildAppBundles(): string {
  const outDir = path.join(projectRoot, 'node_modules', '.cache', 'caudal-bench', 'dist-main');
  mkdirSync(outDir, { recursive: true });
  execFileSync(process.execPath, [path.join(projectRoot, 'scripts', 'build-main.mjs'), '--outdir', outDir], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  return path.join(outDir, 'export-process.cjs');
}

function spawnerFor(kind: ProcessKind, bundle: string): SpawnExportProcess {
  switch (kind) {
    case 'app':
      return nodeExportProcess({ kind: 'file', path: bundle });
    case 'v8-defaults':
      return nodeExportProcess({ kind: 'file', path: bundle }, { v8Flags: [] });
    case 'tsx':
      return nodeExportProcess(tsxExportProcessScript());
  }
}

const number = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('es-CO', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export default defineBench({
  title: 'Exportaciones a Excel y CSV',
  async run(options) {
    const fraction = options.quick ? 0.1 : 1;
    const work = mkdtempSync(path.join(tmpdir(), 'caudal-bench-export-'));
    try {
      const bundle = buildAppBundles();
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
        let usage: ExportProcessUsage | null = null;
        const start = performance.now();
        const result = await runExportInChildProcess(spawnerFor(scenario.process, bundle), { ...request, targetPath: target, exportId: 'bench' } as ExportRequest, {
          dbPath: databases[scenario.database],
          forbiddenDirs: [],
          onUsage: (u) => (usage = u),
        });
        const seconds = (performance.now() - start) / 1000;
        rmSync(target, { force: true });
        const measured = usage as ExportProcessUsage | null;
        if (!measured) throw new Error(`${scenario.name}: el proceso de exportación no informó su consumo`);
        const peakMb = measured.peakRssBytes / MB;
        const judged = scenario.judged && !options.quick;
        results.push({
          group: 'exportación',
          name: `${scenario.name}, ${number.format(result.rows)} filas`,
          medianMs: seconds * 1000,
          value:
            `${number.format(result.rows / seconds)} filas/s · pico ${number.format(peakMb)} MB · ` +
            `heap V8 ≤ ${number.format(measured.heapLimitBytes / MB)} MB · ${decimal.format(measured.seconds)} s dentro del proceso · ${decimal.format(result.bytes / MB)} MB`,
          target: scenario.judged ? `< ${TARGET_SECONDS} s y < ${TARGET_PEAK_MB} MB` : null,
          pass: judged ? seconds < TARGET_SECONDS && peakMb < TARGET_PEAK_MB : null,
          note: `${processNotes[scenario.process]}${scenario.judged && options.quick ? '; con --quick no se evalúa la meta' : ''}`,
        });
      }
      return results;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
});
