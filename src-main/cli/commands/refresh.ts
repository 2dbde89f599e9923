import type { CaudalApp } from '../../app/caudal-app';
import type { HttpClient } from '../../etl/http/http-types';
import { createHttpClient } from '../../etl/http/undici-http-client';
import { runRefresh } from '../../etl/refresh/run-refresh';
import { isRefreshable, type RefreshableSource } from '../../etl/refresh/refreshable-source';
import { fileSources } from '../../etl/sources/registry';
import type { Environment, SourceUrlSettings } from '../../etl/settings/source-urls';
import { exitCodes, type CliIo, type ExitCode } from '../cli-io';
import { createRefreshPrinter } from './refresh-output';

export interface RefreshArgs {
  /** `--source <id>`, repeatable; empty means every source. */
  sourceIds: readonly string[];
  archiveDir: string;
  json: boolean;
}

export interface RefreshDependencies {
  /** The refreshable sources, in the order they run. */
  sources: readonly RefreshableSource[];
  http: HttpClient;
  env: Environment;
  settings?: SourceUrlSettings;
  /** Cancels the refresh (the CLI wires Ctrl+C to it). */
  signal?: AbortSignal;
  now?: () => Date;
}

/**
 * `caudal refresh [--source id]…`: fetches what the publishers published since the last run, with the
 * same runner as the app's button and timer. Progress goes to stdout (a bar on a terminal, plain lines
 * otherwise), then one line per source and a summary. Exit 1 when any source failed.
 */
export async function runRefreshCommand(app: CaudalApp, args: RefreshArgs, io: CliIo, deps: RefreshDependencies): Promise<ExitCode> {
  const known = new Set(deps.sources.map((s) => s.id));
  const unknown = args.sourceIds.filter((id) => !known.has(id as RefreshableSource['id']));
  if (unknown.length > 0) {
    io.stderr.write(`Fuente desconocida: ${unknown.join(', ')}. Fuentes disponibles: ${[...known].join(', ') || '(ninguna)'}\n`);
    return exitCodes.usage;
  }
  const wanted = new Set(args.sourceIds);
  const sources = wanted.size === 0 ? deps.sources : deps.sources.filter((s) => wanted.has(s.id));
  if (sources.length === 0) {
    io.stderr.write('No hay fuentes que se puedan actualizar desde internet.\n');
    return exitCodes.failed;
  }

  const columns = 'columns' in io.stdout && typeof io.stdout.columns === 'number' ? io.stdout.columns : undefined;
  const printer = args.json ? null : createRefreshPrinter(io.stdout, new Map(sources.map((s) => [s.id, s.title])), columns ? columns - 1 : undefined);
  if (printer) io.stdout.write(`Actualizando ${sources.length === 1 ? sources[0]!.title : `${sources.length} fuentes`}…\n`);
  const summary = await runRefresh(app.database, sources, {
    http: deps.http,
    archiveDir: args.archiveDir,
    trigger: 'cli-refresh',
    env: deps.env,
    settings: deps.settings,
    signal: deps.signal,
    now: deps.now,
    onProgress: (progress) => {
      app.events.emit('etl.progress', progress);
      printer?.progress(progress);
    },
    onSourceDone: (result) => printer?.sourceDone(result),
  });
  if (printer) printer.summary(summary);
  else io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  return summary.ok ? exitCodes.ok : exitCodes.failed;
}

/**
 * What `main` calls: every refreshable source of the registry, a real HTTP client, the process
 * environment for URL overrides, and Ctrl+C as cancel (the current source keeps its previous data).
 */
export async function runRefreshCli(app: CaudalApp, args: RefreshArgs, io: CliIo, env: Environment): Promise<ExitCode> {
  const http = createHttpClient();
  const controller = new AbortController();
  const cancel = () => {
    io.stderr.write('\nCancelando la actualización…\n');
    controller.abort();
  };
  process.once('SIGINT', cancel);
  try {
    return await runRefreshCommand(app, args, io, { sources: fileSources.filter(isRefreshable), http, env, signal: controller.signal });
  } finally {
    process.off('SIGINT', cancel);
    await http.close();
  }
}
