// Renderer: every call about postings: what the posting view shows (and when it is stale), what the Export
// menu does for one role (save a PDF, print, copy the job-board text, download Markdown, HTML or JSON-LD; each
// reports with a toast, 'unavailable' with a friendly title), and publishing every open role (the batch PDF
// job with its progress events, its cancel, and the careers site).
import { toast } from 'sonner';
import type { BatchPdfResult, CareersExport, ExportFormat, PostingCheck, PostingLayout, PostingProgress, Role } from '../../../electron/contract';
import { ApiError, call, callJob, errorMessage } from '../api/client';
import { base64ToBytes, downloadFile } from '../lib/download-file';
import { notifyActionError } from '../lib/notify';
import { onDataChanged } from './data-changed';
import { roleActions } from './roles-store';

export type PostingViewState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; message: string }
  | { status: 'ready'; role: Role; html: string; notice: string | null; check: PostingCheck };

/** The role, its posting as printed in `layout`, and what search engines still miss. */
export async function loadPostingView(roleId: string, layout: PostingLayout): Promise<PostingViewState> {
  try {
    const [role, { html, notice }, check] = await Promise.all([roleActions.get(roleId), call('postings:html', { roleId, layout }), call('postings:check', { roleId })]);
    return { status: 'ready', role, html, notice, check };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'not_found') return { status: 'missing' };
    return { status: 'error', message: errorMessage(error) };
  }
}

/** Calls `reload` when the posting of `roleId` may print differently: its role or description, or the company profile. */
export function watchPostingView(roleId: string, reload: () => void): () => void {
  return onDataChanged(['company', 'roles', 'descriptions'], ({ domain, ids }) => {
    const ours = ids.length === 0 || ids.includes(roleId);
    if (domain === 'company' || ours) reload();
  });
}


export async function savePdf(roleId: string, layout: PostingLayout): Promise<void> {
  const id = toast.loading('Preparing the PDF…');
  try {
    const pdf = await call('postings:pdf', { roleId, layout });
    downloadFile(base64ToBytes(pdf.base64), pdf.fileName, 'application/pdf');
    toast.success('PDF ready', { id, description: `${pdf.fileName} · ${pdf.pages} page${pdf.pages === 1 ? '' : 's'}` });
  } catch (error) {
    notifyActionError(error, 'Saving a PDF', id);
  }
}

export async function printPosting(roleId: string, layout: PostingLayout): Promise<void> {
  try {
    const { printed } = await call('postings:print', { roleId, layout });
    if (printed) toast.success('Sent to the printer');
  } catch (error) {
    notifyActionError(error, 'Printing');
  }
}

export async function copyJobBoardText(roleId: string): Promise<void> {
  try {
    const text = await call('postings:export', { roleId, format: 'txt' });
    await navigator.clipboard.writeText(text.content);
    toast.success('Copied', { description: 'Paste it into the job board’s description box.' });
  } catch (error) {
    notifyActionError(error, 'Copying the text');
  }
}

export const DOWNLOAD_LABELS: Record<Exclude<ExportFormat, 'txt'>, string> = {
  md: 'Markdown',
  html: 'HTML',
  jsonld: 'JSON-LD',
};

export async function downloadExport(roleId: string, format: ExportFormat): Promise<void> {
  try {
    const file = await call('postings:export', { roleId, format });
    downloadFile(file.content, file.fileName, file.mimeType);
  } catch (error) {
    notifyActionError(error, 'Downloading the file');
  }
}

/** Prints every open role to a PDF in `outDir`, telling `onProgress` as it goes; resolves with the summary. */
export function runBatchPdf(input: { outDir: string; layout: PostingLayout; jobId: string }, onProgress: (progress: PostingProgress) => void): Promise<BatchPdfResult> {
  return callJob('postings:batch-pdf', 'postings:progress', input, onProgress);
}

/** Stops a running batch PDF job after the role it is printing. */
export async function cancelBatchPdf(jobId: string): Promise<void> {
  await call('postings:cancel', { jobId });
}

/** Writes the static careers site of the open roles into `outDir`. */
export function exportCareersSite(outDir: string): Promise<CareersExport> {
  return call('careers:export', { outDir });
}
