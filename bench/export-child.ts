/**
 * One export in a process of its own, so that its peak memory is its own: `bench/export.bench.ts`
 * bundles this file with esbuild (as the app's main process is bundled, so tsx's compiler and source
 * maps do not count), starts it with the request as JSON and reads back one result line.
 */
import { runExport } from '../src-main/exports/run-export';
import { EXPORT_RESULT_MARKER, type ExportChildInput, type ExportChildResult } from './export-protocol';

async function main(): Promise<void> {
  const input = JSON.parse(process.argv[2] ?? '{}') as ExportChildInput;
  const baselineRssBytes = process.memoryUsage.rss();
  let peakHeapBytes = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => (peakHeapBytes = Math.max(peakHeapBytes, process.memoryUsage().heapUsed)), 20);
  const start = performance.now();
  const result = await runExport(input.request, { dbPath: input.dbPath, forbiddenDirs: [] });
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  const output: ExportChildResult = {
    rows: result.rows,
    bytes: result.bytes,
    seconds,
    baselineRssBytes,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    peakHeapBytes,
  };
  process.stdout.write(`${EXPORT_RESULT_MARKER}${JSON.stringify(output)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
