// Test stand-in for the data-check worker (data-health/data-check-worker.ts): checks nothing and answers
// every check as unfinished, with a finding naming itself, so a test sees which checks were sent to the
// worker thread (the core logs an unfinished check's findings as a warning). Runs in a Node worker thread
// through tsx's require hook.
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckOutcome } from '../../electron/core/db/integrity-check';
import type { DataCheckWorkerData } from '../../electron/core/data-health/data-check-worker';

export const SPY_FINDING = 'answered by the test stand-in for the data-check worker';

const data = workerData as DataCheckWorkerData | undefined;
if (data) parentPort?.postMessage({ kind: data.kind, ok: false, failed: true, unfinished: true, findings: [SPY_FINDING] } satisfies CheckOutcome);
