// Candidate files through the real core: PDF, DOCX and TXT text made searchable, bytes stored under
// attachments/<sha256> (never the file name), suggestions, preview content, removal, and clear refusals
// for oversize, unknown and damaged files. Runs in Vitest against real SQLite files.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AttachmentAddResult, AttachmentContent, AttachmentText, CandidateCreateResult, CandidateList, CandidateProfile } from '../../electron/contract';
import type { Core } from '../../electron/core';
import { extractText } from '../../electron/core/attachments/attachments-extract';
import { makePdf } from '../fixtures/candidates/make-pdf';
import { makeDocx } from '../fixtures/jd/make-docx';
import { PNG_1X1 } from '../helpers/images';
import { tempCore, tempDir, value, withRawDb } from '../helpers/temp-core';

async function candidate(core: Core, fullName = 'Amara Okafor'): Promise<string> {
  return value<CandidateCreateResult>(await core.dispatch('candidates:create', { fullName })).candidate.id;
}

/** Writes the bytes to a file of their own and adds it by its path, under the name the owner sees. */
async function attach(core: Core, candidateId: string, fileName: string, bytes: Buffer) {
  const file = path.join(tempDir(), 'upload');
  fs.writeFileSync(file, bytes);
  return core.dispatch('attachments:add', { candidateId, kind: 'resume', fileName, path: file });
}

async function found(core: Core, search: string): Promise<string[]> {
  return value<CandidateList>(await core.dispatch('candidates:list', { search })).rows.map((row) => row.fullName);
}

const RESUME_LINES = ['Amara Okafor', 'amara.okafor@example.com  +1 (503) 555-0142', 'linkedin.com/in/amara-okafor', 'Croissant lamination and viennoiserie'];

describe('adding files', () => {
  it('reads a PDF resume, suggests contact details and finds the candidate by a word from it', async () => {
    const core = tempCore();
    const id = await candidate(core, 'A. Okafor');
    const added = value<AttachmentAddResult>(await attach(core, id, '../../etc/passwd Amara CV.pdf', makePdf(RESUME_LINES)));
    expect(added.warning).toBeNull();
    expect(added.attachment).toMatchObject({ candidateId: id, kind: 'resume', mimeType: 'application/pdf', hasText: true, fileName: '../../etc/passwd Amara CV.pdf' });
    expect(added.suggestions).toEqual({
      fullName: 'Amara Okafor',
      emails: ['amara.okafor@example.com'],
      phones: ['+1 (503) 555-0142'],
      links: ['https://linkedin.com/in/amara-okafor'],
    });
    expect(await found(core, 'viennois')).toEqual(['A. Okafor']);
    expect(await found(core, 'lamination croissant')).toEqual(['A. Okafor']);
  });

  it('stores the bytes once under their sha256, never under the file name', async () => {
    const core = tempCore();
    const a = await candidate(core, 'Amara Okafor');
    const b = await candidate(core, 'Bo Chen');
    const pdf = makePdf(RESUME_LINES);
    const first = value<AttachmentAddResult>(await attach(core, a, 'cv.pdf', pdf));
    value(await attach(core, b, 'same.pdf', pdf));
    const dir = path.join(core.dataDir, 'attachments');
    expect(fs.readdirSync(dir)).toEqual([first.attachment.sha256]);
    expect(fs.readFileSync(path.join(dir, first.attachment.sha256)).equals(pdf)).toBe(true);
    const content = value<AttachmentContent>(await core.dispatch('attachments:content', { id: first.attachment.id }));
    expect(content).toEqual({ mimeType: 'application/pdf', fileName: 'cv.pdf', base64: pdf.toString('base64') });
  });

  it('reads DOCX and TXT files and keeps images without text', async () => {
    const core = tempCore();
    const id = await candidate(core);
    const docx = makeDocx([{ kind: 'heading1', text: 'Experience' }, { kind: 'bullet', text: 'Ran the espresso bar at Stumptown' }]);
    const fromDocx = value<AttachmentAddResult>(await attach(core, id, 'cv.docx', docx));
    expect(fromDocx.attachment).toMatchObject({ mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', hasText: true });
    const fromTxt = value<AttachmentAddResult>(await attach(core, id, 'letter.txt', Buffer.from('\uFEFFDear owner, I love kouign-amann.\nmail: amara@example.org')));
    expect(fromTxt.suggestions.emails).toEqual(['amara@example.org']);
    const photo = value<AttachmentAddResult>(await attach(core, id, 'me.png', PNG_1X1));
    expect(photo.attachment).toMatchObject({ mimeType: 'image/png', hasText: false, extractionNote: '' });
    expect(await found(core, 'stumptown')).toEqual(['Amara Okafor']);
    const docxText = value<AttachmentText>(await core.dispatch('attachments:text', { id: fromDocx.attachment.id }));
    expect(docxText).toMatchObject({ id: fromDocx.attachment.id, fileName: 'cv.docx', note: '' });
    expect(docxText.text).toContain('Ran the espresso bar at Stumptown');
    expect(value<AttachmentText>(await core.dispatch('attachments:text', { id: photo.attachment.id })).text).toBe('');
    expect(await found(core, 'kouign')).toEqual(['Amara Okafor']);
    const profile = value<CandidateProfile>(await core.dispatch('candidates:get', { id }));
    expect(profile.attachments.map((a) => a.fileName)).toEqual(['me.png', 'letter.txt', 'cv.docx']);
    // The preview shows Word and text files as their text; images and PDFs come as bytes only.
    const content = async (attachmentId: string) => value<AttachmentContent>(await core.dispatch('attachments:content', { id: attachmentId }));
    // A list item keeps a bullet on its own line.
    expect((await content(fromDocx.attachment.id)).text).toBe('Experience\n• Ran the espresso bar at Stumptown');
    expect((await content(fromTxt.attachment.id)).text).toBe('Dear owner, I love kouign-amann.\nmail: amara@example.org');
    expect((await content(photo.attachment.id)).text).toBeUndefined();
  });
});

describe('refusing files', () => {
  it('refuses a file over 20 MB with a clear message', async () => {
    const core = tempCore();
    const id = await candidate(core);
    const big = Buffer.alloc(20 * 1024 * 1024 + 10, 0x61);
    const result = await attach(core, id, 'huge.txt', big);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/^This file is just over 20 MB; files can be at most 20 MB/) });
    expect(fs.readdirSync(path.join(core.dataDir, 'attachments'))).toEqual([]);
  });

  it('refuses unknown types whatever their name, and writes nothing', async () => {
    const core = tempCore();
    const id = await candidate(core);
    const exe = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]);
    const result = await attach(core, id, 'resume.pdf', exe);
    expect(result.ok ? null : result.error.message).toMatch(/PDF, Word \(\.docx\), plain text \(\.txt\), PNG and JPEG/);
    expect(fs.readdirSync(path.join(core.dataDir, 'attachments'))).toEqual([]);
    withRawDb(core.databasePath, (db) => expect(db.prepare('SELECT count(*) FROM attachments').pluck().get()).toBe(0));
  });

  it('keeps a damaged PDF without text, with a warning', async () => {
    const core = tempCore();
    const id = await candidate(core);
    const broken = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n%% no xref, no pages\n');
    const added = value<AttachmentAddResult>(await attach(core, id, 'broken.pdf', broken));
    expect(added.attachment).toMatchObject({ mimeType: 'application/pdf', hasText: false });
    expect(added.warning).toMatch(/could not be read.*The file itself was kept/);
    expect(added.attachment.extractionNote).toBe(added.warning);
  });

  it('gives up on slow extraction after the time limit, and reads at most the page limit', async () => {
    const slow = await extractText(makePdf(RESUME_LINES, 300), 'application/pdf', { timeoutMs: 1 });
    expect(slow).toEqual({ text: '', warning: expect.stringMatching(/took too long/) });
    const long = await extractText(makePdf(['Page text here'], 3), 'application/pdf', { maxPages: 2 });
    expect(long.text.match(/Page text here/g)).toHaveLength(2);
    expect(long.warning).toBe('Only the first 2 of 3 pages were read for search.');
  });
});

describe('removing files', () => {
  it('deletes the record, its search text and the bytes once unused', async () => {
    const core = tempCore();
    const id = await candidate(core);
    const added = value<AttachmentAddResult>(await attach(core, id, 'cv.pdf', makePdf(RESUME_LINES)));
    expect(value(await core.dispatch('attachments:delete', { id: added.attachment.id }))).toEqual({ id: added.attachment.id });
    expect(fs.readdirSync(path.join(core.dataDir, 'attachments'))).toEqual([]);
    expect(await found(core, 'viennoiserie')).toEqual([]);
    const again = await core.dispatch('attachments:content', { id: added.attachment.id });
    expect(again.ok ? null : again.error.code).toBe('not_found');
  });

  it('removes a deleted candidate’s files from disk', async () => {
    const core = tempCore();
    const id = await candidate(core);
    value(await attach(core, id, 'cv.pdf', makePdf(RESUME_LINES)));
    value(await core.dispatch('candidates:delete', { id }));
    expect(fs.readdirSync(path.join(core.dataDir, 'attachments'))).toEqual([]);
  });
});
