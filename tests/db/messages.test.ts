// Messages on a real core: a template filled for one application (one recipient, the interview's time and
// place), hostile names kept out of the headers, the .eml draft read back by a mail parser (exactly one To,
// the subject, X-Unsent, the interview's .ics for an invitation), the log and the timeline's "Message drafted"
// entry (and the person's export), refusals in plain words, and anonymising clearing the subjects. Runs in Vitest on real SQLite files.
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { CandidateCreateResult, CandidateTimeline, Interview, MessageDraft, MessageDraftEmlResult, MessageRecord, MessageTemplate } from '../../electron/contract';
import type { Core } from '../../electron/core';
import { personRows } from '../../electron/core/candidates/candidates-person-export-repo';
import { isSafeExternalUrl } from '../../electron/main/url-rules';
import { call } from '../helpers/applicants';
import { interviewWorld, scheduleInput } from '../helpers/interviews-seed';
import { addresses, seedMessages } from '../helpers/messages-seed';
import { tempCore, tempDir, withRawDb, writeRawDb } from '../helpers/temp-core';

async function world(core: Core) {
  await call(core, 'company:update', { name: 'Bean There' });
  const people = await interviewWorld(core, ['Ana Lima', 'Bo Chen']);
  const interview = await call<Interview>(core, 'interviews:schedule', scheduleInput(people.applicationIds[0] ?? '', { location: 'https://meet.example/abc' }));
  const templates = (await seedMessages(core)).templates;
  const email = withRawDb(core.databasePath, (db) => db.prepare('SELECT email FROM candidate_emails WHERE candidate_id = ?').pluck().get(people.candidateIds[0]) as string);
  return { ...people, interview, templates, ana: people.applicationIds[0] ?? '', bo: people.applicationIds[1] ?? '', email };
}

describe('message drafts', () => {
  it('fills an invitation for one person with the interview’s time and place, as a link the app opens', async () => {
    const core = tempCore();
    const w = await world(core);
    const draft = await call<MessageDraft>(core, 'messages:draft', { applicationId: w.ana, templateId: w.templates.invitation });
    expect(draft.to).toBe(w.email);
    expect(draft.subject).toBe('Interview for Barista at Bean There');
    expect(draft.body).toMatch(/^Hello Ana,\n/);
    expect(draft.body).toMatch(/When: Thursday,? 3 December 2026, 14:00 \(Europe\/Berlin\)\nWhere: https:\/\/meet\.example\/abc\n/);
    expect(draft.body).toMatch(/Kind regards,\nBean There$/);
    expect([draft.unknownPlaceholders, draft.emptyPlaceholders, draft.interviewId]).toEqual([[], [], w.interview.id]);
    expect(isSafeExternalUrl(draft.mailto ?? '')).toBe(true);
    expect(new URL(draft.mailto ?? '').searchParams.get('subject')).toBe(draft.subject);
    // Bo has no interview: the invitation keeps its time and place placeholders visible and says so.
    const bo = await call<MessageDraft>(core, 'messages:draft', { applicationId: w.bo, templateId: w.templates.invitation });
    expect(bo.body).toContain('When: {interview time}\nWhere: {interview place}');
    expect(bo.emptyPlaceholders).toEqual(['{interview time}', '{interview place}']);
    expect(bo.interviewId).toBeNull();
    // Nothing is logged by a draft alone.
    withRawDb(core.databasePath, (db) => expect(db.prepare('SELECT COUNT(*) FROM messages').pluck().get()).toBe(0));
    await core.close();
  });

  it('refuses plainly when the person has no e-mail address, or the template or application is gone', async () => {
    const core = tempCore();
    const w = await world(core);
    const made = await call<CandidateCreateResult>(core, 'candidates:create', { fullName: 'Cy Noemail', roleId: w.roleId });
    const applicationId = made.candidate.applications[0]?.id ?? '';
    const result = await core.dispatch('messages:draft', { applicationId, templateId: w.templates.acknowledgement });
    expect(result.ok ? null : [result.error.code, result.error.message]).toEqual(['conflict', 'Cy Noemail has no e-mail address. Add one to their profile first.']);
    const gone = await core.dispatch('messages:draft', { applicationId, templateId: w.interview.id });
    expect(gone.ok ? null : gone.error.code).toBe('not_found');
    await core.close();
  });

  it('keeps a hostile name out of the headers of the link and the .eml, and markup as text', async () => {
    const core = tempCore();
    const w = await world(core);
    writeRawDb(core.databasePath, (db) => db.prepare('UPDATE candidates SET full_name = ? WHERE id = ?').run('Ana\r\nBcc: evil@example.test\r\n<script>alert(1)</script>', w.candidateIds[0]));
    const template = await call<MessageTemplate>(core, 'messages:template-save', {
      kind: 'custom', name: 'Hostile', subject: 'For {full name}', body: 'Dear {full name}, {unknown thing}',
    });
    const draft = await call<MessageDraft>(core, 'messages:draft', { applicationId: w.ana, templateId: template.id });
    expect(draft.subject).toBe('For Ana Bcc: evil@example.test <script>alert(1)</script>');
    expect(draft.unknownPlaceholders).toEqual(['{unknown thing}']);
    expect(isSafeExternalUrl(draft.mailto ?? '')).toBe(true);

    const file = path.join(tempDir(), 'hostile.eml');
    await call<MessageDraftEmlResult>(core, 'messages:draft-eml', { applicationId: w.ana, templateId: template.id, path: file });
    const raw = fs.readFileSync(file, 'utf8');
    const headerBlock = raw.slice(0, raw.indexOf('\r\n\r\n'));
    expect(headerBlock).not.toMatch(/^bcc:/im);
    const mail = await simpleParser(fs.readFileSync(file));
    expect(addresses(mail.to)).toEqual([w.email]);
    expect(mail.bcc).toBeUndefined();
    expect(mail.cc).toBeUndefined();
    expect(mail.subject).toBe(draft.subject);
    expect(mail.html).toBe(false);
    expect(mail.text?.trim()).toBe('Dear Ana Bcc: evil@example.test <script>alert(1)</script>, {unknown thing}');
    await core.close();
  });

  it('saves an invitation as an unsent .eml with the interview’s .ics, and logs it on the timeline', async () => {
    const core = tempCore();
    const w = await world(core);
    const file = path.join(tempDir(), 'invite.eml');
    const saved = await call<MessageDraftEmlResult>(core, 'messages:draft-eml', { applicationId: w.ana, templateId: w.templates.invitation, path: file });
    expect(saved.path).toBe(file);
    expect(saved.bytes).toBe(fs.statSync(file).size);
    expect(saved.attachments).toEqual([expect.stringMatching(/^interview-ana-lima-2026-12-03\.ics$/)]);
    const mail = await simpleParser(fs.readFileSync(file));
    expect(addresses(mail.to)).toEqual([w.email]);
    expect(mail.subject).toBe('Interview for Barista at Bean There');
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.date).toBeInstanceOf(Date);
    expect(mail.text).toContain('Where: https://meet.example/abc');
    expect(mail.attachments).toHaveLength(1);
    const ics = mail.attachments[0];
    expect(ics?.contentType).toBe('text/calendar');
    expect(ics?.filename).toBe(saved.attachments[0]);
    const icsText = ics?.content.toString('utf8') ?? '';
    expect(icsText).toContain('BEGIN:VEVENT');
    expect(icsText).toContain('DTSTART;TZID=Europe/Berlin:20261203T140000');

    // Not over an existing file unless asked; a rejection carries no attachment.
    const again = await core.dispatch('messages:draft-eml', { applicationId: w.ana, templateId: w.templates.rejection, path: file });
    expect(again.ok ? null : again.error.code).toBe('conflict');
    const replaced = await call<MessageDraftEmlResult>(core, 'messages:draft-eml', { applicationId: w.ana, templateId: w.templates.rejection, path: file, replace: true });
    expect(replaced.attachments).toEqual([]);
    expect((await simpleParser(fs.readFileSync(file))).attachments).toHaveLength(0);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['invite.eml']);

    // A link opened in the mail program is logged by messages:log.
    const logged = await call<MessageRecord>(core, 'messages:log', { applicationId: w.ana, templateId: w.templates.acknowledgement, how: 'mailto' });
    expect([logged.kind, logged.subject, logged.how]).toEqual(['acknowledgement', 'Thanks for applying: Barista', 'mailto']);
    withRawDb(core.databasePath, (db) => {
      expect(db.prepare('SELECT kind, subject, how FROM messages WHERE application_id = ? ORDER BY created_at').all(w.ana)).toEqual([
        { kind: 'invitation', subject: 'Interview for Barista at Bean There', how: 'eml' },
        { kind: 'rejection', subject: 'Your application for Barista', how: 'eml' },
        { kind: 'acknowledgement', subject: 'Thanks for applying: Barista', how: 'mailto' },
      ]);
    });
    const timeline = await call<CandidateTimeline>(core, 'candidates:timeline', { candidateId: w.candidateIds[0] });
    const drafted = timeline.entries.filter((e) => e.action === 'message_drafted');
    expect(drafted.map((e) => [e.entityId, e.details.subject, e.details.how])).toEqual([
      [w.ana, 'Thanks for applying: Barista', 'mailto'],
      [w.ana, 'Your application for Barista', 'eml'],
      [w.ana, 'Interview for Barista at Bean There', 'eml'],
    ]);
    // "Export everything about this person" carries them.
    const exported = withRawDb(core.databasePath, (db) => personRows(db, w.candidateIds[0] ?? '')?.messages.map((m) => [m.kind, m.how]));
    expect(exported).toEqual([['invitation', 'eml'], ['rejection', 'eml'], ['acknowledgement', 'mailto']]);
    await core.close();
  });

  it('edits and adds templates; a rejection may point at a reason, nothing else may', async () => {
    const core = tempCore();
    const w = await world(core);
    const edited = await call<MessageTemplate>(core, 'messages:template-save', {
      id: w.templates.acknowledgement, kind: 'acknowledgement', name: 'Thanks', subject: 'Got it, {first name}', body: 'We have it.',
    });
    expect([edited.name, edited.subject, edited.builtin]).toEqual(['Thanks', 'Got it, {first name}', true]);
    const draft = await call<MessageDraft>(core, 'messages:draft', { applicationId: w.ana, templateId: edited.id });
    expect(draft.subject).toBe('Got it, Ana');
    const bad = await core.dispatch('messages:template-save', { kind: 'rejection', name: 'X', subject: 'X', body: '', rejectionReasonId: w.interview.id });
    expect(bad.ok ? null : bad.error.code).toBe('invalid_input');
    await core.close();
  });

  it('anonymising clears the subjects of their messages and of the timeline entries', async () => {
    const core = tempCore();
    const w = await world(core);
    await call(core, 'messages:log', { applicationId: w.ana, templateId: w.templates.offer, how: 'mailto' });
    await call(core, 'candidates:anonymise', { id: w.candidateIds[0] });
    withRawDb(core.databasePath, (db) => {
      expect(db.prepare('SELECT kind, subject, how FROM messages').all()).toEqual([{ kind: 'offer', subject: '', how: 'mailto' }]);
      expect(db.prepare("SELECT details_json FROM activity_log WHERE action = 'message_drafted'").pluck().all()).toEqual(['{}']);
    });
    await core.close();
  });

  it('moves their messages along when two records of one person, both applied to the role, are merged', async () => {
    const core = tempCore();
    const w = await world(core);
    await call(core, 'messages:log', { applicationId: w.bo, templateId: w.templates.acknowledgement, how: 'mailto' });
    await call(core, 'candidates:merge', { keepId: w.candidateIds[0], mergeId: w.candidateIds[1] });
    withRawDb(core.databasePath, (db) => {
      const owners = db.prepare('SELECT a.candidate_id FROM messages m JOIN applications a ON a.id = m.application_id').pluck().all();
      expect(owners).toEqual([w.candidateIds[0]]);
    });
    await core.close();
  });
});
