// Migration 13: messages to candidates.
// - message_templates: the wording the owner writes to candidates with, by kind (acknowledgement, interview
//   invitation, rejection, offer, the owner's own), with placeholders such as {first name} filled when a
//   draft is made (core/messages/messages-rules.ts). Seeded with plainly worded built-ins: one of each kind,
//   and a kind rejection for each rejection reason Hirebook ships with ("we rejected" ones), linked to that
//   reason when the owner still has it.
// - messages: the log of drafts handed to the owner's mail program (a mailto: link or a saved .eml file): which
//   application, which template and kind, the subject, when and how. Hirebook never sends mail itself. The
//   timeline shows each one through its activity entry ('message_drafted'). Erasing a person removes their
//   messages with their applications (cascade); anonymising clears the subjects.
// Runs in plain Node inside migrate(). Released migrations are frozen: the wording is written out here, and
// builtinTemplates() also gives it to messages:template-restore (a built-in put back as shipped).
import { randomUUID } from 'node:crypto';
import type { Migration } from './migration';

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

const TABLES = `
CREATE TABLE message_templates (
  id TEXT PRIMARY KEY NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('acknowledgement', 'invitation', 'rejection', 'offer', 'custom')),
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
  subject TEXT NOT NULL CHECK (length(subject) <= 300),
  body TEXT NOT NULL CHECK (length(body) <= 20000),
  rejection_reason_id TEXT REFERENCES rejection_reasons (id) ON DELETE SET NULL,
  builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  position INTEGER NOT NULL CHECK (position >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX message_templates_by_kind ON message_templates (kind, position);

CREATE TABLE messages (
  id TEXT PRIMARY KEY NOT NULL,
  application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  template_id TEXT REFERENCES message_templates (id) ON DELETE SET NULL,
  kind TEXT NOT NULL CHECK (kind IN ('acknowledgement', 'invitation', 'rejection', 'offer', 'custom')),
  subject TEXT NOT NULL CHECK (length(subject) <= 1000),
  how TEXT NOT NULL CHECK (how IN ('mailto', 'eml')),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX messages_by_application ON messages (application_id, created_at);
CREATE INDEX messages_by_template ON messages (template_id);
`;

type Kind = 'acknowledgement' | 'invitation' | 'rejection' | 'offer' | 'custom';

const SIGN_OFF = '\n\nKind regards,\n{company}';

const BUILTINS: ReadonlyArray<readonly [Kind, string, string, string]> = [
  [
    'acknowledgement',
    'Thanks for applying',
    'Thanks for applying: {role}',
    'Hello {first name},\n\nThank you for applying for the {role} job at {company}. We have your application and will read it carefully. We will be in touch as soon as we can about the next step.' +
      SIGN_OFF,
  ],
  [
    'invitation',
    'Interview invitation',
    'Interview for {role} at {company}',
    'Hello {first name},\n\nThank you for your interest in the {role} job. We would like to meet you.\n\nWhen: {interview time}\nWhere: {interview place}\n\nIf this time does not suit you, reply to this e-mail and we will find another one.' +
      SIGN_OFF,
  ],
  [
    'offer',
    'Job offer',
    'Job offer: {role} at {company}',
    'Hello {first name},\n\nWe are very pleased to offer you the {role} job at {company}. Thank you for the time you gave us during the process.\n\nPlease reply to this e-mail to let us know whether you accept, or if you have any questions.' +
      SIGN_OFF,
  ],
  [
    'rejection',
    'Not this time',
    'Your application for {role}',
    'Hello {first name},\n\nThank you for applying for the {role} job at {company}, and for the time you gave us. We have decided not to go further with your application this time.\n\nWe wish you every success in your search.' +
      SIGN_OFF,
  ],
  [
    'custom',
    'A short note',
    'About the {role} job',
    'Hello {first name},\n\n' + SIGN_OFF.trimStart(),
  ],
];

/** One kind rejection per rejection reason Hirebook ships with (migration 3's "we rejected" list). */
const REJECTIONS: ReadonlyArray<readonly [string, string]> = [
  [
    'Lacks qualifications',
    'Thank you for applying for the {role} job at {company}. This job needs qualifications we did not find in your application, so we will not take it further. We hope you will look at our other openings.',
  ],
  [
    'Lacks experience',
    'Thank you for applying for the {role} job at {company}. We are looking for someone with more experience in this kind of work, so we will not take your application further this time. We would be glad to hear from you again in future.',
  ],
  [
    'Salary expectations',
    'Thank you for applying for the {role} job at {company}, and for being open about your pay expectations. We cannot meet them for this job, so we will not take your application further.',
  ],
  [
    'A stronger candidate was chosen',
    'Thank you for applying for the {role} job at {company}. We had many good applicants, and we have offered the job to someone whose experience fits it more closely. This was not an easy choice.',
  ],
  [
    'Did not attend the interview',
    'We were sorry not to see you at the interview for the {role} job at {company}. As we could not meet, we have closed your application. If something got in the way, you are welcome to apply again.',
  ],
  [
    'Not eligible to work here',
    'Thank you for applying for the {role} job at {company}. We can only offer this job to people who are allowed to work here, so we cannot take your application further.',
  ],
  [
    'Position filled or cancelled',
    'Thank you for applying for the {role} job at {company}. This job is no longer open, so we cannot take your application further. We hope you will look at our other openings.',
  ],
];

/** One built-in template as shipped: its kind and position there identify it (messages:template-restore). */
export interface BuiltinTemplate {
  kind: Kind;
  position: number;
  name: string;
  subject: string;
  body: string;
  /** The shipped "we rejected" reason a rejection is worded for, by label. */
  reasonLabel: string | null;
}

/** The built-in templates in the order they are seeded. Also the defaults a built-in is restored to. */
export function builtinTemplates(): BuiltinTemplate[] {
  const positions: Record<Kind, number> = { acknowledgement: 0, invitation: 0, rejection: 0, offer: 0, custom: 0 };
  const out: BuiltinTemplate[] = [];
  for (const [kind, name, subject, body] of BUILTINS) out.push({ kind, position: positions[kind]++, name, subject, body, reasonLabel: null });
  for (const [label, text] of REJECTIONS) {
    const body = `Hello {first name},\n\n${text}\n\nThank you again for your interest.${SIGN_OFF}`;
    out.push({ kind: 'rejection', position: positions.rejection++, name: `Rejection: ${label}`, subject: 'Your application for {role}', body, reasonLabel: label });
  }
  return out;
}

/** The current "we rejected" reason with this label (an archived one last), or null. */
export const REASON_BY_LABEL = "SELECT id FROM rejection_reasons WHERE kind = 'we_rejected' AND label = ? ORDER BY archived_at IS NOT NULL, rowid LIMIT 1";

function seedTemplates(db: Parameters<Migration['up']>[0]): void {
  const insert = db.prepare(`INSERT INTO message_templates (id, kind, name, subject, body, rejection_reason_id, builtin, position, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, 1, ?, ${NOW}, ${NOW})`);
  const reasonByLabel = db.prepare(REASON_BY_LABEL).pluck();
  for (const t of builtinTemplates()) {
    const reasonId = t.reasonLabel === null ? null : ((reasonByLabel.get(t.reasonLabel) as string | undefined) ?? null);
    insert.run(randomUUID(), t.kind, t.name, t.subject, t.body, reasonId, t.position);
  }
}

export const migration0013: Migration = {
  version: 13,
  name: 'messages',
  up(db) {
    db.exec(TABLES);
    seedTemplates(db);
  },
};
