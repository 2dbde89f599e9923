import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export interface ExpandedPaths {
  files: string[];
  /** Paths that do not exist or cannot be read, with a Spanish reason. */
  missing: Array<{ path: string; reason: string }>;
}

/** Files and folders (recursively) → the files to import, in a stable order. Office lock files are skipped. */
export function expandImportPaths(paths: readonly string[]): ExpandedPaths {
  const files: string[] = [];
  const missing: ExpandedPaths['missing'] = [];
  const visit = (path: string) => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      missing.push({ path, reason: 'No existe o no se puede leer' });
      return;
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (!entry.startsWith('.')) visit(join(path, entry));
      }
    } else if (stats.isFile() && !isLockFile(path)) {
      files.push(path);
    }
  };
  for (const path of paths) visit(resolve(path));
  return { files: [...new Set(files)], missing };
}

/** Excel leaves `~$name.xlsx` next to an open workbook; it is not data. */
function isLockFile(path: string): boolean {
  return basename(path).startsWith('~$');
}
