import path from 'node:path';
import { databaseFileName } from '../platform/user-data-dir';

/** The database inside Electron's `userData` folder; the CLI reaches the same file through platform/user-data-dir. */
export function defaultDbPath(userDataDir: string): string {
  return path.join(userDataDir, databaseFileName);
}

export interface BundlePaths {
  /** The sandboxed preload, bundled next to the main bundle. */
  preload: string;
  /** Vite's production build of the renderer. */
  rendererIndex: string;
  /** The ETL worker thread (refresh and import), bundled next to the main bundle. */
  etlWorker: string;
  /** The export process (a utility process per export), bundled next to the main bundle. */
  exportProcess: string;
}

/**
 * Files the main bundle needs at run time, relative to the folder holding `electron-main.cjs`
 * (dist-main/, inside app.asar once packaged; Electron reads asar paths transparently).
 */
export function bundlePaths(mainBundleDir: string): BundlePaths {
  return {
    preload: path.join(mainBundleDir, 'preload.cjs'),
    rendererIndex: path.join(mainBundleDir, '..', 'dist-renderer', 'index.html'),
    etlWorker: path.join(mainBundleDir, 'etl-worker.cjs'),
    exportProcess: path.join(mainBundleDir, 'export-process.cjs'),
  };
}
