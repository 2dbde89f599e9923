import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../src-main/app/dispatcher';
import { createEventBus } from '../../../src-main/app/event-bus';
import { runServe, type ServeArgs, type ServeDependencies, type ServedApp } from '../../../src-main/cli/commands/serve';
import { createFakeHandlers } from './http-bridge/bridge-harness';

// `caudal serve` lives in src-main/cli/commands/; its test sits here with the transport it drives.

function captureIo() {
  const out = { text: '' };
  const err = { text: '' };
  return { out, err, io: { stdout: { write: (text: string) => (out.text += text) }, stderr: { write: (text: string) => (err.text += text) } } };
}

function fakeApp() {
  const close = vi.fn(async (): Promise<void> => undefined);
  const app: ServedApp = { dispatcher: createDispatcher(createFakeHandlers(), null), events: createEventBus(), close };
  return { ...app, close };
}

let projectDir: string;
let staticDir: string;
let args: ServeArgs;
beforeEach(async () => {
  projectDir = await mkdtemp(path.join(tmpdir(), 'caudal-serve-'));
  staticDir = path.join(projectDir, 'dist-renderer');
  args = { dbPath: path.join(projectDir, 'caudal.db'), staticDir };
});
afterEach(async () => {
  await rm(projectDir, { recursive: true, force: true });
});

async function writeBuiltInterface(): Promise<void> {
  await mkdir(staticDir, { recursive: true });
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Caudal</title>');
}

/** Starts runServe and waits for the address line (or an early exit); `stop` aborts like Ctrl+C and returns the exit code. */
async function startServe(dependencies: Partial<ServeDependencies>, serveArgs = args) {
  const capture = captureIo();
  const controller = new AbortController();
  const app = fakeApp();
  const openApp = vi.fn(async () => app);
  const finished = runServe(serveArgs, capture.io, { openApp, signal: controller.signal, ...dependencies });
  let settled = false;
  void finished.finally(() => (settled = true));
  await expect.poll(() => settled || capture.out.text.includes('Caudal sirviendo en'), { timeout: 30_000 }).toBe(true);
  const launchUrl = /Caudal sirviendo en (\S+)/.exec(capture.out.text)?.[1];
  return { ...capture, app, openApp, finished, launchUrl, stop: () => (controller.abort(), finished) };
}

describe('runServe', () => {
  it('serves the app, prints the full address and how to stop, and shuts down cleanly', async () => {
    await writeBuiltInterface();
    const served = await startServe({});
    expect(served.openApp).toHaveBeenCalledWith({ dbPath: args.dbPath });
    expect(served.launchUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    expect(served.out.text).toContain('Ctrl+C');

    const exchange = await fetch(served.launchUrl!, { redirect: 'manual' });
    expect(exchange.status).toBe(303);
    const cookie = exchange.headers.get('set-cookie')!.split(';')[0]!;
    const origin = new URL(served.launchUrl!).origin;
    const page = await fetch(`${origin}/`, { headers: { cookie } });
    expect(await page.text()).toContain('<title>Caudal</title>');
    const result = await fetch(`${origin}/api/invoke/sources.files`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{}' });
    expect(await result.json()).toEqual({ ok: true, data: { files: [] } });

    expect(await served.stop()).toBe(0);
    expect(served.app.close).toHaveBeenCalledOnce();
    expect(served.out.text).toContain('Caudal detenido.');
    await expect(fetch(`${origin}/`)).rejects.toThrow();
  });

  it('stops on SIGINT and removes its signal listeners', async () => {
    await writeBuiltInterface();
    const sigintBefore = process.listenerCount('SIGINT');
    const sigtermBefore = process.listenerCount('SIGTERM');
    const served = await startServe({ signal: undefined });
    expect(process.listenerCount('SIGINT')).toBe(sigintBefore + 1);
    process.emit('SIGINT');
    expect(await served.finished).toBe(0);
    expect(served.app.close).toHaveBeenCalledOnce();
    expect(process.listenerCount('SIGINT')).toBe(sigintBefore);
    expect(process.listenerCount('SIGTERM')).toBe(sigtermBefore);
  });

  it('opens the browser when asked, and only warns when it cannot', async () => {
    await writeBuiltInterface();
    const openBrowser = vi.fn(async () => {
      throw new Error('xdg-open no está instalado');
    });
    const served = await startServe({ openBrowser }, { ...args, open: true });
    expect(openBrowser).toHaveBeenCalledWith(served.launchUrl);
    await expect.poll(() => served.err.text).toContain('No se pudo abrir el navegador (xdg-open no está instalado)');
    expect(await served.stop()).toBe(0);
  });

  it('builds the interface first when index.html is missing, and says so on stderr', async () => {
    await writeFile(path.join(projectDir, 'vite.config.ts'), 'export default {};\n');
    const buildRenderer = vi.fn(async ({ outDir }: { outDir: string }) => {
      await mkdir(outDir, { recursive: true });
      await writeFile(path.join(outDir, 'index.html'), '<!doctype html><title>Recién construida</title>');
    });
    const served = await startServe({ buildRenderer });
    expect(buildRenderer).toHaveBeenCalledWith({ configFile: path.join(projectDir, 'vite.config.ts'), outDir: staticDir });
    expect(served.err.text).toContain('La interfaz no está construida');
    expect(served.err.text).toContain('Interfaz construida.');
    expect(served.out.text).not.toContain('Vite');
    expect(await served.stop()).toBe(0);
  });

  it('fails with exit code 1 and a clear message when the build fails, before opening the database', async () => {
    await writeFile(path.join(projectDir, 'vite.config.ts'), 'export default {};\n');
    const served = await startServe({ buildRenderer: vi.fn(async () => Promise.reject(new Error('Could not resolve "./src-renderer/main.tsx"'))) });
    expect(await served.finished).toBe(1);
    expect(served.err.text).toContain('No se pudo construir la interfaz: Could not resolve');
    expect(served.openApp).not.toHaveBeenCalled();
  });

  it('fails with exit code 1 when there is neither a build nor a vite.config.ts', async () => {
    const buildRenderer = vi.fn();
    const served = await startServe({ buildRenderer });
    expect(await served.finished).toBe(1);
    expect(served.err.text).toContain('npm run build:renderer');
    expect(buildRenderer).not.toHaveBeenCalled();
  });

  it('reports a database that cannot be opened', async () => {
    await writeBuiltInterface();
    const served = await startServe({ openApp: vi.fn(async () => Promise.reject(new Error('SQLITE_CANTOPEN'))) });
    expect(await served.finished).toBe(1);
    expect(served.err.text).toContain(`No se pudo abrir la base de datos ${args.dbPath}: SQLITE_CANTOPEN`);
  });

  it('reports a busy port and closes the database it opened', async () => {
    await writeBuiltInterface();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const served = await startServe({}, { ...args, port });
      expect(await served.finished).toBe(1);
      expect(served.err.text).toContain(`El puerto ${port} ya está en uso`);
      expect(served.app.close).toHaveBeenCalledOnce();
    } finally {
      blocker.close();
    }
  });

  it('builds a real interface with Vite from the project’s vite.config.ts', async () => {
    await writeFile(path.join(projectDir, 'package.json'), '{ "type": "module" }\n');
    await writeFile(path.join(projectDir, 'vite.config.ts'), "import type { UserConfig } from 'vite';\nexport default { base: './' } satisfies UserConfig;\n");
    await writeFile(path.join(projectDir, 'index.html'), '<!doctype html><html lang="es"><head><title>Prueba</title></head><body><script type="module" src="./main.ts"></script></body></html>');
    await writeFile(path.join(projectDir, 'main.ts'), "document.title = 'Caudal';\n");
    const served = await startServe({});
    expect(served.err.text).toContain('Interfaz construida.');
    const built = await readFile(path.join(staticDir, 'index.html'), 'utf8');
    expect(built).toMatch(/<script type="module" crossorigin src="\.\/assets\/index-[\w-]+\.js">/);
    expect(existsSync(path.join(projectDir, 'dist'))).toBe(false);
    expect(await served.stop()).toBe(0);
  });
});
