// Only for running from source (the CLI under tsx, the tests): never imported by the Electron bundle,
// which has no import.meta and ships its own etl-worker.cjs (see electron/paths.ts).
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkerScript } from './worker-script';

/** The worker entry in TypeScript, and tsx's ESM API to register inside the worker before importing it. */
export function tsxWorkerScript(): WorkerScript {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const tsxApi = path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs');
  return { kind: 'tsx', entryUrl: pathToFileURL(path.join(here, 'worker-entry.ts')).href, tsxApiUrl: pathToFileURL(tsxApi).href };
}
