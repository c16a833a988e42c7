// `hirebook messages` through the real CLI bundle: the templates by kind, an invitation saved as an unsent
// .eml for one person (read back by a mail parser: one To, the subject, X-Unsent, the interview's .ics) and
// logged on their timeline, an existing file left alone without --force, a person with no e-mail refused in
// plain words, and usage errors before the data folder is opened. Runs in Vitest (Node).
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { MessageDraftEmlResult, MessageTemplateList, type CandidateCreateResult, type CandidateTimeline } from '../../electron/contract';
import { call } from '../helpers/applicants';
import { interviewWorld, scheduleInput } from '../helpers/interviews-seed';
import { tempCore } from '../helpers/temp-core';
import { cliTimeout, useCliTestbed } from './cli-harness';

const cli = useCliTestbed();

async function seeded() {
  const dataDir = cli.tempDir();
  const core = tempCore({ dataDir });
  await call(core, 'company:update', { name: 'Bean There' });
  const w = await interviewWorld(core, ['Ana Lima']);
  await call(core, 'interviews:schedule', scheduleInput(w.applicationIds[0] ?? ''));
  const cy = await call<CandidateCreateResult>(core, 'candidates:create', { fullName: 'Cy Noemail', roleId: w.roleId });
  await core.close();
  return { dataDir, ...w, cyApplication: cy.candidate.applications[0]?.id ?? '' };
}

describe('hirebook messages', () => {
  it('lists the templates and saves a draft .eml for one person, logged on their timeline', async () => {
    const { dataDir, applicationIds, candidateIds, cyApplication } = await seeded();
    const listed = await cli.run(['--data-dir', dataDir, 'messages', 'templates', '--json']);
    expect(listed.code, listed.stderr).toBe(0);
    const { templates } = MessageTemplateList.parse(JSON.parse(listed.stdout));
    const invitation = templates.find((t) => t.kind === 'invitation');
    expect(invitation?.name).toBe('Interview invitation');
    const table = await cli.run(['--data-dir', dataDir, 'messages', 'templates']);
    expect(table.stdout).toMatch(/^ID\s+KIND\s+NAME\s+SUBJECT/);
    expect(table.stdout).toMatch(/Interview invitation\s+Interview invitation\s+Interview for \{role\} at \{company\}/);

    const out = path.join(cli.tempDir(), 'invite.eml');
    const args = ['--data-dir', dataDir, 'messages', 'draft', '--template', invitation?.id ?? '', '--application', applicationIds[0] ?? '', '--out', out];
    const saved = await cli.run(args);
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stdout).toMatch(/^Saved a draft to p0\.[^@]+@example\.test at .*invite\.eml \(\d+ bytes\): open it in your mail program and send it from there\.\n/);
    expect(saved.stdout).toContain('Subject: Interview for Barista at Bean There\nAttached: interview-ana-lima-2026-12-03.ics\n');
    const mail = await simpleParser(fs.readFileSync(out));
    const to = Array.isArray(mail.to) ? mail.to : [mail.to];
    expect(to.flatMap((a) => a?.value ?? []).map((v) => v.address)).toEqual([expect.stringMatching(/^p0\.[^@]+@example\.test$/)]);
    expect(mail.subject).toBe('Interview for Barista at Bean There');
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.attachments.map((a) => a.contentType)).toEqual(['text/calendar']);

    // An existing file is left alone without --force; with it, replaced (and --json prints the channel's answer).
    const before = fs.readFileSync(out);
    const again = await cli.run(args);
    expect(again.code).not.toBe(0);
    expect(fs.readFileSync(out)).toEqual(before);
    const forced = await cli.run([...args, '--force', '--json']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(MessageDraftEmlResult.parse(JSON.parse(forced.stdout)).path).toBe(out);

    const noMail = await cli.run(['--data-dir', dataDir, 'messages', 'draft', '--template', invitation?.id ?? '', '--application', cyApplication, '--out', path.join(cli.tempDir(), 'cy.eml')]);
    expect(noMail.code).toBe(1);
    expect(noMail.stderr).toBe('hirebook: Cy Noemail has no e-mail address. Add one to their profile first.\n');

    const core = tempCore({ dataDir });
    const timeline = await call<CandidateTimeline>(core, 'candidates:timeline', { candidateId: candidateIds[0] });
    expect(timeline.entries.filter((e) => e.action === 'message_drafted').map((e) => [e.details.subject, e.details.how])).toEqual([
      ['Interview for Barista at Bean There', 'eml'],
      ['Interview for Barista at Bean There', 'eml'],
    ]);
    await core.close();
  }, cliTimeout(7));

  it('saves one draft per person into a folder, lists who was skipped (exit 1), and restores a built-in template', async () => {
    const { dataDir, applicationIds, cyApplication } = await seeded();
    const { templates } = MessageTemplateList.parse(JSON.parse((await cli.run(['--data-dir', dataDir, 'messages', 'templates', '--json'])).stdout));
    const offer = templates.find((t) => t.kind === 'offer');
    const folder = cli.tempDir();
    const many = await cli.run(['--data-dir', dataDir, 'messages', 'draft-many', '--template', offer?.id ?? '', '--out', folder, applicationIds[0] ?? '', cyApplication]);
    expect(many.code).toBe(1);
    expect(many.stdout).toMatch(
      /^Saved 1 draft in .+, one per person: open each in your mail program and send it from there\.\n {2}Ana Lima <p0\.[^@]+@example\.test>: Ana Lima - Job offer_ Barista at Bean There\.eml\nSkipped 1 person:\n {2}Cy Noemail: Cy Noemail has no e-mail address\. Add one to their profile first\.\n$/,
    );
    expect(many.stderr).toBe('hirebook: 1 person was skipped (see above).\n');
    expect(fs.readdirSync(folder)).toEqual(['Ana Lima - Job offer_ Barista at Bean There.eml']);

    const core = tempCore({ dataDir });
    await call(core, 'messages:template-save', { id: offer?.id, kind: 'offer', name: 'Mine', subject: 'Mine', body: '' });
    await core.close();
    const restored = await cli.run(['--data-dir', dataDir, 'messages', 'restore', '--template', offer?.id ?? '']);
    expect([restored.code, restored.stdout]).toEqual([0, 'Restored "Job offer" as Hirebook shipped it.\nSubject: Job offer: {role} at {company}\n']);
  }, cliTimeout(5));

  it('says what is missing before opening the data folder', async () => {
    const missing = await cli.run(['messages', 'draft', '--template', 'x', '--out', 'a.eml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('"messages draft" needs --application ID');
    const unknown = await cli.run(['messages', 'send']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "messages send" (use one of: messages templates, messages draft, messages draft-many, messages restore)');
    const noIds = await cli.run(['messages', 'draft-many', '--template', 'x', '--out', '/tmp']);
    expect([noIds.code, noIds.stderr]).toEqual([2, expect.stringContaining('"messages draft-many" needs the ids of the applications to write to')]);
    const wrong = await cli.run(['messages', 'templates', '--role', 'x']);
    expect(wrong.stderr).toContain('--role is not an option of "messages templates"');
  }, cliTimeout(3));
});
