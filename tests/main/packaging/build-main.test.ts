// Builds the real bundles (scripts/build-main.mjs) into a temp folder and checks what Electron will
// load: a preload that needs nothing but 'electron', and a main bundle that boots, opens the database,
// answers a command and closes cleanly — run in plain Node against a recording stand-in for Electron.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundlePaths } from '../../../src-main/electron/paths';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const packageJson = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { main: string };
let workDir: string;
let outDir: string;

beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'caudal-build-main-'));
  outDir = path.join(workDir, 'dist-main');
  execFileSync(process.execPath, [path.join(projectRoot, 'scripts/build-main.mjs'), '--outdir', outDir], { cwd: projectRoot, stdio: 'pipe' });
}, 120_000);

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

function requiredModules(bundle: string): string[] {
  return [...new Set([...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]!))].sort();
}

describe('build:main output', () => {
  it('writes the files package.json "main" and the window’s preload path name', () => {
    expect(path.basename(packageJson.main)).toBe('electron-main.cjs');
    expect(existsSync(path.join(outDir, 'electron-main.cjs'))).toBe(true);
    expect(existsSync(bundlePaths(outDir).preload)).toBe(true);
  });

  it('the preload requires only electron and carries no schema library', () => {
    const preload = readFileSync(bundlePaths(outDir).preload, 'utf8');
    expect(requiredModules(preload)).toEqual(['electron']);
    expect(preload).not.toMatch(/zod/i);
  });

  it('the preload, run as the sandbox runs it, exposes exactly invoke and on', () => {
    const preload = readFileSync(bundlePaths(outDir).preload, 'utf8');
    const exposeInMainWorld = vi.fn();
    const electron = { contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() } };
    const sandboxRequire = (name: string) => {
      if (name !== 'electron') throw new Error(`module not found: ${name}`);
      return electron;
    };
    const module = { exports: {} };
    new Function('require', 'module', 'exports', preload)(sandboxRequire, module, module.exports);
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, bridge] = exposeInMainWorld.mock.calls[0] as [string, object];
    expect(key).toBe('caudal');
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
  });

  it('the main bundle requires only electron, better-sqlite3 and Node built-ins', () => {
    const main = readFileSync(path.join(outDir, 'electron-main.cjs'), 'utf8');
    // node:sqlite is a built-in of Electron 45's Node 22 (undici loads it lazily for its optional cache).
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`), 'node:sqlite']);
    const others = requiredModules(main).filter((name) => !builtins.has(name));
    expect(others).toEqual(['better-sqlite3', 'electron']);
  });
});

// A CommonJS stand-in for Electron: records each step as a JSON line and drives the app like a user
// opening it and closing its window.
const electronStub = String.raw`
const { EventEmitter } = require('node:events');
const { pathToFileURL } = require('node:url');
const record = (step) => process.stdout.write(JSON.stringify(step) + '\n');
const handlers = new Map();
const app = new EventEmitter();
Object.assign(app, {
  isPackaged: true,
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  getPath: (name) => (name === 'userData' ? process.env.SMOKE_USER_DATA : ''),
  getVersion: () => '0.0.0',
  quit() {
    let held = false;
    app.emit('will-quit', { preventDefault: () => { held = true; } });
    record({ quit: held ? 'held' : 'done' });
    if (!held) process.exit(0);
  },
  exit(code) { record({ exit: code }); process.exit(code); },
});
class BrowserWindow extends EventEmitter {
  static fromWebContents() { return null; }
  constructor(options) {
    super();
    this.options = options;
    this.webContents = Object.assign(new EventEmitter(), { send() {}, getURL: () => '', isDestroyed: () => false });
    record({ window: options.webPreferences });
    app.emit('browser-window-created', {}, this);
  }
  isDestroyed() { return false; }
  async loadFile(file) {
    record({ loadFile: file });
    const result = await handlers.get('caudal:invoke')({ senderFrame: { url: pathToFileURL(file).href } }, 'catalog.dimensions', {});
    record({ invoke: result });
    setImmediate(() => app.emit('window-all-closed'));
  }
}
module.exports = {
  app,
  BrowserWindow,
  ipcMain: { handle: (channel, fn) => handlers.set(channel, fn), removeHandler: (channel) => handlers.delete(channel) },
  session: { defaultSession: { webRequest: { onHeadersReceived() {} }, setPermissionRequestHandler() {}, setPermissionCheckHandler() {} } },
  Menu: { buildFromTemplate: (template) => template, setApplicationMenu: (menu) => record({ menu: menu.map((item) => item.label) }) },
  dialog: { showErrorBox: (title, text) => record({ errorBox: text }), showMessageBox: async () => ({ response: 1 }) },
  shell: { openExternal: async () => {} },
};
`;

describe('the main bundle, booted in Node with a stand-in Electron', () => {
  it('opens the database in userData, answers a command from its window and quits after closing it', () => {
    const stubModules = path.join(workDir, 'stub-modules');
    mkdirSync(path.join(stubModules, 'electron'), { recursive: true });
    writeFileSync(path.join(stubModules, 'electron', 'index.js'), electronStub);
    const userData = path.join(workDir, 'user-data');

    const run = spawnSync(process.execPath, [path.join(outDir, 'electron-main.cjs')], {
      cwd: workDir,
      timeout: 60_000,
      encoding: 'utf8',
      env: {
        ...process.env,
        // The stand-in first; better-sqlite3 comes from the project (the bundle sits outside it).
        NODE_PATH: [stubModules, path.join(projectRoot, 'node_modules')].join(path.delimiter),
        SMOKE_USER_DATA: userData,
        CAUDAL_DEV_SERVER_URL: 'http://localhost:5173/',
      },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const steps = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

    expect(steps[0]).toEqual({ menu: ['Archivo', 'Editar', 'Ver', 'Ayuda'] });
    expect(steps[1]).toMatchObject({ window: { preload: bundlePaths(outDir).preload, sandbox: true, contextIsolation: true, nodeIntegration: false } });
    // Packaged: the dev server variable is ignored and the built renderer is loaded.
    expect(steps[2]).toEqual({ loadFile: bundlePaths(outDir).rendererIndex });
    expect(steps[3]).toMatchObject({ invoke: { ok: true, data: { departments: expect.any(Array), periods: { first: null, last: null } } } });
    expect(steps.slice(4)).toEqual([{ quit: 'held' }, { quit: 'done' }]);
    expect(existsSync(path.join(userData, 'caudal.db'))).toBe(true);
  });
});
