// The ETL worker thread (bundled to dist-main/etl-worker.cjs; run from source through tsx in tests and
// `caudal serve`). It owns the single writing connection: refreshes and imports run here while the main
// thread's connection keeps answering queries from the last committed data (WAL).
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/open-database';
import { defaultJobContext } from './default-job-context';
import { executeJob } from './execute-job';
import { createJobControls, type JobControls } from './job-controls';
import type { EtlWorkerData, FromWorker, ToWorker } from './worker-protocol';

async function serve(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('worker-entry debe ejecutarse como worker_thread');
  const { dbPath, archiveDir } = workerData as EtlWorkerData;
  const database = await openDatabase(dbPath);
  const jobContext = defaultJobContext(database, archiveDir);
  const jobs = new Map<number, { controls: JobControls; done: Promise<void> }>();
  const post = (message: FromWorker) => port.postMessage(message);

  const start = (jobId: number, request: Extract<ToWorker, { type: 'job' }>['request']) => {
    const controls = createJobControls();
    const done = executeJob(jobContext.context(), request, controls, (event) => post({ type: 'event', jobId, event })).then(
      (result) => post({ type: 'result', jobId, result }),
      (error: unknown) => post({ type: 'job-failed', jobId, message: error instanceof Error ? error.message : String(error) }),
    );
    jobs.set(jobId, { controls, done: done.finally(() => jobs.delete(jobId)) });
  };

  const close = async () => {
    for (const job of jobs.values()) job.controls.cancel();
    await Promise.all([...jobs.values()].map((job) => job.done));
    await jobContext.close();
    await database.close();
    process.exit(0);
  };

  port.on('message', (message: ToWorker) => {
    switch (message.type) {
      case 'job':
        start(message.jobId, message.request);
        return;
      case 'cancel':
        jobs.get(message.jobId)?.controls.cancel(message.sourceId);
        return;
      case 'close':
        void close();
        return;
    }
  });
}

void serve();
