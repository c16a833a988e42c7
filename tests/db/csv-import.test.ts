// CSV import and export through the core: a messy file (BOM, semicolons, quoted newlines, names in many
// scripts, blank lines, bad rows) with exact counts and error lines, tabs, duplicates (skip, merge, create),
// role and stage, cancel keeping finished batches, an export that round-trips, and formula-safe cells.
// Runs in Vitest against real SQLite files.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CandidateExportFile, CandidateTimeline, ImportPreview, ImportResult } from '../../electron/contract';
import { board, call, columns, errorOf, newRole, rawAll } from '../helpers/applicants';
import { tempCore } from '../helpers/temp-core';
import { IMPORT_BATCH_ROWS, SMALL_IMPORT_BATCH } from '../../electron/core/csv/csv-import-plan';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'csv');
const messy = fs.readFileSync(path.join(FIXTURES, 'messy-semicolon.csv'));
const tabs = fs.readFileSync(path.join(FIXTURES, 'tabs.csv'), 'utf8');

async function importText(core: ReturnType<typeof tempCore>, text: string, extra: Record<string, unknown> = {}): Promise<ImportResult> {
  const preview = await call<ImportPreview>(core, 'candidates:import-preview', { text });
  return call<ImportResult>(core, 'candidates:import', { text, mapping: preview.mapping, jobId: randomUUID(), ...extra });
}

function names(core: ReturnType<typeof tempCore>): string[] {
  return rawAll<{ full_name: string }>(core, 'SELECT full_name FROM candidates ORDER BY seq').map((r) => r.full_name);
}

describe('candidates:import-preview', () => {
  it('detects the separator and guesses the mapping from the headers', async () => {
    const core = tempCore();
    const preview = await call<ImportPreview>(core, 'candidates:import-preview', { fileName: 'messy.csv', path: path.join(FIXTURES, 'messy-semicolon.csv') });
    expect(preview.delimiter).toBe(';');
    expect(preview.headers).toEqual(['Full name', 'E-mail', 'Mobile', 'City', 'Source', 'Tags', 'LinkedIn', 'Notes']);
    expect(preview.mapping).toEqual({ name: 0, email: 1, phone: 2, location: 3, source: 4, tags: 5, linkedin: 6, summary: 7 });
    expect(preview.rowCount).toBe(11);
    expect(preview.sampleRows[2]?.[7]).toBe('Line one\r\nline two');
    expect(rawAll(core, 'SELECT * FROM candidates')).toEqual([]);
  });

  it('guesses first and last name columns and tabs', async () => {
    const core = tempCore();
    const first = await call<ImportPreview>(core, 'candidates:import-preview', { text: 'First Name,Surname,Email Address,Tel\nA,B,a@b.co,1\n' });
    expect(first.mapping).toEqual({ firstName: 0, lastName: 1, email: 2, phone: 3 });
    const tab = await call<ImportPreview>(core, 'candidates:import-preview', { text: tabs });
    expect(tab).toMatchObject({ delimiter: '\t', rowCount: 3, mapping: { name: 0, email: 1, phone: 2, tags: 3 } });
  });
});

describe('candidates:import', () => {
  it('imports a row without a name under its e-mail, warning by line; past 100 such rows one line counts the rest', async () => {
    const core = tempCore();
    const rows = Array.from({ length: 103 }, (_v, i) => `,n${i}@example.com`);
    const result = await importText(core, `Name,Email\n${rows.join('\n')}\nKnown,n0@example.com\n`, { duplicates: 'merge' });
    expect(result).toMatchObject({ imported: 103, merged: 1, skipped: 0, errors: [] });
    expect(result.warnings).toHaveLength(101);
    expect(result.warnings[0]).toBe('Line 2 has no name: imported as "n0@example.com", its e-mail address.');
    expect(result.warnings[100]).toBe('3 more rows were imported without a name, under the e-mail address, like the ones above.');
    expect(names(core)[0]).toBe('n0@example.com');
  });

  it('imports the messy file: valid rows kept, bad rows reported by the line they start on', async () => {
    const core = tempCore();
    const text = messy.toString('utf8');
    const result = await importText(core, text);
    expect(result).toEqual({
      imported: 5,
      merged: 0,
      skipped: 1,
      cancelled: false,
      warnings: [],
      // The skipped row is named, with whom it matched.
      duplicates: [{ line: 12, name: 'Duplicate Anna', matchedId: expect.any(String) as string, matchedName: 'Анна Петрова' }],
      errors: [
        { line: 8, reason: 'Missing a name and an email' },
        { line: 9, reason: 'Invalid email "not-an-email"' },
        { line: 10, reason: 'Expected 8 columns, found 10' },
        { line: 13, reason: 'Expected 8 columns, found 2' },
        { line: 14, reason: 'Row is too long (over 20,000 characters)' },
      ],
    });
    expect(names(core)).toEqual(['Анна Петрова', 'محمد الأحمد', '王小明', 'José Núñez'.normalize('NFC'), 'Ким, Юна']);
    expect(names(core)[3]).toBe('José Núñez'.normalize('NFC'));
    const anna = rawAll<{ location: string; source_kind: string; summary: string }>(core, "SELECT location, source_kind, summary FROM candidates WHERE full_name = 'Анна Петрова'")[0];
    expect(anna).toEqual({ location: 'Москва', source_kind: 'referral', summary: 'Great with regulars' });
    expect(rawAll(core, "SELECT tag FROM candidate_tags t JOIN candidates c ON c.id = t.candidate_id WHERE c.full_name = 'Ким, Юна' ORDER BY tag")).toEqual([{ tag: 'night' }, { tag: 'weekend' }]);
    expect(rawAll(core, "SELECT linkedin_url FROM candidates WHERE linkedin_url <> ''")).toEqual([{ linkedin_url: 'https://linkedin.com/in/jose' }]);
    expect(rawAll(core, "SELECT summary FROM candidates WHERE full_name = '王小明'")).toEqual([{ summary: 'Line one\r\nline two' }]);
    expect(rawAll(core, "SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH '\"петрова\"'")).toHaveLength(1);
  });

  it('logs one created entry per batch, and each imported candidate\'s timeline shows it', async () => {
    const core = tempCore();
    const jobId = randomUUID();
    await call(core, 'candidates:import', { fileName: 'people.csv', text: 'Name,Email\nAna,ana@example.com\nBo,bo@example.com\n', mapping: { name: 0, email: 1 }, jobId });
    const entries = rawAll<{ entity_id: string; action: string; details_json: string }>(core, 'SELECT entity_id, action, details_json FROM activity_log');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entity_id: jobId, action: 'created' });
    expect(JSON.parse(entries[0]?.details_json ?? '{}')).toEqual({ via: 'import', count: 2, fileName: 'people.csv' });
    const [ana, bo] = rawAll<{ id: string }>(core, 'SELECT id FROM candidates ORDER BY seq').map((r) => r.id);
    const timeline = await call<CandidateTimeline>(core, 'candidates:timeline', { candidateId: ana });
    expect(timeline.entries.map((e) => [e.entityType, e.entityId, e.action, e.details])).toEqual([
      ['candidate', ana, 'created', { via: 'import', count: 2, fileName: 'people.csv' }],
    ]);
    await call(core, 'candidates:delete', { id: ana });
    expect(rawAll(core, 'SELECT entity_id FROM activity_subjects')).toEqual([{ entity_id: bo }]);
    expect((await call<CandidateTimeline>(core, 'candidates:timeline', { candidateId: bo })).entries.map((e) => e.action)).toEqual(['created']);
  });

  it('imports tab-separated text with blank lines', async () => {
    const core = tempCore();
    const result = await importText(core, tabs);
    expect(result).toMatchObject({ imported: 3, errors: [] });
    expect(names(core)).toEqual(['Lena Fischer', 'سارة', '佐藤 花子']);
  });

  it('handles duplicates by email or phone: skip, merge (fill and union) or create', async () => {
    const core = tempCore();
    await importText(core, 'Name,Email,Phone,Tags,City\nAna Lima,ana@example.com,+1 (503) 555-0101,barista,\n');
    const again = 'Name,Email,Phone,Tags,City\nAna L.,ANA@example.com,,latte,Portland\nAnother Ana,other@example.com,503.555.0101,,\nDupe In File,new@example.com,,,\nDupe Again,NEW@example.com,,,\n';
    expect(await importText(core, again)).toMatchObject({ imported: 1, merged: 0, skipped: 3 });
    expect(names(core)).toEqual(['Ana Lima', 'Dupe In File']);

    expect(await importText(core, again, { duplicates: 'merge' })).toMatchObject({ imported: 0, merged: 4, skipped: 0 });
    expect(names(core)).toEqual(['Ana Lima', 'Dupe In File']);
    const emails = rawAll<{ email: string }>(core, "SELECT email FROM candidate_emails e JOIN candidates c ON c.id = e.candidate_id WHERE c.full_name = 'Ana Lima' ORDER BY position");
    expect(emails.map((e) => e.email)).toEqual(['ana@example.com', 'other@example.com']);
    const ana = rawAll<{ location: string }>(core, "SELECT location FROM candidates WHERE full_name = 'Ana Lima'")[0];
    expect(ana?.location).toBe('Portland');
    expect(rawAll(core, "SELECT tag FROM candidate_tags t JOIN candidates c ON c.id = t.candidate_id WHERE c.full_name = 'Ana Lima' ORDER BY tag")).toEqual([{ tag: 'barista' }, { tag: 'latte' }]);

    expect(await importText(core, again, { duplicates: 'create' })).toMatchObject({ imported: 4 });
    expect(names(core)).toHaveLength(6);
  });

  it('adds everyone to a role and stage; an unknown stage is refused before anything is written', async () => {
    const core = tempCore();
    const role = await newRole(core, 'Barista');
    const text = 'Name,Email\nAna,ana@example.com\nBo,bo@example.com\n';
    const refused = await errorOf(core, 'candidates:import', { text, mapping: { name: 0, email: 1 }, roleId: role.id, stageName: 'Nope', jobId: randomUUID() });
    expect(refused.code).toBe('invalid_input');
    expect(rawAll(core, 'SELECT * FROM candidates')).toEqual([]);
    await call(core, 'candidates:import', { text, mapping: { name: 0, email: 1 }, roleId: role.id, stageName: 'screening', jobId: randomUUID() });
    expect(columns(await board(core, role.id)).Screening).toEqual(['Ana', 'Bo']);
  });

  it('reports progress per batch and keeps finished batches when cancelled', async () => {
    const events: { done: number; total: number }[] = [];
    const jobId = randomUUID();
    let core: ReturnType<typeof tempCore> | null = null;
    core = tempCore({
      onEvent: (event, payload) => {
        if (event !== 'candidates:import-progress') return;
        events.push(payload as { done: number; total: number });
        if (events.length === 1) void core?.dispatch('candidates:import-cancel', { jobId });
      },
    });
    // A file under 2 MB, so read whole and stored in half-size batches.
    const batch = SMALL_IMPORT_BATCH.rows;
    expect(batch).toBe(IMPORT_BATCH_ROWS / 2);
    const rows = Array.from({ length: 2.5 * batch }, (_v, i) => `Person ${i},p${i}@example.com`).join('\n');
    const result = await call<ImportResult>(core, 'candidates:import', { text: `Name,Email\n${rows}\n`, mapping: { name: 0, email: 1 }, jobId });
    expect(result).toMatchObject({ imported: batch, cancelled: true });
    expect(events).toEqual([{ jobId, done: batch, total: 2.5 * batch }]);
    expect(rawAll(core, 'SELECT count(*) AS n FROM candidates')).toEqual([{ n: batch }]);
  });
});

describe('candidates:export', () => {
  it('round-trips through import', async () => {
    const core = tempCore();
    await importText(core, messy.toString('utf8'));
    const file = await call<CandidateExportFile>(core, 'candidates:export', { sort: 'name', direction: 'asc' });
    expect(file.fileName).toMatch(/^candidates-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.rows).toBe(5);
    const copy = tempCore();
    expect(await importText(copy, file.content)).toMatchObject({ imported: 5, errors: [] });
    const read = (c: typeof core) =>
      rawAll(c, `SELECT c.full_name, c.location, c.linkedin_url, c.summary,
        (SELECT group_concat(email) FROM candidate_emails WHERE candidate_id = c.id) AS emails,
        (SELECT group_concat(phone) FROM candidate_phones WHERE candidate_id = c.id) AS phones,
        (SELECT group_concat(tag) FROM candidate_tags WHERE candidate_id = c.id) AS tags
        FROM candidates c ORDER BY c.full_name`);
    expect(read(copy)).toEqual(read(core));
  });

  it('makes cells that start with = + - @ inert, and import takes the quote off again', async () => {
    const core = tempCore();
    const text = 'Name,Email,Phone,City,Tags\n"=HYPERLINK(""http://x"")",eq@example.com,+1 503 555 0101,-London,@team\n';
    await importText(core, text);
    const file = await call<CandidateExportFile>(core, 'candidates:export', { columns: ['name', 'phones', 'location', 'tags'] });
    const lines = file.content.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Name,Phone,Location,Tags');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://x"")",'+1 503 555 0101,'-London,'@team`);
    const copy = tempCore();
    await importText(copy, file.content);
    expect(names(copy)).toEqual(['=HYPERLINK("http://x")']);
  });

  it('exports only what the filters match', async () => {
    const core = tempCore();
    const role = await newRole(core, 'Barista');
    await importText(core, 'Name,Email\nAna,ana@example.com\n', { roleId: role.id });
    await importText(core, 'Name,Email\nBo,bo@example.com\n');
    const file = await call<CandidateExportFile>(core, 'candidates:export', { roleId: role.id, columns: ['name'] });
    expect(file.content.replace(/^\uFEFF/, '').trim().split('\r\n')).toEqual(['Name', 'Ana']);
  });
});
