import type { RefreshProgress } from '../../etl/refresh/source-progress';
import type { CaudalApp } from '../../app/caudal-app';
import type { HttpClient } from '../../etl/http/http-types';
import { createHttpClient } from '../../etl/http/undici-http-client';
import { isRefreshable, type RefreshableSource } from '../../etl/refresh/refreshable-source';
import { createRefreshService, type RefreshService } from '../../etl/service/refresh-service';
import type { Environment } from '../../etl/settings/source-urls';
import { fileSources } from '../../etl/sources/registry';
import { createHttpProbe, type ConnectivityProbe } from '../../etl/worker/connectivity';
import { createInThreadHost } from '../../etl/worker/in-thread-host';
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
  /** The quick reachability check before each source; a real one by default. */
  probe?: ConnectivityProbe;
  /** Cancels the refresh (the CLI wires Ctrl+C to it). */
  signal?: AbortSignal;
  now?: () => Date;
}

/**
 * `caudal refresh [--source id]…`: fetches what the publishers published since the last run, through the
 * same RefreshService and job runner as the app's button and timer (here in this thread). Progress goes
 * to stdout (a bar on a terminal, plain lines otherwise), then one line per source and a summary.
 * Exit 1 when any source failed.
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

  const ownProbe = deps.probe ? null : createHttpProbe();
  const service = cliRefreshService(app, args, deps, deps.probe ?? ownProbe!.probe);
  const columns = 'columns' in io.stdout && typeof io.stdout.columns === 'number' ? io.stdout.columns : undefined;
  const printer = args.json ? null : createRefreshPrinter(io.stdout, new Map(sources.map((s) => [s.id, s.title])), columns ? columns - 1 : undefined);
  const unsubscribe = app.events.subscribe((name, payload) => {
    if (name === 'etl.progress') printer?.progress(payload as RefreshProgress);
  });
  let cancelRun = () => {};
  const onAbort = () => cancelRun();
  deps.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (printer) io.stdout.write(`Actualizando ${sources.length === 1 ? sources[0]!.title : `${sources.length} fuentes`}…\n`);
    const run = await service.start({ sourceIds: sources.map((s) => s.id), trigger: 'cli-refresh', onSourceDone: (result) => printer?.sourceDone(result) });
    cancelRun = () => service.cancel(run.runId);
    if (deps.signal?.aborted) cancelRun();
    const outcome = await run.done;
    if (!outcome.summary) {
      io.stderr.write(`${outcome.finished.notice.body}\n`);
      return exitCodes.failed;
    }
    if (printer) printer.summary(outcome.summary);
    else io.stdout.write(`${JSON.stringify(outcome.summary, null, 2)}\n`);
    return outcome.summary.ok ? exitCodes.ok : exitCodes.failed;
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return exitCodes.failed;
  } finally {
    deps.signal?.removeEventListener('abort', onAbort);
    unsubscribe();
    await service.close();
    await ownProbe?.close();
  }
}

/** The app's service, but over this command's sources and HTTP client (tests pass local ones). */
function cliRefreshService(app: CaudalApp, args: RefreshArgs, deps: RefreshDependencies, probe: ConnectivityProbe): RefreshService {
  const now = deps.now ?? (() => new Date());
  const host = createInThreadHost(() => ({
    database: app.database,
    archiveDir: args.archiveDir,
    refreshableSources: deps.sources,
    importSources: deps.sources,
    http: deps.http,
    probe,
    now,
  }));
  return createRefreshService({
    db: app.database.db,
    sqlite: app.database.sqlite,
    events: app.events,
    host,
    sources: deps.sources,
    titles: new Map(deps.sources.map((s) => [s.id, s.title])),
    env: deps.env,
    now,
  });
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
