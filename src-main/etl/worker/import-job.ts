import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { sha256Hex } from '../archive/archive-file';
import { expandImportPaths } from '../import/expand-paths';
import { importFiles, type FileImportOutcome } from '../import/import-files';
import { findKnownFile } from '../load/process-file';
import type { EtlJobContext } from './etl-job-context';
import type { EtlJobEvent, ImportedFileOutcome, ImportJobRequest, ImportJobSummary, UploadedFile } from './etl-job';

/**
 * `caudal import` and the app's import (menu, button, drag and drop) on the writing connection: the same
 * content detection, archive and per-file transaction. Files sent by content are written to a private
 * temporary folder first (and removed after); their outcomes carry the name the analyst dropped.
 */
export function runImportJob(ctx: EtlJobContext, request: ImportJobRequest, emit: (event: EtlJobEvent) => void): ImportJobSummary {
  const staged = stageUploads(request.uploads);
  try {
    const paths = [...request.paths, ...staged.paths];
    emit({ kind: 'import-started', fileCount: expandImportPaths(paths).files.length });
    const enrich = (outcome: FileImportOutcome): ImportedFileOutcome => {
      const displayName = staged.names.get(outcome.path);
      const shown = displayName === undefined ? outcome : { ...outcome, path: displayName };
      return { ...shown, fileName: displayName ?? basename(outcome.path), fileId: archivedFileId(ctx, outcome) };
    };
    const summary = importFiles(ctx.database, paths, {
      archiveDir: ctx.archiveDir,
      trigger: request.trigger,
      sources: ctx.importSources,
      now: ctx.now,
      onFile: (outcome, index, total) => emit({ kind: 'import-file', outcome: enrich(outcome), index, total }),
    });
    return { runId: summary.runId, ok: summary.ok, files: summary.files.map(enrich) };
  } finally {
    staged.remove();
  }
}

/** The id of the archived file an outcome is about (the loaded one, or the one it equals), by sha256. */
function archivedFileId(ctx: EtlJobContext, outcome: FileImportOutcome): number | null {
  if (outcome.status !== 'loaded' && outcome.status !== 'unchanged') return null;
  try {
    return findKnownFile(ctx.database.sqlite, sha256Hex(readFileSync(outcome.path)))?.id ?? null;
  } catch {
    return null;
  }
}

interface StagedUploads {
  readonly paths: string[];
  /** Staged path → the name the analyst gave. */
  readonly names: Map<string, string>;
  remove(): void;
}

function stageUploads(uploads: readonly UploadedFile[]): StagedUploads {
  if (uploads.length === 0) return { paths: [], names: new Map(), remove: () => undefined };
  const folder = mkdtempSync(join(tmpdir(), 'caudal-import-'));
  const names = new Map<string, string>();
  const paths = uploads.map((upload, index) => {
    // One folder per file: two uploads may share a name, and the name keeps its extension for the archive.
    const dir = join(folder, String(index).padStart(4, '0'));
    mkdirSync(dir);
    const path = join(dir, basename(upload.fileName) || 'archivo');
    writeFileSync(path, Buffer.from(upload.contentBase64, 'base64'));
    names.set(path, upload.fileName);
    return path;
  });
  return { paths, names, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
