import type BetterSqlite3 from 'better-sqlite3';
import type { HttpClient } from '../http/http-types';
import { loadReadyFile, prepareFile, type IncomingFile, type ReadyFile } from '../load/process-file';
import { resolveSourceUrls, type Environment, type SourceUrlSettings } from '../settings/source-urls';
import { describeRefreshError } from './describe-refresh-error';
import { instrumentHttp, type InstrumentedHttp } from './instrumented-http';
import { keptDataFrom, previousFetch, rememberOrigin } from './previous-files';
import type { RefreshedFile, SourceRefreshResult, SourceRefreshStatus } from './refresh-result';
import type { DownloadedFile, RefreshableSource, RefreshContext } from './refreshable-source';
import type { SourceProgress } from './source-progress';

export interface RefreshSourceDeps {
  readonly sqlite: BetterSqlite3.Database;
  readonly runId: number;
  readonly http: HttpClient;
  readonly env: Environment;
  readonly settings: SourceUrlSettings;
  readonly archiveDir: string;
  /** Fires for a cancel of the whole run or of this source alone. */
  readonly signal: AbortSignal;
  readonly progress: SourceProgress;
  /** When the runner recorded the source as started (the same instant in the run record). */
  readonly startedAt: Date;
  readonly now: () => Date;
}

/**
 * One source's refresh, in isolation: find and download what is new (async, cancellable), parse each
 * file (pure, cancellable between files), then load every parsed file in ONE transaction — queries see
 * the source's old data until it commits, and a cancel or failure before that leaves it untouched. A
 * file that fails to parse is reported and the others still load ('partial'). Never throws.
 */
export async function refreshSource(source: RefreshableSource, deps: RefreshSourceDeps): Promise<SourceRefreshResult> {
  const { sqlite, signal, progress } = deps;
  const startedAt = deps.startedAt.toISOString();
  const files: RefreshedFile[] = [];
  let instrumented: InstrumentedHttp | null = null;
  const finish = (status: SourceRefreshStatus, error: SourceRefreshResult['error']): SourceRefreshResult => {
    const loaded = files.flatMap((f) => (f.status === 'loaded' ? [f] : []));
    return {
      sourceId: source.id,
      title: source.title,
      status,
      startedAt,
      finishedAt: deps.now().toISOString(),
      files,
      bytesDownloaded: instrumented?.bytesReceived() ?? 0,
      rowsLoaded: loaded.reduce((sum, f) => sum + f.rowsLoaded, 0),
      rowsRejected: loaded.reduce((sum, f) => sum + f.rowsRejected, 0),
      error,
      keptDataFrom: keptDataFrom(sqlite, source.id),
    };
  };

  try {
    signal.throwIfAborted();
    const { urls } = resolveSourceUrls(source, deps.env, deps.settings);
    instrumented = instrumentHttp(deps.http, signal, progress);
    const ctx: RefreshContext = {
      http: instrumented.http,
      urls,
      signal,
      previous: (url) => previousFetch(sqlite, source.id, url),
      report: (step, done, total, message) => progress.step(step, done, total, message ?? null),
    };
    const downloaded = await source.fetchNew(ctx);
    const ready = await parseDownloads(source, downloaded, deps, files);
    signal.throwIfAborted();
    if (ready.length > 0) loadTogether(ready, deps, files);
    rememberSkippedDownloads(sqlite, source.id, instrumented, downloaded);
  } catch (error) {
    const cancelled = signal.aborted;
    const described = describeRefreshError(error, cancelled);
    return finish(cancelled ? 'cancelled' : 'failed', described);
  }

  const failed = files.flatMap((f) => (f.status === 'failed' ? [f] : []));
  const loadedCount = files.filter((f) => f.status === 'loaded').length;
  if (failed.length === 0) return finish(loadedCount > 0 ? 'updated' : 'unchanged', null);
  const message = failed.map((f) => `${f.fileName}: ${f.message}`).join('\n');
  return finish(loadedCount > 0 ? 'partial' : 'failed', { code: 'file-failed', message });
}

/** Parses the downloads one by one, letting a cancel in between; unusable files become `failed` entries. */
async function parseDownloads(source: RefreshableSource, downloaded: readonly DownloadedFile[], deps: RefreshSourceDeps, files: RefreshedFile[]): Promise<ReadyFile[]> {
  const ready: ReadyFile[] = [];
  const seen = new Set<string>();
  for (const [index, download] of downloaded.entries()) {
    deps.signal.throwIfAborted();
    // Parsing is synchronous and can take seconds: let a pending cancel arrive first.
    await new Promise<void>((resolve) => setImmediate(resolve));
    deps.signal.throwIfAborted();
    const { ref } = download;
    deps.progress.step('parse', index, downloaded.length, null, ref.fileName);
    const incoming: IncomingFile = {
      fileName: ref.fileName,
      bytes: download.bytes,
      origin: { url: ref.url, etag: download.validators.etag, lastModified: download.validators.lastModified },
    };
    try {
      const prepared = prepareFile(deps.sqlite, incoming, source);
      if (prepared.kind === 'ready' && seen.has(prepared.sha256)) {
        files.push({ status: 'unchanged', fileName: ref.fileName, url: ref.url, coverage: ref.coverage });
      } else if (prepared.kind === 'ready') {
        seen.add(prepared.sha256);
        ready.push(prepared);
      } else {
        // 'unknown' cannot happen with a single given source; 'unchanged' means the bytes are archived.
        if (incoming.origin && prepared.kind === 'unchanged') rememberOrigin(deps.sqlite, source.id, prepared.sha256, incoming.origin);
        files.push({ status: 'unchanged', fileName: ref.fileName, url: ref.url, coverage: prepared.kind === 'unchanged' ? prepared.known.coverage : ref.coverage });
      }
    } catch (error) {
      files.push({ status: 'failed', fileName: ref.fileName, url: ref.url, message: describeRefreshError(error, false).message });
    }
  }
  if (downloaded.length > 0) deps.progress.step('parse', downloaded.length, downloaded.length);
  return ready;
}

/** All of the source's new files in one transaction (each source's own load becomes a savepoint in it). */
function loadTogether(ready: readonly ReadyFile[], deps: RefreshSourceDeps, files: RefreshedFile[]): void {
  deps.progress.step('load', 0, ready.length, 'Guardando');
  const now = deps.now();
  const results = deps.sqlite.transaction(() => ready.map((file) => loadReadyFile(deps.sqlite, file, { runId: deps.runId, archiveDir: deps.archiveDir, now }))).immediate();
  ready.forEach((file, index) => {
    const loaded = results[index]!;
    files.push({
      status: 'loaded',
      fileName: file.file.fileName,
      url: file.file.origin?.url ?? '',
      coverage: loaded.coverage,
      rowsLoaded: loaded.rowsLoaded,
      rowsRejected: loaded.rowsRejected,
      supersededFileIds: loaded.supersededFileIds,
      warnings: [...file.parsed.warnings, ...(loaded.warnings ?? [])],
    });
  });
  deps.progress.step('load', ready.length, ready.length, 'Guardado');
}

/**
 * Files the source fetched but did not return (same bytes as last time, sent again with new validators):
 * their records take the new validators so the next refresh gets a 304 instead.
 */
function rememberSkippedDownloads(sqlite: BetterSqlite3.Database, sourceId: string, instrumented: InstrumentedHttp, returned: readonly DownloadedFile[]): void {
  const returnedUrls = new Set(returned.map((d) => d.ref.url));
  for (const record of instrumented.fetched) {
    if (returnedUrls.has(record.url)) continue;
    rememberOrigin(sqlite, sourceId, record.sha256, { url: record.url, etag: record.validators.etag, lastModified: record.validators.lastModified });
  }
}
