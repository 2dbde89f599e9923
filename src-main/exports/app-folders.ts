import path from 'node:path';
import { archiveDirFor } from '../etl/archive/archive-dir';
import { userDataDir } from '../platform/user-data-dir';

/**
 * Caudal's own folders, where an export must never land: the per-user data folder (the database the
 * app opens by default), the archive of downloaded files beside the database in use, and, inside
 * Electron, the installation (on macOS the whole `Caudal.app/Contents`). The exports folder is the one
 * exception inside them (see exportsDirFor).
 */
export function appFolders(dbPath: string, host: { execPath: string; platform: NodeJS.Platform; electron: boolean } = currentProcess()): string[] {
  const folders = [userDataDir(), archiveDirFor(dbPath)];
  if (host.electron) {
    const executableDir = path.dirname(host.execPath);
    folders.push(host.platform === 'darwin' ? path.resolve(executableDir, '..') : executableDir);
  }
  return folders;
}

/**
 * The exports folder beside the database in use (`…/Caudal/exportaciones`): the only place a caller
 * without a file chosen in the save dialog (a page or a script on `caudal serve`'s HTTP bridge) may
 * write to. Files there are clearly exports, never mistaken for data; it is created on first use.
 */
export function exportsDirFor(dbPath: string): string {
  return path.join(path.dirname(dbPath), 'exportaciones');
}

function currentProcess() {
  return { execPath: process.execPath, platform: process.platform, electron: Boolean(process.versions.electron) };
}
