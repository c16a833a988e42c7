// `hirebook messages templates|draft|draft-many|restore`: the message templates by kind; a template filled for
// one application saved as an unsent .eml draft (To, Subject, X-Unsent: 1; an invitation carries the
// interview's .ics) to open in a mail program and send from there, logged on the candidate's timeline; one
// such draft per person into a folder (exit 1 when someone was skipped); a built-in template restored as
// shipped. --json prints each channel's answer. Runs in plain Node.
import path from 'node:path';
import { MESSAGE_KIND_LABELS, MESSAGE_LIMITS, type MessageDraftEmlMany, type MessageDraftEmlResult, type MessageTemplate, type MessageTemplateList } from '../../contract';
import type { Core } from '../../core/create-core';
import { CliFailure, write, type CliIo } from '../io';
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

function manyText(result: MessageDraftEmlMany, folder: string): string {
  const lines = [`Saved ${result.saved.length === 1 ? '1 draft' : `${result.saved.length} drafts`} in ${folder}, one per person: open each in your mail program and send it from there.`];
  for (const s of result.saved) lines.push(`  ${s.candidateName} <${s.to}>: ${path.basename(s.path)}`);
  if (result.skipped.length > 0) {
    lines.push(`Skipped ${result.skipped.length === 1 ? '1 person' : `${result.skipped.length} people`}:`);
    for (const s of result.skipped) lines.push(`  ${s.candidateName}: ${s.reason}`);
  }
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
    case 'messages-draft-many': {
      const folder = path.resolve(command.out);
      const result: MessageDraftEmlMany = { saved: [], skipped: [] };
      // The core takes a limited number of people per call; the CLI sends them in turn.
      for (let at = 0; at < command.applicationIds.length; at += MESSAGE_LIMITS.many) {
        const applicationIds = command.applicationIds.slice(at, at + MESSAGE_LIMITS.many);
        const part = valueOr<MessageDraftEmlMany>(await core.dispatch('messages:draft-eml-many', { templateId: command.templateId, applicationIds, folder }));
        result.saved.push(...part.saved);
        result.skipped.push(...part.skipped);
      }
      await out(result, manyText(result, folder));
      if (result.skipped.length > 0) throw new CliFailure(`${result.skipped.length === 1 ? '1 person was' : `${result.skipped.length} people were`} skipped (see above).`);
      return;
    }
    case 'messages-restore': {
      const restored = valueOr<MessageTemplate>(await core.dispatch('messages:template-restore', { id: command.templateId }));
      return out(restored, `Restored "${restored.name}" as Hirebook shipped it.\nSubject: ${restored.subject}\n`);
    }
  }
}
