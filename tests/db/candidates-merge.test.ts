// Merging duplicate candidates through the real core: every application, note, file, stage event and
// contact detail survives on the kept record, in one transaction, and the timeline follows the merge.
// Applications are written with raw SQL so this test does not depend on the pipeline channels.
// Runs in Vitest against real SQLite files.
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CandidateCreateResult, CandidateMergeResult, CandidateProfile, CandidateTimeline, Role } from '../../electron/contract';
import type { Core } from '../../electron/core';
import { tempCore, value, withRawDb } from '../helpers/temp-core';
import { fileOnDisk } from '../helpers/temp-files';

const T = '2026-03-01T10:00:00.000Z';

function withWritableDb<T>(core: Core, write: (db: Database.Database) => T): T {
  const db = new Database(core.databasePath);
  db.pragma('foreign_keys = ON');
  try {
    return write(db);
  } finally {
    db.close();
  }
}

/** A role with two stages of its own (made by SQL, whatever the pipeline channels do). */
async function roleWithStages(core: Core, title: string): Promise<{ roleId: string; stages: [string, string] }> {
  const role = value<Role>(await core.dispatch('roles:create', { title }));
  const stages: [string, string] = [randomUUID(), randomUUID()];
  withWritableDb(core, (db) => {
    const insert = db.prepare('INSERT INTO pipeline_stages (id, role_id, name, position, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    insert.run(stages[0], role.id, `${title} applied`, 100, 'active', T, T);
    insert.run(stages[1], role.id, `${title} interview`, 101, 'active', T, T);
  });
  return { roleId: role.id, stages };
}

interface AppSpec {
  candidateId: string;
  roleId: string;
  stages: [string, string];
  rating: number | null;
  notes: number;
}

/** An application that moved once (two stage events) with some notes. */
function addApplication(core: Core, spec: AppSpec): string {
  const id = randomUUID();
  withWritableDb(core, (db) =>
    db.transaction(() => {
      db.prepare(`INSERT INTO applications (id, candidate_id, role_id, stage_id, status, rating, position, stage_entered_at, created_at, updated_at)
        VALUES (?, ?, ?, ?, 'active', ?, 1, ?, ?, ?)`).run(id, spec.candidateId, spec.roleId, spec.stages[1], spec.rating, T, T, T);
      const event = db.prepare(`INSERT INTO stage_events (id, application_id, from_stage_id, to_stage_id, from_status, to_status, note, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, 'active', '', ?, ?)`);
      event.run(randomUUID(), id, null, spec.stages[0], null, T, T);
      event.run(randomUUID(), id, spec.stages[0], spec.stages[1], 'active', T, T);
      const note = db.prepare('INSERT INTO application_notes (id, application_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
      for (let n = 0; n < spec.notes; n++) note.run(randomUUID(), id, `note ${n}`, T, T);
    })(),
  );
  return id;
}

interface Counts {
  candidates: number;
  applications: number;
  notes: number;
  events: number;
  files: number;
}

function counts(core: Core): Counts {
  return withRawDb(core.databasePath, (db) => {
    const count = (sql: string): number => db.prepare(sql).pluck().get() as number;
    return {
      candidates: count('SELECT count(*) FROM candidates'),
      applications: count('SELECT count(*) FROM applications'),
      notes: count('SELECT count(*) FROM application_notes'),
      events: count('SELECT count(*) FROM stage_events'),
      files: count('SELECT count(*) FROM attachments'),
    };
  });
}

async function create(core: Core, draft: Record<string, unknown>): Promise<string> {
  return value<CandidateCreateResult>(await core.dispatch('candidates:create', draft)).candidate.id;
}

describe('candidates:merge', () => {
  it('keeps every application, note, file, stage event and contact detail', async () => {
    const core = tempCore();
    const baker = await roleWithStages(core, 'Baker');
    const barista = await roleWithStages(core, 'Barista');
    const keep = await create(core, { fullName: 'Amara Okafor', emails: ['amara@example.test'], tags: ['baker'], phones: ['503 555 0142'] });
    const other = await create(core, {
      fullName: 'Amara Okafor',
      emails: ['AMARA@example.test', 'amara@work.test'],
      tags: ['Baker', 'nights'],
      location: 'Portland',
      links: [{ label: 'Blog', url: 'https://amara.example' }],
    });
    const keptBaker = addApplication(core, { candidateId: keep, ...baker, rating: null, notes: 1 });
    addApplication(core, { candidateId: other, ...baker, rating: 4, notes: 2 });
    const movedBarista = addApplication(core, { candidateId: other, ...barista, rating: 3, notes: 1 });
    value(await core.dispatch('attachments:add', { candidateId: other, fileName: 'cv.txt', path: fileOnDisk('cv.txt', 'Laminated dough, croissants') }));
    const before = counts(core);

    const result = value<CandidateMergeResult>(await core.dispatch('candidates:merge', { keepId: keep, mergeId: other }));

    expect(result.moved).toEqual({ applications: 1, combined: 1, attachments: 1, notes: 3, stageEvents: 4 });
    expect(counts(core)).toEqual({ ...before, candidates: before.candidates - 1, applications: before.applications - 1 });
    const profile = value<CandidateProfile>(await core.dispatch('candidates:get', { id: keep }));
    expect(profile).toMatchObject({
      emails: ['amara@example.test', 'amara@work.test'],
      phones: ['503 555 0142'],
      tags: ['baker', 'nights'],
      location: 'Portland',
      links: [{ label: 'Blog', url: 'https://amara.example' }],
    });
    expect(profile.attachments.map((a) => a.fileName)).toEqual(['cv.txt']);
    expect(profile.applications.map((a) => [a.id, a.rating]).sort()).toEqual([[keptBaker, 4], [movedBarista, 3]].sort());
    withRawDb(core.databasePath, (db) => {
      expect(db.prepare('SELECT count(*) FROM stage_events WHERE application_id = ?').pluck().get(keptBaker)).toBe(4);
      expect(db.prepare('SELECT count(*) FROM application_notes WHERE application_id = ?').pluck().get(keptBaker)).toBe(3);
    });
    const gone = await core.dispatch('candidates:get', { id: other });
    expect(gone.ok ? null : gone.error.code).toBe('not_found');
    const search = value<{ rows: { id: string }[] }>(await core.dispatch('candidates:list', { search: 'croissants' }));
    expect(search.rows.map((row) => row.id)).toEqual([keep]);
  });

  it('records the merge, and the timeline keeps the merged person’s history', async () => {
    const core = tempCore();
    const keep = await create(core, { fullName: 'Bo Chen' });
    const other = await create(core, { fullName: 'Bo  Chen' });
    await core.dispatch('candidates:update', { id: other, patch: { location: 'Salem' } });
    value(await core.dispatch('candidates:merge', { keepId: keep, mergeId: other }));
    const timeline = value<CandidateTimeline>(await core.dispatch('candidates:timeline', { candidateId: keep }));
    expect(timeline.entries[0]).toMatchObject({ action: 'merged', entityId: keep, details: { mergedId: other, mergedName: 'Bo  Chen' } });
    expect(timeline.entries.map((e) => [e.entityId === keep ? 'keep' : 'other', e.action])).toEqual(
      expect.arrayContaining([['other', 'updated'], ['other', 'created'], ['keep', 'created']]),
    );
  });

  it('refuses merging a candidate with itself or with nobody, changing nothing', async () => {
    const core = tempCore();
    const keep = await create(core, { fullName: 'Bo Chen' });
    const self = await core.dispatch('candidates:merge', { keepId: keep, mergeId: keep });
    expect(self.ok ? null : self.error.code).toBe('invalid_input');
    const nobody = await core.dispatch('candidates:merge', { keepId: keep, mergeId: randomUUID() });
    expect(nobody.ok ? null : nobody.error.code).toBe('not_found');
    expect(counts(core).candidates).toBe(1);
  });

  it('leaves stage history append-only: merges re-home events but nothing can rewrite them', async () => {
    const core = tempCore();
    const role = await roleWithStages(core, 'Cook');
    const id = await create(core, { fullName: 'Cy Diaz' });
    addApplication(core, { candidateId: id, ...role, rating: null, notes: 0 });
    withWritableDb(core, (db) => {
      expect(() => db.prepare("UPDATE stage_events SET note = 'rewritten'").run()).toThrow(/append-only/);
      expect(() => db.prepare("UPDATE stage_events SET created_at = '2000-01-01'").run()).toThrow(/append-only/);
    });
  });
});
