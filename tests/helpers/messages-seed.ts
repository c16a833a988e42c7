// Test helpers for messages: the built-in templates of a core by kind, and valid (or well-formed but refused)
// inputs for every messages channel, for the fuzzer and the dispatch output checks. Runs in Vitest (Node).
import path from 'node:path';
import type { AddressObject } from 'mailparser';
import type { Core } from '../../electron/core';
import type { Channel, MessageKind, MessageTemplateList } from '../../electron/contract';
import type { InterviewSeed } from './interviews-seed';
import { call } from './applicants';
import { tempDir } from './temp-core';

export interface MessagesSeed {
  /** The first template of each kind. */
  templates: Record<MessageKind, string>;
}

export async function seedMessages(core: Core): Promise<MessagesSeed> {
  const list = await call<MessageTemplateList>(core, 'messages:templates', {});
  const first = (kind: MessageKind): string => list.templates.find((t) => t.kind === kind)?.id ?? '';
  return {
    templates: { acknowledgement: first('acknowledgement'), invitation: first('invitation'), rejection: first('rejection'), offer: first('offer'), custom: first('custom') },
  };
}

/** Valid inputs for every messages channel, around the interview seed's applications (who have e-mail addresses). */
export function messageInputs(seed: MessagesSeed, interviews: InterviewSeed, unknown: { id: string }, outRoot: string) {
  const [applicationId = ''] = interviews.applicationIds;
  const { invitation, rejection } = seed.templates;
  return {
    'messages:templates': [{}],
    'messages:template-save': [
      { kind: 'custom', name: 'Follow-up', subject: 'About {role}', body: 'Hello {first name}, {salary}' },
      { id: rejection, kind: 'rejection', name: 'Kind no', subject: 'Your application', body: 'Thank you.' },
      { ...unknown, kind: 'offer', name: 'Ghost', subject: 'x', body: '' },
    ],
    'messages:draft': [{ applicationId, templateId: invitation }, { applicationId: unknown.id, templateId: invitation }, { applicationId, templateId: unknown.id }],
    'messages:draft-eml': [
      { applicationId, templateId: invitation, path: path.join(outRoot, 'draft.eml') },
      { applicationId, templateId: rejection, path: path.join(outRoot, 'draft.eml'), replace: true },
      { applicationId, templateId: invitation, path: 'relative.eml' },
    ],
    'messages:template-restore': [{ id: rejection }, { id: unknown.id }],
    'messages:draft-eml-many': [
      { templateId: invitation, applicationIds: interviews.applicationIds, folder: outRoot },
      { templateId: rejection, applicationIds: [applicationId, unknown.id], folder: outRoot },
      { templateId: invitation, applicationIds: [applicationId], folder: 'relative' },
    ],
    'messages:log': [{ applicationId, templateId: invitation, how: 'mailto' }, { applicationId: unknown.id, templateId: rejection, how: 'eml' }],
  };
}

/** Calls every messages channel once with a valid input (dispatch output checks). */
export async function checkMessageChannels(core: Core, interviews: InterviewSeed, check: (channel: Channel, input: unknown) => Promise<unknown>): Promise<void> {
  const seed = await seedMessages(core);
  const [applicationId = ''] = interviews.applicationIds;
  await check('messages:templates', {});
  await check('messages:template-save', { kind: 'custom', name: 'Follow-up', subject: 'About {role}', body: 'Hello {first name}' });
  await check('messages:draft', { applicationId, templateId: seed.templates.invitation });
  await check('messages:draft-eml', { applicationId, templateId: seed.templates.invitation, path: path.join(tempDir(), 'draft.eml') });
  await check('messages:template-restore', { id: seed.templates.acknowledgement });
  await check('messages:draft-eml-many', { templateId: seed.templates.acknowledgement, applicationIds: interviews.applicationIds, folder: tempDir() });
  await check('messages:log', { applicationId, templateId: seed.templates.acknowledgement, how: 'mailto' });
}

/** The addresses of a parsed e-mail's To (or Cc) field, in order. */
export function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  return (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));
}
