// Candidates through the real core: create/get/update/delete with emails, phones, links and tags; search
// by name, email, phone and tag; the table's filters, sorting and paging; duplicates; the timeline.
// Runs in Vitest against real SQLite files.
import { describe, expect, it } from 'vitest';
import type { CandidateCreateResult, CandidateDraft, CandidateList, CandidateListQuery, CandidateProfile, CandidateTimeline, DuplicateMatch } from '../../electron/contract';
import type { Core } from '../../electron/core';
import { tempCore, value, withRawDb } from '../helpers/temp-core';
import { fileOnDisk } from '../helpers/temp-files';

let tick = Date.parse('2026-03-01T09:00:00.000Z');
/** A clock that moves one minute per call, so creation order and timeline order are certain. */
const clock = (): Date => new Date((tick += 60_000));

async function create(core: Core, draft: CandidateDraft): Promise<CandidateProfile> {
  return value<CandidateCreateResult>(await core.dispatch('candidates:create', draft)).candidate;
}

async function list(core: Core, query: CandidateListQuery = {}): Promise<CandidateList> {
  return value<CandidateList>(await core.dispatch('candidates:list', query));
}

async function names(core: Core, query: CandidateListQuery): Promise<string[]> {
  return (await list(core, query)).rows.map((row) => row.fullName);
}

describe('candidates CRUD', () => {
  it('creates a candidate with deduplicated lists and reads it back', async () => {
    const core = tempCore({ now: clock });
    const created = value<CandidateCreateResult>(
      await core.dispatch('candidates:create', {
        fullName: '  Amara Okafor ',
        emails: ['amara@example.test', 'AMARA@example.test', 'a.okafor@work.test'],
        phones: ['+1 503 555 0142', '(1) 503-555-0142'],
        links: [{ label: 'Blog', url: 'https://amara.example' }],
        tags: ['Baker', 'baker', 'Nights'],
        source: 'job_board',
        sourceDetail: 'Indeed',
        retentionUntil: '2027-03-01',
      }),
    );
    expect(created.duplicates).toEqual([]);
    const profile = value<CandidateProfile>(await core.dispatch('candidates:get', { id: created.candidate.id }));
    expect(profile).toMatchObject({
      fullName: 'Amara Okafor',
      emails: ['amara@example.test', 'a.okafor@work.test'],
      phones: ['+1 503 555 0142'],
      links: [{ label: 'Blog', url: 'https://amara.example' }],
      tags: ['Baker', 'Nights'],
      source: 'job_board',
      sourceDetail: 'Indeed',
      retentionUntil: '2027-03-01',
      attachments: [],
      applications: [],
    });
    withRawDb(core.databasePath, (db) => {
      expect(db.prepare('SELECT email_norm FROM candidate_emails ORDER BY position').pluck().all()).toEqual(['amara@example.test', 'a.okafor@work.test']);
      expect(db.prepare('SELECT phone_norm, phone_tail FROM candidate_phones').all()).toEqual([{ phone_norm: '15035550142', phone_tail: '035550142' }]);
      expect(db.prepare('SELECT name_key FROM candidates').pluck().get()).toBe('amara okafor');
    });
  });

  it('refuses invalid fields with messages beside them', async () => {
    const core = tempCore();
    const result = await core.dispatch('candidates:create', { fullName: '', emails: ['nope'], phones: ['ab'], linkedinUrl: 'javascript:alert(1)' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.issues?.map((issue) => issue.path.join('.'))).toEqual(expect.arrayContaining(['fullName', 'emails.0', 'phones.0', 'linkedinUrl']));
  });

  it('updates a patch, refuses stale edits, and deletes', async () => {
    const core = tempCore({ now: clock });
    const amara = await create(core, { fullName: 'Amara Okafor', tags: ['baker'] });
    const updated = value<CandidateProfile>(await core.dispatch('candidates:update', { id: amara.id, patch: { location: 'Portland', tags: ['baker', 'pastry'] } }));
    expect(updated).toMatchObject({ fullName: 'Amara Okafor', location: 'Portland', tags: ['baker', 'pastry'] });
    expect(updated.updatedAt > amara.updatedAt).toBe(true);
    const stale = await core.dispatch('candidates:update', { id: amara.id, patch: { location: 'Bend' }, expectedUpdatedAt: amara.updatedAt });
    expect(stale.ok ? null : stale.error.code).toBe('conflict');
    expect(value(await core.dispatch('candidates:delete', { id: amara.id }))).toEqual({ id: amara.id });
    const gone = await core.dispatch('candidates:get', { id: amara.id });
    expect(gone.ok ? null : gone.error.code).toBe('not_found');
    expect((await list(core, { search: 'amara' })).total).toBe(0);
    withRawDb(core.databasePath, (db) => {
      for (const table of ['candidates', 'candidate_tags', 'candidate_emails']) {
        expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
      }
    });
  });
});

async function sampleSet(core: Core): Promise<Record<string, CandidateProfile>> {
  return {
    amara: await create(core, { fullName: 'Amara Okafor', emails: ['amara@example.test'], phones: ['+1 (503) 555-0142'], tags: ['baker'], source: 'referral' }),
    jose: await create(core, { fullName: 'José Núñez', emails: ['jnunez@correo.test'], phones: ['503 555 0199'], tags: ['Barista', 'mornings'], source: 'walk_in' }),
    mei: await create(core, { fullName: '王美 (Mei Wang)', emails: ['mei.wang@example.test'], tags: ['barista'], source: 'job_board', sourceDetail: 'Indeed' }),
    olu: await create(core, { fullName: 'Oluwaseun Adeyemi', phones: ['07700 900123'], source: 'website' }),
  };
}

describe('search', () => {
  it('finds people by name prefix, email, phone digits and tag', async () => {
    const core = tempCore({ now: clock });
    await sampleSet(core);
    expect(await names(core, { search: 'ama' })).toEqual(['Amara Okafor']);
    expect(await names(core, { search: 'jose nu' })).toEqual(['José Núñez']);
    expect(await names(core, { search: 'Mei' })).toEqual(['王美 (Mei Wang)']);
    expect(await names(core, { search: 'mei.wang@example' })).toEqual(['王美 (Mei Wang)']);
    expect(await names(core, { search: 'correo' })).toEqual(['José Núñez']);
    expect(await names(core, { search: '503-555-014' })).toEqual(['Amara Okafor']);
    expect(await names(core, { search: '(503) 555-01', sort: 'name', direction: 'asc' })).toEqual(['Amara Okafor', 'José Núñez']);
    expect(await names(core, { search: '555 0199' })).toEqual(['José Núñez']);
    expect(await names(core, { search: '7700900' })).toEqual(['Oluwaseun Adeyemi']);
    expect(await names(core, { search: 'barista', sort: 'name', direction: 'asc' })).toEqual(['José Núñez', '王美 (Mei Wang)']);
    expect(await names(core, { search: 'nobody' })).toEqual([]);
  });

  it('follows updates: a changed tag is found, the old one is not', async () => {
    const core = tempCore({ now: clock });
    const { amara } = await sampleSet(core);
    await core.dispatch('candidates:update', { id: amara?.id, patch: { tags: ['sourdough'] } });
    expect(await names(core, { search: 'sourd' })).toEqual(['Amara Okafor']);
    expect(await names(core, { search: 'baker' })).toEqual([]);
  });
});

describe('the candidates table', () => {
  it('filters by source, tag and date added', async () => {
    const core = tempCore({ now: clock });
    await sampleSet(core);
    expect(await names(core, { source: 'walk_in' })).toEqual(['José Núñez']);
    expect(await names(core, { tag: 'BARISTA', sort: 'name', direction: 'asc' })).toEqual(['José Núñez', '王美 (Mei Wang)']);
    const all = await list(core, { sort: 'added', direction: 'asc' });
    const day = all.rows[0]?.createdAt.slice(0, 10) ?? '';
    expect((await list(core, { addedFrom: day, addedTo: day })).total).toBe(4);
    expect((await list(core, { addedTo: '2000-01-01' })).total).toBe(0);
  });

  it('sorts by name, added and updated, both ways, and pages', async () => {
    const core = tempCore({ now: clock });
    const people = await sampleSet(core);
    expect(await names(core, { sort: 'name', direction: 'asc' })).toEqual(['Amara Okafor', 'José Núñez', 'Oluwaseun Adeyemi', '王美 (Mei Wang)']);
    expect(await names(core, { sort: 'added', direction: 'desc' })).toEqual(['Oluwaseun Adeyemi', '王美 (Mei Wang)', 'José Núñez', 'Amara Okafor']);
    await core.dispatch('candidates:update', { id: people.jose?.id, patch: { location: 'Salem' } });
    expect((await names(core, { sort: 'updated' }))[0]).toBe('José Núñez');
    const page = await list(core, { sort: 'name', direction: 'asc', offset: 1, limit: 2 });
    expect(page.total).toBe(4);
    expect(page.rows.map((row) => row.fullName)).toEqual(['José Núñez', 'Oluwaseun Adeyemi']);
    expect(page.rows[0]).toMatchObject({ email: 'jnunez@correo.test', phone: '503 555 0199', tags: ['Barista', 'mornings'], rating: null, applicationCount: 0 });
  });
});

describe('duplicates', () => {
  it('flags the same email, the same phone and a very similar name on create', async () => {
    const core = tempCore({ now: clock });
    const { amara, jose } = await sampleSet(core);
    const byEmail = value<CandidateCreateResult>(await core.dispatch('candidates:create', { fullName: 'A. O.', emails: ['AMARA@example.test'] }));
    expect(byEmail.duplicates.map((d) => [d.candidateId, d.reasons])).toEqual([[amara?.id, ['email']]]);
    const byPhone = value<CandidateCreateResult>(await core.dispatch('candidates:create', { fullName: 'Someone', phones: ['5035550199'] }));
    expect(byPhone.duplicates.map((d) => [d.candidateId, d.reasons])).toEqual([[jose?.id, ['phone']]]);
    const byName = value<CandidateCreateResult>(await core.dispatch('candidates:create', { fullName: 'Nunez, Jose' }));
    expect(byName.duplicates[0]).toMatchObject({ candidateId: jose?.id, reasons: ['name'], nameScore: 1 });
    const typo = value<{ matches: DuplicateMatch[] }>(await core.dispatch('candidates:duplicates', { draft: { fullName: 'Amara Okafr', emails: [], phones: [] } }));
    expect(typo.matches.map((m) => m.fullName)).toEqual(['Amara Okafor']);
    expect(typo.matches[0]?.nameScore).toBeGreaterThanOrEqual(0.93);
  });

  it('checks a stored candidate against everyone else, strongest match first', async () => {
    const core = tempCore({ now: clock });
    const { amara } = await sampleSet(core);
    const twin = await create(core, { fullName: 'Amara Okafor', emails: ['amara@example.test'] });
    await create(core, { fullName: 'Amara Okafor' });
    const found = value<{ matches: DuplicateMatch[] }>(await core.dispatch('candidates:duplicates', { candidateId: amara?.id }));
    expect(found.matches).toHaveLength(2);
    expect(found.matches[0]).toMatchObject({ candidateId: twin.id, reasons: ['email', 'name'] });
    expect(found.matches.map((m) => m.candidateId)).not.toContain(amara?.id);
  });
});

describe('the timeline', () => {
  it('lists what happened, newest first', async () => {
    const core = tempCore({ now: clock });
    const amara = await create(core, { fullName: 'Amara Okafor' });
    await core.dispatch('candidates:update', { id: amara.id, patch: { location: 'Portland' } });
    await core.dispatch('attachments:add', { candidateId: amara.id, fileName: 'cv.txt', path: fileOnDisk('cv.txt', 'Amara Okafor') });
    await core.dispatch('candidates:update', { id: amara.id, patch: { location: 'Portland' } });
    const timeline = value<CandidateTimeline>(await core.dispatch('candidates:timeline', { candidateId: amara.id }));
    expect(timeline.entries.map((e) => e.action)).toEqual(['file_added', 'updated', 'created']);
    expect(timeline.entries[1]?.details).toEqual({ fields: ['location'] });
    expect(timeline.entries[0]?.details).toMatchObject({ fileName: 'cv.txt', kind: 'resume' });
    const stamps = timeline.entries.map((e) => e.createdAt);
    expect([...stamps].sort().reverse()).toEqual(stamps);
  });

  it('is append-only in the database', async () => {
    const core = tempCore({ now: clock });
    await create(core, { fullName: 'Amara Okafor' });
    core.close();
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(core.databasePath);
    try {
      expect(() => db.prepare("UPDATE activity_log SET action = 'forged'").run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });
});

describe('sorting by rating', () => {
  it('puts the best-rated first (or last) and the unrated last either way', async () => {
    const core = tempCore({ now: clock });
    const people = await sampleSet(core);
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(core.databasePath);
    try {
      db.pragma('foreign_keys = ON');
      const T = '2026-03-01T10:00:00.000Z';
      db.prepare(`INSERT INTO roles (id, title, workplace, employment_type, salary_currency, salary_period, openings, status, created_at, updated_at)
        VALUES ('r1', 'Baker', 'onsite', 'full_time', 'USD', 'hour', 1, 'open', ?, ?)`).run(T, T);
      db.prepare("INSERT INTO pipeline_stages (id, role_id, name, position, kind, created_at, updated_at) VALUES ('s1', 'r1', 'Applied', 0, 'active', ?, ?)").run(T, T);
      const app = db.prepare("INSERT INTO applications (id, candidate_id, role_id, stage_id, rating, stage_entered_at, created_at, updated_at) VALUES (?, ?, 'r1', 's1', ?, ?, ?, ?)");
      app.run('a1', people.jose?.id, 2, T, T, T);
      app.run('a2', people.mei?.id, 4, T, T, T);
    } finally {
      db.close();
    }
    expect((await names(core, { sort: 'rating', direction: 'desc' })).slice(0, 2)).toEqual(['王美 (Mei Wang)', 'José Núñez']);
    expect((await names(core, { sort: 'rating', direction: 'asc' })).slice(0, 2)).toEqual(['José Núñez', '王美 (Mei Wang)']);
    expect(await names(core, { ratingMin: 3 })).toEqual(['王美 (Mei Wang)']);
    expect(await names(core, { roleId: '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e' })).toEqual([]);
    expect((await list(core, { ratingMin: 1 })).rows.map((r) => [r.fullName, r.rating, r.applicationCount])).toEqual([
      ['王美 (Mei Wang)', 4, 1],
      ['José Núñez', 2, 1],
    ]);
  });
});
