/**
 * The process the crash test kills: it imports workbook variants start, start+1, … one after another
 * into the database (each import is one transaction that replaces the year), writing to a log with a
 * synchronous write before and after each one, so that what the log says is on disk when SIGKILL lands.
 * Usage: tsx load-loop.ts <db> <archivo> <base.xlsx> <primera variante> <log>
 */
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../../../src-main/db/open-database';
import { syncDepartments } from '../../../../src-main/db/sync-departments';
import { importFiles } from '../../../../src-main/etl/import/import-files';
import { workbookVariant } from './workbook-variants';

const [dbPath, archiveDir, basePath, first, logPath] = process.argv.slice(2) as [string, string, string, string, string];
const log = openSync(logPath, 'a');
const note = (line: string) => writeSync(log, `${line}\n`);

const base = new Uint8Array(readFileSync(basePath));
const database = await openDatabase(dbPath);
syncDepartments(database.sqlite);
note('listo');
for (let n = Number(first); ; n++) {
  const file = join(archiveDir, '..', `variante-${n}.xlsx`);
  writeFileSync(file, workbookVariant(base, n));
  note(`inicio ${n}`);
  const summary = importFiles(database, [file], { archiveDir, trigger: 'cli-import' });
  if (!summary.ok) {
    note(`error ${n} ${JSON.stringify(summary.files)}`);
    closeSync(log);
    process.exit(2);
  }
  note(`cargado ${n}`);
  // Let the parent's kill timer fire between loads too.
  await new Promise((resolve) => setImmediate(resolve));
}
