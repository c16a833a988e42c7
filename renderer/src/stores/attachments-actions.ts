// Renderer: every call about a candidate's files: add one (by its path on disk; the core reads it), read its
// bytes for the preview or a download, read its extracted text, and remove it.
import type { AttachmentAddResult, AttachmentContent, AttachmentKind, AttachmentText } from '../../../electron/contract';
import { call, pathOf } from '../api/client';
import { base64ToBytes, downloadFile } from '../lib/download-file';

export const attachmentActions = {
  /** Adds `file` to a candidate; throws a plain-words ApiError when it has no file on disk behind it. */
  add: (candidateId: string, kind: AttachmentKind, file: File): Promise<AttachmentAddResult> =>
    call('attachments:add', { candidateId, kind, fileName: file.name, path: pathOf(file) }),
  content: (id: string): Promise<AttachmentContent> => call('attachments:content', { id }),
  text: (id: string): Promise<AttachmentText> => call('attachments:text', { id }),
  remove: (id: string): Promise<{ id: string }> => call('attachments:delete', { id }),
  /** Hands the stored file to the browser as a download (to open it in another program). */
  async download(id: string): Promise<void> {
    const c = await call('attachments:content', { id });
    downloadFile(base64ToBytes(c.base64), c.fileName, c.mimeType);
  },
};
