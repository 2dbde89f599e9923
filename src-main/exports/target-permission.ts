import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { CaudalError } from '../../src-shared/contract';
import type { RequestOrigin } from '../app/dispatcher';
import { isInside } from './target-path';

/**
 * Files the analyst chose in this process's native save dialog and has not exported to yet, oldest
 * first. Only the dialog adds to it (`exports.chooseTarget`), so a path here was picked by a person,
 * not typed by a page or a script. A handful is plenty: the dialog is followed by its export at once.
 */
const grants: string[] = [];
const MAX_GRANTS = 16;

/** Lets one `exports.create` write `filePath`, chosen in the save dialog. */
export function grantExportTarget(filePath: string): void {
  const key = path.resolve(filePath);
  const known = grants.indexOf(key);
  if (known !== -1) grants.splice(known, 1);
  grants.push(key);
  if (grants.length > MAX_GRANTS) grants.shift();
}

function takeGrant(resolved: string): boolean {
  const index = grants.indexOf(resolved);
  if (index === -1) return false;
  grants.splice(index, 1);
  return true;
}

export interface ExportTargetAccess {
  /** The transport's origin for this request (absent: the least trusted). */
  readonly origin: RequestOrigin | undefined;
  /** Caudal's exports folder for the database in use (exportsDirFor). */
  readonly exportsDir: string;
}

/**
 * Whether this caller may write `targetPath` at all; checkTargetPath then checks the path itself
 * (extension, folder, Caudal's own folders). The CLI and tests (`in-process`) write where the user
 * said. Anyone else — the app's window, a page or a script on the HTTP bridge — writes only a file
 * chosen in the save dialog (once) or inside the exports folder: a compromised page or a stray script
 * with the bridge's token must not be able to drop files wherever it likes (Startup, ~/.bashrc…).
 */
export async function authorizeExportTarget(targetPath: string, access: ExportTargetAccess): Promise<void> {
  if (access.origin === 'in-process') return;
  const exportsDir = path.resolve(access.exportsDir);
  if (path.isAbsolute(targetPath)) {
    const resolved = path.resolve(targetPath);
    if (takeGrant(resolved) || (await isInsideExportsDir(resolved, exportsDir))) return;
  }
  const message =
    `No se puede guardar en ${targetPath}: solo se permite un archivo elegido en «Guardar como» de la aplicación de escritorio ` +
    `o uno dentro de la carpeta de exportaciones de Caudal (${exportsDir}). Para guardar en otra carpeta use «npm run caudal -- export --out …».`;
  throw new CaudalError('validation', message, [{ path: 'targetPath', message: 'Ruta no permitida para esta solicitud' }]);
}

/** Inside the exports folder by name and, through any symbolic link, on disk too. */
async function isInsideExportsDir(resolved: string, exportsDir: string): Promise<boolean> {
  const folder = path.dirname(resolved);
  if (!isInside(folder, exportsDir, path, process.platform)) return false;
  // A folder that does not exist yet holds no link to follow; checkTargetPath creates only the exports folder itself.
  const realFolder = await realpath(folder).catch(() => null);
  if (realFolder === null) return true;
  const realExportsDir = await realpath(exportsDir).catch(() => exportsDir);
  return isInside(realFolder, realExportsDir, path, process.platform);
}
