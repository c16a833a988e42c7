// Keeping a candidate's file once its bytes are stored and its text read: the row, the search index, the
// candidate's updated_at and the timeline entry. Shared by attachments:add and candidate intake. Runs in
// plain Node; the caller holds the transaction.
import type { AttachmentKind, AttachmentMimeType } from '../../contract';
import { logActivity } from '../activity/activity-repo';
import { reindexCandidate } from '../candidates/candidates-search-repo';
import { touchCandidate } from '../candidates/candidates-repo';
import type { Db } from '../db/open-database';
import { insertAttachment } from './attachments-repo';

export interface KeptFile {
  id: string;
  candidateId: string;
  kind: AttachmentKind;
  fileName: string;
  mimeType: AttachmentMimeType;
  sizeBytes: number;
  /** Its bytes' SHA-256, already in the attachment store. */
  sha256: string;
  text: string;
  warning: string | null;
}

/** Records a stored file on a candidate; call inside a transaction. */
export function recordAttachment(db: Db, file: KeptFile, stamp: string): void {
  insertAttachment(db, {
    id: file.id,
    candidate_id: file.candidateId,
    kind: file.kind,
    file_name: file.fileName,
    mime_type: file.mimeType,
    size_bytes: file.sizeBytes,
    sha256: file.sha256,
    extracted_text: file.text,
    extraction_note: file.warning ?? '',
    created_at: stamp,
    updated_at: stamp,
  });
  reindexCandidate(db, file.candidateId);
  touchCandidate(db, file.candidateId, stamp);
  const details = { attachmentId: file.id, fileName: file.fileName, kind: file.kind };
  logActivity(db, { entityType: 'candidate', entityId: file.candidateId, action: 'file_added', details, at: stamp });
}
