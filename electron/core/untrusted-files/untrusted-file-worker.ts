// The untrusted-file worker thread: does one task of untrusted-file-tasks.ts (a résumé's text, or a job
// description read from its path and parsed) and posts the answer back, so parsers of hostile files never
// run on the core's thread and are stopped by the memory and time limits of run-limited-worker.ts. Runs in
// a Node worker_threads Worker started by untrusted-file-client.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { runUntrustedFileTask, type UntrustedFileTask } from './untrusted-file-tasks';

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('untrusted-file-worker must run in a worker thread');
  // A throw (a bug, not a refused file) ends the worker with an 'error' event, which the client reports.
  port.postMessage(await runUntrustedFileTask(workerData as UntrustedFileTask));
}

void main();
