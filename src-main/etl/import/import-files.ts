import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { MAX_UPLOAD_BYTES } from '../../../src-shared/contract/import-files';
import type { SheetReconciliation, SourceId } from '../../../src-shared/contract/sources';
import type { OpenDatabase } from '../../db/open-database';
import { processFile } from '../load/process-file';
import { finishRun, startRun, type RunTrigger } from '../runs';
import { fileSources } from '../sources/registry';
import type { FileSource } from '../sources/source-definition';
import { expandImportPaths } from './expand-paths';
import { describeError } from './describe-error';

/** The largest file an import reads: the same bound as a file sent from the window (uploads). */
export const MAX_IMPORT_BYTES = MAX_UPLOAD_BYTES;

export type FileImportOutcome =
  | {
      status: 'loaded';
      path: string;
      sourceId: SourceId;
      sourceTitle: string;
      coverage: string;
      rowsLoaded: number;
      rowsRejected: number;
      reconciliations: SheetReconciliation[];
      supersededFileIds: number[];
      warnings: string[];
    }
  | { status: 'unchanged'; path: string; sourceId: SourceId; coverage: string | null; note: string }
  | { status: 'unknown'; path: string; reason: string }
  | { status: 'failed'; path: string; message: string };

export interface ImportSummary {
  runId: number;
  files: FileImportOutcome[];
  /** False when any file failed or was not recognised. */
  ok: boolean;
}

export interface ImportOptions {
  /** Content-addressed copies of every imported file. */
  archiveDir: string;
  trigger: RunTrigger;
  /** Sources to recognise files with; all of them unless a test narrows it. */
  sources?: readonly FileSource[];
  onFile?: (outcome: FileImportOutcome, index: number, total: number) => void;
  now?: () => Date;
}

/**
 * Imports files or folders: each file is recognised by content, archived, parsed and loaded in its own
 * transaction. One bad file is reported and never touches what is already loaded, nor the other files.
 */
export function importFiles(database: OpenDatabase, paths: readonly string[], options: ImportOptions): ImportSummary {
  const now = options.now ?? (() => new Date());
  const { sqlite } = database;
  const runId = startRun(sqlite, options.trigger, now());
  const { files, missing } = expandImportPaths(paths);
  const outcomes: FileImportOutcome[] = missing.map((m) => ({ status: 'failed', path: m.path, message: m.reason }));
  files.forEach((path, index) => {
    const outcome = importOneFile(database, path, runId, options, now);
    outcomes.push(outcome);
    options.onFile?.(outcome, index, files.length);
  });
  if (files.length === 0 && missing.length === 0) {
    outcomes.push({ status: 'failed', path: paths.join(', '), message: 'No se encontraron archivos para importar' });
  }
  const ok = outcomes.every((o) => o.status === 'loaded' || o.status === 'unchanged');
  const anyLoaded = outcomes.some((o) => o.status === 'loaded' || o.status === 'unchanged');
  const failures = outcomes.filter((o) => o.status === 'failed' || o.status === 'unknown');
  finishRun(
    sqlite,
    runId,
    ok ? 'ok' : anyLoaded ? 'partial' : 'failed',
    { files: outcomes.map(summarizeOutcome) },
    failures.length ? failures.map((f) => `${basename(f.path)}: ${f.status === 'failed' ? f.message : f.reason}`).join('\n') : null,
    now(),
  );
  return { runId, files: outcomes, ok };
}

function importOneFile(database: OpenDatabase, path: string, runId: number, options: ImportOptions, now: () => Date): FileImportOutcome {
  try {
    // Checked before reading: the file is read into memory whole, and a publisher's file is a few MB.
    const size = statSync(path).size;
    if (size > MAX_IMPORT_BYTES) {
      return { status: 'failed', path, message: `El archivo ocupa ${Math.ceil(size / 1_048_576)} MB; Caudal importa archivos de hasta ${MAX_IMPORT_BYTES / 1_048_576} MB. No se abre.` };
    }
    const bytes = readFileSync(path);
    const file = { fileName: basename(path), bytes, origin: null };
    const processed = processFile(database.sqlite, file, options.sources ?? fileSources, { runId, archiveDir: options.archiveDir, now: now() });
    switch (processed.status) {
      case 'unchanged': {
        const { known } = processed;
        const note = known.status === 'active' ? 'sin cambios: ya estaba importado' : 'sin cambios: ya importado y luego reemplazado por un archivo más reciente';
        return { status: 'unchanged', path, sourceId: known.sourceId, coverage: known.coverage, note };
      }
      case 'unknown':
        return { status: 'unknown', path, reason: processed.reason };
      case 'loaded': {
        const { source, parsed, loaded } = processed;
        return {
          status: 'loaded',
          path,
          sourceId: source.id,
          sourceTitle: source.title,
          coverage: loaded.coverage,
          rowsLoaded: loaded.rowsLoaded,
          rowsRejected: loaded.rowsRejected,
          reconciliations: [...parsed.reconciliations],
          supersededFileIds: loaded.supersededFileIds,
          warnings: [...parsed.warnings, ...(loaded.warnings ?? [])],
        };
      }
    }
  } catch (error) {
    return { status: 'failed', path, message: describeError(error) };
  }
}

function summarizeOutcome(o: FileImportOutcome): Record<string, unknown> {
  switch (o.status) {
    case 'loaded':
      return { file: basename(o.path), status: o.status, coverage: o.coverage, rowsLoaded: o.rowsLoaded, rowsRejected: o.rowsRejected };
    case 'unchanged':
      return { file: basename(o.path), status: o.status, coverage: o.coverage };
    case 'unknown':
      return { file: basename(o.path), status: o.status, reason: o.reason };
    case 'failed':
      return { file: basename(o.path), status: o.status, message: o.message };
  }
}
