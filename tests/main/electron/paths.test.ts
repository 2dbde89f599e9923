import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundlePaths, defaultDbPath } from '../../../src-main/electron/paths';
import { defaultDatabasePath, userDataDir } from '../../../src-main/platform/user-data-dir';

describe('defaultDbPath', () => {
  it('puts caudal.db in Electron’s userData folder', () => {
    expect(defaultDbPath(path.join('/home/ana/.config', 'Caudal'))).toBe(path.join('/home/ana/.config', 'Caudal', 'caudal.db'));
  });

  it('is the same file the CLI opens by default on this machine', () => {
    expect(defaultDbPath(userDataDir())).toBe(defaultDatabasePath());
  });
});

describe('bundlePaths', () => {
  it('finds the preload next to the main bundle and the renderer in dist-renderer', () => {
    const dir = path.join('/opt', 'Caudal', 'resources', 'app.asar', 'dist-main');
    expect(bundlePaths(dir)).toEqual({
      preload: path.join(dir, 'preload.cjs'),
      etlWorker: path.join(dir, 'etl-worker.cjs'),
      exportProcess: path.join(dir, 'export-process.cjs'),
      rendererIndex: path.join('/opt', 'Caudal', 'resources', 'app.asar', 'dist-renderer', 'index.html'),
    });
  });
});
