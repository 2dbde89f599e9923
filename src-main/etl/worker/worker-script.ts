import { Worker } from 'node:worker_threads';
import type { EtlWorkerData } from './worker-protocol';

/**
 * Where the ETL worker's code is. The desktop app runs the bundled `etl-worker.cjs` next to its main
 * bundle; `caudal serve` and the tests run the TypeScript entry through tsx, whose loader a worker does
 * not inherit: a tiny bootstrap registers tsx inside the worker first, then imports the entry.
 */
export type WorkerScript =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'tsx'; readonly entryUrl: string; readonly tsxApiUrl: string };

export function spawnEtlWorker(script: WorkerScript, data: EtlWorkerData): Worker {
  switch (script.kind) {
    case 'file':
      return new Worker(script.path, { workerData: data });
    case 'tsx': {
      const bootstrap = `import(${JSON.stringify(script.tsxApiUrl)}).then(({ register }) => { register(); return import(${JSON.stringify(script.entryUrl)}); });`;
      return new Worker(bootstrap, { eval: true, workerData: data });
    }
  }
}
