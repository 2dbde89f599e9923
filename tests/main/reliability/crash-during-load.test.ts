import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../src-main/db/open-database';
import { syncDepartments } from '../../../src-main/db/sync-departments';
import { importFiles } from '../../../src-main/etl/import/import-files';
import { tableChecksums } from '../../support/table-checksums';
import { baseYearWorkbook, workbookVariant } from './crash/workbook-variants';

/**
 * SIGKILL in the middle of loads, many times at random moments: a child process imports one workbook
 * variant after another (each import replaces the year in one transaction); the test kills it after a
 * random delay, then opens the database as the next start would. Every time, `PRAGMA integrity_check`
 * must answer ok and the year must hold exactly the last variant whose load committed or the one that
 * was loading (never a mix, never nothing), with the other year untouched. The random delays come from
 * a seeded generator, so a failure reproduces with the same seed (CAUDAL_CRASH_SEED).
 */
const ITERATIONS = 20;
const SEED = Number(process.env['CAUDAL_CRASH_SEED'] ?? 20251130);
const loop = fileURLToPath(new URL('./crash/load-loop.ts', import.meta.url));

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A year's facts, without row ids and file ids (which grow with every load). */
function checksumOfYear(sqlite: OpenDatabase['sqlite'], year: number): string {
  sqlite.exec(`CREATE TEMP VIEW IF NOT EXISTS facts_${Number(year)} AS SELECT * FROM production_monthly WHERE year = ${Number(year)}`);
  return tableChecksums(sqlite, [{ table: `facts_${Number(year)}`, exclude: ['id', 'source_file_id'] }])[`facts_${Number(year)}`]!.sha256;
}

describe('SIGKILL during loads', () => {
  let dir: string;
  let basePath: string;
  let base: Uint8Array;
  const expected = new Map<number, string>();

  /** What the year looks like after loading variant n: loaded once into a database of its own. */
  async function expectedChecksum(n: number): Promise<string> {
    const known = expected.get(n);
    if (known) return known;
    const own = join(dir, `esperado-${n}`);
    mkdirSync(own);
    const file = join(own, `variante-${n}.xlsx`);
    writeFileSync(file, workbookVariant(base, n));
    const database = await openDatabase(':memory:');
    try {
      syncDepartments(database.sqlite);
      expect(importFiles(database, [file], { archiveDir: join(own, 'archivo'), trigger: 'cli-import' }).ok).toBe(true);
      const checksum = checksumOfYear(database.sqlite, 2023);
      expected.set(n, checksum);
      return checksum;
    } finally {
      await database.close();
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'caudal-sigkill-'));
    base = await baseYearWorkbook(2023, 120);
    basePath = join(dir, 'base-2023.xlsx');
    writeFileSync(basePath, base);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`keeps the database whole and each year at one snapshot over ${ITERATIONS} random kills`, async () => {
    const dbPath = join(dir, 'caudal.db');
    const archiveDir = join(dir, 'archivo');
    const logPath = join(dir, 'carga.log');
    // Other data that no load in the loop touches: another year.
    const otherYear = join(dir, 'otro-2024.xlsx');
    writeFileSync(otherYear, await baseYearWorkbook(2024, 20));
    const first = join(dir, 'variante-0.xlsx');
    writeFileSync(first, workbookVariant(base, 0));
    const setup = await openDatabase(dbPath);
    syncDepartments(setup.sqlite);
    expect(importFiles(setup, [otherYear, first], { archiveDir, trigger: 'cli-import' }).ok).toBe(true);
    const otherYearChecksum = checksumOfYear(setup.sqlite, 2024);
    await setup.close();

    const random = prng(SEED);
    let next = 1;
    let committed = 0;
    const phases = { 'durante una carga': 0, 'entre cargas': 0 };
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      writeFileSync(logPath, '');
      const child = spawn(process.execPath, ['--import', 'tsx', loop, dbPath, archiveDir, basePath, String(next), logPath], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      // Wait until the child has the database open, then let it load for a random while.
      for (let waited = 0; !readFileSync(logPath, 'utf8').includes('listo'); waited += 20) {
        if (waited > 30_000 || child.exitCode !== null) throw new Error(`el proceso de carga no arrancó: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await new Promise((resolve) => setTimeout(resolve, 20 + random() * 600));
      child.kill('SIGKILL');
      await exited;

      const log = readFileSync(logPath, 'utf8').trim().split('\n');
      if (log.some((line) => line.startsWith('error'))) throw new Error(`la carga falló por sí sola: ${log.join('\n')}`);
      const loaded = log.filter((line) => line.startsWith('cargado ')).map((line) => Number(line.split(' ')[1]));
      const started = log.filter((line) => line.startsWith('inicio ')).map((line) => Number(line.split(' ')[1]));
      if (loaded.length) committed = loaded.at(-1)!;
      const inFlight = started.at(-1) !== undefined && started.at(-1)! > committed ? started.at(-1)! : null;
      phases[inFlight === null ? 'entre cargas' : 'durante una carga'] += 1;

      // The next start: integrity first, then the snapshot.
      const check = await openDatabase(dbPath);
      let year: string;
      try {
        expect(check.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(check.sqlite.prepare("SELECT count(*) FROM source_file WHERE source_id = 'anh-production' AND coverage = '2023' AND status = 'active'").pluck().get()).toBe(1);
        expect(checksumOfYear(check.sqlite, 2024)).toBe(otherYearChecksum);
        year = checksumOfYear(check.sqlite, 2023);
      } finally {
        await check.close();
      }
      const allowed = [await expectedChecksum(committed), ...(inFlight === null ? [] : [await expectedChecksum(inFlight)])];
      expect(allowed, `vuelta ${iteration + 1}: el año no es la variante ${committed} ni la ${inFlight}`).toContain(year);
      if (inFlight !== null && year === (await expectedChecksum(inFlight))) committed = inFlight;
      next = Math.max(committed, inFlight ?? 0) + 1;
    }
    // The kills must have landed inside loads, not only between them, for the test to mean anything.
    expect(phases['durante una carga']).toBeGreaterThanOrEqual(ITERATIONS / 3);
    console.info(`[SIGKILL] ${ITERATIONS} vueltas (semilla ${SEED}): ${phases['durante una carga']} durante una carga, ${phases['entre cargas']} entre cargas`);
  }, 240_000);
});
