import type { Worker } from 'node:worker_threads';
import type { EtlHost } from './etl-host';
import type { EtlJobEvent, EtlJobResult } from './etl-job';
import type { EtlWorkerData, FromWorker, ToWorker } from './worker-protocol';
import { spawnEtlWorker, type WorkerScript } from './worker-script';

export interface WorkerHostOptions {
  readonly script: WorkerScript;
  readonly data: EtlWorkerData;
  /** How long `close` waits for the worker to close its connection before terminating it. */
  readonly closeTimeoutMs?: number;
  /** Tests pass a spy; by default a real worker thread. */
  readonly spawn?: (script: WorkerScript, data: EtlWorkerData) => Worker;
}

interface PendingJob {
  readonly onEvent: (event: EtlJobEvent) => void;
  readonly resolve: (result: EtlJobResult) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Jobs in a worker thread, started on first use (opening the app spawns nothing) and kept for the next
 * job. If the worker dies, its jobs fail with a Spanish message and the next job starts a new one. The
 * worker keeps the process alive only while a job runs.
 */
export function createWorkerHost(options: WorkerHostOptions): EtlHost {
  const spawn = options.spawn ?? spawnEtlWorker;
  const pending = new Map<number, PendingJob>();
  let worker: Worker | null = null;
  let nextJobId = 1;

  const failAll = (from: Worker, detail: string) => {
    if (worker === from) worker = null;
    for (const [jobId, job] of pending) {
      pending.delete(jobId);
      job.reject(new Error(`El proceso de actualización se detuvo inesperadamente (${detail})`));
    }
  };
  const settle = (from: Worker) => {
    if (pending.size === 0) from.unref();
  };
  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const started = spawn(options.script, options.data);
    started.on('message', (message: FromWorker) => {
      const job = pending.get(message.jobId);
      if (!job) return;
      switch (message.type) {
        case 'event':
          job.onEvent(message.event);
          return;
        case 'result':
          pending.delete(message.jobId);
          job.resolve(message.result);
          settle(started);
          return;
        case 'job-failed':
          pending.delete(message.jobId);
          job.reject(new Error(message.message));
          settle(started);
          return;
      }
    });
    started.on('error', (error: Error) => failAll(started, error.message));
    started.on('exit', (code: number) => failAll(started, `código de salida ${code}`));
    worker = started;
    return started;
  };
  const send = (target: Worker, message: ToWorker) => target.postMessage(message);

  return {
    run(request, onEvent) {
      const jobId = nextJobId++;
      const target = ensureWorker();
      const result = new Promise<EtlJobResult>((resolve, reject) => pending.set(jobId, { onEvent, resolve, reject }));
      target.ref();
      send(target, { type: 'job', jobId, request });
      return { jobId, result };
    },
    cancel(jobId, sourceId) {
      if (worker && pending.has(jobId)) send(worker, { type: 'cancel', jobId, ...(sourceId ? { sourceId } : {}) });
    },
    async close() {
      const target = worker;
      if (!target) return;
      worker = null;
      const exited = new Promise<void>((resolve) => target.once('exit', () => resolve()));
      send(target, { type: 'close' });
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), options.closeTimeoutMs ?? 10_000);
      });
      const outcome = await Promise.race([exited.then(() => 'exited' as const), timedOut]);
      clearTimeout(timer);
      if (outcome === 'timeout') await target.terminate();
    },
  };
}
