import type BetterSqlite3 from 'better-sqlite3';
import type { SourceId } from '../../../src-shared/contract/sources';
import { archiveFile, sha256Hex } from '../archive/archive-file';
import type { ArchivedFile } from '../archive/archived-file';
import { detectSource } from '../import/detect-source';
import { probeFile } from '../sources/file-probe';
import type { FileSource, LoadResult, ParsedFile } from '../sources/source-definition';

/**
 * The one path every file takes into the database, whether an analyst imported it or a refresh
 * downloaded it: same bytes already archived → unchanged; else recognise (import) or take the known
 * source (refresh), parse, archive by sha256, and load in the source's own transaction.
 */

/** A file to load: from disk (`origin` null) or downloaded from a publisher. */
export interface IncomingFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly origin: FileOrigin | null;
}

export interface FileOrigin {
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
}

/** A file already in the archive with the same bytes. */
export interface KnownFile {
  readonly id: number;
  readonly sourceId: SourceId;
  readonly coverage: string | null;
  readonly status: 'active' | 'superseded';
}

export type PreparedFile =
  | { readonly kind: 'unchanged'; readonly sha256: string; readonly known: KnownFile }
  | { readonly kind: 'unknown'; readonly sha256: string; readonly reason: string }
  | { readonly kind: 'ready'; readonly sha256: string; readonly source: FileSource; readonly parsed: ParsedFile; readonly file: IncomingFile };

export type ReadyFile = Extract<PreparedFile, { kind: 'ready' }>;

export function findKnownFile(sqlite: BetterSqlite3.Database, sha256: string): KnownFile | null {
  const row = sqlite.prepare('SELECT id, source_id, coverage, status FROM source_file WHERE sha256 = ?').get(sha256) as
    | { id: number; source_id: SourceId; coverage: string | null; status: KnownFile['status'] }
    | undefined;
  return row ? { id: row.id, sourceId: row.source_id, coverage: row.coverage, status: row.status } : null;
}

/**
 * Everything before writing: the sha256 check, then recognition by content among `sources` (import) or
 * the one source given (refresh: the publisher said what the file is), then the source's pure transform.
 * Throws what the reader or the source throws (EtlError with a Spanish message) for an unusable file.
 */
export function prepareFile(sqlite: BetterSqlite3.Database, file: IncomingFile, sources: FileSource | readonly FileSource[]): PreparedFile {
  const sha256 = sha256Hex(file.bytes);
  const known = findKnownFile(sqlite, sha256);
  if (known) return { kind: 'unchanged', sha256, known };
  const probe = probeFile(file.fileName, file.bytes);
  let source: FileSource;
  if (isSourceList(sources)) {
    const detected = detectSource(probe, sources);
    if (detected.kind === 'unknown') return { kind: 'unknown', sha256, reason: detected.reason };
    source = detected.source;
  } else {
    source = sources;
  }
  return { kind: 'ready', sha256, source, parsed: source.transform(probe), file };
}

/** Content-addressed copy of the bytes, and what lineage records about them. Idempotent. */
export function archiveReadyFile(archiveDir: string, ready: ReadyFile): ArchivedFile {
  const { file, sha256 } = ready;
  return {
    sha256,
    fileName: file.fileName,
    sizeBytes: file.bytes.length,
    archivePath: archiveFile(archiveDir, file.bytes, sha256, file.fileName),
    url: file.origin?.url ?? null,
    etag: file.origin?.etag ?? null,
    lastModified: file.origin?.lastModified ?? null,
  };
}

export interface LoadFileOptions {
  readonly runId: number;
  readonly archiveDir: string;
  readonly now: Date;
}

/** Archives and loads a parsed file; the source's load is one transaction (or a savepoint inside the caller's). */
export function loadReadyFile(sqlite: BetterSqlite3.Database, ready: ReadyFile, options: LoadFileOptions): LoadResult {
  const archived = archiveReadyFile(options.archiveDir, ready);
  return ready.source.load(sqlite, archived, ready.parsed, options.runId, options.now);
}

export type ProcessedFile =
  | { readonly status: 'loaded'; readonly source: FileSource; readonly parsed: ParsedFile; readonly loaded: LoadResult }
  | { readonly status: 'unchanged'; readonly known: KnownFile }
  | { readonly status: 'unknown'; readonly reason: string };

/** prepare + load, for one file on its own (import). Throws like `prepareFile` and the source's load. */
export function processFile(sqlite: BetterSqlite3.Database, file: IncomingFile, sources: FileSource | readonly FileSource[], options: LoadFileOptions): ProcessedFile {
  const prepared = prepareFile(sqlite, file, sources);
  switch (prepared.kind) {
    case 'unchanged':
      return { status: 'unchanged', known: prepared.known };
    case 'unknown':
      return { status: 'unknown', reason: prepared.reason };
    case 'ready':
      return { status: 'loaded', source: prepared.source, parsed: prepared.parsed, loaded: loadReadyFile(sqlite, prepared, options) };
  }
}

function isSourceList(sources: FileSource | readonly FileSource[]): sources is readonly FileSource[] {
  return Array.isArray(sources);
}
