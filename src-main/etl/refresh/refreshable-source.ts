import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-types';
import type { HttpClient, HttpValidators } from '../http/http-types';
import type { FileSource, RemoteFileRef } from '../sources/source-definition';

export type RefreshStep = 'discover' | 'download' | 'parse' | 'load';

/** What a source gets while it looks for new data. */
export interface RefreshContext {
  readonly http: HttpClient;
  /** The source's URLs: its defaults with settings and environment overrides applied. */
  readonly urls: Readonly<Record<string, string>>;
  readonly signal: AbortSignal;
  /** What was last fetched from this URL (validators for a conditional GET, sha256 to spot equal bytes). */
  previous(url: string): { validators: HttpValidators; sha256: string } | null;
  report(step: RefreshStep, done: number, total: number | null, message?: string): void;
}

export interface DownloadedFile {
  ref: RemoteFileRef;
  bytes: Uint8Array;
  validators: HttpValidators;
}

/**
 * A source that can fetch its own files from the publisher. The runner archives, transforms and loads
 * what `fetchNew` returns exactly as it does an imported file, so both paths share every check.
 */
export interface RefreshableSource extends FileSource {
  /** Official URLs by role (`index`, `metadata`, `data` …). Tests point them at a local server. */
  readonly defaultUrls: Readonly<Record<string, string>>;
  /** Home page of the publisher's dataset, shown in the sources panel. */
  readonly officialUrl: string;
  /** Finds what the publisher lists and downloads what is new or changed; [] means "sin cambios". */
  fetchNew(ctx: RefreshContext): Promise<DownloadedFile[]>;
  /**
   * Freshness for the sources panel: the latest period loaded, as analysts say it (`2025-10`, an
   * edition "2024"). Without it the panel shows the highest coverage among the files in use.
   */
  latestPeriod?(db: Kysely<Database>): Promise<string | null>;
}

/** The sources of a registry that can also fetch their own files. */
export function isRefreshable(source: FileSource): source is RefreshableSource {
  const candidate = source as Partial<RefreshableSource>;
  return typeof candidate.fetchNew === 'function' && typeof candidate.defaultUrls === 'object' && candidate.defaultUrls !== null;
}
