// Only for running from source (the CLI under tsx, `caudal serve`, the tests): never imported by the
// Electron bundle, which has no import.meta and forks its own export-process.cjs (see electron/paths.ts).
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ExportProcessScript } from './node-export-process';

/** The export process's TypeScript entry, and tsx's loader to run it with (`node --import tsx`). */
export function tsxExportProcessScript(): ExportProcessScript {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const tsxLoader = createRequire(import.meta.url).resolve('tsx');
  return { kind: 'tsx', entryPath: path.join(here, 'export-process-main.ts'), tsxLoaderUrl: pathToFileURL(tsxLoader).href };
}
