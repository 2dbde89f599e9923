import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCaudalApp, type CaudalApp } from '../../src-main/app/caudal-app';
import type { ArchivedFile } from '../../src-main/etl/archive/archived-file';
import { startRun } from '../../src-main/etl/runs';

export interface TempApp {
  app: CaudalApp;
  dir: string;
  /** A new import run, for loads that record lineage. */
  run(): number;
  close(): Promise<void>;
}

/** A migrated Caudal database in a fresh temporary folder; `close` removes it. */
export async function openTempApp(): Promise<TempApp> {
  const dir = mkdtempSync(join(tmpdir(), 'caudal-prueba-'));
  const app = await openCaudalApp({ dbPath: join(dir, 'caudal.sqlite'), logInternal: () => undefined });
  return {
    app,
    dir,
    run: () => startRun(app.database.sqlite, 'cli-import'),
    async close() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let counter = 0;

/** Lineage of a file as the archive would give it; a distinct sha256 per call. */
export function archived(fileName: string, extra: Partial<ArchivedFile> = {}): ArchivedFile {
  counter += 1;
  return { sha256: `${counter.toString(16).padStart(8, '0')}${'0'.repeat(56)}`, fileName, sizeBytes: 100, archivePath: null, url: null, etag: null, lastModified: null, ...extra };
}

/** Runs a command through the dispatcher (input validated against the contract) and unwraps its data. */
export async function query<T = unknown>(app: CaudalApp, name: string, input: unknown): Promise<T> {
  const result = await app.dispatcher.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
  return result.data as T;
}
