// The work done on files from outside Hirebook, whose contents may be built to overload a reader: a
// résumé's text (PDF through pdfjs, Word through mammoth after the zip guard) and a job-description file
// read by path and parsed (.docx through the zip guard and mammoth, HTML, Markdown, text), and a saved
// e-mail (.eml, .msg) read into sender, body and attachments. The same code
// runs in the untrusted-file worker (the app and the CLI) or, without workers, on the core's thread
// (tests). A refusal comes back as plain data, so it crosses from the worker intact. Runs in plain Node.
import type { AttachmentMimeType, FieldIssue } from '../../contract';
import type { ParsedJobDescription } from '../../contract/jd-schemas';
import { extractText, type Extracted } from '../attachments/attachments-extract';
import { DomainError } from '../errors';
import { parseJobDescriptionPath } from '../job-descriptions/jd-import-formats';
import { parseMail, type MailFormat, type ParsedMail } from './mail-parse';

export type UntrustedFileTask =
  | { kind: 'resume-text'; bytes: Uint8Array; mimeType: AttachmentMimeType }
  | { kind: 'job-description'; path: string }
  | { kind: 'mail'; bytes: Uint8Array; format: MailFormat };

export interface TaskValues {
  'resume-text': Extracted;
  'job-description': ParsedJobDescription;
  mail: ParsedMail;
}

/** Why a file was refused, as a DomainError carries it. */
export interface Refusal {
  code: DomainError['code'];
  message: string;
  issues?: FieldIssue[] | undefined;
}

export type UntrustedFileAnswer<K extends UntrustedFileTask['kind'] = UntrustedFileTask['kind']> =
  | { ok: true; value: TaskValues[K] }
  | { ok: false; refusal: Refusal };

async function valueOf(task: UntrustedFileTask): Promise<TaskValues[UntrustedFileTask['kind']]> {
  if (task.kind === 'resume-text') return extractText(task.bytes, task.mimeType);
  if (task.kind === 'mail') return parseMail(task.bytes, task.format);
  return parseJobDescriptionPath(task.path);
}

/** Does the task; a DomainError (a refused file) becomes a refusal, anything else is a bug and throws. */
export async function runUntrustedFileTask<K extends UntrustedFileTask['kind']>(task: UntrustedFileTask & { kind: K }): Promise<UntrustedFileAnswer<K>> {
  try {
    // valueOf answers the kind it was given.
    return { ok: true, value: (await valueOf(task)) as TaskValues[K] };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { ok: false, refusal: { code: error.code, message: error.message, issues: error.issues } };
  }
}
