import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * `fileName` inside `folder`, or `name-2.ext`, `name-3.ext`… when taken: where the browser preview,
 * which has no save dialog, puts each export without overwriting an earlier report.
 */
export function freeExportPath(folder: string, fileName: string, exists: (file: string) => boolean = existsSync): string {
  const extension = path.extname(fileName);
  const stem = fileName.slice(0, fileName.length - extension.length);
  for (let copy = 1; ; copy++) {
    const candidate = path.join(folder, copy === 1 ? fileName : `${stem}-${copy}${extension}`);
    if (!exists(candidate)) return candidate;
  }
}
