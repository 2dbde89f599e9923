#!/usr/bin/env node
// Caudal's command line: `npm run caudal -- <command>`. Runs on plain Node (no Electron) with tsx.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sourceIds } from '../../src-shared/contract/sources';
import { openCaudalApp } from '../app/caudal-app';
import { archiveDirFor } from '../etl/archive/archive-dir';
import { tsxWorkerScript } from '../etl/worker/tsx-worker-script';
import type { SpawnExportProcess } from '../exports/process/export-child';
import { nodeExportProcess } from '../exports/process/node-export-process';
import { tsxExportProcessScript } from '../exports/process/tsx-export-process-script';
import { defaultDatabasePath } from '../platform/user-data-dir';
import { exitCodes, type CliIo, type ExitCode } from './cli-io';
import { runExportCli } from './commands/export';
import { runImport } from './commands/import';
import { runQuery } from './commands/query';
import { runRefreshCli } from './commands/refresh';
import { runServe } from './commands/serve';

const usage = `Uso: npm run caudal -- <comando> [opciones]

Comandos:
  import <archivo o carpeta>…   Importa archivos descargados de las fuentes (se reconocen por su contenido)
  refresh [--source ID]…        Descarga de los sitios oficiales lo nuevo y lo carga (todas las fuentes o las indicadas)
  export --dataset D --format F --out ARCHIVO
                                Guarda un conjunto de datos en Excel (xlsx) o CSV, como la aplicación
  query <comando> [json]        Ejecuta un comando del contrato y muestra su respuesta JSON
  query --list                  Lista los comandos disponibles
  serve [--port N]              Sirve la interfaz y los comandos en http://127.0.0.1 (con token)

Opciones:
  --db RUTA     Base de datos (también CAUDAL_DB). Por omisión, la misma de la aplicación de escritorio
  --json        (import, refresh) Resumen en JSON
  --source ID   (refresh) Solo esa fuente; se puede repetir (${sourceIds.join(', ')})
  --port N      (serve) Puerto; por omisión uno libre al azar
  --dataset D   (export) production, royalties, declaration o demand
  --format F    (export) xlsx o csv
  --out RUTA    (export) Archivo a escribir (su carpeta debe existir)
  --filters J   (export) Filtros en JSON, p. ej. '{"from":"2024-01","to":"2024-12","departments":["85"]}'
  --unit U      (export) Unidad: MPC, KPC, m3, MPCD, KPCD, m3/d o GBTUD según el conjunto
  --search T    (export) Solo las filas que contienen estas palabras
  --summary J   (export) Resumen: {"command":"production.breakdown","input":{...}}; null para omitirlo
  --separator S (export csv) ; (por omisión) o ,
  --decimal D   (export csv) , (por omisión) o .
  -h, --help    Esta ayuda
`;

export async function main(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<ExitCode> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        list: { type: 'boolean', default: false },
        source: { type: 'string', multiple: true },
        dataset: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        filters: { type: 'string' },
        unit: { type: 'string' },
        search: { type: 'string' },
        summary: { type: 'string' },
        separator: { type: 'string' },
        decimal: { type: 'string' },
      },
    });
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return exitCodes.usage;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? io.stdout : io.stderr).write(usage);
    return values.help ? exitCodes.ok : exitCodes.usage;
  }
  const dbPath = resolve(values.db ?? env.CAUDAL_DB ?? defaultDatabasePath());

  switch (command) {
    case 'import':
      return withApp(dbPath, io, (app) => runImport(app, { paths: rest, json: values.json }, io));
    case 'refresh':
      return withApp(dbPath, io, (app) => runRefreshCli(app, { sourceIds: values.source ?? [], archiveDir: archiveDirFor(dbPath), json: values.json }, io, env));
    case 'export':
      return withApp(dbPath, io, (app) => runExportCli(app, values, io));
    case 'query':
      return withApp(dbPath, io, (app) => runQuery(app.dispatcher, values.list ? '--list' : rest[0], rest[1], io));
    case 'serve': {
      const port = values.port === undefined ? undefined : Number(values.port);
      if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) {
        io.stderr.write(`Puerto inválido: ${values.port}\n`);
        return exitCodes.usage;
      }
      // Refreshes and imports run in a worker thread, so the page keeps answering while one runs.
      const code = await runServe({ dbPath, port, staticDir: resolve(projectRoot(), 'dist-renderer') }, io, {
        openApp: (options) => openCaudalApp({ ...options, etlWorker: tsxWorkerScript(), exportProcess: exportProcessFromSource() }),
      });
      return code === 0 ? exitCodes.ok : exitCodes.failed;
    }
    default:
      io.stderr.write(`Comando desconocido: ${command}\n\n${usage}`);
      return exitCodes.usage;
  }
}

async function withApp(dbPath: string, io: CliIo, run: (app: Awaited<ReturnType<typeof openCaudalApp>>) => ExitCode | Promise<ExitCode>): Promise<ExitCode> {
  let app;
  try {
    app = await openCaudalApp({ dbPath, exportProcess: exportProcessFromSource() });
  } catch (error) {
    io.stderr.write(`No se pudo abrir la base de datos ${dbPath}: ${error instanceof Error ? error.message : String(error)}\n`);
    return exitCodes.failed;
  }
  try {
    return await run(app);
  } finally {
    await app.close();
  }
}

/** Exports run in a process of their own, as in the desktop app; from source, its TypeScript entry under tsx. */
function exportProcessFromSource(): SpawnExportProcess {
  return nodeExportProcess(tsxExportProcessScript());
}

function projectRoot(): string {
  return resolve(import.meta.dirname, '..', '..');
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (invokedDirectly) {
  // `caudal query … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(exitCodes.ok);
    throw error;
  });
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = exitCodes.failed;
    },
  );
}
