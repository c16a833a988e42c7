// Attachments: a candidate's files (résumés, cover letters).
// A spec per name in ./attachments-channels.ts, no more, no fewer (else a type error); handlers: core/attachments/attachments-handlers.ts.
import { z } from 'zod';
import { AttachmentAddInput, AttachmentAddResult, AttachmentContent, AttachmentText } from '../candidates-schemas';
import { IdInput } from '../common-schemas';
import type { DomainContract } from '../channel-spec';
import type { AttachmentsChannel } from './attachments-channels';

export type { AttachmentsChannel };

export const attachmentsContract = {
  'attachments:add': {
    input: AttachmentAddInput,
    output: AttachmentAddResult,
    doc: "Keep a PDF, DOCX, TXT or image file (given by its path) on a candidate (up to 20 MB); its text is made searchable and contact details found in it are suggested.",
  },
  'attachments:content': { input: IdInput, output: AttachmentContent, doc: "A stored file's bytes (base64) and type, for the in-app preview." },
  'attachments:text': { input: IdInput, output: AttachmentText, doc: 'The text read from a stored file (for reading a résumé beside interview mode).' },
  'attachments:delete': { input: IdInput, output: z.object({ id: z.string() }), doc: 'Remove a file from a candidate.' },
} as const satisfies DomainContract<AttachmentsChannel>;
