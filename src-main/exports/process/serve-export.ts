import { getHeapStatistics } from 'node:v8';
import { CaudalError, type CommandError } from '../../../src-shared/contract';
import { runExport } from '../run-export';
import type { ExportProcessStart, ExportProcessUsage, FromExportProcess } from './export-process-protocol';
import type { ParentChannel } from './parent-channel';

/**
 * The export process's whole life: say `ready`, run the one export `start` asks for with progress
 * going back, stop on `cancel` or when the app goes away (runExport then removes its temporary file),
 * answer the result or a typed error, and close the channel so the process can end.
 * Resolves once the answer is handed over.
 */
export function serveExport(channel: ParentChannel, run: typeof runExport = runExport): Promise<void> {
  const controller = new AbortController();
  return new Promise<void>((resolve) => {
    let started = false;
    channel.onParentGone(() => controller.abort());
    channel.onMessage((message) => {
      switch (message.type) {
        case 'cancel':
          controller.abort();
          return;
        case 'start':
          if (started) return;
          started = true;
          void execute(message).then(resolve);
          return;
      }
    });
    void channel.send({ type: 'ready' });
  });

  async function execute(start: ExportProcessStart): Promise<void> {
    const startedAt = performance.now();
    let answer: FromExportProcess;
    try {
      const result = await run(start.request, {
        dbPath: start.dbPath,
        forbiddenDirs: start.forbiddenDirs,
        exportsDir: start.exportsDir,
        temporaryPath: start.temporaryPath,
        signal: controller.signal,
        onProgress: (progress) => void channel.send({ type: 'progress', progress }),
      });
      answer = { type: 'done', result, usage: usageSince(startedAt) };
    } catch (error) {
      answer = { type: 'failed', error: toCommandError(error), usage: usageSince(startedAt) };
    }
    await channel.send(answer);
    channel.close();
  }
}

/** What the app may show: a CaudalError as is; anything else is a bug, logged here (stderr goes to the app's log) and hidden. */
function toCommandError(error: unknown): CommandError {
  if (error instanceof CaudalError) return { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) };
  console.error('[caudal] la exportación falló:', error);
  return { code: 'internal', message: 'Error interno al exportar: no se guardó ningún archivo. Se registró el detalle.' };
}

function usageSince(startedAt: number): ExportProcessUsage {
  return {
    seconds: (performance.now() - startedAt) / 1000,
    // maxRSS is in kilobytes on every platform.
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    heapLimitBytes: getHeapStatistics().heap_size_limit,
  };
}
