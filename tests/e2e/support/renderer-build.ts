import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './caudal-cli';

/**
 * `caudal serve` serves dist-renderer/ as built. A build older than the renderer's sources would test
 * yesterday's page, so the end-to-end tests stop with the command that fixes it (`npm test` builds first).
 */
export function assertRendererBuilt(): void {
  const built = path.join(projectRoot, 'dist-renderer', 'index.html');
  if (!existsSync(built)) throw new Error('Falta dist-renderer/: ejecute `npm run build:renderer` antes de las pruebas de extremo a extremo.');
  const newestSource = newestModification(path.join(projectRoot, 'src-renderer'));
  if (newestSource > statSync(built).mtimeMs) {
    throw new Error('dist-renderer/ es anterior a los cambios de src-renderer/: ejecute `npm run build:renderer` antes de las pruebas de extremo a extremo.');
  }
}

function newestModification(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestModification(full) : statSync(full).mtimeMs);
  }
  return newest;
}
