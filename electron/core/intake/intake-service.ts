// Candidate intake: résumé files, folders of them and saved e-mails, each turned into a candidate (or added
// to the stored candidate with the same e-mail or phone), with the file kept, the e-mail kept as a note and
// a file, and everyone added to the role's first stage when a role is given. One file at a time, each in its
// own transaction: progress events between files, a cancel stops before the next file, and a file that
// cannot be used is reported with its reason without stopping the batch. Runs in plain Node on the core's
// thread; every parser of the files' contents runs in the untrusted-file worker.
import { randomUUID } from 'node:crypto';
import { ZodError } from 'zod';
import type { AttachmentKind, AttachmentMimeType, DuplicateMatch, IntakeInput, IntakeItem, IntakeReport } from '../../contract';
import { CANDIDATE_LIMITS, CandidateFieldsShape, PIPELINE_LIMITS } from '../../contract';
import { addNote, createApplication } from '../applications/applications-service';
import { applicationFor } from '../applications/applications-repo';
import { isBlobInUse } from '../attachments/attachments-repo';
import { sniffMimeType, suggestionsFromText, tooLargeMessage, UNKNOWN_TYPE_MESSAGE } from '../attachments/attachments-rules';
import { recordAttachment } from '../attachments/attachments-service';
import { findDuplicates } from '../candidates/candidates-duplicates-repo';
import { getCandidate, newCandidate } from '../candidates/candidates-repo';
import { createCandidate, patchCandidate } from '../candidates/candidates-service';
import { nextStamp } from '../clock';
import type { CoreContext } from '../core-context';
import { DomainError, notFound, PartlySavedError } from '../errors';
import { putAttachment, removeAttachment } from '../files/attachment-store';
import { readFileLimited } from '../files/read-file';
import type { BatchJob } from '../jobs';
import { getRole } from '../roles/roles-repo';
import { parseMailBytes, resumeText } from '../untrusted-files/untrusted-file-client';
import type { ParsedMail } from '../untrusted-files/mail-parse';
import { expandPaths, type IntakeEntry } from './intake-files';
import { intakeTags, mailDraft, mailNote, readerFor, resumeDraft, summarize, type IntakeDraft } from './intake-rules';

const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const INTAKE_UNKNOWN_TYPE =
  'Hirebook reads résumés saved as PDF, Word (.docx) or plain text, and saved e-mails (.eml from most mail programs, .msg from Outlook); this file is none of those.';

/** A file to keep on the candidate, its text already read. */
interface FileToKeep {
  fileName: string;
  kind: AttachmentKind;
  bytes: Buffer;
  mimeType: AttachmentMimeType;
  text: string;
  warning: string | null;
}

/** What one file of the batch gives: the candidate's details, the files to keep, a note, and things to say. */
interface Gathered {
  draft: IntakeDraft;
  files: FileToKeep[];
  note: string | null;
  /** Said in the report whatever happens (an e-mail's attachment not kept). */
  remarks: string[];
  sourceDetail: string;
}

function refusal(message: string): DomainError {
  return new DomainError('invalid_input', message);
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

async function gatherResume(ctx: CoreContext, fileName: string, bytes: Buffer): Promise<Gathered> {
  const mimeType = sniffMimeType(bytes);
  if (mimeType === null) throw refusal(INTAKE_UNKNOWN_TYPE);
  const { text, warning } = await resumeText(ctx, bytes, mimeType);
  const draft = resumeDraft(suggestionsFromText(text), text, fileName, warning);
  return { draft, files: [{ fileName, kind: 'resume', bytes, mimeType, text, warning }], note: null, remarks: [], sourceDetail: `Résumé file ${fileName}` };
}

/** An e-mail's attachments that Hirebook keeps, their text read; the others are named in `remarks`. */
async function mailFiles(ctx: CoreContext, mail: ParsedMail, remarks: string[]): Promise<FileToKeep[]> {
  const kept: FileToKeep[] = [];
  for (const file of mail.files) {
    const bytes = asBuffer(file.bytes);
    const mimeType = bytes.length > 0 ? sniffMimeType(bytes) : null;
    if (bytes.length > CANDIDATE_LIMITS.attachmentBytes) {
      remarks.push(`The attachment "${file.fileName}" was not kept: ${tooLargeMessage(bytes.length, CANDIDATE_LIMITS.attachmentBytes)}`);
    } else if (mimeType === null) {
      remarks.push(`The attachment "${file.fileName}" was not kept: ${bytes.length === 0 ? 'it is empty.' : UNKNOWN_TYPE_MESSAGE}`);
    } else {
      try {
        const { text, warning } = await resumeText(ctx, bytes, mimeType);
        const kind: AttachmentKind = mimeType === 'image/png' || mimeType === 'image/jpeg' ? 'other' : 'resume';
        kept.push({ fileName: file.fileName, kind, bytes, mimeType, text, warning });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        remarks.push(`The attachment "${file.fileName}" was not kept: ${error.message}`);
      }
    }
  }
  return kept;
}

async function gatherMail(ctx: CoreContext, fileName: string, bytes: Buffer, format: 'eml' | 'msg'): Promise<Gathered> {
  const mail = await parseMailBytes(ctx, bytes, format);
  const remarks = [...mail.notes];
  const files = await mailFiles(ctx, mail, remarks);
  const resume = files.find((f) => f.kind === 'resume' && f.text !== '');
  const draft = mailDraft(mail, fileName, resume ? suggestionsFromText(resume.text) : null);
  // The message itself is kept as a text file too, so it stays with the person even without a role.
  const messageText = mailNote(mail, 1_000_000);
  const messageName = `${(mail.subject || 'E-mail').replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 100) || 'E-mail'}.txt`;
  const message: FileToKeep = { fileName: messageName, kind: 'cover_letter', bytes: Buffer.from(messageText, 'utf8'), mimeType: 'text/plain', text: messageText, warning: null };
  return { draft, files: [message, ...files], note: mailNote(mail, PIPELINE_LIMITS.noteBody), remarks, sourceDetail: `E-mail ${fileName}` };
}

/** Keeps only the e-mail addresses and phone numbers a candidate may hold (the same rules as the form). */
function validLists(draft: IntakeDraft): Pick<IntakeDraft, 'emails' | 'phones'> {
  const ok = (schema: typeof CandidateFieldsShape.shape.emails | typeof CandidateFieldsShape.shape.phones, value: string) => schema.safeParse([value]).success;
  return {
    emails: draft.emails.filter((e) => ok(CandidateFieldsShape.shape.emails, e)),
    phones: draft.phones.filter((p) => ok(CandidateFieldsShape.shape.phones, p)),
  };
}

/** A stored candidate with the same e-mail or phone: the same person, so the file is added to them. */
function strongMatch(matches: DuplicateMatch[]): DuplicateMatch | undefined {
  return matches.find((m) => m.reasons.includes('email') || m.reasons.includes('phone'));
}

interface Saved {
  candidateId: string;
  candidateName: string;
  merged: DuplicateMatch | null;
  similar: DuplicateMatch[];
}

/** One transaction: the candidate (new, or the matching one), the files, the application and the note. */
function save(ctx: CoreContext, gathered: Gathered, shas: string[], roleId: string | undefined): Saved {
  return ctx.db.transaction((): Saved => {
    const { draft } = gathered;
    const lists = validLists(draft);
    const probe = { fullName: draft.fullName, ...lists };
    const matches = findDuplicates(ctx.db, probe);
    const strong = strongMatch(matches);
    let candidateId: string;
    let candidateName: string;
    if (strong) {
      const existing = getCandidate(ctx.db, strong.candidateId);
      if (!existing) throw notFound('That candidate');
      candidateId = existing.id;
      candidateName = existing.fullName;
      const patch = {
        emails: [...existing.emails, ...lists.emails].slice(0, CANDIDATE_LIMITS.emails),
        phones: [...existing.phones, ...lists.phones].slice(0, CANDIDATE_LIMITS.phones),
      };
      patchCandidate(ctx.db, { id: candidateId, patch }, (previous) => nextStamp(ctx, previous));
    } else {
      const fields = {
        ...CandidateFieldsShape.parse({ fullName: draft.fullName }),
        ...lists,
        sourceDetail: gathered.sourceDetail.slice(0, CANDIDATE_LIMITS.sourceDetail),
        tags: intakeTags(draft),
      };
      const candidate = newCandidate(randomUUID(), fields, nextStamp(ctx));
      createCandidate(ctx.db, candidate);
      candidateId = candidate.id;
      candidateName = candidate.fullName;
    }
    gathered.files.forEach((file, i) => {
      const kept = { id: randomUUID(), candidateId, kind: file.kind, fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.bytes.length, sha256: shas[i] as string, text: file.text, warning: file.warning };
      recordAttachment(ctx.db, kept, nextStamp(ctx));
    });
    if (roleId !== undefined) {
      const stamp = nextStamp(ctx);
      const app = applicationFor(ctx.db, candidateId, roleId) ?? createApplication(ctx.db, candidateId, roleId, undefined, stamp);
      if (gathered.note !== null) addNote(ctx.db, app, { id: randomUUID(), applicationId: app.id, body: gathered.note, createdAt: stamp });
    }
    return { candidateId, candidateName, merged: strong ?? null, similar: strong ? [] : matches };
  }).immediate();
}

function fileLimit() {
  return {
    maxBytes: CANDIDATE_LIMITS.attachmentBytes,
    what: 'file',
    tooLargeMessage: (size: number) => tooLargeMessage(size, CANDIDATE_LIMITS.attachmentBytes),
  };
}

/** Reads, parses and saves one file; a file that cannot be used throws a DomainError saying why. */
async function intakeFile(ctx: CoreContext, entry: IntakeEntry, roleId: string | undefined): Promise<IntakeItem> {
  if (entry.refusal) throw refusal(entry.refusal);
  const read = readFileLimited(entry.path, fileLimit());
  const bytes = asBuffer(read.bytes);
  if (bytes.length === 0) throw refusal('This file is empty.');
  const reader = readerFor(entry.fileName, bytes);
  const gathered = reader === 'resume' ? await gatherResume(ctx, entry.fileName, bytes) : await gatherMail(ctx, entry.fileName, bytes, reader);
  const shas = gathered.files.map((f) => putAttachment(ctx.attachmentsDir, f.bytes));
  let saved: Saved;
  try {
    saved = save(ctx, gathered, shas, roleId);
  } catch (error) {
    for (const sha of new Set(shas)) if (!isBlobInUse(ctx.db, sha)) removeAttachment(ctx.attachmentsDir, sha);
    // Details a candidate may not hold (the same rules as the form): this file is refused, the batch goes on.
    if (error instanceof ZodError) throw refusal(`The details found in this file could not be stored (${error.issues[0]?.message ?? 'invalid'}). Add this person by hand.`);
    throw error;
  }
  const base = { path: entry.path, fileName: entry.fileName, candidateId: saved.candidateId, candidateName: saved.candidateName };
  if (saved.merged) {
    const by = saved.merged.reasons.includes('email') ? 'e-mail address' : 'phone number';
    const reasons = [`Same ${by} as ${saved.merged.fullName}, who was already here: the file was added to them.`, ...gathered.remarks];
    return { ...base, outcome: 'merged', needsLook: false, reasons, duplicates: [] };
  }
  return { ...base, outcome: 'created', needsLook: gathered.draft.needsLook, reasons: [...gathered.draft.reasons, ...gathered.remarks], duplicates: saved.similar };
}

function refusedItem(entry: IntakeEntry, message: string): IntakeItem {
  return { path: entry.path, fileName: entry.fileName, outcome: 'refused', needsLook: false, reasons: [message], duplicates: [] };
}

async function runBatch(ctx: CoreContext, input: IntakeInput, job: BatchJob, entries: IntakeEntry[], items: IntakeItem[]): Promise<void> {
  for (const [done, entry] of entries.entries()) {
    ctx.emit('candidates:intake-progress', { jobId: input.jobId, done, total: entries.length, fileName: entry.fileName });
    await yieldToEvents();
    if (job.cancelled) return;
    try {
      items.push(await intakeFile(ctx, entry, input.roleId));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      items.push(refusedItem(entry, error.message));
    }
  }
  ctx.emit('candidates:intake-progress', { jobId: input.jobId, done: entries.length, total: entries.length, fileName: '' });
}

/** Runs the batch; files handled before a cancel (or a failure of the data file) stay saved. */
export async function runIntake(ctx: CoreContext, input: IntakeInput): Promise<IntakeReport> {
  if (input.roleId !== undefined && !getRole(ctx.db, input.roleId)) throw notFound('That role');
  const entries = expandPaths(ctx.grants, input.paths);
  const job = ctx.jobs.start(input.jobId);
  if (!job) throw new DomainError('conflict', 'An intake with this job id is already running.');
  const items: IntakeItem[] = [];
  try {
    await runBatch(ctx, input, job, entries, items);
  } catch (error) {
    const kept = items.filter((i) => i.outcome !== 'refused').length;
    if (kept === 0) throw error;
    throw new PartlySavedError(`${kept} ${kept === 1 ? 'file was' : 'files were'} added and saved before this`, error);
  } finally {
    ctx.jobs.finish(input.jobId);
    if (items.some((i) => i.outcome !== 'refused')) {
      ctx.changed('candidates', []);
      if (input.roleId !== undefined) ctx.changed('pipeline', [input.roleId]);
    }
  }
  return summarize(items, job.cancelled && items.length < entries.length, entries.length - items.length);
}
