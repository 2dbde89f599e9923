/**
 * `npm run bench [-- <nombre>…] [--quick] [--set clave=valor]`: runs every `bench/*.bench.ts` (or those
 * whose file name contains one of the names), each in a child process of its own so that memory peaks
 * and JIT warm-up never leak from one bench into the next, then prints one table. Nothing is written to
 * the repository: the table on stdout is the result.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench, BenchOptions, BenchResult } from './support/bench-types';
import { formatResultsTable } from './support/print-table';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const RESULT_MARKER = '@@caudal-bench ';

interface Arguments {
  child: string | null;
  names: string[];
  options: BenchOptions;
}

function parseArguments(argv: readonly string[]): Arguments {
  const names: string[] = [];
  const settings: Record<string, string> = {};
  let child: string | null = null;
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') quick = true;
    else if (arg === '--child') child = argv[++i] ?? null;
    else if (arg === '--set') {
      const [key, ...value] = (argv[++i] ?? '').split('=');
      if (key) settings[key] = value.join('=');
    } else names.push(arg);
  }
  return { child, names, options: { quick, settings } };
}

function forwardedArguments(options: BenchOptions): string[] {
  return [...(options.quick ? ['--quick'] : []), ...Object.entries(options.settings).flatMap(([k, v]) => ['--set', `${k}=${v}`])];
}

async function runChild(file: string, options: BenchOptions): Promise<void> {
  const module = (await import(pathToFileURL(path.join(benchDir, file)).href)) as { default?: Bench };
  if (!module.default || typeof module.default.run !== 'function') throw new Error(`${file} no exporta un banco (export default defineBench(…))`);
  const results = await module.default.run(options);
  process.stdout.write(`${RESULT_MARKER}${JSON.stringify(results)}\n`);
}

function runInChildProcess(file: string, options: BenchOptions): Promise<BenchResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', file, ...forwardedArguments(options)], {
      cwd: path.resolve(benchDir, '..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let results: BenchResult[] | null = null;
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      let newline: number;
      while ((newline = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        if (line.startsWith(RESULT_MARKER)) results = JSON.parse(line.slice(RESULT_MARKER.length)) as BenchResult[];
        else process.stderr.write(`${line}\n`); // progress lines: visible, but kept apart from the table
      }
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (results && code === 0) resolve(results);
      else reject(new Error(`${file} terminó con ${signal ?? `código ${code}`} sin resultados`));
    });
  });
}

async function main(): Promise<void> {
  const { child, names, options } = parseArguments(process.argv.slice(2));
  if (child) {
    await runChild(child, options);
    return;
  }
  const files = readdirSync(benchDir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => names.length === 0 || names.some((n) => f.includes(n)))
    .sort();
  if (files.length === 0) {
    process.stderr.write(`No hay bancos que coincidan con ${names.join(', ') || '(todos)'} en ${benchDir}\n`);
    process.exitCode = 2;
    return;
  }
  const all: BenchResult[] = [];
  let failures = 0;
  for (const file of files) {
    process.stderr.write(`\n▶ ${file}\n`);
    try {
      all.push(...(await runInChildProcess(file, options)));
    } catch (error) {
      failures += 1;
      all.push({ group: file.replace(/\.bench\.ts$/, ''), name: 'falló', note: error instanceof Error ? error.message : String(error), pass: false });
    }
  }
  process.stdout.write(`\n${formatResultsTable(all)}\n`);
  if (failures > 0) process.exitCode = 1;
}

await main();
