// Drafts of messages to one candidate: a template filled for an application (messages-rules.ts), as a mailto:
// link or an unsent .eml draft file (built by nodemailer's MailComposer, with the interview's .ics attached to
// an invitation), and the log entry that puts "Message drafted" on the timeline. Always one recipient: a
// draft never shows several people's addresses. Hirebook never sends mail itself. Runs in plain Node.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { singleAddress, type Interview, type MessageDraft, type MessageDraftEmlResult, type MessageHow, type MessageRecord, type MessageTemplate } from '../../contract';
import { logActivity } from '../activity/activity-repo';
import { getApplication, roleTitleOf } from '../applications/applications-repo';
import { explainFileError, fsyncFolder } from '../backup/backup-files';
import { getCandidate } from '../candidates/candidates-repo';
import { nextStamp } from '../clock';
import { getCompany } from '../company/company-repo';
import type { CoreContext } from '../core-context';
import type { Db } from '../db/open-database';
import { DomainError, notFound } from '../errors';
import { checkTargetFree, pathFolder, placeFile, tempBeside } from '../files/place-file';
import { interviewIcs } from '../interviews/interviews-ics';
import { listInterviews, mustGetInterviewRow } from '../interviews/interviews-repo';
import { latestOfferOf } from '../offers/offers-repo';
import { offerPlaceholders } from '../offers/offers-rules';
import { postingLocale } from '../postings/posting-format';
import { getTemplate, insertMessage } from './messages-repo';
import { fillMessage, firstNameOf, interviewTimeWords, mailtoLink, type PlaceholderValues } from './messages-rules';

interface Prepared {
  draft: MessageDraft;
  template: MessageTemplate;
  interview: Interview | null;
}

/** The interview a draft speaks of: the next one still booked, else the latest booked one; null when none. */
function bookedInterview(db: Db, applicationId: string, now: Date): Interview | null {
  const booked = listInterviews(db, { applicationId, statuses: ['scheduled'], order: 'asc', limit: 200 }, now);
  return booked.find((i) => Date.parse(i.startsAt) >= now.getTime()) ?? booked.at(-1) ?? null;
}

/** What each placeholder stands for in one application's messages and letters, and the interview they speak of. */
export function placeholderValues(db: Db, applicationId: string, fullName: string, now: Date): { values: PlaceholderValues; interview: Interview | null } {
  const interview = bookedInterview(db, applicationId, now);
  const { name: company, paperSize } = getCompany(db);
  const values: PlaceholderValues = {
    'first name': firstNameOf(fullName),
    'full name': fullName,
    role: roleTitleOf(db, applicationId),
    company,
    // Hirebook keeps no separate owner name: the company signs.
    'owner name': company,
    'interview time': interview ? interviewTimeWords(interview.startsAt, interview.timeZone) : '',
    'interview place': interview?.location ?? '',
    ...offerPlaceholders(latestOfferOf(db, applicationId), postingLocale(paperSize)),
  };
  return { values, interview };
}

/** The template filled for one application's candidate; refuses plainly when they have no usable e-mail address. */
export function prepareDraft(db: Db, applicationId: string, templateId: string, now: Date): Prepared {
  const application = getApplication(db, applicationId);
  if (!application) throw notFound('That application');
  const template = getTemplate(db, templateId);
  if (!template) throw notFound('That message template');
  const candidate = getCandidate(db, application.candidate_id);
  if (!candidate) throw notFound('That candidate');
  const first = candidate.emails[0];
  if (first === undefined) {
    throw new DomainError('conflict', `${candidate.fullName} has no e-mail address. Add one to their profile first.`);
  }
  const to = singleAddress(first);
  if (to === null) throw new DomainError('conflict', `${candidate.fullName}'s e-mail address does not look right. Correct it on their profile first.`);
  const { values, interview } = placeholderValues(db, applicationId, candidate.fullName, now);
  const filled = fillMessage(template.subject, template.body, values);
  const draft: MessageDraft = {
    to,
    subject: filled.subject,
    body: filled.body,
    mailto: mailtoLink(to, filled.subject, filled.body),
    unknownPlaceholders: filled.unknown,
    emptyPlaceholders: filled.empty,
    interviewId: interview?.id ?? null,
  };
  return { draft, template, interview };
}

/** Logs one draft handed to the mail program: a messages row and the timeline's 'message_drafted' entry. */
function recordMessage(ctx: CoreContext, applicationId: string, prepared: Prepared, how: MessageHow): MessageRecord {
  const record: MessageRecord = {
    id: randomUUID(),
    applicationId,
    templateId: prepared.template.id,
    kind: prepared.template.kind,
    subject: prepared.draft.subject,
    how,
    createdAt: nextStamp(ctx),
  };
  insertMessage(ctx.db, record);
  logActivity(ctx.db, {
    entityType: 'application',
    entityId: applicationId,
    action: 'message_drafted',
    details: { subject: record.subject, kind: record.kind, how, messageId: record.id },
    at: record.createdAt,
  });
  return record;
}

/** messages:log: the draft as it stands now, logged. */
export function logMessage(ctx: CoreContext, applicationId: string, templateId: string, how: MessageHow): MessageRecord {
  const record = ctx.db
    .transaction(() => recordMessage(ctx, applicationId, prepareDraft(ctx.db, applicationId, templateId, ctx.now()), how))
    .immediate();
  ctx.changed('applications', [applicationId]);
  return record;
}

/** The .eml bytes: To, Subject, Date, X-Unsent: 1 (mail programs open it as a draft to send), and attachments. */
/** A file carried by a draft: the interview's .ics, or an offer's letter. */
export interface DraftAttachment {
  filename: string;
  content: string | Buffer;
  contentType: string;
}

export async function emlBytes(draft: MessageDraft, date: Date, attachments: readonly DraftAttachment[]): Promise<Buffer> {
  const mail = new MailComposer({
    to: draft.to,
    subject: draft.subject,
    text: draft.body,
    date,
    headers: { 'X-Unsent': '1' },
    attachments: attachments.map((a) => ({ ...a })),
  });
  return mail.compile().build();
}

/** messages:draft-eml: writes the draft file where the owner chose (with `extra` files attached too), then logs it. */
export async function saveEmlDraft(
  ctx: CoreContext,
  input: { applicationId: string; templateId: string; path: string; replace?: boolean },
  extra: readonly DraftAttachment[] = [],
): Promise<MessageDraftEmlResult> {
  ctx.grants.checkFolder(pathFolder(input.path), ['path']);
  const target = path.resolve(input.path);
  const replace = input.replace ?? false;
  const prepared = ctx.db.transaction(() => prepareDraft(ctx.db, input.applicationId, input.templateId, ctx.now()))();
  checkTargetFree(target, replace);
  const attachments: DraftAttachment[] = [];
  if (prepared.template.kind === 'invitation' && prepared.interview) {
    const ics = interviewIcs(prepared.interview, mustGetInterviewRow(ctx.db, prepared.interview.id).sequence);
    attachments.push({ filename: ics.fileName, content: ics.content, contentType: 'text/calendar; charset=utf-8' });
  }
  attachments.push(...extra);
  const bytes = await emlBytes(prepared.draft, ctx.now(), attachments);
  const temp = tempBeside(target);
  try {
    fs.writeFileSync(temp, bytes);
    placeFile(temp, target, replace);
    fsyncFolder(path.dirname(target));
  } catch (error) {
    throw explainFileError(error, 'saving the draft');
  } finally {
    fs.rmSync(temp, { force: true });
  }
  ctx.db.transaction(() => recordMessage(ctx, input.applicationId, prepared, 'eml')).immediate();
  ctx.changed('applications', [input.applicationId]);
  return { ...prepared.draft, path: target, bytes: bytes.length, attachments: attachments.map((a) => a.filename) };
}
