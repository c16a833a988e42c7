// Messages to candidates: templates with placeholders, drafts for the owner's own mail program (a mailto: link
// or a saved .eml file), and the log of drafts made. Hirebook never sends mail itself. Runs anywhere.
import { z } from 'zod';
import { FilePath, IsoDateTime, Uuid, text } from './common-schemas';
import { AbsoluteFolder } from './posting-schemas';

export const MESSAGE_KINDS = ['acknowledgement', 'invitation', 'rejection', 'offer', 'custom'] as const;
export const MessageKind = z.enum(MESSAGE_KINDS);
export type MessageKind = z.infer<typeof MessageKind>;

export const MESSAGE_KIND_LABELS: Record<MessageKind, string> = {
  acknowledgement: 'Acknowledgement',
  invitation: 'Interview invitation',
  rejection: 'Rejection',
  offer: 'Offer',
  custom: 'Your own',
};

export const MESSAGE_HOWS = ['mailto', 'eml'] as const;
/** How the draft reached the mail program: a mailto: link opened, or an .eml file saved. */
export const MessageHow = z.enum(MESSAGE_HOWS);
export type MessageHow = z.infer<typeof MessageHow>;

/** `many`: people in one messages:draft-eml-many call (the window sends a selection a few at a time, for progress). */
export const MESSAGE_LIMITS = { name: 100, subject: 300, body: 20000, many: 200 } as const;

/** The placeholders a template may use, as the owner types them (pay, start date and expiry date: the application's latest offer). */
export const MESSAGE_PLACEHOLDERS = ['first name', 'full name', 'role', 'company', 'owner name', 'interview time', 'interview place', 'pay', 'start date', 'expiry date'] as const;
export type MessagePlaceholder = (typeof MESSAGE_PLACEHOLDERS)[number];

export const MessageTemplate = z.object({
  id: Uuid,
  kind: MessageKind,
  name: z.string(),
  subject: z.string(),
  body: z.string(),
  /** For a rejection: the rejection reason it is worded for (null: any). */
  rejectionReasonId: Uuid.nullable(),
  /** Shipped with Hirebook (still editable). */
  builtin: z.boolean(),
  updatedAt: IsoDateTime,
});
export type MessageTemplate = z.infer<typeof MessageTemplate>;

export const MessageTemplateList = z.object({ templates: z.array(MessageTemplate) });
export type MessageTemplateList = z.infer<typeof MessageTemplateList>;

/** A new template (no id) or the edited one. */
export const MessageTemplateSaveInput = z
  .object({
    id: Uuid.optional(),
    kind: MessageKind,
    name: text(MESSAGE_LIMITS.name).min(1, { message: 'Name the template' }),
    subject: text(MESSAGE_LIMITS.subject).min(1, { message: 'Write a subject' }),
    body: z.string().max(MESSAGE_LIMITS.body, { message: `Keep the message under ${MESSAGE_LIMITS.body} characters` }),
    rejectionReasonId: Uuid.nullable().default(null),
  })
  .strict();
export type MessageTemplateSaveInput = z.input<typeof MessageTemplateSaveInput>;

export const MessageDraftInput = z.object({ applicationId: Uuid, templateId: Uuid }).strict();
export type MessageDraftInput = z.infer<typeof MessageDraftInput>;

/** A template filled for one person: one recipient, never several. */
export const MessageDraft = z.object({
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  /** The mailto: link (one address, subject and body), or null when it is too long for a link: save a draft file instead. */
  mailto: z.string().nullable(),
  /** Placeholders left as typed because Hirebook does not know them (e.g. "{salary}"). */
  unknownPlaceholders: z.array(z.string()),
  /** Known placeholders with nothing to fill in for this person (e.g. "{interview time}" with no interview booked). */
  emptyPlaceholders: z.array(z.string()),
  /** The interview whose time and place were filled in (and whose .ics a draft file carries), or null. */
  interviewId: Uuid.nullable(),
});
export type MessageDraft = z.infer<typeof MessageDraft>;

/** Save the draft as an .eml file at `path` (a new file; an existing one only with `replace`). */
export const MessageDraftEmlInput = z
  .object({
    applicationId: Uuid,
    templateId: Uuid,
    /** The file to write, in a folder the owner chose (the folder dialog) or named on the command line. */
    path: FilePath,
    replace: z.boolean().default(false),
  })
  .strict();
export type MessageDraftEmlInput = z.input<typeof MessageDraftEmlInput>;

export const MessageDraftEmlResult = MessageDraft.extend({
  /** The file written (absolute). */
  path: z.string(),
  bytes: z.number().int(),
  /** File names attached (the interview's .ics for an invitation). */
  attachments: z.array(z.string()),
});
export type MessageDraftEmlResult = z.infer<typeof MessageDraftEmlResult>;

export const MessageLogInput = z.object({ applicationId: Uuid, templateId: Uuid, how: MessageHow }).strict();
export type MessageLogInput = z.infer<typeof MessageLogInput>;

/** One draft handed to the mail program. */
export const MessageRecord = z.object({
  id: Uuid,
  applicationId: Uuid,
  templateId: Uuid.nullable(),
  kind: MessageKind,
  subject: z.string(),
  how: MessageHow,
  createdAt: IsoDateTime,
});
export type MessageRecord = z.infer<typeof MessageRecord>;

/** One .eml draft per person, all from one template, written into a folder the owner chose. */
export const MessageDraftEmlManyInput = z
  .object({
    templateId: Uuid,
    applicationIds: z
      .array(Uuid)
      .min(1, { message: 'Select at least one person' })
      .max(MESSAGE_LIMITS.many, { message: `Save at most ${MESSAGE_LIMITS.many} drafts at a time` })
      .refine((ids) => new Set(ids).size === ids.length, { message: 'Each person once' }),
    /** The folder (from the folder dialog, or named on the command line); each file gets a new name there. */
    folder: AbsoluteFolder,
  })
  .strict();
export type MessageDraftEmlManyInput = z.infer<typeof MessageDraftEmlManyInput>;

export const MessageDraftEmlMany = z.object({
  /** One file per person, in the order asked, each to that person alone and logged on their timeline. */
  saved: z.array(z.object({ applicationId: Uuid, candidateName: z.string(), to: z.string(), subject: z.string(), path: z.string(), bytes: z.number().int() })),
  /** People with no draft, and why in plain words (no e-mail address, an address that does not look right …). */
  skipped: z.array(z.object({ applicationId: Uuid, candidateName: z.string(), reason: z.string() })),
});
export type MessageDraftEmlMany = z.infer<typeof MessageDraftEmlMany>;

/** Put a built-in template's wording back as Hirebook shipped it. */
export const MessageTemplateRestoreInput = z.object({ id: Uuid }).strict();
export type MessageTemplateRestoreInput = z.infer<typeof MessageTemplateRestoreInput>;
