/**
 * Reading speed of the real sample workbooks: exceljs against our reader (all sheets parsed), and for
 * the ANH files the whole parser. Run with `npx tsx bench/xlsx-read.ts` (samples from ../shared/samples
 * or CAUDAL_SAMPLES_DIR). Times are per workbook: the first (cold) run and the median of the warm ones.
 * The last line estimates the target of the issue: 13 ANH yearly workbooks (the three samples repeated).
 */
import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAnhProductionWorkbook } from '../src-main/etl/sources/anh-production/transform';
import { readWorkbook } from '../src-main/etl/xlsx';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samplesDir = process.env['CAUDAL_SAMPLES_DIR'] ?? path.resolve(repoRoot, '..', 'shared', 'samples');
const WARM_RUNS = 5;

const files = [
  'anh/Produccion_Fiscalizada_Gas_2020.xlsx',
  'anh/Produccion_Fiscalizada_Gas_2024.xlsx',
  'anh/Produccion_Fiscalizada_Gas_2025.xlsx',
  'upme/2024/UPME_Series_2024_Gas_Natural_Agregada.xlsx',
  'upme/2024/UPME_Series_2024_Gas_Natural_Industrial.xlsx',
  'upme/2024/UPME_Series_2024_Gas_Natural_TermoElectrico.xlsx',
  'upme/2024/UPME_Series_2024_Gas_Natural_Licuado_GNL_Transporte.xlsx',
];

function readOurs(bytes: Uint8Array): number {
  const workbook = readWorkbook(bytes);
  let cells = 0;
  for (const name of workbook.sheetNames) for (const row of workbook.sheet(name).rows) cells += row.cells.length;
  return cells;
}

async function readExceljs(bytes: Uint8Array): Promise<void> {
  await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
}

async function time(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function measure(run: () => unknown): Promise<{ cold: number; warm: number }> {
  const cold = await time(run);
  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push(await time(run));
  warm.sort((a, b) => a - b);
  return { cold, warm: warm[Math.floor(warm.length / 2)] as number };
}

async function main(): Promise<void> {
  if (!existsSync(samplesDir)) {
    console.error(`No se encuentran las muestras en ${samplesDir} (defina CAUDAL_SAMPLES_DIR).`);
    process.exitCode = 1;
    return;
  }
  const loaded = files.filter((file) => existsSync(path.join(samplesDir, file))).map((file) => ({ file, bytes: new Uint8Array(readFileSync(path.join(samplesDir, file))) }));

  // The 13-workbook estimate runs first, in a cold process, as an import of all years would.
  const anh = loaded.filter(({ file }) => file.startsWith('anh/'));
  const importStart = performance.now();
  for (let i = 0; i < 13; i++) parseAnhProductionWorkbook((anh[i % anh.length] as (typeof anh)[number]).bytes);
  const importMs = performance.now() - importStart;

  const ms = (n: number) => `${n.toFixed(0).padStart(6)} ms`;
  console.log(`${'libro'.padEnd(58)} ${'KB'.padStart(6)} ${'celdas'.padStart(8)}   exceljs (frío / tibio)   nuestro (frío / tibio)   ANH parse (tibio)`);
  for (const { file, bytes } of loaded) {
    const cells = readOurs(bytes);
    const exceljs = await measure(() => readExceljs(bytes));
    const ours = await measure(() => readOurs(bytes));
    const anhParse = file.startsWith('anh/') ? await measure(() => parseAnhProductionWorkbook(bytes)) : null;
    console.log(
      `${file.padEnd(58)} ${String(Math.round(bytes.length / 1024)).padStart(6)} ${String(cells).padStart(8)}   ${ms(exceljs.cold)} / ${ms(exceljs.warm)}   ${ms(ours.cold)} / ${ms(ours.warm)}   ${anhParse ? ms(anhParse.warm) : '     —'}`,
    );
  }
  console.log(`\n13 libros ANH (las ${anh.length} muestras repetidas), lectura + parser, proceso en frío: ${importMs.toFixed(0)} ms`);
}

await main();
