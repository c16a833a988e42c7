// Drafts for a selection of people (messages:draft-eml-many) on a real core: one .eml file per person in the
// chosen folder, each read back byte for byte (exactly one address in To, no Cc or Bcc, hostile names and
// subjects kept out of other headers), people without a usable address skipped with the reason, each draft
// logged on that person's timeline, and no file ever written over. Also a built-in template restored as
// shipped (messages:template-restore). Runs in Vitest on real SQLite files.
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { CandidateCreateResult, CandidateTimeline, MessageDraftEmlMany, MessageTemplate, MessageTemplateList } from '../../electron/contract';
import type { Core } from '../../electron/core';
import { builtinTemplates } from '../../electron/core/db/migrations/0013-messages';
import { call } from '../helpers/applicants';
import { interviewWorld, scheduleInput } from '../helpers/interviews-seed';
import { addresses, seedMessages } from '../helpers/messages-seed';
import { tempCore, tempDir, withRawDb, writeRawDb } from '../helpers/temp-core';

/** The header block of a saved .eml, as bytes on disk (before the first empty line). */
function headerBlock(file: string): string {
  const raw = fs.readFileSync(file, 'latin1');
  return raw.slice(0, raw.indexOf('\r\n\r\n'));
}

async function world(core: Core) {
  await call(core, 'company:update', { name: 'Bean There' });
  const people = await interviewWorld(core, ['Ana Lima', 'Bo Chen', 'Cy Park']);
  await call(core, 'interviews:schedule', scheduleInput(people.applicationIds[0] ?? ''));
  const noMail = await call<CandidateCreateResult>(core, 'candidates:create', { fullName: 'Di Noemail', roleId: people.roleId });
  const templates = (await seedMessages(core)).templates;
  const emails = withRawDb(core.databasePath, (db) =>
    people.candidateIds.map((id) => db.prepare('SELECT email FROM candidate_emails WHERE candidate_id = ? ORDER BY position LIMIT 1').pluck().get(id) as string),
  );
  return { ...people, templates, emails, noMail: noMail.candidate.applications[0]?.id ?? '' };
}

describe('drafts for a selection of people', () => {
  it('writes one .eml per person, each to that person alone, skips who has no address, and logs each on their timeline', async () => {
    const core = tempCore();
    const w = await world(core);
    const folder = tempDir();
    const [ana = '', bo = '', cy = ''] = w.applicationIds;
    const result = await call<MessageDraftEmlMany>(core, 'messages:draft-eml-many', { templateId: w.templates.invitation, applicationIds: [ana, w.noMail, bo, cy], folder });

    expect(result.skipped).toEqual([{ applicationId: w.noMail, candidateName: 'Di Noemail', reason: 'Di Noemail has no e-mail address. Add one to their profile first.' }]);
    expect(result.saved.map((s) => [s.applicationId, s.candidateName, s.to, path.basename(s.path)])).toEqual([
      [ana, 'Ana Lima', w.emails[0], 'Ana Lima - Interview for Barista at Bean There.eml'],
      [bo, 'Bo Chen', w.emails[1], 'Bo Chen - Interview for Barista at Bean There.eml'],
      [cy, 'Cy Park', w.emails[2], 'Cy Park - Interview for Barista at Bean There.eml'],
    ]);
    expect(fs.readdirSync(folder).sort()).toEqual(result.saved.map((s) => path.basename(s.path)).sort());

    for (const [i, saved] of result.saved.entries()) {
      const bytes = fs.readFileSync(saved.path);
      expect(saved.bytes).toBe(bytes.length);
      const headers = headerBlock(saved.path);
      // Exactly one To line, naming exactly one address, and no other recipient header.
      expect(headers.match(/^To:.*$/gim)).toEqual([`To: ${w.emails[i] ?? ''}`]);
      expect(headers).not.toMatch(/^(cc|bcc|reply-to):/im);
      expect(headers).toMatch(/^X-Unsent: 1$/m);
      const mail = await simpleParser(bytes);
      expect(addresses(mail.to)).toEqual([w.emails[i]]);
      expect(mail.subject).toBe('Interview for Barista at Bean There');
      expect(mail.text).toMatch(new RegExp(`^Hello ${saved.candidateName.split(' ')[0] ?? ''},\\n`));
      // Only Ana has an interview booked: her draft carries its .ics, the others none.
      expect(mail.attachments.map((a) => a.contentType)).toEqual(i === 0 ? ['text/calendar'] : []);
    }

    withRawDb(core.databasePath, (db) => {
      const rows = db.prepare('SELECT application_id, kind, subject, how FROM messages ORDER BY created_at').all();
      expect(rows).toEqual([ana, bo, cy].map((id) => ({ application_id: id, kind: 'invitation', subject: 'Interview for Barista at Bean There', how: 'eml' })));
    });
    for (const [i, candidateId] of w.candidateIds.entries()) {
      const timeline = await call<CandidateTimeline>(core, 'candidates:timeline', { candidateId });
      const drafted = timeline.entries.filter((e) => e.action === 'message_drafted');
      expect(drafted.map((e) => [e.entityId, e.details.subject, e.details.how])).toEqual([[w.applicationIds[i], 'Interview for Barista at Bean There', 'eml']]);
    }
    await core.close();
  });

  it('keeps hostile names, subjects and addresses out of the headers: one address in To, or the person is skipped', async () => {
    const core = tempCore();
    const w = await world(core);
    const [ana = '', bo = '', cy = ''] = w.applicationIds;
    writeRawDb(core.databasePath, (db) => db.prepare('UPDATE candidates SET full_name = ? WHERE id = ?').run('Ana\r\nBcc: evil@example.test\r\nX-Evil: 1', w.candidateIds[0]));
    // Two addresses in one field (written by another tool): never both in a To.
    writeRawDb(core.databasePath, (db) => db.prepare('UPDATE candidate_emails SET email = ? WHERE candidate_id = ?').run('bo@example.test, everyone@example.test', w.candidateIds[1]));
    writeRawDb(core.databasePath, (db) => db.prepare('UPDATE candidate_emails SET email = ? WHERE candidate_id = ?').run('cy@example.test\r\nCc: evil@example.test', w.candidateIds[2]));
    const template = await call<MessageTemplate>(core, 'messages:template-save', { kind: 'custom', name: 'Hostile', subject: 'Hi {full name}', body: 'Dear {full name}' });
    writeRawDb(core.databasePath, (db) => db.prepare('UPDATE message_templates SET subject = ? WHERE id = ?').run('Hi {full name}\r\nCc: evil@example.test\nReply-To: evil@example.test', template.id));

    const folder = tempDir();
    const result = await call<MessageDraftEmlMany>(core, 'messages:draft-eml-many', { templateId: template.id, applicationIds: [ana, bo, cy], folder });
    expect(result.saved.map((s) => s.applicationId)).toEqual([ana]);
    expect(result.skipped.map((s) => [s.applicationId, s.reason])).toEqual([
      [bo, "Bo Chen's e-mail address does not look right. Correct it on their profile first."],
      [cy, "Cy Park's e-mail address does not look right. Correct it on their profile first."],
    ]);
    const [saved] = result.saved;
    expect(path.basename(saved?.path ?? '')).toBe('Ana Bcc_ evil@example.test X-Evil_ 1 - Hi Ana Bcc_ evil@example.test X-Evil_ 1 Cc_ evil@example.tes.eml');
    const headers = headerBlock(saved?.path ?? '');
    expect(headers).not.toMatch(/^(cc|bcc|reply-to|x-evil):/im);
    expect(headers.match(/^To:.*$/gim)).toEqual([`To: ${w.emails[0] ?? ''}`]);
    const mail = await simpleParser(fs.readFileSync(saved?.path ?? ''));
    expect(addresses(mail.to)).toEqual([w.emails[0]]);
    expect([mail.cc, mail.bcc, mail.replyTo]).toEqual([undefined, undefined, undefined]);
    expect(mail.subject).toBe('Hi Ana Bcc: evil@example.test X-Evil: 1 Cc: evil@example.test Reply-To: evil@example.test');
    expect(fs.readdirSync(folder)).toHaveLength(1);
    await core.close();
  });

  it('never writes over a file: a taken name gets a number; refuses an unknown template or a missing folder before writing', async () => {
    const core = tempCore();
    const w = await world(core);
    const [ana = ''] = w.applicationIds;
    const folder = tempDir();
    const taken = path.join(folder, 'Ana Lima - Thanks for applying_ Barista.eml');
    fs.writeFileSync(taken, 'the owner’s own file');
    const first = await call<MessageDraftEmlMany>(core, 'messages:draft-eml-many', { templateId: w.templates.acknowledgement, applicationIds: [ana], folder });
    const second = await call<MessageDraftEmlMany>(core, 'messages:draft-eml-many', { templateId: w.templates.acknowledgement, applicationIds: [ana], folder });
    expect([first, second].map((r) => path.basename(r.saved[0]?.path ?? ''))).toEqual([
      'Ana Lima - Thanks for applying_ Barista (2).eml',
      'Ana Lima - Thanks for applying_ Barista (3).eml',
    ]);
    expect(fs.readFileSync(taken, 'utf8')).toBe('the owner’s own file');

    const unknownTemplate = await core.dispatch('messages:draft-eml-many', { templateId: w.roleId, applicationIds: [ana], folder });
    expect(unknownTemplate.ok ? null : unknownTemplate.error.code).toBe('not_found');
    const missing = await core.dispatch('messages:draft-eml-many', { templateId: w.templates.acknowledgement, applicationIds: [ana], folder: path.join(folder, 'nope') });
    expect(missing.ok ? null : missing.error.code).toBe('invalid_input');
    const twice = await core.dispatch('messages:draft-eml-many', { templateId: w.templates.acknowledgement, applicationIds: [ana, ana], folder });
    expect(twice.ok ? null : twice.error.code).toBe('invalid_input');
    expect(fs.readdirSync(folder)).toHaveLength(3);
    withRawDb(core.databasePath, (db) => expect(db.prepare('SELECT COUNT(*) FROM messages').pluck().get()).toBe(2));
    await core.close();
  });
});

describe('restoring a built-in template', () => {
  it('puts the shipped name, subject, text and reason back; refuses the owner’s own, and a built-in keeps its kind', async () => {
    const core = tempCore();
    const before = (await call<MessageTemplateList>(core, 'messages:templates', {})).templates;
    const shippedRejections = builtinTemplates().filter((t) => t.kind === 'rejection');
    const lacksExperience = before.find((t) => t.name === 'Rejection: Lacks experience');
    expect(lacksExperience?.rejectionReasonId).not.toBeNull();
    const id = lacksExperience?.id ?? '';
    await call(core, 'messages:template-save', { id, kind: 'rejection', name: 'Mine', subject: 'No', body: 'No.', rejectionReasonId: null });
    const restored = await call<MessageTemplate>(core, 'messages:template-restore', { id });
    expect({ ...restored, updatedAt: '' }).toEqual({ ...lacksExperience, updatedAt: '' });
    expect(restored.body).toBe(shippedRejections.find((t) => t.name === 'Rejection: Lacks experience')?.body);

    // Every built-in restores to what a new data folder has.
    for (const t of before) {
      await call(core, 'messages:template-save', { id: t.id, kind: t.kind, name: 'Edited', subject: 'Edited', body: '' });
      const back = await call<MessageTemplate>(core, 'messages:template-restore', { id: t.id });
      expect([back.name, back.subject, back.body]).toEqual([t.name, t.subject, t.body]);
    }

    const own = await call<MessageTemplate>(core, 'messages:template-save', { kind: 'rejection', name: 'My own no', subject: 'No', body: 'No.' });
    const refused = await core.dispatch('messages:template-restore', { id: own.id });
    expect(refused.ok ? null : [refused.error.code, refused.error.message]).toEqual(['conflict', '“My own no” is your own template: there is no shipped wording to restore.']);
    const kindChange = await core.dispatch('messages:template-save', { id, kind: 'custom', name: 'x', subject: 'x', body: '' });
    expect(kindChange.ok ? null : kindChange.error.code).toBe('invalid_input');
    await core.close();
  });
});
