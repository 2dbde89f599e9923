import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentHost, databaseFileName, defaultDatabasePath, productName, userDataDir, type HostEnvironment } from '../../../src-main/platform/user-data-dir';

function host(platform: NodeJS.Platform, env: Record<string, string>, homeDir: string): HostEnvironment {
  return { platform, env, homeDir };
}

describe('userDataDir matches Electron’s app.getPath("userData") for productName "Caudal"', () => {
  it('Windows: %APPDATA%\\Caudal', () => {
    expect(userDataDir(host('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana'))).toBe('C:\\Users\\ana\\AppData\\Roaming\\Caudal');
  });

  it('Windows without APPDATA: the roaming folder under the profile', () => {
    expect(userDataDir(host('win32', {}, 'C:\\Users\\ana'))).toBe('C:\\Users\\ana\\AppData\\Roaming\\Caudal');
  });

  it('macOS: ~/Library/Application Support/Caudal', () => {
    expect(userDataDir(host('darwin', { XDG_CONFIG_HOME: '/ignored' }, '/Users/ana'))).toBe('/Users/ana/Library/Application Support/Caudal');
  });

  it('Linux: $XDG_CONFIG_HOME/Caudal, or ~/.config/Caudal when it is unset or empty', () => {
    expect(userDataDir(host('linux', { XDG_CONFIG_HOME: '/data/config' }, '/home/ana'))).toBe('/data/config/Caudal');
    expect(userDataDir(host('linux', {}, '/home/ana'))).toBe('/home/ana/.config/Caudal');
    expect(userDataDir(host('linux', { XDG_CONFIG_HOME: '' }, '/home/ana'))).toBe('/home/ana/.config/Caudal');
  });
});

describe('defaultDatabasePath', () => {
  it('is caudal.db inside that folder, with the platform’s separators', () => {
    expect(defaultDatabasePath(host('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana'))).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Caudal\\caudal.db',
    );
    expect(defaultDatabasePath(host('darwin', {}, '/Users/ana'))).toBe('/Users/ana/Library/Application Support/Caudal/caudal.db');
    expect(databaseFileName).toBe('caudal.db');
  });

  it('defaults to the running process', () => {
    expect(defaultDatabasePath()).toBe(defaultDatabasePath(currentHost()));
  });
});

describe('productName', () => {
  it('is the productName Electron and electron-builder read, so all three name the same folder', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { productName?: string };
    expect(pkg.productName).toBe(productName);
    const builderConfig = readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8');
    expect(builderConfig).toMatch(new RegExp(`^productName: ${productName}$`, 'm'));
  });
});
