// Reads a file's text in the text-reading worker thread when the core was given one (Electron, CLI), else
// on the core's thread (tests). The worker is stopped outright if it outlives the reading time limit.
// Runs in plain Node on the core's thread.
import { Worker } from 'node:worker_threads';
import type { AttachmentMimeType } from '../../contract';
import type { CoreContext } from '../core-context';
import { DEFAULT_TIMEOUT_MS, extractText, failureMessage, type Extracted } from './attachments-extract';
import type { ExtractWorkerData } from './attachments-extract-worker';

/** Time for the worker to start and answer beyond extractText's own limit before it is stopped. */
const GRACE_MS = 5_000;

/** The file's text (empty for images); never throws. */
export function extractTextFor(ctx: Pick<CoreContext, 'workers'>, bytes: Uint8Array, mimeType: AttachmentMimeType): Promise<Extracted> {
  const script = ctx.workers.textExtract;
  const cheap = mimeType === 'text/plain' || mimeType === 'image/png' || mimeType === 'image/jpeg';
  if (!script || cheap) return extractText(bytes, mimeType);
  const workerData: ExtractWorkerData = { bytes, mimeType };
  const worker = new Worker(script.path, { workerData, execArgv: script.execArgv ?? [] });
  return new Promise<Extracted>((resolve) => {
    let done = false;
    const finish = (result: Extracted): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(result);
      void worker.terminate();
    };
    const timer = setTimeout(() => finish({ text: '', warning: failureMessage(mimeType, 'timeout') }), DEFAULT_TIMEOUT_MS + GRACE_MS);
    worker.on('message', (result: Extracted) => finish(result));
    worker.on('error', (error) => finish({ text: '', warning: failureMessage(mimeType, error) }));
    worker.on('exit', () => finish({ text: '', warning: failureMessage(mimeType, 'stopped') }));
  });
}
