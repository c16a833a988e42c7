// Retention on a history laid down through the real channels (tests/helpers/retention-seed.ts), "now"
// Saturday 7 March 2026, 15:00 UTC: who is due for deletion and why, what erasing them takes, the Today
// reminder, the company default (and its activity entry), and the bulk erase — which erases exactly the
// people still due, through the one erase, and leaves everyone else. Dates worked out by hand:
// Ana Old's last activity is her rejection 450 days back, 2024-12-12, so she is due since 2025-12-12 and has
// been quiet 14 whole months; Bo Gone withdrew 400 days back, 2025-01-31: due since 2026-01-31, 13 months.
// Runs in Vitest on real SQLite files.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CandidateCreateResult, CandidateProfile, RetentionDue, RetentionEraseResult, RetentionSettings, Today } from '../../electron/contract';
import { call, errorOf } from '../helpers/applicants';
import { seedRetention } from '../helpers/retention-seed';
import { tempCore, withRawDb } from '../helpers/temp-core';
import { fileOnDisk } from '../helpers/temp-files';
import { holding } from '../helpers/marker-scan';

const NOW = Date.parse('2026-03-07T15:00:00.000Z');
const TZ = 'Europe/London';

async function world() {
  let clock = NOW;
  const core = tempCore({ now: () => new Date(clock) });
  const seeded = await seedRetention(core, (ms) => { clock = ms; }, NOW, fileOnDisk);
  return { core, ...seeded, at: (iso: string) => { clock = Date.parse(iso); } };
}

const names = (due: RetentionDue) => due.people.map((p) => p.fullName);

describe('retention', () => {
  it('lists the people due for deletion with why and what would go, and reminds on Today', async () => {
    const { core, ids } = await world();
    expect(await call<RetentionSettings>(core, 'retention:settings', {})).toEqual({ months: 12, action: 'erase' });
    const due = await call<RetentionDue>(core, 'retention:due', { timeZone: TZ });
    expect(due.today).toBe('2026-03-07');
    expect(due.rule).toBe('Rejected and withdrawn candidates are erased 12 months after their last activity, once you confirm. Hired people are never listed.');
    expect(due.people).toEqual([
      {
        id: ids.ana, fullName: 'Ana Old', roles: [{ title: 'Barista', status: 'rejected' }], lastActivityAt: '2024-12-12T15:00:00.000Z',
        dueSince: '2025-12-12', why: 'Rejected; no activity for 14 months.', keptUntil: null,
        goes: { applications: 1, notes: 1, files: 1, interviews: 0, scorecards: 0 },
      },
      {
        id: ids.bo, fullName: 'Bo Gone', roles: [{ title: 'Barista', status: 'withdrawn' }], lastActivityAt: '2025-01-31T15:00:00.000Z',
        dueSince: '2026-01-31', why: 'Withdrew; no activity for 13 months.', keptUntil: null,
        goes: { applications: 1, notes: 0, files: 0, interviews: 0, scorecards: 0 },
      },
    ]);

    const today = await call<Today>(core, 'today:get', { timeZone: TZ });
    const reminder = today.sections.find((s) => s.key === 'due-for-deletion');
    expect(reminder?.title).toBe('Due for deletion');
    expect(reminder?.total).toBe(2);
    expect(reminder?.items.map((i) => [i.title, i.detail, i.link])).toEqual([
      ['Ana Old', 'Rejected; no activity for 14 months.', { screen: 'privacy-due', id: null, focus: ids.ana }],
      ['Bo Gone', 'Withdrew; no activity for 13 months.', { screen: 'privacy-due', id: null, focus: ids.bo }],
    ]);
  });

  it('follows the company default, records each change in the activity log, and refuses a period out of range', async () => {
    const { core } = await world();
    // 14 months: Ana (quiet since 12 December 2024) is due from 12 February 2026; Bo only from 31 March.
    expect(await call<RetentionSettings>(core, 'retention:set-settings', { months: 14 })).toEqual({ months: 14, action: 'erase' });
    expect(names(await call<RetentionDue>(core, 'retention:due', { timeZone: TZ }))).toEqual(['Ana Old']);
    await call(core, 'retention:set-settings', { months: null });
    expect(await call<RetentionSettings>(core, 'retention:settings', {})).toEqual({ months: null, action: 'erase' });
    expect(names(await call<RetentionDue>(core, 'retention:due', { timeZone: TZ }))).toEqual([]);
    const today = await call<Today>(core, 'today:get', { timeZone: TZ });
    expect(today.sections.map((s) => s.key)).not.toContain('due-for-deletion');
    expect((await errorOf(core, 'retention:set-settings', { months: 0 })).code).toBe('invalid_input');
    expect((await errorOf(core, 'retention:set-settings', { action: 'shred' })).code).toBe('invalid_input');
    await call(core, 'retention:set-settings', { months: 12, action: 'anonymise' });
    const log = withRawDb(core.databasePath, (db) =>
      db.prepare("SELECT details_json FROM activity_log WHERE action = 'retention_changed' ORDER BY created_at, rowid").pluck().all() as string[]);
    expect(log.map((d) => JSON.parse(d) as unknown)).toEqual([
      { from: { months: 12, action: 'erase' }, to: { months: 14, action: 'erase' } },
      { from: { months: 14, action: 'erase' }, to: { months: null, action: 'erase' } },
      { from: { months: null, action: 'erase' }, to: { months: 12, action: 'anonymise' } },
    ]);
  });

  it('erases exactly the people still due, each through the one erase, and says what happened to each', async () => {
    const { core, ids } = await world();
    const unknown = '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e';
    const anaFile = withRawDb(core.databasePath, (db) => db.prepare('SELECT sha256 FROM attachments WHERE candidate_id = ?').pluck().get(ids.ana) as string);
    expect(fs.existsSync(path.join(core.dataDir, 'attachments', anaFile))).toBe(true);

    const result = await call<RetentionEraseResult>(core, 'retention:erase', { ids: [ids.ana, ids.cy, ids.bo, unknown, ids.gu], timeZone: TZ });
    expect(result.erased).toBe(2);
    expect(result.results.map((r) => [r.id, r.outcome])).toEqual([[ids.ana, 'erased'], [ids.cy, 'not-due'], [ids.bo, 'erased'], [unknown, 'not-found'], [ids.gu, 'not-due']]);
    expect(result.results[1]?.message).toMatch(/no longer due/);

    const left = withRawDb(core.databasePath, (db) => db.prepare('SELECT full_name FROM candidates ORDER BY full_name').pluck().all());
    expect(left).toEqual(['Cy Hired', 'Di Active', 'Ed Kept', 'Fa Recent', 'Gu Noted', 'Hal Pool']);
    for (const id of [ids.ana, ids.bo]) expect((await errorOf(core, 'candidates:get', { id })).code).toBe('not_found');
    expect(fs.existsSync(path.join(core.dataDir, 'attachments', anaFile))).toBe(false);
    withRawDb(core.databasePath, (db) => {
      expect(db.prepare('SELECT count(*) FROM application_notes WHERE body LIKE ?').pluck().get('%latte art%')).toBe(0);
      // The erasure is recorded, without the person's name: only their id and that the retention rule did it.
      const entries = db.prepare("SELECT entity_id, details_json FROM activity_log WHERE action = 'deleted' ORDER BY created_at, rowid").all() as { entity_id: string; details_json: string }[];
      expect(entries.map((e) => [e.entity_id, JSON.parse(e.details_json) as unknown])).toEqual([[ids.ana, { why: 'retention', months: 12 }], [ids.bo, { why: 'retention', months: 12 }]]);
      expect(db.prepare("SELECT count(*) FROM activity_log WHERE details_json LIKE '%Ana Old%' OR details_json LIKE '%Bo Gone%'").pluck().get()).toBe(0);
    });
    expect(names(await call<RetentionDue>(core, 'retention:due', { timeZone: TZ }))).toEqual([]);
    // Erasing again finds nobody.
    const again = await call<RetentionEraseResult>(core, 'retention:erase', { ids: [ids.ana] });
    expect(again).toEqual({ erased: 0, anonymised: 0, results: [{ id: ids.ana, outcome: 'not-found', message: 'Not found: they may have been erased already.' }] });
  });

  it('erases many at once down to the bytes: the search index\'s own copies are purged once, after everyone', async () => {
    const { core, ids, at } = await world();
    // Distinct words in both people's search entries, written back when they went quiet (so they stay due).
    at('2024-12-12T15:00:00.000Z');
    await call(core, 'candidates:update', { id: ids.ana, patch: { summary: 'Qzxbulkana pastry' } });
    at('2025-01-31T15:00:00.000Z');
    await call(core, 'candidates:update', { id: ids.bo, patch: { summary: 'Qzxbulkbo pastry' } });
    at('2026-03-07T15:00:00.000Z');
    expect(holding(core.dataDir, 'Qzxbulkana', ['backups']).length).toBeGreaterThan(0);
    const result = await call<RetentionEraseResult>(core, 'retention:erase', { ids: [ids.ana, ids.bo], timeZone: TZ });
    expect(result.erased).toBe(2);
    for (const marker of ['Qzxbulkana', 'Qzxbulkbo']) expect(holding(core.dataDir, marker, ['backups'])).toEqual([]);
  });

  it('anonymises instead when the company chose so: the figures stay, the person is gone, and they are never listed again', async () => {
    const { core, ids, at } = await world();
    await call(core, 'retention:set-settings', { action: 'anonymise' });
    const due = await call<RetentionDue>(core, 'retention:due', { timeZone: TZ });
    expect(due.rule).toBe('Rejected and withdrawn candidates are anonymised 12 months after their last activity, once you confirm: the figures stay for reports, everything personal goes. Hired people are never listed.');
    const result = await call<RetentionEraseResult>(core, 'retention:erase', { ids: [ids.ana, ids.cy], timeZone: TZ });
    expect([result.erased, result.anonymised]).toEqual([0, 1]);
    expect(result.results.map((r) => [r.id, r.outcome])).toEqual([[ids.ana, 'anonymised'], [ids.cy, 'not-due']]);
    const ana = await call<CandidateProfile>(core, 'candidates:get', { id: ids.ana });
    expect(ana.fullName).toMatch(/^Anonymous candidate [0-9A-F]{4}$/);
    expect(ana.emails).toEqual([]);
    expect(ana.applications.map((a) => a.status)).toEqual(['rejected']);
    withRawDb(core.databasePath, (db) => {
      expect(db.prepare('SELECT count(*) FROM application_notes WHERE body LIKE ?').pluck().get('%latte art%')).toBe(0);
      expect(db.prepare('SELECT kind FROM erasures WHERE candidate_id = ?').pluck().all(ids.ana)).toEqual(['anonymised']);
    });
    // Years later they are still quiet, and still not listed: there is nobody left to erase.
    at('2029-03-07T15:00:00.000Z');
    expect(names(await call<RetentionDue>(core, 'retention:due', { timeZone: TZ }))).not.toContain(ana.fullName);
    const again = await call<RetentionEraseResult>(core, 'retention:erase', { ids: [ids.ana] });
    expect(again.results[0]?.message).toMatch(/anonymised already/);
  });

  it('leaves someone who became active again, and keeps the keep-until reason and consent on the profile', async () => {
    const { core, ids, edKeepUntil } = await world();
    const ed = await call<CandidateProfile>(core, 'candidates:get', { id: ids.ed });
    expect([ed.retentionUntil, ed.retentionReason, ed.consentFutureRolesOn, ed.consentNote]).toEqual([edKeepUntil, 'Agreed to be considered for future roles', '2024-07-26', '']);
    // Bo applies again before the owner confirms: an open application takes him off the list, and the erase leaves him.
    const cook = await call<{ id: string }>(core, 'roles:create', { title: 'Cook', status: 'open' });
    await call(core, 'applications:create', { candidateId: ids.bo, roleIds: [cook.id] });
    const result = await call<RetentionEraseResult>(core, 'retention:erase', { ids: [ids.bo] });
    expect(result.results.map((r) => r.outcome)).toEqual(['not-due']);
    expect((await call<CandidateProfile>(core, 'candidates:get', { id: ids.bo })).fullName).toBe('Bo Gone');
    const patched = await call<CandidateProfile>(core, 'candidates:update', { id: ids.fa, patch: { consentFutureRolesOn: '2026-03-07', consentNote: 'Ticked the box on the walk-in form' } });
    expect([patched.consentFutureRolesOn, patched.consentNote]).toEqual(['2026-03-07', 'Ticked the box on the walk-in form']);
    expect((await errorOf(core, 'candidates:update', { id: ids.fa, patch: { retentionReason: 'x'.repeat(501) } })).code).toBe('invalid_input');
  });

  it('reminds on Today with the first 50 and counts them all, the same people the list has', async () => {
    const { core, roleId, at } = await world();
    const reasons = await call<{ reasons: { id: string; kind: string }[] }>(core, 'rejection-reasons:list', {});
    const reasonId = reasons.reasons.find((r) => r.kind === 'we_rejected')?.id;
    for (let i = 0; i < 55; i++) {
      at(`2024-06-${String(1 + (i % 28)).padStart(2, '0')}T09:${String(i).padStart(2, '0')}:00.000Z`);
      const made = await call<CandidateCreateResult>(core, 'candidates:create', { fullName: `Old Person ${i}`, roleId });
      await call(core, 'applications:reject', { applicationIds: [made.candidate.applications[0]?.id], reasonId });
    }
    at('2026-03-07T15:00:00.000Z');
    const due = await call<RetentionDue>(core, 'retention:due', { timeZone: TZ });
    expect(due.people).toHaveLength(57);
    const today = await call<Today>(core, 'today:get', { timeZone: TZ });
    const reminder = today.sections.find((s) => s.key === 'due-for-deletion');
    expect([reminder?.total, reminder?.more, reminder?.items.length]).toEqual([57, false, 50]);
    const listed = new Set(due.people.map((p) => p.id));
    expect(reminder?.items.every((i) => i.ids.candidateId !== null && listed.has(i.ids.candidateId))).toBe(true);
  });

  it('fills the privacy notice with the company name and period', async () => {
    const { core } = await world();
    await call(core, 'company:update', { name: 'Corner Bakery' });
    await call(core, 'retention:set-settings', { months: 6 });
    const notice = await call<{ title: string; text: string }>(core, 'retention:notice', {});
    expect(notice.title).toBe('How Corner Bakery uses your application');
    expect(notice.text).toContain('we delete your details 6 months after our last contact with you');
  });
});
