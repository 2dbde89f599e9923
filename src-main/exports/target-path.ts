import { mkdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { CaudalError } from '../../src-shared/contract';
import type { ExportFormat } from '../../src-shared/contract/exports';

export interface TargetPathRules {
  /** Folders an export must never write into: the app's data folder (database, archive), its installation. */
  readonly forbiddenDirs: readonly string[];
  /** Caudal's exports folder (see exportsDirFor): allowed although it sits in the data folder, created when missing. */
  readonly exportsDir?: string | undefined;
  readonly platform?: NodeJS.Platform;
}

/**
 * Checks the file an export will write, before anything is read: an absolute path (the save dialog
 * gives one), the extension of the format, an existing folder, not a folder itself, and never inside
 * Caudal's own folders, where a stray file could be mistaken for data or break an update.
 * Whether the caller may write there at all is decided before, by authorizeExportTarget.
 */
export async function checkTargetPath(target: string, format: ExportFormat, rules: TargetPathRules): Promise<string> {
  const platform = rules.platform ?? process.platform;
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const invalid = (message: string) => new CaudalError('validation', message, [{ path: 'targetPath', message }]);
  if (!paths.isAbsolute(target)) throw invalid(`La ruta de destino debe ser absoluta: ${target}`);
  const resolved = paths.resolve(target);
  const extension = `.${format}`;
  if (paths.extname(resolved).toLowerCase() !== extension) throw invalid(`El archivo de destino debe terminar en ${extension} para el formato ${format.toUpperCase()}`);

  const folder = paths.dirname(resolved);
  const exportsDir = rules.exportsDir === undefined ? null : paths.resolve(rules.exportsDir);
  if (exportsDir !== null && sameFolder(folder, exportsDir, paths, platform)) await mkdir(exportsDir, { recursive: true });
  const folderStat = await stat(folder).catch(() => null);
  if (!folderStat?.isDirectory()) throw invalid(`La carpeta de destino no existe: ${folder}`);
  const existing = await stat(resolved).catch(() => null);
  if (existing?.isDirectory()) throw invalid(`El destino es una carpeta, no un archivo: ${resolved}`);

  const realFolder = await realpath(folder);
  const realExportsDir = exportsDir === null ? null : await realpath(exportsDir).catch(() => exportsDir);
  if (realExportsDir !== null && isInside(realFolder, realExportsDir, paths, platform)) return resolved;
  for (const forbidden of rules.forbiddenDirs) {
    const realForbidden = await realpath(forbidden).catch(() => paths.resolve(forbidden));
    if (isInside(realFolder, realForbidden, paths, platform)) {
      throw invalid(`No se puede guardar dentro de las carpetas de Caudal (${realForbidden}): elija otra carpeta, por ejemplo Documentos.`);
    }
  }
  return resolved;
}

/** True when `candidate` is `folder` or lies under it; case-insensitive where the file system usually is. */
export function isInside(candidate: string, folder: string, paths: path.PlatformPath, platform: NodeJS.Platform): boolean {
  const relative = paths.relative(foldCase(folder, platform), foldCase(candidate, platform));
  return relative === '' || (!relative.startsWith('..') && !paths.isAbsolute(relative));
}

function sameFolder(a: string, b: string, paths: path.PlatformPath, platform: NodeJS.Platform): boolean {
  return paths.relative(foldCase(a, platform), foldCase(b, platform)) === '';
}

function foldCase(p: string, platform: NodeJS.Platform): string {
  return platform === 'win32' || platform === 'darwin' ? p.toLowerCase() : p;
}
