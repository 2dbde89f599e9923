import { homedir } from 'node:os';
import path from 'node:path';

/**
 * Electron names the per-user folder after package.json's `productName`; the CLI must find the very
 * same folder without loading Electron, so the name is written down once here.
 */
export const productName = 'Caudal';
export const databaseFileName = 'caudal.db';

/** What the folder depends on; tests pass other platforms, the app passes the running process. */
export interface HostEnvironment {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  homeDir: string;
}

export function currentHost(): HostEnvironment {
  return { platform: process.platform, env: process.env, homeDir: homedir() };
}

/**
 * The folder Electron answers for `app.getPath('userData')`: `appData` + productName, where appData is
 * %APPDATA% on Windows, ~/Library/Application Support on macOS and $XDG_CONFIG_HOME (or ~/.config)
 * elsewhere — Chromium ignores an empty XDG_CONFIG_HOME, so we do too.
 */
export function userDataDir(host: HostEnvironment = currentHost()): string {
  switch (host.platform) {
    case 'win32': {
      const appData = nonEmpty(host.env.APPDATA) ?? path.win32.join(host.homeDir, 'AppData', 'Roaming');
      return path.win32.join(appData, productName);
    }
    case 'darwin':
      return path.posix.join(host.homeDir, 'Library', 'Application Support', productName);
    default: {
      const configHome = nonEmpty(host.env.XDG_CONFIG_HOME) ?? path.posix.join(host.homeDir, '.config');
      return path.posix.join(configHome, productName);
    }
  }
}

/** The database the desktop app opens by default; the CLI uses it when no `--db` is given. */
export function defaultDatabasePath(host: HostEnvironment = currentHost()): string {
  const join = host.platform === 'win32' ? path.win32.join : path.posix.join;
  return join(userDataDir(host), databaseFileName);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
