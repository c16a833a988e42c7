// The backup worker thread: runs one backup, inspect or restore job (backup-job-run.ts) on connections of
// its own, so the app's thread stays free; posts throttled progress, listens for cancel. Runs in a Node
// worker_threads Worker started by backup-worker-client.ts.
import { parentPort, workerData } from 'node:worker_threads';
import type { BackupProgress } from '../../contract';
import type { JobParams } from './backup-job';
import { runJob, toFailure } from './backup-job-run';
import type { CoreToBackupWorker, BackupWorkerToCore } from './backup-worker-client';

const port = parentPort;
if (!port) throw new Error('backup-worker runs only as a worker thread');

let cancelled = false;
port.on('message', (message: CoreToBackupWorker) => {
  if (message.type === 'cancel') cancelled = true;
});

const send = (message: BackupWorkerToCore): void => port.postMessage(message);
let lastSent = 0;
let lastPhase: BackupProgress['phase'] | null = null;

runJob(workerData as JobParams, {
  progress: (phase, done, total) => {
    const now = Date.now();
    if (phase === lastPhase && done < total && now - lastSent < 100) return;
    lastSent = now;
    lastPhase = phase;
    send({ type: 'progress', phase, done, total });
  },
  cancelled: () => cancelled,
}).then(
  (value) => send({ type: 'done', value }),
  (error: unknown) => send({ type: 'failed', error: toFailure(error) }),
).finally(() => port.close());
