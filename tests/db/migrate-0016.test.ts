// Migration 0016 (search-notes) on a file whose search index is the one migration 3 made (no notes columns,
// prefix indexes of 2 and 3 letters), holding a person deleted before: after the upgrade, people are found by
// their notes and interview notes as well as their name, e-mail, phone, tag and résumé; a first letter is read
// from its own prefix index; and nothing of the deleted person is left in the index's rows. Runs in Vitest on
// a real SQLite file through the real channels.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CandidateCreateResult, CandidateList, Interview, Scorecard, SearchResults } from '../../electron/contract';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { call, newRole } from '../helpers/applicants';
import { scheduleInput } from '../helpers/interviews-seed';
import { indexTerms } from '../helpers/search-index';
import { UNDO_MIGRATION_17, UNDO_MIGRATION_18 } from '../helpers/schema-folder';
import { tempCore, tempDir, withRawDb } from '../helpers/temp-core';
import { fileOnDisk } from '../helpers/temp-files';

// Migration 3's index, as it was, filled with the name, e-mails, phones, tags and résumé as its writer did.
const OLD_INDEX = `
DROP TRIGGER candidates_fts_after_delete;
DROP TABLE candidates_fts;
CREATE VIRTUAL TABLE candidates_fts USING fts5(
  name, emails, phones, tags, resume_text,
  content = '', contentless_delete = 1, detail = column,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER candidates_fts_after_delete AFTER DELETE ON candidates BEGIN
  DELETE FROM candidates_fts WHERE rowid = old.seq;
END;
INSERT INTO candidates_fts (rowid, name, emails, phones, tags, resume_text)
SELECT c.seq, c.full_name, coalesce((SELECT group_concat(email, ' ') FROM candidate_emails WHERE candidate_id = c.id), ''),
  '5035550142 5550142', coalesce((SELECT group_concat(tag, ' ') FROM candidate_tags WHERE candidate_id = c.id), ''),
  coalesce((SELECT group_concat(extracted_text, ' ') FROM attachments WHERE candidate_id = c.id), '')
FROM candidates c;
-- Someone deleted by an older version: the entry is marked gone, its words stay in the segment rows.
INSERT INTO candidates_fts (rowid, name, emails, phones, tags, resume_text) VALUES (999999, 'Qzxgone Person', '', '', '', '');
DELETE FROM candidates_fts WHERE rowid = 999999;
`;

const leftovers = (dbPath: string, word: string) =>
  withRawDb(dbPath, (db) => db.prepare('SELECT COUNT(*) FROM candidates_fts_data WHERE instr(block, CAST(? AS BLOB)) > 0').pluck().get(word) as number);

describe('migration 0016-search-notes', () => {
  it('rebuilds the search index with notes, interview notes and one-letter prefixes, and nothing of the deleted', async () => {
    const dataDir = tempDir();
    const core = tempCore({ dataDir });
    const role = await newRole(core, 'Pastry Chef');
    const made = await call<CandidateCreateResult>(core, 'candidates:create', {
      fullName: 'Amara Okafor', emails: ['amara@bakery.test'], phones: ['+1 503 555 0142'], tags: ['Laminator'], roleId: role.id,
    });
    const amara = made.candidate.id;
    const applicationId = made.candidate.applications[0]?.id ?? '';
    await call(core, 'attachments:add', { candidateId: amara, kind: 'resume', fileName: 'cv.txt', path: fileOnDisk('cv.txt', 'Viennoiserie at dawn.\n') });
    await call(core, 'applications:note-add', { applicationId, body: 'Brought a Kouign-amann to the trial shift.' });
    const interview = await call<Interview>(core, 'interviews:schedule', scheduleInput(applicationId));
    const card = await call<Scorecard>(core, 'scorecards:open', { interviewId: interview.id, interviewerId: interview.interviewers[0]?.id });
    await call(core, 'scorecards:save', { scorecardId: card.id, notes: 'Knows her tempering curves.', takeaways: 'Hire for the wedding season.' });
    const dbPath = core.databasePath;
    await core.close();
    const db = new Database(dbPath);
    db.exec(OLD_INDEX);
    db.exec(UNDO_MIGRATION_18);
    db.exec(UNDO_MIGRATION_17);
    db.pragma('user_version = 15');
    db.close();
    expect(leftovers(dbPath, 'qzxgone')).toBeGreaterThan(0);
    expect(indexTerms(dbPath)).not.toContain('kouign');

    const upgraded = tempCore({ dataDir });
    const search = (text: string) => call<SearchResults>(upgraded, 'search:everything', { text });
    withRawDb(dbPath, (raw) => {
      expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      const sql = raw.prepare("SELECT sql FROM sqlite_schema WHERE name = 'candidates_fts'").pluck().get() as string;
      expect(sql).toContain('notes, interview_notes');
      expect(sql).toContain("prefix = '1 2 3'");
      expect(raw.prepare("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'candidates_fts_after_delete'").pluck().get()).toBe(1);
    });
    expect(leftovers(dbPath, 'qzxgone')).toBe(0);
    expect(indexTerms(dbPath)).toContain('kouign');
    for (const [text, field] of [['amara', 'name'], ['bakery.test', 'email'], ['555 0142', 'phone'], ['lamin', 'tag'], ['viennois', 'resume'], ['a', 'name']] as const) {
      expect((await search(text)).candidates.map((c) => [c.fullName, c.matchedIn]), text).toEqual([['Amara Okafor', field]]);
    }
    expect((await search('kouign')).notes.map((n) => [n.kind, n.candidateName])).toEqual([['note', 'Amara Okafor']]);
    expect((await search('wedding')).notes.map((n) => [n.kind, n.interviewId])).toEqual([['interview_note', interview.id]]);
    expect((await search('tempering')).notes.map((n) => n.snippet)).toEqual(['Knows her tempering curves. Hire for the wedding season.']);
    expect((await call<CandidateList>(upgraded, 'candidates:list', { search: 'tempering' })).rows.map((r) => r.id)).toEqual([amara]);
    expect((await search('qzxgone')).candidates).toEqual([]);
    // The trigger made again with the table still takes an erased person out.
    await call(upgraded, 'candidates:delete', { id: amara });
    expect((await search('kouign')).notes).toEqual([]);
    expect(indexTerms(dbPath)).not.toContain('kouign');
    await upgraded.close();
  });
});
