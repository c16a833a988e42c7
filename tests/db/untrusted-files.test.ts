// Hostile Word files through the core, on the core's thread (no workers) and in the untrusted-file worker
// (run from the TypeScript sources through tsx's require hook): jd:parse and attachments:add of a zip bomb
// or a zip whose headers lie answer invalid_input with a plain message and store nothing; a merely damaged
// .docx résumé is kept with a warning; a real .docx parses the same in both. Runs in Vitest against real
// SQLite files.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AttachmentAddResult, CandidateCreateResult, JdParseResult } from '../../electron/contract';
import type { Core, CoreOptions } from '../../electron/core';
import { DENTAL_ASSISTANT_DOCX, makeDocx } from '../fixtures/jd/make-docx';
import { docxFrame, lyingAbout, repeatedEntry, zipArchive, type ZipEntry } from '../fixtures/zip/make-zip';
import { dumpTables, tempCore, tempDir, value, withRawDb } from '../helpers/temp-core';

const GiB = 1024 ** 3;
const BOMB_MESSAGE = 'This Word file unpacks to more than 100 MB, far more than any job description or résumé; Hirebook did not open it.';
const LIAR_MESSAGE = 'This Word file holds more than its own table of contents says, a trick used to overload programs; Hirebook did not open it.';

const worker = { path: path.join(__dirname, '..', '..', 'electron', 'core', 'untrusted-files', 'untrusted-file-worker.ts'), execArgv: ['--require', 'tsx/cjs'] };

/** A part whose central-directory entry declares `declaredSize` over six bytes that are not deflate data. */
function declared(name: string, declaredSize: number): ZipEntry {
  return { name, chunks: [Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff])], method: 8, crc32: 0, size: 6, declaredSize };
}

/** A .docx whose word/document.xml declares 8 GiB: a few hundred bytes on disk. */
const bomb = () => zipArchive([...docxFrame(), declared('word/document.xml', 8 * GiB)]);
/** A .docx whose word/document.xml says 10 KB and inflates to 150 MB. */
const liar = () => zipArchive([...docxFrame(), lyingAbout(repeatedEntry('word/document.xml', ' ', 150 * 1024 * 1024, { noCrc: true }), 10_000)]);

function fileOf(name: string, bytes: Buffer): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, bytes);
  return file;
}

async function newCandidate(core: Core): Promise<string> {
  return value<CandidateCreateResult>(await core.dispatch('candidates:create', { fullName: 'Amara Okafor' })).candidate.id;
}

function storedNothing(core: Core): void {
  withRawDb(core.databasePath, (db) => expect(db.prepare('SELECT count(*) FROM attachments').pluck().get()).toBe(0));
  expect(fs.readdirSync(path.join(core.dataDir, 'attachments'))).toEqual([]);
}

const where: [string, Partial<CoreOptions>][] = [
  ['on the core’s thread', {}],
  ['in the untrusted-file worker', { workers: { untrustedFile: worker } }],
];

describe.each(where)('hostile Word files %s', (_where, options) => {
  it('jd:parse refuses a zip bomb by its declared size and a lying one by counting, writing nothing', async () => {
    const core = tempCore(options);
    const before = dumpTables(core.databasePath);
    expect(await core.dispatch('jd:parse', { path: fileOf('posting.docx', bomb()) })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: BOMB_MESSAGE } });
    expect(await core.dispatch('jd:parse', { path: fileOf('posting.docx', liar()) })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: LIAR_MESSAGE } });
    expect(dumpTables(core.databasePath)).toEqual(before);
  }, 30_000);

  it('attachments:add refuses a zip bomb and stores neither a row nor the bytes', async () => {
    const core = tempCore(options);
    const candidateId = await newCandidate(core);
    const result = await core.dispatch('attachments:add', { candidateId, kind: 'resume', path: fileOf('cv.docx', bomb()) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: BOMB_MESSAGE } });
    storedNothing(core);
    const lying = await core.dispatch('attachments:add', { candidateId, kind: 'resume', path: fileOf('cv.docx', liar()) });
    expect(lying).toMatchObject({ ok: false, error: { code: 'invalid_input', message: LIAR_MESSAGE } });
    storedNothing(core);
  }, 30_000);

  it('keeps a damaged .docx résumé with a warning, and parses a real .docx posting', async () => {
    const core = tempCore(options);
    const candidateId = await newCandidate(core);
    const damaged = zipArchive([...docxFrame(), declared('word/document.xml', 6)]);
    const kept = value<AttachmentAddResult>(await core.dispatch('attachments:add', { candidateId, kind: 'resume', path: fileOf('cv.docx', damaged) }));
    expect(kept.attachment).toMatchObject({ hasText: false });
    expect(kept.warning).toMatch(/could not be read.*The file itself was kept/);
    const parsed = value<JdParseResult>(await core.dispatch('jd:parse', { path: fileOf('dental.docx', makeDocx(DENTAL_ASSISTANT_DOCX)) }));
    expect(parsed.parsed.title).toBe('Dental Assistant');
    expect(parsed.roleFields).toMatchObject({ employmentType: 'full_time' });
    const refused = await core.dispatch('jd:parse', { path: fileOf('broken.docx', damaged) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^This \.docx file could not be read/) } });
  }, 30_000);
});
