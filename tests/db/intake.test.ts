// Candidate intake through the real core: résumé files (real PDF, Word and text files), a folder, saved
// e-mails (.eml written here, a real Outlook .msg from msgreader's tests), duplicates merged or offered,
// "needs a look", the role's first stage, refusals that never stop the batch, grants and cancel. Runs in
// Vitest against real SQLite files.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApplicationNote, CandidateCreateResult, CandidateList, CandidateProfile, IntakeReport, Pipeline, Role } from '../../electron/contract';
import type { Core } from '../../electron/core';
import { makePdf } from '../fixtures/candidates/make-pdf';
import { makeEml } from '../fixtures/intake/make-eml';
import { makeDocx } from '../fixtures/jd/make-docx';
import { tempCore, tempDir, value } from '../helpers/temp-core';

const JOB = '6c3f4e5d-7b8a-4b92-8c3d-2e3f4a5b6c7d';
const MSG_SAMPLE = path.join(__dirname, '../fixtures/intake/attachmentFiles.msg');

function write(dir: string, name: string, bytes: Buffer | string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
}

async function intake(core: Core, paths: string[], roleId?: string): Promise<IntakeReport> {
  return value<IntakeReport>(await core.dispatch('candidates:intake', { paths, jobId: JOB, ...(roleId ? { roleId } : {}) }));
}

async function profile(core: Core, id: string | undefined): Promise<CandidateProfile> {
  return value<CandidateProfile>(await core.dispatch('candidates:get', { id }));
}

async function role(core: Core): Promise<string> {
  return value<Role>(await core.dispatch('roles:create', { title: 'Barista' })).id;
}

const AMARA_PDF = makePdf(['Amara Okafor', 'amara.okafor@example.com  +1 (503) 555-0142', 'Croissant lamination']);
const BO_DOCX = makeDocx([
  { kind: 'paragraph', text: 'Bo Chen' },
  { kind: 'paragraph', text: 'bo.chen@example.org' },
  { kind: 'heading1', text: 'Experience' },
  { kind: 'bullet', text: 'Latte art at Heart Coffee' },
]);

describe('résumé files', () => {
  it('makes one candidate per file with the details found, on the role’s first stage; unsure ones need a look', async () => {
    const core = tempCore();
    const roleId = await role(core);
    const dir = tempDir();
    const files = [
      write(dir, 'amara.pdf', AMARA_PDF),
      write(dir, 'bo-chen.docx', BO_DOCX),
      write(dir, 'kim_lee_cv.txt', 'Barista, 3 years\nkim@example.net\nLatte art and opening shifts'),
    ];
    const report = await intake(core, files, roleId);
    expect(report).toMatchObject({ created: 3, merged: 0, needsLook: 1, refused: 0, cancelled: false, notHandled: 0 });
    const [amara, bo, kim] = report.items;
    expect(amara).toMatchObject({ outcome: 'created', candidateName: 'Amara Okafor', needsLook: false, reasons: [] });
    expect(bo).toMatchObject({ outcome: 'created', candidateName: 'Bo Chen', needsLook: false });
    expect(kim).toMatchObject({ outcome: 'created', candidateName: 'Kim Lee', needsLook: true });
    expect(kim?.reasons).toEqual(['No name was found in the résumé; "Kim Lee" was taken from the file name.']);

    const a = await profile(core, amara?.candidateId);
    expect(a).toMatchObject({ emails: ['amara.okafor@example.com'], phones: ['+1 (503) 555-0142'], tags: [] });
    expect(a.attachments.map((f) => [f.fileName, f.kind, f.mimeType])).toEqual([['amara.pdf', 'resume', 'application/pdf']]);
    const k = await profile(core, kim?.candidateId);
    expect(k).toMatchObject({ fullName: 'Kim Lee', emails: ['kim@example.net'], tags: ['needs a look'] });

    const board = value<Pipeline>(await core.dispatch('pipeline:get', { roleId }));
    const first = board.stages[0]?.id;
    expect(board.cards.map((c) => [c.name, c.stageId === first]).sort()).toEqual([['Amara Okafor', true], ['Bo Chen', true], ['Kim Lee', true]]);
    // The review list: the Candidates table filtered by the tag.
    const review = value<CandidateList>(await core.dispatch('candidates:list', { tag: 'needs a look' }));
    expect(review.rows.map((r) => r.fullName)).toEqual(['Kim Lee']);
    // Their résumé text is searchable.
    const found = value<CandidateList>(await core.dispatch('candidates:list', { search: 'lamination' }));
    expect(found.rows.map((r) => r.fullName)).toEqual(['Amara Okafor']);
  });

  it('reads a folder (and its subfolders), skips hidden files, and refuses what it cannot use without stopping', async () => {
    const core = tempCore();
    const dir = tempDir();
    const folder = path.join(dir, 'applicants');
    write(folder, 'amara.pdf', AMARA_PDF);
    write(folder, '.DS_Store', Buffer.from([0, 1, 2, 3]));
    write(folder, 'spreadsheet.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x78, 0x6c]));
    write(folder, 'empty.pdf', '');
    write(folder, 'more/bo-chen.docx', BO_DOCX);
    write(folder, 'broken.eml', 'this is not an e-mail at all');
    const report = await intake(core, [folder]);
    expect(report.items.map((i) => [i.fileName, i.outcome])).toEqual([
      ['amara.pdf', 'created'],
      ['broken.eml', 'refused'],
      ['empty.pdf', 'refused'],
      ['bo-chen.docx', 'created'],
      ['spreadsheet.xlsx', 'refused'],
    ]);
    const reasons = Object.fromEntries(report.items.map((i) => [i.fileName, i.reasons.join(' ')]));
    expect(reasons['broken.eml']).toMatch(/This saved e-mail \(\.eml\) could not be read \(it has no e-mail headers\)/);
    expect(reasons['empty.pdf']).toBe('This file is empty.');
    expect(reasons['spreadsheet.xlsx']).toMatch(/^Hirebook reads résumés saved as PDF, Word/);
    expect(report).toMatchObject({ created: 2, refused: 3 });
    const all = value<CandidateList>(await core.dispatch('candidates:list', {}));
    expect(all.rows.map((r) => r.fullName).sort()).toEqual(['Amara Okafor', 'Bo Chen']);
  });

  it('adds the file to a stored candidate with the same e-mail, and offers a merge for a similar name', async () => {
    const core = tempCore();
    const existing = value<CandidateCreateResult>(await core.dispatch('candidates:create', { fullName: 'Amara O.', emails: ['AMARA.OKAFOR@example.com'] })).candidate;
    const similar = value<CandidateCreateResult>(await core.dispatch('candidates:create', { fullName: 'Bo Chan' })).candidate;
    const dir = tempDir();
    const report = await intake(core, [write(dir, 'amara.pdf', AMARA_PDF), write(dir, 'bo.docx', BO_DOCX)]);
    expect(report).toMatchObject({ created: 1, merged: 1 });
    expect(report.items[0]).toMatchObject({ outcome: 'merged', candidateId: existing.id, candidateName: 'Amara O.' });
    expect(report.items[0]?.reasons[0]).toBe('Same e-mail address as Amara O., who was already here: the file was added to them.');
    const kept = await profile(core, existing.id);
    expect(kept.phones).toEqual(['+1 (503) 555-0142']);
    expect(kept.attachments.map((f) => f.fileName)).toEqual(['amara.pdf']);
    expect(report.items[1]?.duplicates.map((d) => [d.candidateId, d.reasons])).toEqual([[similar.id, ['name']]]);
    // The owner takes the offer.
    value(await core.dispatch('candidates:merge', { keepId: similar.id, mergeId: report.items[1]?.candidateId }));
    expect((await profile(core, similar.id)).emails).toEqual(['bo.chen@example.org']);
  });
});

describe('saved e-mails', () => {
  it('makes a candidate from the sender of a .eml, keeps the message as a note and a file, its PDF as their résumé', async () => {
    const core = tempCore();
    const roleId = await role(core);
    const eml = makeEml({
      from: '"Dana Whitfield" <dana.w@example.com>',
      subject: 'Application: Barista',
      text: 'Hello,\r\nI would love to join your café. My CV is attached.\r\nDana',
      attachments: [
        { fileName: 'Dana CV.pdf', contentType: 'application/pdf', bytes: makePdf(['Dana Whitfield', 'dana.w@example.com', '(541) 555-0199']) },
        { fileName: 'setup.exe', contentType: 'application/octet-stream', bytes: Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]) },
      ],
    });
    const report = await intake(core, [write(tempDir(), 'Application Barista.eml', eml)], roleId);
    expect(report).toMatchObject({ created: 1, needsLook: 0, refused: 0 });
    const item = report.items[0];
    expect(item).toMatchObject({ outcome: 'created', candidateName: 'Dana Whitfield', needsLook: false });
    expect(item?.reasons).toEqual([expect.stringMatching(/^The attachment "setup\.exe" was not kept: Hirebook keeps PDF/)]);
    const dana = await profile(core, item?.candidateId);
    expect(dana).toMatchObject({ emails: ['dana.w@example.com'], phones: ['(541) 555-0199'], sourceDetail: 'E-mail Application Barista.eml' });
    expect(dana.attachments.map((f) => [f.fileName, f.kind, f.mimeType]).sort()).toEqual([
      ['Application Barista.txt', 'cover_letter', 'text/plain'],
      ['Dana CV.pdf', 'resume', 'application/pdf'],
    ]);
    const applicationId = dana.applications[0]?.id;
    const notes = value<{ notes: ApplicationNote[] }>(await core.dispatch('applications:notes', { applicationId }));
    expect(notes.notes[0]?.body).toBe(
      'E-mail from Dana Whitfield <dana.w@example.com>\nSent: 2026-11-03 09:15 UTC\nSubject: Application: Barista\n\nHello,\nI would love to join your café. My CV is attached.\nDana',
    );
  });

  it('reads a real Outlook .msg: the sender, and its pictures (a TIFF is named as not kept)', async () => {
    const core = tempCore();
    const report = await intake(core, [MSG_SAMPLE]);
    const item = report.items[0];
    expect(item).toMatchObject({ outcome: 'created', candidateName: 'hmailuser', needsLook: false });
    expect(item?.reasons).toEqual([expect.stringMatching(/^The attachment "tif\.tif" was not kept/)]);
    const person = await profile(core, item?.candidateId);
    expect(person.emails).toEqual(['hmailuser@hmailserver.test']);
    expect(person.attachments.map((f) => f.fileName).sort()).toEqual(['attachmentFiles.txt', 'jpg.jpg', 'png.png']);
  });

  it('marks a sender without a name as needing a look', async () => {
    const core = tempCore();
    const eml = makeEml({ from: 'jo99@example.com', subject: 'cv', text: 'see attached' });
    const report = await intake(core, [write(tempDir(), 'jo.eml', eml)]);
    expect(report.items[0]).toMatchObject({ candidateName: 'jo99', needsLook: true });
    expect((await profile(core, report.items[0]?.candidateId)).tags).toEqual(['needs a look']);
  });
});

describe('the batch', () => {
  it('reads only files and folders the owner picked when grants are required', async () => {
    const core = tempCore({ requireGrants: true });
    const dir = tempDir();
    const file = write(dir, 'amara.pdf', AMARA_PDF);
    const refused = await core.dispatch('candidates:intake', { paths: [file], jobId: JOB });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/Hirebook reads only files you picked/);
    core.grantFile(dir);
    expect((await intake(core, [dir])).created).toBe(1);
  });

  it('stops at the next file when cancelled, keeping the files already handled', async () => {
    const dir = tempDir();
    const paths = Array.from({ length: 6 }, (_, i) => write(dir, `person-${i}.txt`, `Person Number${'x'.repeat(i)}\np${i}@example.com`));
    const events: number[] = [];
    const coreWithEvents: Core = tempCore({
      onEvent: (event, payload) => {
        if (event !== 'candidates:intake-progress') return;
        const done = (payload as { done: number }).done;
        events.push(done);
        if (done === 2) void coreWithEvents.dispatch('candidates:intake-cancel', { jobId: JOB });
      },
    });
    const report = value<IntakeReport>(await coreWithEvents.dispatch('candidates:intake', { paths, jobId: JOB }));
    expect(report).toMatchObject({ cancelled: true, created: 2, notHandled: 4 });
    expect(events).toEqual([0, 1, 2]);
  });

  it('refuses an unknown role before reading anything', async () => {
    const core = tempCore();
    const result = await core.dispatch('candidates:intake', { paths: [MSG_SAMPLE], jobId: JOB, roleId: '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('not_found');
  });
});
