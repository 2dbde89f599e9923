import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Keeps a content-addressed copy of every file Caudal loads (`<archive>/ab/abcdef….xlsx`), so the data
 * can be re-processed offline and every number traced to the exact bytes it came from.
 * Written to a temporary name and renamed, so a crash never leaves a half file under a valid name.
 */
export function archiveFile(archiveDir: string, bytes: Uint8Array, sha256: string, originalName: string): string {
  const ext = extname(originalName).toLowerCase().replace(/[^.a-z0-9]/g, '').slice(0, 8);
  const folder = join(archiveDir, sha256.slice(0, 2));
  const path = join(folder, `${sha256}${ext}`);
  if (existsSync(path)) return path;
  mkdirSync(folder, { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
  return path;
}
