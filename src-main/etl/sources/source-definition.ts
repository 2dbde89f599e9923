import type BetterSqlite3 from 'better-sqlite3';
import type { SheetReconciliation, SourceId } from '../../../src-shared/contract/sources';
import type { ArchivedFile } from '../archive/archived-file';
import type { RejectToStore } from '../load/lineage';
import type { FileProbe } from './file-probe';

/** What every source's transform returns besides its own rows. */
export interface ParsedFile {
  /** What the file covers, as analysts say it: "2024", "Resolución 00739 de 2025", "Edición 2024". */
  readonly coverage: string;
  readonly rejects: readonly RejectToStore[];
  readonly reconciliations: readonly SheetReconciliation[];
  readonly warnings: readonly string[];
}

export interface LoadResult {
  fileId: number;
  coverage: string;
  rowsLoaded: number;
  rowsRejected: number;
  /** Files this one replaced (kept as history; their facts removed in the same transaction). */
  supersededFileIds: number[];
  /** Spanish notes found while loading (e.g. a municipality written two ways), shown with the parse's. */
  warnings?: readonly string[];
}

/**
 * A source whose data arrives as files (downloaded or imported by hand). The import path and the
 * refresh runner only ever talk to sources through this shape.
 */
export interface FileSource<P extends ParsedFile = ParsedFile> {
  readonly id: SourceId;
  readonly publisher: string;
  /** Spanish name for summaries: "ANH producción fiscalizada de gas". */
  readonly title: string;
  /** Content detection for `caudal import`: sheet names, headers, JSON keys — never the file name. */
  recognise(file: FileProbe): boolean;
  /** Pure: content → rows, rejects and checks. Throws EtlError (Spanish) for a file it cannot use. */
  transform(file: FileProbe): P;
  /** One transaction; replaces only this source's own data. */
  load(sqlite: BetterSqlite3.Database, file: ArchivedFile, parsed: P, runId: number, now: Date): LoadResult;
}

/**
 * Registers a source: its parsed type only flows from its own transform into its own load, so the
 * registry can hold sources of different parsed types behind one interface.
 */
export function defineFileSource<P extends ParsedFile>(source: FileSource<P>): FileSource {
  return source as unknown as FileSource;
}

/** A file a publisher lists, as found by a source's `discover`. */
export interface RemoteFileRef {
  url: string;
  /** The name to archive it under (decoded, without query string). */
  fileName: string;
  /** What it covers, when the listing says it (a year, a resolution, an edition). */
  coverage: string | null;
  /** The text of the link or listing entry, kept for lineage ("Soporte magnético Resolución 00739"). */
  title: string | null;
}
