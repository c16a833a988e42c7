// Anonymising keeps every report figure and erases the person: on the reports' fixture history (tests/helpers/
// reports-seed.ts), markers are planted in every personal field of six people (contact lists, links, tags,
// summary, location, source detail, application notes, a rejection's and a move's note, an interview's place,
// scorecard notes and take-aways, a résumé's name and text, and their names); every report, for all roles and
// each role, and Today are read; the six are anonymised (one of them the survivor of a merge); every figure
// reads the same, and no marker or name is left in the raw bytes of the data folder. Runs in Vitest on real
// files through the real channels.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_NAMES, type CandidateProfile, type Interview, type Scorecard, type TimelineEntry } from '../../electron/contract';
import { call, errorOf, reasonByName } from '../helpers/applicants';
import { holding } from '../helpers/marker-scan';
import { REPORTS_NOW, reportsWorld, type ReportsWorld } from '../helpers/reports-seed';
import { tempDir, withRawDb } from '../helpers/temp-core';

const TZ = 'Europe/London';
const M = 'Qzxanonv';
const PEOPLE = ['ana', 'bo', 'cy', 'gu', 'hal', 'ivy'] as const;
const NAMES = ['Ana Lima', 'Bo Chen', 'Cy Dee', 'Gu Wen', 'Hal Ruiz', 'Ivy Moss'];

/** Every report for all roles and for each role, and Today: what the owner reads, names of people masked. */
async function everyFigure(w: ReportsWorld): Promise<unknown[]> {
  const figures: unknown[] = [];
  const roleIds = [undefined, ...Object.values(w.roles).map((r) => r.id)];
  for (const name of REPORT_NAMES) {
    for (const roleId of roleIds) figures.push(await call(w.core, 'reports:get', { name, timeZone: TZ, ...(roleId ? { roleId } : {}) }));
  }
  figures.push(await call(w.core, 'today:get', { timeZone: TZ }));
  // Today names the people it lists ("Ana Lima — Barista"); the name is all that may change.
  let text = JSON.stringify(figures);
  for (const name of NAMES) text = text.replaceAll(name, '<person>');
  return JSON.parse(text.replace(/Anonymous candidate [0-9A-F]{4}/g, '<person>')) as unknown[];
}

async function plant(w: ReportsWorld): Promise<void> {
  const { core } = w;
  w.at('2026-04-10T10:00:00.000Z');
  for (const key of PEOPLE) {
    const id = w.candidates[key] ?? '';
    await call(core, 'candidates:update', {
      id,
      patch: {
        emails: [`${M}${key}@example.com`],
        phones: [`+44 7700 9${PEOPLE.indexOf(key)}0 123`],
        links: [{ label: `${M}label`, url: `https://example.com/${M}${key}` }],
        tags: [`${M}tag`],
        summary: `Great with ${M}summary`,
        location: `${M}town`,
        sourceDetail: `${M}referrer`,
      },
    });
    await call(core, 'applications:note-add', { applicationId: w.apps[key], body: `Called: ${M}note` });
    const upload = path.join(tempDir(), 'cv.txt');
    fs.writeFileSync(upload, `Curriculum vitae ${M}resume ${key}\n`);
    await call(core, 'attachments:add', { candidateId: id, kind: 'resume', fileName: `${M}cv-${key}.txt`, path: upload });
  }
  // A move's note and a rejection's note (the append-only history's free text).
  const cook = await call<{ stages: { id: string; name: string }[] }>(core, 'pipeline:get', { roleId: w.roles.cook.id });
  const phoneCall = cook.stages.find((s) => s.name === 'Phone call')?.id;
  await call(core, 'applications:move', { applicationId: w.apps.ivy, toStageId: phoneCall, note: `Moved: ${M}movenote` });
  await call(core, 'applications:reject', { applicationIds: [w.apps.hal], reasonId: await reasonByName(core, 'Salary'), note: `Asked too much: ${M}rejectnote` });
  // An interview's place, and scorecard notes and take-aways (one new, one on an already submitted card).
  w.at('2026-04-10T10:30:00.000Z');
  const interview = await call<Interview>(core, 'interviews:schedule', {
    applicationId: w.apps.ivy, startsAt: '2026-04-11T10:00:00.000Z', durationMinutes: 30, timeZone: TZ, kind: 'onsite', location: `${M}cafe`, interviewers: ['Sam Lee'],
  });
  const card = await call<Scorecard>(core, 'scorecards:open', { interviewId: interview.id, interviewerId: interview.interviewers[0]?.id });
  await call(core, 'scorecards:save', { scorecardId: card.id, notes: `She said ${M}scorecard`, takeaways: `${M}takeaway`, recommendation: 'yes' });
  const anaInterview = (await call<{ interviews: Interview[] }>(core, 'interviews:list', { applicationId: w.apps.ana })).interviews[0];
  const anaCard = await call<Scorecard>(core, 'scorecards:open', { interviewId: anaInterview?.id, interviewerId: anaInterview?.interviewers[0]?.id });
  await call(core, 'scorecards:save', { scorecardId: anaCard.id, notes: `Ana ${M}submittednote`, takeaways: `${M}submittedtakeaway` });
  w.at(REPORTS_NOW);
}

describe('anonymising people', () => {
  it('leaves every report figure identical and none of their personal data in the data folder', async () => {
    const dataDir = tempDir();
    const w = await reportsWorld(dataDir);
    await plant(w);
    expect(holding(dataDir, M).length).toBeGreaterThan(0);
    expect(holding(dataDir, 'Lima').length).toBeGreaterThan(0);
    const before = await everyFigure(w);

    for (const key of PEOPLE) await call(w.core, 'candidates:anonymise', { id: w.candidates[key] });

    expect(await everyFigure(w)).toEqual(before);
    expect(holding(dataDir, M)).toEqual([]);
    // Names as written, and surnames as the search index stores them ("lima"); first names are too short to
    // scan for, and "dee" is hex (ids hold it).
    for (const name of NAMES) expect(holding(dataDir, name), name).toEqual([]);
    for (const surname of ['Lima', 'Chen', 'Wen', 'Ruiz', 'Moss']) expect(holding(dataDir, surname), surname).toEqual([]);

    // What stays: the record, its source and applications; the rest is empty.
    const ana = await call<CandidateProfile>(w.core, 'candidates:get', { id: w.candidates.ana });
    expect(ana.fullName).toMatch(/^Anonymous candidate [0-9A-F]{4}$/);
    expect(ana).toMatchObject({ emails: [], phones: [], links: [], tags: [], summary: '', location: '', sourceDetail: '', attachments: [], source: 'referral', retentionUntil: null });
    expect(ana.anonymisedAt).toBe(REPORTS_NOW);
    expect(ana.applications.map((a) => a.status)).toEqual(['hired']);
    const timeline = await call<{ entries: TimelineEntry[] }>(w.core, 'candidates:timeline', { candidateId: w.candidates.ana });
    expect(timeline.entries[0]?.action).toBe('anonymised');
    expect(timeline.entries.every((e) => Object.keys(e.details).length === 0)).toBe(true);
    // The ledger names the merged record too (an older backup holds it as a person of its own), and nothing else.
    withRawDb(w.core.databasePath, (db) => {
      const ledger = db.prepare('SELECT candidate_id, kind FROM erasures ORDER BY candidate_id').all();
      const ids = [...PEOPLE.map((k) => w.candidates[k]), w.candidates.cy2].sort();
      expect(ledger).toEqual(ids.map((id) => ({ candidate_id: id, kind: 'anonymised' })));
    });

    // Once anonymised, the record takes no new details: edits, merges and files are refused.
    expect((await errorOf(w.core, 'candidates:anonymise', { id: w.candidates.ana })).code).toBe('conflict');
    expect((await errorOf(w.core, 'candidates:update', { id: w.candidates.ana, patch: { emails: ['new@example.com'] } })).message).toMatch(/was anonymised/);
    expect((await errorOf(w.core, 'candidates:merge', { keepId: w.candidates.ed, mergeId: w.candidates.ana })).code).toBe('conflict');
    expect((await errorOf(w.core, 'candidates:merge', { keepId: w.candidates.ana, mergeId: w.candidates.ed })).code).toBe('conflict');
    const upload = path.join(tempDir(), 'late.txt');
    fs.writeFileSync(upload, 'A late résumé');
    expect((await errorOf(w.core, 'attachments:add', { candidateId: w.candidates.ana, path: upload })).code).toBe('conflict');
    // Nor new roles, notes or interviews, which would bring new personal text.
    const profile = await call<CandidateProfile>(w.core, 'candidates:get', { id: w.candidates.ana });
    const appId = profile.applications[0]?.id ?? '';
    const otherRole = await call<{ id: string }>(w.core, 'roles:create', { title: 'Late role' });
    expect((await errorOf(w.core, 'applications:create', { candidateId: w.candidates.ana, roleIds: [otherRole.id] })).message).toMatch(/was anonymised/);
    expect((await errorOf(w.core, 'applications:note-add', { applicationId: appId, body: 'Qzxlate note' })).message).toMatch(/was anonymised/);
    const interview = { applicationId: appId, startsAt: '2026-09-01T10:00:00.000Z', durationMinutes: 30, timeZone: 'Europe/London', kind: 'onsite', location: 'Back office', interviewers: ['Sam Lee'] };
    expect((await errorOf(w.core, 'interviews:schedule', interview)).message).toMatch(/was anonymised/);
    expect((await call<CandidateProfile>(w.core, 'candidates:get', { id: w.candidates.ana })).emails).toEqual([]);
    await w.core.close();
    expect(holding(dataDir, M)).toEqual([]);
  });
});
