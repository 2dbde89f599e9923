import { randomBytes } from 'node:crypto';
import { appFolders } from '../../exports/app-folders';
import { databaseFile } from '../../exports/export-connection';
import { cancelExportJob, startExportJob } from '../../exports/export-jobs';
import { rememberExportedFile } from '../../exports/exported-files';
import { runExport } from '../../exports/run-export';
import type { DomainHandlers } from '../domain-handlers';

/**
 * Exports run in the main process on a read-only connection of their own; progress goes out as
 * `exports.progress` events, and `exports.cancel` stops one by the id its caller chose.
 * The save dialog (target path) belongs to the Electron shell, which passes the chosen absolute path.
 */
export const exportsHandlers: DomainHandlers<'exports.create' | 'exports.cancel'> = {
  'exports.create': async (input, { db, events }) => {
    const exportId = input.exportId ?? randomBytes(8).toString('hex');
    const job = startExportJob(exportId);
    try {
      const dbPath = await databaseFile(db);
      const result = await runExport(
        { ...input, exportId },
        { dbPath, forbiddenDirs: appFolders(dbPath), signal: job.signal, onProgress: (progress) => events?.emit('exports.progress', progress) },
      );
      rememberExportedFile(result.path);
      return result;
    } finally {
      job.finish();
    }
  },
  'exports.cancel': (input) => ({ cancelled: cancelExportJob(input.exportId) }),
};
