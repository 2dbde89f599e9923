import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { openCaudalApp, type CaudalApp, type OpenCaudalAppOptions } from '../../app/caudal-app';
import { startHttpBridge, type HttpBridge } from '../../transports/http-bridge';
import { exitCodes, type CliIo, type ExitCode } from '../cli-io';

export interface ServeArgs {
  dbPath: string;
  /** 0 or absent: a free port. */
  port?: number;
  /** The built renderer, normally <project>/dist-renderer; built with <project>/vite.config.ts when missing. */
  staticDir: string;
  /** Open the address in the default browser once the server is up. */
  open?: boolean;
}

/** What serving needs from an open app: the database itself stays behind the dispatcher. */
export type ServedApp = Pick<CaudalApp, 'dispatcher' | 'events' | 'close'>;

export interface RendererBuild {
  configFile: string;
  outDir: string;
}

/** Seams for tests; the CLI passes none of them. */
export interface ServeDependencies {
  openApp(options: OpenCaudalAppOptions): Promise<ServedApp>;
  buildRenderer(build: RendererBuild): Promise<void>;
  openBrowser(url: string): Promise<void>;
  /** Aborting it stops the server exactly like Ctrl+C. */
  signal?: AbortSignal;
}

/**
 * `caudal serve`: the whole app in a regular browser, over the loopback HTTP bridge. Resolves with the
 * process exit code once the server has stopped (Ctrl+C, SIGTERM or `signal`), after closing the
 * bridge and then the database.
 */
export async function runServe(args: ServeArgs, io: CliIo, dependencies: Partial<ServeDependencies> = {}): Promise<ExitCode> {
  const { openApp = openCaudalApp, buildRenderer = buildRendererWithVite, openBrowser = openInDefaultBrowser, signal } = dependencies;
  const staticDir = path.resolve(args.staticDir);

  if (!existsSync(path.join(staticDir, 'index.html'))) {
    const built = await buildMissingRenderer(staticDir, buildRenderer, io);
    if (!built) return exitCodes.failed;
  }

  let app: ServedApp;
  try {
    app = await openApp({ dbPath: args.dbPath });
  } catch (error) {
    io.stderr.write(`No se pudo abrir la base de datos ${args.dbPath}: ${describe(error)}\n`);
    return exitCodes.failed;
  }

  let bridge: HttpBridge;
  try {
    bridge = await startHttpBridge({ dispatcher: app.dispatcher, events: app.events, staticDir, port: args.port ?? 0 });
  } catch (error) {
    io.stderr.write(`${describe(error)}\n`);
    await closeQuietly(app, io);
    return exitCodes.failed;
  }

  io.stdout.write(`Caudal sirviendo en ${bridge.launchUrl}\n`);
  io.stdout.write('Abra esa dirección completa en el navegador (incluye el token de esta sesión). Pulse Ctrl+C para detener el servidor.\n');
  if (args.open) {
    openBrowser(bridge.launchUrl).catch((error: unknown) => {
      io.stderr.write(`No se pudo abrir el navegador (${describe(error)}); abra la dirección a mano.\n`);
    });
  }

  await stopRequested(signal);
  io.stderr.write('Deteniendo Caudal…\n');
  let exitCode: ExitCode = exitCodes.ok;
  try {
    await bridge.close();
  } catch (error) {
    io.stderr.write(`El servidor HTTP no se cerró limpiamente: ${describe(error)}\n`);
    exitCode = exitCodes.failed;
  }
  if (!(await closeQuietly(app, io))) exitCode = exitCodes.failed;
  io.stdout.write('Caudal detenido.\n');
  return exitCode;
}

async function buildMissingRenderer(staticDir: string, buildRenderer: ServeDependencies['buildRenderer'], io: CliIo): Promise<boolean> {
  // The renderer's build output sits at the project root, next to vite.config.ts.
  const configFile = path.join(path.dirname(staticDir), 'vite.config.ts');
  if (!existsSync(configFile)) {
    io.stderr.write(`No se encontró la interfaz construida (${path.join(staticDir, 'index.html')}) ni ${configFile} para construirla. Ejecute «npm run build:renderer» en la carpeta del proyecto.\n`);
    return false;
  }
  io.stderr.write(`La interfaz no está construida en ${staticDir}; construyéndola con Vite (como «npm run build:renderer»)…\n`);
  try {
    await buildRenderer({ configFile, outDir: staticDir });
  } catch (error) {
    io.stderr.write(`No se pudo construir la interfaz: ${describe(error)}\n`);
    return false;
  }
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    io.stderr.write(`Vite terminó, pero no dejó index.html en ${staticDir}. Revise vite.config.ts.\n`);
    return false;
  }
  io.stderr.write('Interfaz construida.\n');
  return true;
}

/** Vite is a development dependency: loaded only when a build is needed. */
export async function buildRendererWithVite({ configFile, outDir }: RendererBuild): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile, root: path.dirname(configFile), logLevel: 'warn', build: { outDir } });
}

/**
 * Resolves on the first SIGINT, SIGTERM or abort. The listeners go away right then, so a second
 * Ctrl+C during a stuck shutdown gets Node's default behaviour and ends the process.
 */
function stopRequested(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      signal?.removeEventListener('abort', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop, { once: true });
  });
}

async function closeQuietly(app: ServedApp, io: CliIo): Promise<boolean> {
  try {
    await app.close();
    return true;
  } catch (error) {
    io.stderr.write(`La base de datos no se cerró limpiamente: ${describe(error)}\n`);
    return false;
  }
}

/** The platform's own opener; `rundll32` avoids cmd.exe re-parsing the URL on Windows. */
export function openInDefaultBrowser(url: string): Promise<void> {
  const [command, commandArgs] =
    process.platform === 'win32'
      ? ['rundll32', ['url.dll,FileProtocolHandler', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { stdio: 'ignore', detached: true });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
