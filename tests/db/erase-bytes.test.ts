// Deleting a candidate erases them, down to the bytes: a unique marker planted in every personal field (name,
// e-mails, phones, links, tags, summary, location, source detail, an application note, interview place,
// interviewer notes on a scorecard, a drafted message's subject, an offer's pay words and note) and in a résumé file's name and text is, after candidates:delete, nowhere
// in the raw bytes of hirebook.db, its -wal, or the attachments folder; the full-text index's shadow tables
// included. The same scan finds a marker left by a delete with secure_delete off (so it can fail). Runs in
// Vitest on real files.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CandidateCreateResult, Interview, Kit, MessageTemplate, Scorecard } from '../../electron/contract';
import { call } from '../helpers/applicants';
import { holding } from '../helpers/marker-scan';
import { tempCore, tempDir, withRawDb } from '../helpers/temp-core';

describe('erasing a candidate', () => {
  it('leaves none of their text in the database, its WAL, the search index or the attachments folder', async () => {
    const dataDir = tempDir();
    const core = tempCore({ dataDir });
    const M = 'Qzxmarkerv';
    const role = await call<{ id: string }>(core, 'roles:create', { title: 'Weekend Barista' });
    const made = await call<CandidateCreateResult>(core, 'candidates:create', {
      fullName: `Ana ${M}name`,
      emails: [`${M}mail@example.com`],
      phones: ['+1 555 0100 77'],
      links: [{ label: `${M}label`, url: `https://example.com/${M}link` }],
      tags: [`${M}tag`],
      summary: `Loves ${M}summary coffee`,
      location: `${M}town`,
      sourceDetail: `${M}referrer`,
      roleId: role.id,
    });
    const candidateId = made.candidate.id;
    const applicationId = made.candidate.applications[0]?.id ?? '';
    await call(core, 'applications:note-add', { applicationId, body: `Called her: ${M}note` });
    const upload = path.join(tempDir(), 'upload.txt');
    fs.writeFileSync(upload, `Curriculum vitae\nAna ${M}resume, barista, latte art\n`);
    await call(core, 'attachments:add', { candidateId, kind: 'resume', fileName: `${M}cv.txt`, path: upload });
    const kit = await call<Kit>(core, 'kits:save', { roleId: role.id, items: [{ kind: 'criterion', label: 'Espresso' }] });
    const interview = await call<Interview>(core, 'interviews:schedule', {
      applicationId, startsAt: '2030-03-01T10:00:00.000Z', durationMinutes: 30, timeZone: 'Europe/London', kind: 'onsite', location: `${M}cafe`, interviewers: ['Sam Lee'],
    });
    const card = await call<Scorecard>(core, 'scorecards:open', { interviewId: interview.id, interviewerId: interview.interviewers[0]?.id });
    await call(core, 'scorecards:save', { scorecardId: card.id, notes: `She said ${M}scorecard`, ratings: [{ criterionId: kit.items[0]?.id, rating: 3 }] });
    // A message drafted to her, logged with its subject, which names her (the messages log and the timeline's entry).
    const template = await call<MessageTemplate>(core, 'messages:template-save', { kind: 'custom', name: 'Note', subject: 'About {full name}', body: 'Hi {first name}' });
    await call(core, 'messages:log', { applicationId, templateId: template.id, how: 'mailto' });
    withRawDb(core.databasePath, (db) => expect(db.prepare('SELECT subject FROM messages').pluck().all()).toEqual([`About Ana ${M}name`]));
    // An offer made to her, with words about her pay and a note (the offers table and the timeline's entry).
    await call(core, 'offers:create', { applicationId, payAmount: 41000, payText: `${M}pay plus a bonus`, note: `She asked for ${M}offer` });
    withRawDb(core.databasePath, (db) => expect(db.prepare('SELECT note FROM offers').pluck().all()).toEqual([`She asked for ${M}offer`]));

    // Planted: the marker is in the database (or its WAL) and in the attachments folder.
    expect(holding(dataDir, M).length).toBeGreaterThan(0);

    await call(core, 'candidates:delete', { id: candidateId });
    expect(holding(dataDir, M)).toEqual([]);
    // The erasure is recorded, by id and time only: in the ledger and in the activity log.
    withRawDb(core.databasePath, (db) => {
      expect(db.prepare('SELECT candidate_id, kind FROM erasures').all()).toEqual([{ candidate_id: candidateId, kind: 'erased' }]);
      expect(db.prepare("SELECT entity_id, details_json FROM activity_log WHERE action = 'deleted'").all()).toEqual([{ entity_id: candidateId, details_json: '{}' }]);
    });
    await core.close();
    expect(holding(dataDir, M)).toEqual([]);
  });

  it('would see a marker that a delete without secure_delete leaves behind (the scan can fail)', () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, 'plain.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('secure_delete = OFF');
    db.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('Qzxmarkerv in a row');");
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.exec('DELETE FROM t');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    expect(holding(dir, 'Qzxmarkerv')).toEqual(['plain.db']);
  });
});
