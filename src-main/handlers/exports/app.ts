import { randomBytes } from 'node:crypto';
import { appFolders, exportsDirFor } from '../../exports/app-folders';
import { databaseFile } from '../../exports/export-connection';
import { cancelExportJob, startExportJob } from '../../exports/export-jobs';
import { rememberExportedFile } from '../../exports/exported-files';
import { runExportInChildProcess } from '../../exports/process/run-export-in-child';
import { runExport, type ExportEnvironment } from '../../exports/run-export';
import { authorizeExportTarget } from '../../exports/target-permission';
import type { DomainHandlers } from '../domain-handlers';

/**
 * Each export runs in a dedicated process (`ctx.exportProcess`) on a read-only connection of its own;
 * progress goes out as `exports.progress` events, and `exports.cancel` stops one by the id its caller
 * chose. The target path comes from the save dialog (desktop), `--out` (CLI) or the exports folder:
 * authorizeExportTarget decides which the request's origin may use.
 */
export const exportsHandlers: DomainHandlers<'exports.create' | 'exports.cancel'> = {
  'exports.create': async (input, { db, events, exportProcess, origin }) => {
    const exportId = input.exportId ?? randomBytes(8).toString('hex');
    const job = startExportJob(exportId);
    try {
      const dbPath = await databaseFile(db);
      const exportsDir = exportsDirFor(dbPath);
      await authorizeExportTarget(input.targetPath, { origin, exportsDir });
      const request = { ...input, exportId };
      const environment: ExportEnvironment = {
        dbPath,
        forbiddenDirs: appFolders(dbPath),
        exportsDir,
        signal: job.signal,
        onProgress: (progress) => events?.emit('exports.progress', progress),
      };
      const result = exportProcess ? await runExportInChildProcess(exportProcess, request, environment) : await runExport(request, environment);
      rememberExportedFile(result.path);
      return result;
    } finally {
      job.finish();
    }
  },
  'exports.cancel': (input) => ({ cancelled: cancelExportJob(input.exportId) }),
};
