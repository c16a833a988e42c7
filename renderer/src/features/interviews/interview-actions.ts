// Renderer: what interview buttons do: download the .ics file, cancel, save the kit's PDF or print it.
// Each reports to the person with a toast.
import { toast } from 'sonner';
import { call } from '../../api/client';
import { base64ToBytes, downloadFile } from '../../lib/download-file';
import { notifyActionError, notifyError } from '../../lib/notify';

export async function downloadIcs(interviewId: string): Promise<void> {
  try {
    const file = await call('interviews:ics', { id: interviewId });
    downloadFile(file.content, file.fileName, file.mimeType);
  } catch (error) {
    notifyError(error, 'Could not make the calendar file');
  }
}

export async function cancelInterview(interviewId: string, candidateName: string): Promise<boolean> {
  try {
    await call('interviews:update', { id: interviewId, status: 'cancelled' });
    toast.success(`Interview with ${candidateName} cancelled`);
    return true;
  } catch (error) {
    notifyError(error, 'Could not cancel the interview');
    return false;
  }
}

export async function completeInterview(interviewId: string): Promise<void> {
  try {
    await call('interviews:update', { id: interviewId, status: 'completed' });
    toast.success('Marked as completed', { description: 'It leaves the list of interviews awaiting feedback.' });
  } catch (error) {
    notifyError(error, 'Could not mark the interview as completed');
  }
}


export async function saveKitPdf(roleId: string): Promise<void> {
  const id = toast.loading('Preparing the PDF…');
  try {
    const pdf = await call('kits:pdf', { roleId });
    downloadFile(base64ToBytes(pdf.base64), pdf.fileName, 'application/pdf');
    toast.success('PDF ready', { id, description: `${pdf.fileName} · ${pdf.pages} page${pdf.pages === 1 ? '' : 's'}` });
  } catch (error) {
    notifyActionError(error, 'Saving a PDF', id);
  }
}

export async function printKit(roleId: string): Promise<void> {
  try {
    const { printed } = await call('kits:print', { roleId });
    if (printed) toast.success('Sent to the printer');
  } catch (error) {
    notifyActionError(error, 'Printing');
  }
}
