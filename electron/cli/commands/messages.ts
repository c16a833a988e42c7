// `hirebook messages templates|draft`: the message templates by kind, and a template filled for one
// application saved as an unsent .eml draft (To, Subject, X-Unsent: 1; an invitation carries the interview's
// .ics) to open in a mail program and send from there; the draft is logged on the candidate's timeline.
// --json prints each channel's answer. Runs in plain Node.
import path from 'node:path';
import { MESSAGE_KIND_LABELS, type MessageDraftEmlResult, type MessageTemplate, type MessageTemplateList } from '../../contract';
import type { Core } from '../../core/create-core';
import { write, type CliIo } from '../io';
import type { MessagesCommand } from '../messages-args';
import { checkWritable } from '../out-file';
import { formatTable, type Column } from '../table';
import { valueOr } from './posting';

const COLUMNS: readonly Column<MessageTemplate>[] = [
  { header: 'ID', cell: (t) => t.id },
  { header: 'KIND', cell: (t) => MESSAGE_KIND_LABELS[t.kind] },
  { header: 'NAME', max: 40, cell: (t) => t.name },
  { header: 'SUBJECT', max: 50, cell: (t) => t.subject },
];

function draftText(result: MessageDraftEmlResult): string {
  const lines = [`Saved a draft to ${result.to} at ${result.path} (${result.bytes} bytes): open it in your mail program and send it from there.`, `Subject: ${result.subject}`];
  if (result.attachments.length > 0) lines.push(`Attached: ${result.attachments.join(', ')}`);
  if (result.unknownPlaceholders.length > 0) lines.push(`Left as typed (Hirebook does not know them): ${result.unknownPlaceholders.join(', ')}`);
  if (result.emptyPlaceholders.length > 0) lines.push(`Left as typed (nothing to fill in for this person): ${result.emptyPlaceholders.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

export async function runMessages(core: Core, command: MessagesCommand, io: CliIo): Promise<void> {
  const out = (value: unknown, text: string) => write(io.stdout, command.json ? `${JSON.stringify(value, null, 2)}\n` : text);
  switch (command.kind) {
    case 'messages-templates': {
      const list = valueOr<MessageTemplateList>(await core.dispatch('messages:templates', {}));
      return out(list, `${formatTable(list.templates, COLUMNS)}\n`);
    }
    case 'messages-draft': {
      const file = path.resolve(command.out);
      checkWritable(file, command.force);
      const result = valueOr<MessageDraftEmlResult>(
        await core.dispatch('messages:draft-eml', { applicationId: command.applicationId, templateId: command.templateId, path: file, replace: command.force }),
      );
      return out(result, draftText(result));
    }
  }
}
