/**
 * One cold import in a process of its own (what `caudal import <carpeta>` does): opens a new database,
 * imports the given files with importFiles and prints the time, the rows and the process's peak memory.
 * Usage: tsx bench/support/anh-import-child.ts <db> <archivo-dir> <file>…
 */
import { openDatabase } from '../../src-main/db/open-database';
import { syncDepartments } from '../../src-main/db/sync-departments';
import { importFiles } from '../../src-main/etl/import/import-files';

export const ANH_IMPORT_RESULT_MARKER = '@@anh-import ';

export interface AnhImportChildResult {
  readonly ms: number;
  readonly rowsLoaded: number;
  readonly rowsRejected: number;
  readonly files: ReadonlyArray<{ readonly file: string; readonly status: string }>;
  readonly maxRssBytes: number;
}

const [dbPath, archiveDir, ...files] = process.argv.slice(2);
if (dbPath && archiveDir && process.argv[1]?.endsWith('anh-import-child.ts')) {
  const database = await openDatabase(dbPath);
  syncDepartments(database.sqlite);
  const start = performance.now();
  const summary = importFiles(database, files, { archiveDir, trigger: 'cli-import' });
  const ms = performance.now() - start;
  await database.close();
  const loaded = summary.files.flatMap((f) => (f.status === 'loaded' ? [f] : []));
  const result: AnhImportChildResult = {
    ms,
    rowsLoaded: loaded.reduce((sum, f) => sum + f.rowsLoaded, 0),
    rowsRejected: loaded.reduce((sum, f) => sum + f.rowsRejected, 0),
    files: summary.files.map((f) => ({ file: f.path.split('/').pop() ?? f.path, status: f.status === 'failed' ? `failed: ${f.message}` : f.status })),
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  process.stdout.write(`${ANH_IMPORT_RESULT_MARKER}${JSON.stringify(result)}\n`);
}
