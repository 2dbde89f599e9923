import type BetterSqlite3 from 'better-sqlite3';
import type { KnownFailedFile } from '../../../src-shared/contract/refresh';
import { sha256Hex } from '../archive/archive-file';
import { EtlError } from '../etl-error';
import type { HttpValidators } from '../http/http-types';
import { keptDataFrom } from '../refresh/previous-files';
import type { SourceRefreshResult } from '../refresh/refresh-result';
import type { RefreshableSource } from '../refresh/refreshable-source';
import { findFailedDownload, forgetFailedDownload, rememberFailedDownload, type FailedDownload } from './failed-downloads';
import { offlineMessage } from './offline-message';
import type { Reachability } from './reachability';

/**
 * What the refresh runner gets around each source, for one run, without the sources knowing:
 * 1. a connectivity check first, so an unreachable publisher fails in seconds with "Sin conexión: se
 *    conservan los datos del …" instead of waiting out the HTTP timeouts;
 * 2. the memory of failed downloads: a URL that failed before is asked for with the failed copy's
 *    validators and sha256, so while the publisher serves the same bytes it is a known failure, not a
 *    download and a parse that fail again every day.
 */
export interface SourceGuard {
  wrap(source: RefreshableSource): RefreshableSource;
  /** Known failures the source met in this run (empty until its fetch ended). */
  knownFailures(sourceId: string): readonly KnownFailedFile[];
  /** After the source's result is recorded: remember what failed, forget what loaded, note the known failures. */
  settle(result: SourceRefreshResult, runId: number): readonly KnownFailedFile[];
}

interface Downloaded {
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly validators: HttpValidators;
}

export function createSourceGuard(sqlite: BetterSqlite3.Database, reachability: Reachability, now: () => Date): SourceGuard {
  const known = new Map<string, KnownFailedFile[]>();
  const downloads = new Map<string, Map<string, Downloaded>>();

  return {
    wrap(source) {
      return {
        ...source,
        async fetchNew(ctx) {
          ctx.report('discover', 0, null, 'Comprobando la conexión');
          const reach = await reachability.check(ctx.urls, ctx.signal);
          if (!reach.reachable) throw new EtlError('offline', offlineMessage(keptDataFrom(sqlite, source.id), reach.reason));

          const consulted = new Map<string, FailedDownload>();
          const downloaded = await source.fetchNew({
            ...ctx,
            previous(url) {
              const failed = findFailedDownload(sqlite, source.id, url, now());
              if (!failed) return ctx.previous(url);
              consulted.set(url, failed);
              return { validators: failed.validators, sha256: failed.sha256 };
            },
          });
          const returned = new Set(downloaded.map((d) => d.ref.url));
          known.set(
            source.id,
            [...consulted.values()].filter((f) => !returned.has(f.url)).map(({ fileName, url, message, firstFailedAt, lastFailedAt }) => ({ fileName, url, message, firstFailedAt, lastFailedAt })),
          );
          downloads.set(source.id, new Map(downloaded.map((d) => [d.ref.url, { sha256: sha256Hex(d.bytes), sizeBytes: d.bytes.length, validators: d.validators }])));
          return downloaded;
        },
      };
    },
    knownFailures: (sourceId) => known.get(sourceId) ?? [],
    settle(result, runId) {
      const fetched = downloads.get(result.sourceId) ?? new Map<string, Downloaded>();
      const at = now();
      for (const file of result.files) {
        if (file.status !== 'failed') {
          forgetFailedDownload(sqlite, result.sourceId, file.url);
          continue;
        }
        const bytes = fetched.get(file.url);
        if (bytes) rememberFailedDownload(sqlite, { sourceId: result.sourceId, url: file.url, fileName: file.fileName, ...bytes, message: file.message, runId }, at);
      }
      const knownFiles = known.get(result.sourceId) ?? [];
      if (knownFiles.length > 0) {
        sqlite
          .prepare("UPDATE etl_run_source SET summary_json = json_set(coalesce(summary_json, '{}'), '$.knownFailedFiles', json(?)) WHERE run_id = ? AND source_id = ?")
          .run(JSON.stringify(knownFiles), runId, result.sourceId);
      }
      return knownFiles;
    },
  };
}

/** The note added to a source's summary line when it met known failures. */
export function knownFailuresNote(files: readonly KnownFailedFile[]): string {
  const names = files.map((f) => f.fileName).join(', ');
  return files.length === 1 ? `1 archivo ya conocido que no se pudo cargar: ${names}` : `${files.length} archivos ya conocidos que no se pudieron cargar: ${names}`;
}
