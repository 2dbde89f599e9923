import path from 'node:path';
import { CaudalError } from '../../../src-shared/contract';
import type { ExportProgress } from '../../../src-shared/contract/exports';
import { exportCancelled } from '../export-cancelled';
import type { ExportEnvironment, ExportRequest, ExportResult } from '../run-export';
import { discardTemporary, temporaryPathFor } from '../temp-file';
import type { ExportChildExit, ExportChildHandle, SpawnExportProcess } from './export-child';
import type { ExportProcessUsage, FromExportProcess } from './export-process-protocol';

export interface ExportProcessJob extends Pick<ExportEnvironment, 'dbPath' | 'forbiddenDirs' | 'exportsDir' | 'signal' | 'onProgress'> {
  /** The process's own figures once it ends (the bench reads them). */
  readonly onUsage?: ((usage: ExportProcessUsage) => void) | undefined;
  /** How long a cancelled process may take to clean up and stop before it is ended; 10 s by default. */
  readonly stopGraceMs?: number | undefined;
}

/** A process that already answered is given this long to exit by itself before it is ended. */
const REAP_AFTER_MS = 5_000;

/**
 * `runExport` in a process of its own, with the same promise: the result, or a CaudalError (typed,
 * Spanish) when the export failed, was cancelled through `job.signal`, or its process died. The file is
 * written under a temporary name the app chose, so that a process killed mid-export (crash, out of
 * memory, the task manager) leaves nothing behind either: the app removes that file itself.
 */
export function runExportInChildProcess(spawn: SpawnExportProcess, request: ExportRequest, job: ExportProcessJob): Promise<ExportResult> {
  if (job.signal?.aborted) return Promise.reject(exportCancelled());
  const temporaryPath = temporaryPathFor(path.resolve(request.targetPath));

  return new Promise<ExportResult>((resolve, reject) => {
    let child: ExportChildHandle | null = null;
    let ready = false;
    let settled = false;
    let cancelRequested = false;
    let lastProgress: ExportProgress | null = null;
    let stopTimer: NodeJS.Timeout | undefined;

    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      job.signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    // After its answer the process has nothing left to do; one that lingers is ended.
    const reapLater = (): void => {
      clearTimeout(stopTimer);
      stopTimer = setTimeout(() => child?.kill(), REAP_AFTER_MS);
      stopTimer.unref();
    };
    const onAbort = (): void => {
      if (settled || cancelRequested) return;
      cancelRequested = true;
      if (!ready) {
        // Nothing has been written yet: ending the process is the whole cancellation.
        child?.kill();
        return;
      }
      child?.send({ type: 'cancel' });
      stopTimer = setTimeout(() => child?.kill(), job.stopGraceMs ?? 10_000);
      stopTimer.unref();
    };

    const onMessage = (message: FromExportProcess): void => {
      switch (message.type) {
        case 'ready':
          ready = true;
          child?.send({ type: 'start', request, dbPath: job.dbPath, forbiddenDirs: job.forbiddenDirs, exportsDir: job.exportsDir, temporaryPath });
          return;
        case 'progress':
          lastProgress = message.progress;
          job.onProgress?.(message.progress);
          return;
        case 'done':
          job.onUsage?.(message.usage);
          settle(() => resolve(message.result));
          reapLater();
          return;
        case 'failed': {
          job.onUsage?.(message.usage);
          const { code, message: text, issues } = message.error;
          settle(() => reject(new CaudalError(code, text, issues)));
          reapLater();
          return;
        }
      }
    };

    const onExit = (exit: ExportChildExit): void => {
      clearTimeout(stopTimer);
      if (settled) return;
      const error = cancelRequested ? exportCancelled() : exportProcessDeathError(exit);
      settled = true;
      job.signal?.removeEventListener('abort', onAbort);
      if (lastProgress) job.onProgress?.({ ...lastProgress, phase: cancelRequested ? 'cancelled' : 'failed', etaSeconds: null });
      discardTemporary(temporaryPath).then(
        () => reject(error),
        () => reject(error),
      );
    };

    job.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      child = spawn({ message: onMessage, exit: onExit });
    } catch (error) {
      onExit({ code: null, signal: null, outOfMemory: false, startError: error instanceof Error ? error.message : String(error) });
    }
  });
}

/** The Spanish message for an export process that ended without answering. */
export function exportProcessDeathError(exit: ExportChildExit): CaudalError {
  if (exit.startError !== undefined) {
    return new CaudalError('unavailable', `No se pudo iniciar el proceso de exportación (${exit.startError}). No se guardó ningún archivo.`);
  }
  if (exit.outOfMemory) {
    return new CaudalError(
      'internal',
      'La exportación se detuvo: el proceso de exportación se quedó sin memoria. No se guardó ningún archivo; exporte menos filas (por ejemplo, un periodo más corto) e intente de nuevo.',
    );
  }
  const how = exit.signal !== null ? `señal ${exit.signal}` : `código ${exit.code ?? 'desconocido'}`;
  return new CaudalError('internal', `La exportación se detuvo: el proceso de exportación terminó inesperadamente (${how}). No se guardó ningún archivo; intente de nuevo.`);
}
