// Messages: templates, drafts for the owner's mail program, and their log.
// A spec per name in ./messages-channels.ts, no more, no fewer (else a type error); handlers: core/messages/messages-handlers.ts.
import { EmptyInput } from '../common-schemas';
import {
  MessageDraft,
  MessageDraftEmlInput,
  MessageDraftEmlMany,
  MessageDraftEmlManyInput,
  MessageDraftEmlResult,
  MessageDraftInput,
  MessageLogInput,
  MessageRecord,
  MessageTemplate,
  MessageTemplateList,
  MessageTemplateRestoreInput,
  MessageTemplateSaveInput,
} from '../message-schemas';
import type { DomainContract } from '../channel-spec';
import type { MessagesChannel } from './messages-channels';

export type { MessagesChannel };

export const messagesContract = {
  'messages:templates': { input: EmptyInput, output: MessageTemplateList, doc: 'The message templates (acknowledgement, invitation, rejections, offer, your own), by kind.' },
  'messages:template-save': { input: MessageTemplateSaveInput, output: MessageTemplate, doc: 'Add a message template, or save the edited one.' },
  'messages:template-restore': {
    input: MessageTemplateRestoreInput,
    output: MessageTemplate,
    doc: 'Put a built-in template\'s name, subject and text back as Hirebook shipped them.',
  },
  'messages:draft': {
    input: MessageDraftInput,
    output: MessageDraft,
    doc: 'A template filled in for one application: the one recipient, subject, text and a mailto: link (nothing is sent or logged).',
  },
  'messages:draft-eml': {
    input: MessageDraftEmlInput,
    output: MessageDraftEmlResult,
    doc: 'Save the filled template as an unsent .eml draft (with the interview\'s .ics for an invitation) and log it on the timeline.',
  },
  'messages:draft-eml-many': {
    input: MessageDraftEmlManyInput,
    output: MessageDraftEmlMany,
    doc: 'Save one unsent .eml draft per person (each to that person alone) into a chosen folder and log each; people without a usable e-mail address are listed as skipped.',
  },
  'messages:log': { input: MessageLogInput, output: MessageRecord, doc: 'Log a draft handed to the mail program on the candidate\'s timeline.' },
} as const satisfies DomainContract<MessagesChannel>;
