// The attachments channels: keep a candidate's file content-addressed, make its text searchable and
// suggest contact details from it; hand the bytes back for preview; remove it. Runs in plain Node.
import { randomUUID } from 'node:crypto';
import { CANDIDATE_LIMITS, type AttachmentAddResult, type AttachmentsChannel } from '../../contract';
import { logActivity } from '../activity/activity-repo';
import { reindexCandidate } from '../candidates/candidates-search-repo';
import { getCandidate, touchCandidate } from '../candidates/candidates-repo';
import { mustNotBeAnonymised } from '../candidates/candidates-service';
import { nextStamp } from '../clock';
import type { CoreContext } from '../core-context';
import { DomainError, notFound } from '../errors';
import { putAttachment, readAttachment, removeAttachment } from '../files/attachment-store';
import { readFileLimited } from '../files/read-file';
import type { HandlerGroup } from '../handlers';
import { resumeText } from '../untrusted-files/untrusted-file-client';
import { deleteAttachmentRow, getAttachmentMeta, getAttachmentText, isBlobInUse } from './attachments-repo';
import { recordAttachment } from './attachments-service';
import { DOCX_MIME, sniffMimeType, suggestionsFromText, tooLargeMessage, UNKNOWN_TYPE_MESSAGE } from './attachments-rules';

interface AddInput {
  candidateId: string;
  kind: 'resume' | 'cover_letter' | 'other';
  path: string;
  fileName?: string | undefined;
}

function refuse(path: string, message: string): DomainError {
  return new DomainError('invalid_input', message, [{ path: [path], message }]);
}

/**
 * Checks, reads and stores the file first; the database row is written in one short transaction after.
 * Its text is read in the untrusted-file worker; a file refused there (a zip bomb, a reader stopped at
 * the memory limit) throws before anything is stored.
 */
async function addAttachment(ctx: CoreContext, input: AddInput): Promise<AttachmentAddResult> {
  if (!getCandidate(ctx.db, input.candidateId)) throw notFound('That candidate');
  mustNotBeAnonymised(ctx.db, input.candidateId);
  ctx.grants.checkFile(input.path, ['path']);
  const read = readFileLimited(input.path, {
    maxBytes: CANDIDATE_LIMITS.attachmentBytes,
    what: 'file',
    field: ['path'],
    tooLargeMessage: (size) => tooLargeMessage(size, CANDIDATE_LIMITS.attachmentBytes),
  });
  const bytes = read.bytes;
  const fileName = input.fileName ?? read.name;
  if (bytes.length === 0) throw refuse('path', 'This file is empty.');
  const mimeType = sniffMimeType(bytes);
  if (mimeType === null) throw refuse('path', UNKNOWN_TYPE_MESSAGE);
  const { text, warning } = await resumeText(ctx, bytes, mimeType);
  const sha256 = putAttachment(ctx.attachmentsDir, bytes);
  const id = randomUUID();
  try {
    ctx.db.transaction(() => {
      // The candidate may have been deleted while the text was being read.
      if (!getCandidate(ctx.db, input.candidateId)) throw notFound('That candidate');
      mustNotBeAnonymised(ctx.db, input.candidateId);
      const kept = { id, candidateId: input.candidateId, kind: input.kind, fileName, mimeType, sizeBytes: bytes.length, sha256, text, warning };
      recordAttachment(ctx.db, kept, nextStamp(ctx));
    }).immediate();
  } catch (error) {
    if (!isBlobInUse(ctx.db, sha256)) removeAttachment(ctx.attachmentsDir, sha256);
    throw error;
  }
  ctx.changed('candidates', [input.candidateId]);
  const attachment = getAttachmentMeta(ctx.db, id);
  if (!attachment) throw notFound('That file');
  return { attachment, suggestions: suggestionsFromText(text), warning };
}

function deleteAttachment(ctx: CoreContext, id: string): { id: string } {
  const { candidateId, unused, sha256 } = ctx.db.transaction(() => {
    const meta = getAttachmentMeta(ctx.db, id);
    if (!meta) throw notFound('That file');
    deleteAttachmentRow(ctx.db, id);
    reindexCandidate(ctx.db, meta.candidateId);
    const stamp = nextStamp(ctx);
    touchCandidate(ctx.db, meta.candidateId, stamp);
    const details = { attachmentId: id, fileName: meta.fileName, kind: meta.kind };
    logActivity(ctx.db, { entityType: 'candidate', entityId: meta.candidateId, action: 'file_deleted', details, at: stamp });
    return { candidateId: meta.candidateId, sha256: meta.sha256, unused: !isBlobInUse(ctx.db, meta.sha256) };
  }).immediate();
  // Candidate files are personal data: bytes nobody uses any more are removed, not left behind.
  if (unused) removeAttachment(ctx.attachmentsDir, sha256);
  ctx.changed('candidates', [candidateId]);
  return { id };
}

export const attachmentsHandlers: HandlerGroup<AttachmentsChannel> = {
  'attachments:add': (input, ctx) => addAttachment(ctx, input),

  'attachments:content': ({ id }, ctx) => {
    const meta = getAttachmentMeta(ctx.db, id);
    if (!meta) throw notFound('That file');
    const bytes = readAttachment(ctx.attachmentsDir, meta.sha256);
    if (!bytes) throw new DomainError('unavailable', 'The stored copy of this file is missing from the data folder. Add the file again.');
    // Word and text files preview as their text; the renderer cannot read a .docx itself.
    const withText = meta.mimeType === DOCX_MIME || meta.mimeType === 'text/plain';
    return { mimeType: meta.mimeType, base64: bytes.toString('base64'), fileName: meta.fileName, ...(withText ? { text: getAttachmentText(ctx.db, id)?.text ?? '' } : {}) };
  },

  'attachments:text': ({ id }, ctx) => {
    const row = getAttachmentText(ctx.db, id);
    if (!row) throw notFound('That file');
    return row;
  },

  'attachments:delete': ({ id }, ctx) => deleteAttachment(ctx, id),
};
