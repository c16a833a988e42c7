// Renderer: what the Export menu does for one role: save a PDF, print, copy the job-board text, download
// Markdown, HTML or JSON-LD. Each reports to the person with a toast; 'unavailable' gets a friendly title.
import { toast } from 'sonner';
import type { ExportFormat, PostingLayout } from '../../../../electron/contract';
import { call } from '../../api/client';
import { base64ToBytes, downloadFile } from '../../lib/download-file';
import { notifyActionError } from '../../lib/notify';


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
