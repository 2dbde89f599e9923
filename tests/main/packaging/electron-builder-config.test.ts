// electron-builder.yml is only read for real by `npm run dist`, which cannot run here (no Electron
// binary, no NSIS). This loads it with electron-builder's own loader and checks it against the schema
// electron-builder validates with, so a typo fails here instead of on the release machine.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const scheme = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
const packageJson = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
  main: string;
  productName: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

// The options electron-builder's schemaValidator uses, so both accept and refuse the same files.
const validate = new Ajv({ allErrors: true, verbose: true, coerceTypes: true, strict: false }).compile(scheme);

function schemaErrors(config: unknown): ErrorObject[] {
  // Validation may coerce values in place; never touch the loaded config.
  return validate(structuredClone(config)) ? [] : (validate.errors ?? []);
}

let config: Configuration;

beforeAll(async () => {
  config = await getConfig(projectRoot, path.join(projectRoot, 'electron-builder.yml'), null);
});

/** electron-builder's loader normalizes `files` into `{ filter: [...] }` entries. */
function filePatterns(files: Configuration['files']): string[] {
  const list = Array.isArray(files) ? files : [files];
  return list.flatMap((entry) => (typeof entry === 'string' ? [entry] : entry ? [entry.filter ?? []].flat() : []));
}

function targetNames(target: unknown): string[] {
  const list = Array.isArray(target) ? target : [target];
  return list.map((entry) => (typeof entry === 'string' ? entry : (entry as { target: string }).target));
}

describe('electron-builder.yml against the schema', () => {
  it('is valid', () => {
    expect(schemaErrors(config)).toEqual([]);
  });

  it('is accepted by electron-builder’s own validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('the validator refuses an unknown option, at the root or nested', () => {
    expect(schemaErrors({ ...config, autoUpdateTypo: true }).map((e) => e.keyword)).toContain('additionalProperties');
    expect(schemaErrors({ ...config, nsis: { ...config.nsis, oneclick: false } }).map((e) => e.params)).toContainEqual({
      additionalProperty: 'oneclick',
    });
  });

  it('the validator refuses a value of the wrong type or outside its enumeration', () => {
    expect(schemaErrors({ ...config, nsis: { ...config.nsis, oneClick: 'a veces' } }).map((e) => e.instancePath)).toContain('/nsis/oneClick');
    expect(schemaErrors({ ...config, win: { target: [{ target: 'nsis', arch: ['sparc'] }] } }).map((e) => e.keyword)).toContain('enum');
  });

  it('electron-builder itself rejects a broken configuration too', async () => {
    await expect(validateConfiguration({ ...config, autoUpdateTypo: true } as Configuration, new DebugLogger(false))).rejects.toThrow(
      /Invalid configuration object/,
    );
  });
});

describe('electron-builder.yml essentials', () => {
  it('names the app as the database folder expects', () => {
    expect(config.appId).toBe('co.caudal.app');
    expect(config.productName).toBe(packageJson.productName);
    expect(config.directories?.output).toBe('release');
  });

  it('ships the bundles, including the file package.json "main" points to', () => {
    expect(filePatterns(config.files)).toEqual(['dist-main/**', 'dist-renderer/**', 'package.json']);
    expect(packageJson.main).toBe('dist-main/electron-main.cjs');
  });

  it('keeps the native SQLite module outside the asar archive and rebuilds it for Electron', () => {
    expect(config.asar).not.toBe(false);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(true);
    // Only production dependencies are packaged and rebuilt; Electron must stay a devDependency.
    expect(packageJson.dependencies).toHaveProperty('better-sqlite3');
    expect(packageJson.devDependencies).toHaveProperty('electron');
    expect(Object.keys(packageJson.scripts)).not.toContain('postinstall');
  });

  it('builds an assisted NSIS installer in Spanish that keeps the analyst’s data on uninstall', () => {
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      allowToChangeInstallationDirectory: true,
      language: '3082',
      installerLanguages: ['es_ES'],
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds a macOS dmg in the business category', () => {
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
    expect(config.mac?.category).toBe('public.app-category.business');
  });

  it('turns off the Electron fuses that would let others run the executable as Node', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
    });
  });

  it('has an icon large enough for every platform in buildResources', () => {
    const png = readFileSync(path.join(projectRoot, config.directories?.buildResources ?? 'build', 'icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    // macOS needs at least 512×512; electron-builder derives .ico and .icns from this file.
    expect(width).toBeGreaterThanOrEqual(512);
    expect(height).toBe(width);
  });
});
