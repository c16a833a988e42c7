// Every report figure against values worked out by hand from the fixture timeline in
// tests/helpers/reports-seed.ts (times in UTC; London is UTC+0 until 01:00 UTC on Sunday 29 March 2026,
// then UTC+1). "now" is 2026-04-10T12:00Z. Runs in Vitest on real SQLite files through the real channels.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../electron/contract';
import { errorOf } from '../helpers/applicants';
import { reportsWorld, type ReportsWorld } from '../helpers/reports-seed';
import { value, withRawDb } from '../helpers/temp-core';

const TZ = 'Europe/London';
let world: Promise<ReportsWorld>;
// A fresh world per test: the temp core is closed after each one.
beforeEach(() => {
  world = reportsWorld();
});
async function report(name: string, extra: Record<string, unknown> = {}): Promise<Report> {
  const { core } = await world;
  return value<Report>(await core.dispatch('reports:get', { name, timeZone: TZ, ...extra }));
}

describe('reports on the fixture history', () => {
  it('funnel, all roles: stages combined by position, a hire reached every stage, a removed stage not counted', async () => {
    const r = await report('funnel');
    // Reached (furthest stage ever entered): Barista Ana hired, Bo Offer (moved back and forth, rejected,
    // reactivated), Cy Screening (only through the merged record), Di hired, Ed Applied, Fa Applied;
    // Cook Gu hired, Hal Interview (Offer, where he was, was removed), Ivy Applied; Porter Jo hired; Runner none.
    expect(r.rows).toEqual([
      { stage: 'Applied', reached: 10, conversion: null, roles: 4 },
      // 4 Barista (Ana Bo Cy Di) + 2 Cook (Gu Hal) + 1 Porter (Jo) = 7; 7/10
      { stage: 'Stage 2 (Screening / Phone call)', reached: 7, conversion: 0.7, roles: 4 },
      // 3 (Ana Bo Di) + 2 (Gu Hal) + 1 (Jo) = 6; 6/7 = 0.857
      { stage: 'Interview', reached: 6, conversion: 0.857, roles: 4 },
      // Only Barista, Porter and Runner have a 4th stage: 3 (Ana Bo Di) + 1 (Jo) = 4, of their 3 + 1 at Interview = 4
      { stage: 'Offer', reached: 4, conversion: 1, roles: 3 },
      // Hired 4 (Ana Di Gu Jo), from each role's own last stage: Barista 3 + Cook 2 (Gu Hal) + Porter 1 = 6; 4/6
      { stage: 'Hired', reached: 4, conversion: 0.667, roles: 4 },
    ]);
    expect(r.notes.join(' ')).toMatch(/combined by position/);
    expect(r.columns.every((c) => c.definition.length > 10)).toBe(true);
  });

  it('funnel, one role over London days: Cy applied 4 March (before the range) and is left out', async () => {
    const { roles } = await world;
    const r = await report('funnel', { roleId: roles.barista.id, from: '2026-03-05', to: '2026-03-28' });
    // Cohort Ana Bo Di Ed Fa (5). Screening: Ana Bo Di = 3 (3/5); Interview 3 (3/3); Offer 3; Hired Ana Di = 2 of 3.
    expect(r.rows.map((row) => [row.stage, row.reached, row.conversion])).toEqual([
      ['Applied', 5, null], ['Screening', 3, 0.6], ['Interview', 3, 1], ['Offer', 3, 1], ['Hired', 2, 0.667],
    ]);
    expect(r.notes.join(' ')).not.toMatch(/combined by position/);
  });

  it('time to hire in calendar days on the London clock', async () => {
    const r = await report('time-to-hire');
    // Ana 5 Mar → 30 Mar = 25; Di 28 Mar → 1 Apr (23:30 UTC on 31 March is 00:30 BST on 1 April) = 4;
    // Gu 5 Mar → 16 Mar = 11; Jo 1 Mar → 20 Mar = 19. Sorted 4 11 19 25: median (11+19)/2 = 15;
    // p25 at 0.75 → 4 + 0.75×7 = 9.25 → 9.3; p75 at 2.25 → 19 + 0.25×6 = 20.5.
    expect(r.rows).toEqual([
      { group: 'All roles', count: 4, median: 15, p25: 9.3, p75: 20.5, min: 4, max: 25 },
      // 4 and 25: median 14.5, p25 4 + 0.25×21 = 9.25 → 9.3, p75 4 + 0.75×21 = 19.75 → 19.8
      { group: 'Barista', count: 2, median: 14.5, p25: 9.3, p75: 19.8, min: 4, max: 25 },
      { group: 'Cook', count: 1, median: 11, p25: 11, p75: 11, min: 11, max: 11 },
      { group: 'Porter', count: 1, median: 19, p25: 19, p75: 19, min: 19, max: 19 },
    ]);
    // March in London: Di's hire is on 1 April there (31 March in UTC), so it is left out: 11 19 25.
    const march = await report('time-to-hire', { from: '2026-03-01', to: '2026-03-31' });
    expect(march.rows[0]).toEqual({ group: 'All roles', count: 3, median: 19, p25: 15, p75: 22, min: 11, max: 25 });
  });

  it('time to fill: recorded dates, and derived ones for a role from before the history, said in the notes', async () => {
    const r = await report('time-to-fill');
    // Barista opened 2 Mar (recorded) → filled 2 Apr (recorded) = 31; Porter opened 20 Feb (posted date) → last hire 20 Mar = 8 + 20 = 28.
    // 28 and 31: median 29.5, p25 28 + 0.25×3 = 28.75 → 28.8, p75 28 + 0.75×3 = 30.25 → 30.3.
    expect(r.rows).toEqual([
      { group: 'All filled roles', count: 2, median: 29.5, p25: 28.8, p75: 30.3, min: 28, max: 31, opened: null, filled: null, basis: null },
      { group: 'Barista', count: 1, median: 31, p25: 31, p75: 31, min: 31, max: 31, opened: '2026-03-02', filled: '2026-04-02', basis: 'recorded' },
      { group: 'Porter', count: 1, median: 28, p25: 28, p75: 28, min: 28, max: 28, opened: '2026-02-20', filled: '2026-03-20', basis: 'posted date, last hire' },
    ]);
    expect(r.notes.join(' ')).toMatch(/posted date.*Porter/);
    expect(r.notes.join(' ')).toMatch(/last hire: Porter/);
  });

  it('time in each stage: every visit added up, time while rejected left out, removed stage dropped', async () => {
    const r = await report('time-in-stage');
    // Applied: Ana 1, Bo 2, Cy 2+2 (both records' Applied) = 4, Di 1 (24 h across the clock change), Ed 1, Fa 3,
    // Gu 1, Hal 3, Ivy 20 Mar 10:00 → 10 Apr 12:00 = 21 d 2 h = 21.1, Jo 19.
    // Sorted 1 1 1 1 2 3 3 4 19 21.1: median (2+3)/2 = 2.5; p25 at 2.25 = 1; p75 at 6.75 = 3 + 0.75 = 3.75 → 3.8.
    expect(r.rows[0]).toEqual({ stage: 'Applied', count: 10, median: 2.5, p25: 1, p75: 3.8, min: 1, max: 21.1 });
    // Screening/Phone call: Ana 3 + (10 Mar 10:00 → 30 Mar 09:00 = 19 d 23 h) = 22.96 → 23; Bo 1 + 2 (the 4 days
    // rejected left out) = 3; Cy 8 → 20 Mar = 12; Di 29 Mar 12:00 → 31 Mar 23:30 = 2.48 → 2.5; Gu 2.
    // Sorted 2 2.5 3 12 23: median 3, p25 2.5, p75 12.
    expect(r.rows[1]).toEqual({ stage: 'Stage 2 (Screening / Phone call)', count: 5, median: 3, p25: 2.5, p75: 12, min: 2, max: 23 });
    // Interview: Ana 1, Bo 14, Gu 2 + 5 = 7 (the day in the removed Offer dropped), Hal 11 Mar 10:00 → now = 30 d 2 h = 30.1.
    // Sorted 1 7 14 30.1: median 10.5, p25 1 + 0.75×6 = 5.5, p75 14 + 0.25×16.1 = 18.03 → 18.
    expect(r.rows[2]).toEqual({ stage: 'Interview', count: 4, median: 10.5, p25: 5.5, p75: 18, min: 1, max: 30.1 });
    // Offer: Bo 28 Mar 11:00 → 10 Apr 12:00 = 13 d 1 h (UTC elapsed) = 13.04 → 13.
    expect(r.rows[3]).toEqual({ stage: 'Offer', count: 1, median: 13, p25: 13, p75: 13, min: 13, max: 13 });
    expect(r.rows).toHaveLength(4);
  });

  it('sources: a merged duplicate counts once, under the kept record’s source', async () => {
    const r = await report('sources');
    expect(r.rows).toEqual([
      { source: 'Agency', applications: 1, candidates: 1, interviews: 1, hires: 0, hireRate: 0 },
      // Bo and Ed; Bo's interview (Ed's was cancelled)
      { source: 'Job board', applications: 2, candidates: 2, interviews: 1, hires: 0, hireRate: 0 },
      { source: 'Other', applications: 1, candidates: 1, interviews: 0, hires: 1, hireRate: 1 },
      // Ana, Di, Gu: interviews Ana and Gu; all three hired
      { source: 'Referral', applications: 3, candidates: 3, interviews: 2, hires: 3, hireRate: 1 },
      { source: 'Walk-in', applications: 1, candidates: 1, interviews: 0, hires: 0, hireRate: 0 },
      // Cy (the kept record is from the website; the job-board duplicate was merged in) and Ivy
      { source: 'Company website', applications: 2, candidates: 2, interviews: 0, hires: 0, hireRate: 0 },
    ]);
  });

  it('reasons: Bo, rejected then reactivated, is not counted', async () => {
    const r = await report('reasons');
    expect(r.rows).toEqual([
      { kind: 'We rejected', reason: 'Lacks experience', applications: 1, share: 1 },
      { kind: 'They withdrew', reason: 'Accepted another offer', applications: 1, share: 0.5 },
      { kind: 'They withdrew', reason: 'Salary', applications: 1, share: 0.5 },
    ]);
    const early = await report('reasons', { to: '2026-03-15' });
    // Ed (11 Mar) and Fa (15 Mar); Cy withdrew on 20 March.
    expect(early.rows.map((row) => row.reason)).toEqual(['Lacks experience', 'Salary']);
  });

  it('open roles by age, to today on the London clock', async () => {
    const r = await report('open-roles');
    // Cook opened 3 Mar → 10 Apr = 28 + 10 = 38 days; Runner opened when created on 15 Mar → 26 days.
    expect(r.rows).toEqual([
      { role: 'Cook', opened: '2026-03-03', age: 38, applications: 3, basis: 'recorded' },
      { role: 'Runner', opened: '2026-03-15', age: 26, applications: 0, basis: 'recorded' },
    ]);
  });

  it('interviewers: names grouped ignoring case and spacing; No decision left out of the average', async () => {
    const r = await report('interviewers');
    expect(r.rows).toEqual([
      { interviewer: 'Mia Park', scorecards: 1, recommendation: 4, criteria: 4, spellings: 'Mia Park' },
      // Sam: yes 3, strong no 1, strong yes 4 (No decision left out) = 8/3 = 2.67; criteria 4 3 2 1 2 = 12/5 = 2.4
      { interviewer: 'Sam Lee', scorecards: 4, recommendation: 2.67, criteria: 2.4, spellings: 'SAM LEE, Sam Lee, sam lee' },
    ]);
  });

  it('funnel follows the stages as they stand now: Applied moved last, Ivy (only ever in Applied) reached every stage', async () => {
    const { core, roles } = await world;
    const before = await report('funnel', { roleId: roles.cook.id });
    expect(before.rows.map((row) => [row.stage, row.reached, row.conversion])).toEqual([
      ['Applied', 3, null], ['Phone call', 2, 0.667], ['Interview', 2, 1], ['Hired', 1, 0.5],
    ]);
    const stayedBefore = await report('time-in-stage', { roleId: roles.cook.id });
    expect(stayedBefore.rows.map((row) => row.stage)).toEqual(['Applied', 'Phone call', 'Interview']);
    const id = withRawDb(core.databasePath, (db) => {
      const rows = db.prepare('SELECT id, name FROM pipeline_stages WHERE role_id = ?').all(roles.cook.id) as { id: string; name: string }[];
      return (name: string) => rows.find((r) => r.name === name)?.id as string;
    });
    value(await core.dispatch('pipeline:update-stages', {
      roleId: roles.cook.id,
      stages: ['Phone call', 'Interview', 'Applied', 'Hired'].map((name) => ({ id: id(name), name })),
    }));
    const after = await report('funnel', { roleId: roles.cook.id });
    // Gu hired, Hal entered Applied (now the last board stage) and Ivy too: all three reached every board stage.
    expect(after.rows.map((row) => [row.stage, row.reached, row.conversion])).toEqual([
      ['Phone call', 3, null], ['Interview', 3, 1], ['Applied', 3, 1], ['Hired', 1, 0.333],
    ]);
    // Time in stage follows the new order too: each stage keeps its own figures, at its new place.
    const stayedAfter = await report('time-in-stage', { roleId: roles.cook.id });
    const [applied, phone, interview] = stayedBefore.rows;
    expect(stayedAfter.rows).toEqual([{ ...phone, stage: 'Phone call' }, { ...interview, stage: 'Interview' }, { ...applied, stage: 'Applied' }]);
  });

  it('refuses an unknown role and a backwards range with clear words', async () => {
    const { core } = await world;
    expect((await errorOf(core, 'reports:get', { name: 'funnel', roleId: '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e' })).code).toBe('not_found');
    const backwards = await errorOf(core, 'reports:get', { name: 'funnel', from: '2026-04-01', to: '2026-03-01' });
    expect(backwards.message).toMatch(/start date must not be after the end date/);
    expect((await errorOf(core, 'reports:get', { name: 'velocity' })).message).toMatch(/Choose a report/);
  });
});
