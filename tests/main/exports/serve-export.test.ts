// The export process's side of the protocol, with a channel in memory instead of a real parent.
import { describe, expect, it, vi } from 'vitest';
import { CaudalError } from '../../../src-shared/contract';
import type { ExportProgress } from '../../../src-shared/contract/exports';
import type { ExportProcessStart, FromExportProcess, ToExportProcess } from '../../../src-main/exports/process/export-process-protocol';
import type { ParentChannel } from '../../../src-main/exports/process/parent-channel';
import { serveExport } from '../../../src-main/exports/process/serve-export';
import type { ExportEnvironment, ExportRequest, ExportResult, runExport } from '../../../src-main/exports/run-export';

function memoryChannel() {
  const sent: FromExportProcess[] = [];
  let deliver: (message: ToExportProcess) => void = () => {};
  let parentGone: () => void = () => {};
  const channel: ParentChannel & { closed: boolean } = {
    closed: false,
    send: async (message) => void sent.push(message),
    onMessage: (listener) => (deliver = listener),
    onParentGone: (listener) => (parentGone = listener),
    close() {
      channel.closed = true;
    },
  };
  return { channel, sent, deliver: (message: ToExportProcess) => deliver(message), parentGone: () => parentGone() };
}

const request = { dataset: 'production', format: 'csv', targetPath: '/informes/p.csv', exportId: 'x1' } as ExportRequest;
const start: ExportProcessStart = { type: 'start', request, dbPath: '/datos/caudal.db', forbiddenDirs: ['/datos'], exportsDir: '/datos/exportaciones', temporaryPath: '/informes/.p.csv.ab12.caudal-tmp' };
const result: ExportResult = { exportId: 'x1', path: '/informes/p.csv', format: 'csv', rows: 3, bytes: 120, sheets: [], sourceFiles: 1, rejectedRows: 0 };
const progress: ExportProgress = { exportId: 'x1', phase: 'rows', rowsDone: 2, rowsTotal: 3, etaSeconds: 1, sheet: null };

describe('serveExport', () => {
  it('says ready, runs the export it is given with the app’s paths, forwards progress and answers the result', async () => {
    const { channel, sent, deliver } = memoryChannel();
    const run = vi.fn<typeof runExport>(async (_request, env) => {
      env.onProgress?.(progress);
      return result;
    });
    const served = serveExport(channel, run);
    expect(sent).toEqual([{ type: 'ready' }]);
    deliver(start);
    await served;

    const env = run.mock.calls[0]![1];
    expect(run.mock.calls[0]![0]).toEqual(request);
    expect(env).toMatchObject({ dbPath: '/datos/caudal.db', forbiddenDirs: ['/datos'], exportsDir: '/datos/exportaciones', temporaryPath: start.temporaryPath } satisfies Partial<ExportEnvironment>);
    expect(sent.map((m) => m.type)).toEqual(['ready', 'progress', 'done']);
    expect(sent[1]).toEqual({ type: 'progress', progress });
    const done = sent[2] as Extract<FromExportProcess, { type: 'done' }>;
    expect(done.result).toEqual(result);
    expect(done.usage.peakRssBytes).toBeGreaterThan(0);
    expect(done.usage.heapLimitBytes).toBeGreaterThan(0);
    expect(channel.closed).toBe(true);
  });

  it('answers a CaudalError as a typed error with its issues', async () => {
    const { channel, sent, deliver } = memoryChannel();
    const refusal = new CaudalError('validation', 'La carpeta de destino no existe: /informes', [{ path: 'targetPath', message: 'La carpeta de destino no existe: /informes' }]);
    const served = serveExport(channel, async () => Promise.reject(refusal));
    deliver(start);
    await served;
    expect(sent.at(-1)).toMatchObject({ type: 'failed', error: { code: 'validation', message: refusal.message, issues: refusal.issues } });
  });

  it('hides a bug behind an internal error without its stack, and logs the detail on stderr', async () => {
    const { channel, sent, deliver } = memoryChannel();
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const bug = new TypeError("Cannot read properties of undefined (reading 'rows')");
      const served = serveExport(channel, async () => Promise.reject(bug));
      deliver(start);
      await served;
      const failed = sent.at(-1) as Extract<FromExportProcess, { type: 'failed' }>;
      expect(failed.error).toEqual({ code: 'internal', message: 'Error interno al exportar: no se guardó ningún archivo. Se registró el detalle.' });
      expect(JSON.stringify(failed)).not.toMatch(/TypeError|reading 'rows'|\.ts:\d+/);
      expect(log).toHaveBeenCalledWith('[caudal] la exportación falló:', bug);
    } finally {
      log.mockRestore();
    }
  });

  it('aborts the running export on cancel, and when the app goes away', async () => {
    for (const stop of ['cancel', 'parent-gone'] as const) {
      const { channel, sent, deliver, parentGone } = memoryChannel();
      let signal: AbortSignal | undefined;
      const served = serveExport(channel, (_request, env) => {
        signal = env.signal;
        return new Promise<ExportResult>((_resolve, reject) => env.signal!.addEventListener('abort', () => reject(new CaudalError('cancelled', 'Exportación cancelada: no se guardó ningún archivo.'))));
      });
      deliver(start);
      expect(signal?.aborted).toBe(false);
      if (stop === 'cancel') deliver({ type: 'cancel' });
      else parentGone();
      await served;
      expect(signal?.aborted).toBe(true);
      expect(sent.at(-1)).toMatchObject({ type: 'failed', error: { code: 'cancelled' } });
    }
  });

  it('runs one export only: a second start is ignored', async () => {
    const { channel, deliver } = memoryChannel();
    const run = vi.fn<typeof runExport>(async () => result);
    const served = serveExport(channel, run);
    deliver(start);
    deliver({ ...start, request: { ...request, targetPath: '/otro/p.csv' } });
    await served;
    expect(run).toHaveBeenCalledTimes(1);
  });
});
