// The text-reading worker thread: reads one PDF or Word file's text (attachments-extract.ts, with its own
// time and page limits) and posts the result back, so pdfjs and mammoth never block the core's thread.
// Runs in a Node worker_threads Worker started by attachments-extract-client.ts.
import { parentPort, workerData } from 'node:worker_threads';
import type { AttachmentMimeType } from '../../contract';
import { extractText } from './attachments-extract';

export interface ExtractWorkerData {
  bytes: Uint8Array;
  mimeType: AttachmentMimeType;
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('attachments-extract-worker must run in a worker thread');
  const { bytes, mimeType } = workerData as ExtractWorkerData;
  // extractText never throws: a damaged file gives empty text and a warning.
  port.postMessage(await extractText(bytes, mimeType));
}

void main();
