// Reading PDF and Word text in the untrusted-file worker thread (run from the TypeScript sources through
// tsx's require hook): the words become searchable, and a damaged file is kept with a warning, exactly as
// on the core's thread. Runs in Vitest against real SQLite files.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AttachmentAddResult, CandidateCreateResult, CandidateList } from '../../electron/contract';
import type { Core } from '../../electron/core';
import { makePdf } from '../fixtures/candidates/make-pdf';
import { makeDocx } from '../fixtures/jd/make-docx';
import { tempCore, tempDir, value } from '../helpers/temp-core';

const workers = {
  untrustedFile: { path: path.join(__dirname, '..', '..', 'electron', 'core', 'untrusted-files', 'untrusted-file-worker.ts'), execArgv: ['--require', 'tsx/cjs'] },
};

async function attach(core: Core, fileName: string, bytes: Buffer): Promise<AttachmentAddResult> {
  const candidateId = value<CandidateCreateResult>(await core.dispatch('candidates:create', { fullName: fileName })).candidate.id;
  const file = path.join(tempDir(), fileName);
  fs.writeFileSync(file, bytes);
  return value<AttachmentAddResult>(await core.dispatch('attachments:add', { candidateId, kind: 'resume', path: file }));
}

async function found(core: Core, search: string): Promise<string[]> {
  return value<CandidateList>(await core.dispatch('candidates:list', { search })).rows.map((row) => row.fullName);
}

// The core starts a worker thread that compiles its TypeScript through tsx, then reads a PDF and a Word file.
describe('attachments:add with the untrusted-file worker', { timeout: 60_000 }, () => {
  it('makes PDF and Word text searchable and keeps a damaged PDF with a warning', async () => {
    const core = tempCore({ workers });
    const pdf = await attach(core, 'cv.pdf', makePdf(['Amara Okafor', 'Croissant lamination and viennoiserie']));
    expect(pdf).toMatchObject({ warning: null, attachment: { hasText: true }, suggestions: { fullName: 'Amara Okafor' } });
    await attach(core, 'cv.docx', makeDocx([{ kind: 'bullet', text: 'Ran the espresso bar at Stumptown' }]));
    expect(await found(core, 'viennois')).toEqual(['cv.pdf']);
    expect(await found(core, 'stumptown')).toEqual(['cv.docx']);
    const broken = await attach(core, 'broken.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n'));
    expect(broken.attachment).toMatchObject({ hasText: false });
    expect(broken.warning).toMatch(/could not be read.*The file itself was kept/);
  });
});
