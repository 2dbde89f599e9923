/**
 * Imports the given files into a new database in a process of its own and prints what happened and the
 * process's peak memory (kernel-tracked), so a test can bound what a hostile file costs.
 * Usage: tsx import-in-child.ts <folder> <file>…
 */
import { join } from 'node:path';
import { openCaudalApp } from '../../../../src-main/app/caudal-app';
import { importFiles } from '../../../../src-main/etl/import/import-files';

export const IMPORT_CHILD_MARKER = '@@importacion ';

const [folder, ...files] = process.argv.slice(2);
if (folder && process.argv[1]?.endsWith('import-in-child.ts')) {
  const app = await openCaudalApp({ dbPath: join(folder, 'caudal.db') });
  const summary = importFiles(app.database, files, { archiveDir: join(folder, 'archivo'), trigger: 'cli-import' });
  await app.close();
  const outcomes = summary.files.map((f) => ({ status: f.status, text: f.status === 'failed' ? f.message : f.status === 'unknown' ? f.reason : f.status === 'loaded' ? f.coverage : f.note }));
  process.stdout.write(`${IMPORT_CHILD_MARKER}${JSON.stringify({ outcomes, maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
}
