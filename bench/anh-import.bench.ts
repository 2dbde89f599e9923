/**
 * A full import of the thirteen ANH yearly workbooks 2013–2025: the three real ones in
 * ../shared/samples/anh (2020, 2024, 2025, read in place) and ten synthetic years of the same size built
 * in a temp folder with the test fixture builder. Each import runs cold in a new process on a new
 * database, as `caudal import` would; time, rows per second and the process's peak memory.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { samplesDir } from '../tests/support/samples';
import { ANH_IMPORT_RESULT_MARKER, type AnhImportChildResult } from './support/anh-import-child';
import { syntheticAnhYear } from './support/anh-yearly-workbooks';
import { defineBench, type BenchResult } from './support/bench-types';
import { formatBench, summarize } from './support/stats';

const here = path.dirname(fileURLToPath(import.meta.url));
const TARGET_MS = 2000;
const YEARS = Array.from({ length: 13 }, (_, i) => 2013 + i);

function importInChild(dbPath: string, archiveDir: string, files: readonly string[]): Promise<AnhImportChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'support', 'anh-import-child.ts'), dbPath, archiveDir, ...files], {
      cwd: path.resolve(here, '..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = output.split('\n').find((l) => l.startsWith(ANH_IMPORT_RESULT_MARKER));
      if (code === 0 && line) resolve(JSON.parse(line.slice(ANH_IMPORT_RESULT_MARKER.length)) as AnhImportChildResult);
      else reject(new Error(`la importación terminó con código ${code}: ${output.slice(-500)}`));
    });
  });
}

export default defineBench({
  title: 'Importación de los 13 libros anuales de la ANH',
  async run({ quick }) {
    const anhSamples = path.join(samplesDir, 'anh');
    const real = new Map<number, string>();
    if (existsSync(anhSamples)) {
      for (const name of readdirSync(anhSamples)) {
        const year = /(\d{4})\.xlsx$/.exec(name)?.[1];
        if (year) real.set(Number(year), path.join(anhSamples, name));
      }
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'caudal-bench-anh-'));
    try {
      console.log(`Construyendo ${YEARS.length - real.size} libros sintéticos del tamaño real en ${dir}…`);
      const files: string[] = [];
      for (const year of YEARS) {
        const sample = real.get(year);
        if (sample) {
          files.push(sample);
          continue;
        }
        const file = path.join(dir, `Produccion_Fiscalizada_Gas_${year}.xlsx`);
        writeFileSync(file, await syntheticAnhYear(year));
        files.push(file);
      }
      const runs = quick ? 2 : 7;
      const results: AnhImportChildResult[] = [];
      for (let run = 0; run < runs; run++) {
        const workDir = mkdtempSync(path.join(dir, `corrida-${run}-`));
        const result = await importInChild(path.join(workDir, 'caudal.db'), path.join(workDir, 'archivo'), files);
        const failed = result.files.filter((f) => f.status !== 'loaded');
        if (failed.length > 0) throw new Error(`archivos no cargados: ${failed.map((f) => `${f.file} (${f.status})`).join(', ')}`);
        results.push(result);
        console.log(`  corrida ${run + 1}: ${formatBench.seconds(result.ms)}, ${formatBench.count(result.rowsLoaded)} filas, pico ${formatBench.megabytes(result.maxRssBytes)}`);
      }
      const times = summarize(results.map((r) => r.ms));
      const rows = results[0]!.rowsLoaded;
      const peak = Math.max(...results.map((r) => r.maxRssBytes));
      const group = 'importación ANH';
      const line: BenchResult[] = [
        {
          group,
          name: `13 libros 2013–2025 (${real.size} reales + ${YEARS.length - real.size} sintéticos), total`,
          medianMs: times.medianMs,
          p95Ms: times.p95Ms,
          value: formatBench.seconds(times.medianMs),
          target: '< 2 s',
          pass: times.p95Ms < TARGET_MS,
          note: real.size < 3 ? `muestras reales no encontradas en ${anhSamples}: todos los años son sintéticos` : null,
        },
        { group, name: 'filas cargadas por segundo (mediana)', value: `${formatBench.count((rows / times.medianMs) * 1000)} filas/s`, note: `${formatBench.count(rows)} filas, ${formatBench.count(results[0]!.rowsRejected)} rechazadas` },
        { group, name: 'memoria pico del proceso (máximo de las corridas)', value: formatBench.megabytes(peak), note: 'RSS máximo del proceso que importa, Node y módulos incluidos' },
      ];
      return line;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
});
