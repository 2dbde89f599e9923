import path from 'node:path';
import { archiveDirFor } from '../etl/archive/archive-dir';
import { userDataDir } from '../platform/user-data-dir';

/**
 * Caudal's own folders, where an export must never land: the per-user data folder (the database the
 * app opens by default), the archive of downloaded files beside the database in use, and, inside
 * Electron, the installation (on macOS the whole `Caudal.app/Contents`).
 */
export function appFolders(dbPath: string, host: { execPath: string; platform: NodeJS.Platform; electron: boolean } = currentProcess()): string[] {
  const folders = [userDataDir(), archiveDirFor(dbPath)];
  if (host.electron) {
    const executableDir = path.dirname(host.execPath);
    folders.push(host.platform === 'darwin' ? path.resolve(executableDir, '..') : executableDir);
  }
  return folders;
}

function currentProcess() {
  return { execPath: process.execPath, platform: process.platform, electron: Boolean(process.versions.electron) };
}
