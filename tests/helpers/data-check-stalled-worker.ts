// Test stand-in for the data-check worker (data-health/data-check-worker.ts) whose full check never ends:
// the quick check is answered at once as unfinished (so writes go ahead), the full check not at all, so the
// session's full check has not passed while a test writes (the core stops the thread when it closes).
// Runs in a Node worker thread through tsx's require hook.
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckOutcome } from '../../electron/core/db/integrity-check';
import type { DataCheckWorkerData } from '../../electron/core/data-health/data-check-worker';

const data = workerData as DataCheckWorkerData | undefined;
if (data?.kind === 'quick') {
  parentPort?.postMessage({ kind: 'quick', ok: false, failed: true, unfinished: true, findings: ['the quick check was not run (test stand-in)'] } satisfies CheckOutcome);
} else {
  setInterval(() => undefined, 60_000);
}
