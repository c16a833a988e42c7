// Files reach the core by path, never as bytes: the contract refuses base64 for imports and attachments;
// in the desktop app (requireGrants) only files the owner picked are read; every read is of an ordinary
// file whose size is checked first (folders, pipes and devices are refused, also behind a symlink).
// Runs in Vitest on real SQLite.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiErrorBody, AttachmentAddResult, CandidateCreateResult, JdParseResult } from '../../electron/contract';
import { UNCHOSEN_FILE } from '../../electron/core/files/path-grants';
import type { PlatformServices } from '../../electron/core/platform-services';
import { dumpTables, tempCore, tempDir, value } from '../helpers/temp-core';
import { fileOnDisk } from '../helpers/temp-files';

function refusal(result: { ok: boolean; error?: ApiErrorBody }): ApiErrorBody {
  if (result.ok || !result.error) throw new Error('expected a refusal');
  return result.error;
}

function platformAnswering(files: string[]): PlatformServices {
  return { chooseFolder: () => Promise.resolve(null), chooseFiles: () => Promise.resolve(files) };
}

const POSTING = '# Barista\n\n## Duties\n\n- Pull shots\n- Steam milk\n';

describe('file bytes never cross the contract', () => {
  it('refuses base64 where a file is expected', async () => {
    const core = tempCore();
    const { candidate } = value<CandidateCreateResult>(await core.dispatch('candidates:create', { fullName: 'Ana Lima' }));
    const bytes = Buffer.from(POSTING).toString('base64');
    for (const [channel, input] of [
      ['jd:parse', { fileName: 'a.md', base64: bytes }],
      ['attachments:add', { candidateId: candidate.id, fileName: 'a.txt', base64: bytes }],
      ['candidates:import-preview', { fileName: 'a.csv', base64: bytes }],
    ] as const) {
      expect(refusal(await core.dispatch(channel, input)).code, channel).toBe('invalid_input');
    }
  });

  it('refuses a relative path in the contract', async () => {
    const error = refusal(await tempCore().dispatch('jd:parse', { path: 'posting.md' }));
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.[0]?.message).toMatch(/full path/);
  });
});

describe('in the desktop app, only files the owner picked are read', () => {
  it('refuses a path nobody picked, naming the field, and reads it once the preload granted it', async () => {
    const core = tempCore({ requireGrants: true });
    const file = fileOnDisk('barista.md', POSTING);
    const refused = refusal(await core.dispatch('jd:parse', { path: file }));
    expect(refused.code).toBe('invalid_input');
    expect(refused.issues).toEqual([{ path: ['path'], message: UNCHOSEN_FILE }]);

    core.grantFile(file);
    const parsed = value<JdParseResult>(await core.dispatch('jd:parse', { path: file }));
    expect(parsed.parsed.title).toBe('Barista');
    expect(parsed.parsed.sections.map((s) => s.heading)).toEqual(['Duties']);
  });

  it('reads what the open dialog returned (app:choose-file), and nothing else', async () => {
    const picked = fileOnDisk('people.csv', 'Name,Email\nAna Lima,ana@example.test\n');
    const other = fileOnDisk('secret.csv', 'Name,Email\nEve,eve@example.test\n');
    const core = tempCore({ requireGrants: true, platform: platformAnswering([picked]) });
    expect(value(await core.dispatch('app:choose-file', { title: 'Open a CSV file', purpose: 'csv' }))).toEqual({ paths: [picked] });
    const preview = value<{ headers: string[]; rowCount: number }>(await core.dispatch('candidates:import-preview', { path: picked }));
    expect(preview).toMatchObject({ headers: ['Name', 'Email'], rowCount: 1 });
    expect(refusal(await core.dispatch('candidates:import-preview', { path: other })).issues?.[0]?.message).toBe(UNCHOSEN_FILE);
  });

  it('a cancelled open dialog grants nothing', async () => {
    const core = tempCore({ requireGrants: true, platform: platformAnswering([]) });
    expect(value(await core.dispatch('app:choose-file', { title: 'Add a résumé', purpose: 'attachment', multiple: true }))).toEqual({ paths: [] });
  });

  it('the CLI core (no grants required) reads the path it was given', async () => {
    const core = tempCore();
    const parsed = value<JdParseResult>(await core.dispatch('jd:parse', { path: fileOnDisk('barista.md', POSTING) }));
    expect(parsed.parsed.title).toBe('Barista');
  });
});

describe('only ordinary files, size checked before reading', () => {
  async function attach(file: string): Promise<ApiErrorBody> {
    const core = tempCore();
    const { candidate } = value<CandidateCreateResult>(await core.dispatch('candidates:create', { fullName: 'Ana Lima' }));
    const before = dumpTables(core.databasePath);
    const error = refusal(await core.dispatch('attachments:add', { candidateId: candidate.id, path: file }));
    expect(dumpTables(core.databasePath), 'nothing stored').toEqual(before);
    expect(fs.readdirSync(path.join(core.dataDir, 'attachments')), 'no file kept').toEqual([]);
    return error;
  }

  it('refuses a folder', async () => {
    const folder = path.join(tempDir(), 'resume.pdf');
    fs.mkdirSync(folder);
    const error = await attach(folder);
    expect(error).toMatchObject({ code: 'invalid_input', message: 'resume.pdf is a folder, not an ordinary file. Choose the file itself.' });
    expect(error.issues?.[0]?.path).toEqual(['path']);
  });

  it('refuses a symlink to a device without reading it', async () => {
    const link = path.join(tempDir(), 'resume.pdf');
    fs.symlinkSync('/dev/zero', link);
    expect((await attach(link)).message).toBe('resume.pdf is a device, not an ordinary file. Choose the file itself.');
  });

  it('refuses a named pipe without waiting for a writer', async () => {
    const fifo = path.join(tempDir(), 'people.csv');
    execFileSync('mkfifo', [fifo]);
    const error = refusal(await tempCore().dispatch('candidates:import-preview', { path: fifo }));
    expect(error.message).toBe('people.csv is a pipe, not an ordinary file. Choose the CSV file itself.');
  });

  it('refuses a file over the limit by its size, without reading it', async () => {
    const big = path.join(tempDir(), 'scan.pdf');
    // Sparse: 21 MB on paper, nothing on disk.
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 21 * 1024 * 1024);
    expect((await attach(big)).message).toMatch(/^This file is 21\.0 MB; files can be at most 20 MB\./);
  });

  it('says plainly when the file is gone', async () => {
    const gone = path.join(tempDir(), 'moved.txt');
    expect((await attach(gone)).message).toBe('Hirebook cannot open moved.txt: it does not exist (it may have been moved or deleted).');
  });

  it('keeps the name the owner saw, never the path', async () => {
    const core = tempCore();
    const { candidate } = value<CandidateCreateResult>(await core.dispatch('candidates:create', { fullName: 'Ana Lima' }));
    const file = fileOnDisk('ana-lima-cv.txt', 'Ana Lima\nana@example.test\n');
    const added = value<AttachmentAddResult>(await core.dispatch('attachments:add', { candidateId: candidate.id, path: file }));
    expect(added.attachment.fileName).toBe('ana-lima-cv.txt');
    expect(added.suggestions.emails).toEqual(['ana@example.test']);
  });
});
