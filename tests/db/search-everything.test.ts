// search:everything through the real core: roles, candidates (name, e-mail, phone, tag, résumé text),
// notes and interview notes (with a line of the note), interviews (candidate or role) and templates, each group cut at its limit, hostile text refused by
// nobody and matching nothing it should not. Runs in Vitest against real SQLite files.
import { describe, expect, it } from 'vitest';
import type { CandidateCreateResult, CandidateList, Interview, SearchResults, TemplateSummary } from '../../electron/contract';
import type { Core } from '../../electron/core';
import { call, newRole } from '../helpers/applicants';
import { scheduleInput } from '../helpers/interviews-seed';
import { indexTerms } from '../helpers/search-index';
import { tempCore, value, withRawDb } from '../helpers/temp-core';
import { fileOnDisk } from '../helpers/temp-files';

async function search(core: Core, text: string, limit?: number): Promise<SearchResults> {
  return value<SearchResults>(await core.dispatch('search:everything', limit === undefined ? { text } : { text, limit }));
}

async function person(core: Core, fullName: string, extra: Record<string, unknown> = {}): Promise<string> {
  return value<CandidateCreateResult>(await core.dispatch('candidates:create', { fullName, ...extra })).candidate.id;
}

/** A small world: two roles, three people (one applied and interviewed), a résumé, an owner template. */
async function world(core: Core) {
  const pastry = await newRole(core, 'Pastry Chef');
  await newRole(core, 'Line Cook');
  const amara = await person(core, 'Amara Okafor', { emails: ['amara@bakery.test'], phones: ['+1 503 555 0142'], tags: ['Laminator'] });
  const bo = await person(core, 'Bo Chen', { emails: ['bo@example.test'] });
  await person(core, 'Chidi Obi');
  const resume = fileOnDisk('cv.txt', 'Ten years of viennoiserie and sourdough.\n');
  await call(core, 'attachments:add', { candidateId: bo, kind: 'resume', fileName: 'Bo Chen CV.txt', path: resume });
  const created = await call<{ applications: { id: string }[] }>(core, 'applications:create', { candidateId: amara, roleIds: [pastry.id] });
  const interview = await call<Interview>(core, 'interviews:schedule', scheduleInput(created.applications[0]?.id ?? ''));
  await call(core, 'descriptions:save', { roleId: pastry.id, sections: [{ kind: 'summary', heading: 'Summary', html: '<p>Croissants at dawn.</p>' }] });
  const template = await call<TemplateSummary>(core, 'templates:save-from-role', { roleId: pastry.id, name: 'Dawn pastry' });
  return { pastry, amara, bo, interview, template };
}

describe('search:everything', () => {
  it('finds each kind by what the owner remembers, and says where a candidate matched', async () => {
    const core = tempCore();
    const w = await world(core);

    const byName = await search(core, 'amar');
    expect(byName.candidates).toEqual([
      { id: w.amara, fullName: 'Amara Okafor', email: 'amara@bakery.test', phone: '+1 503 555 0142', tags: ['Laminator'], matchedIn: 'name', snippet: '' },
    ]);
    expect(byName.interviews.map((i) => [i.id, i.candidateName, i.roleTitle])).toEqual([[w.interview.id, 'Amara Okafor', 'Pastry Chef']]);
    expect(byName.roles).toEqual([]);

    expect((await search(core, 'bakery.test')).candidates.map((c) => [c.fullName, c.matchedIn])).toEqual([['Amara Okafor', 'email']]);
    expect((await search(core, '555 0142')).candidates.map((c) => [c.fullName, c.matchedIn])).toEqual([['Amara Okafor', 'phone']]);
    expect((await search(core, 'lamin')).candidates.map((c) => [c.fullName, c.matchedIn])).toEqual([['Amara Okafor', 'tag']]);
    expect((await search(core, 'viennois')).candidates.map((c) => [c.fullName, c.matchedIn])).toEqual([['Bo Chen', 'resume']]);

    // A role's title finds the role, its interviews and the template made from it (and gallery templates).
    const pastry = await search(core, 'pastry');
    expect(pastry.roles.map((r) => [r.id, r.title, r.archived])).toEqual([[w.pastry.id, 'Pastry Chef', false]]);
    expect(pastry.interviews.map((i) => i.id)).toEqual([w.interview.id]);
    expect(pastry.templates[0]).toEqual({ id: w.template.id, name: 'Dawn pastry', category: w.template.category, source: 'owner' });
    expect(pastry.templates.slice(1).every((t) => t.source === 'builtin')).toBe(true);
    expect(pastry.candidates).toEqual([]);
    // Templates by name, job title or category only: a word deep in a gallery template's text is not enough.
    expect((await search(core, 'reports')).templates).toEqual([]);
    expect((await search(core, 'dawn')).templates.map((t) => t.name)).toEqual(['Dawn pastry']);

    // Every word must match (as a prefix), across the name's words.
    expect((await search(core, 'okafor ama')).candidates.map((c) => c.fullName)).toEqual(['Amara Okafor']);
    expect((await search(core, 'amara chen')).candidates).toEqual([]);
  });

  it('answers no group longer than its limit, and nothing for blank or wordless text', async () => {
    const core = tempCore();
    for (let i = 0; i < 12; i += 1) await person(core, `Sam Person ${i}`);
    expect((await search(core, 'sam')).candidates).toHaveLength(8);
    // Newest first, as the candidates table opens.
    expect((await search(core, 'sam', 3)).candidates.map((c) => c.fullName)).toEqual(['Sam Person 11', 'Sam Person 10', 'Sam Person 9']);
    expect((await search(core, 'sam', 50)).candidates).toHaveLength(12);
    const nothing = { roles: [], candidates: [], notes: [], interviews: [], templates: [] };
    expect(await search(core, '')).toEqual(nothing);
    expect(await search(core, '  "*() - ')).toEqual(nothing);
    expect((await core.dispatch('search:everything', { text: 'sam', limit: 0 })).ok).toBe(false);
    expect((await core.dispatch('search:everything', { text: 'x'.repeat(201) })).ok).toBe(false);
  });

  it('treats index syntax in the typed text as words, not as a query', async () => {
    const core = tempCore();
    await world(core);
    for (const text of ['"amara', 'amara OR bo', 'NEAR(amara bo)', 'name: bo', '{name}:amara*', "amara'); DROP TABLE candidates; --"]) {
      const found = await search(core, text);
      expect(found.candidates.every((c) => c.fullName === 'Amara Okafor' || c.fullName === 'Bo Chen'), text).toBe(true);
    }
    // "amara OR bo" means the three words amara, or, bo: nobody has all three.
    expect((await search(core, 'amara OR bo')).candidates).toEqual([]);
    expect((await search(core, 'Bo Chen')).candidates.map((c) => c.fullName)).toEqual(['Bo Chen']);
  });

  it('finds people by their notes and interview notes, with a line of the note, once per person', async () => {
    const core = tempCore();
    const w = await world(core);
    const apps = await call<{ applications: { id: string }[] }>(core, 'applications:create', { candidateId: w.bo, roleIds: [w.pastry.id] });
    const boApp = apps.applications[0]?.id ?? '';
    const long = `${'Arrived early and set up the bench before anyone else came in. '.repeat(3)}Asked about the customer complaints process and the Zwiebelkuchen order.`;
    await call(core, 'applications:note-add', { applicationId: boApp, body: long });
    const card = await call<{ id: string }>(core, 'scorecards:open', { interviewId: w.interview.id, interviewerId: w.interview.interviewers[0]?.id });
    await call(core, 'scorecards:save', { scorecardId: card.id, notes: 'Talked through laminating dough by hand.', takeaways: 'Quietly confident; wants weekend shifts.' });

    const byNote = await search(core, 'zwiebel');
    expect(byNote.candidates).toEqual([]);
    expect(byNote.notes).toEqual([
      {
        kind: 'note',
        candidateId: w.bo,
        candidateName: 'Bo Chen',
        applicationId: boApp,
        interviewId: null,
        roleTitle: 'Pastry Chef',
        at: expect.any(String),
        snippet: '…the customer complaints process and the Zwiebelkuchen order.',
      },
    ]);
    // Takeaways are interview notes too; the hit names the interview it was written on.
    const byInterview = await search(core, 'weekend shif');
    expect(byInterview.notes.map((n) => [n.kind, n.candidateName, n.interviewId, n.snippet])).toEqual([
      ['interview_note', 'Amara Okafor', w.interview.id, '…dough by hand. Quietly confident; wants weekend shifts.'],
    ]);
    // Amara's tag and her interview notes both hold "lamin": she is a candidate (by her tag), and a note hit.
    const lamin = await search(core, 'lamin');
    expect(lamin.candidates.map((c) => [c.fullName, c.matchedIn])).toEqual([['Amara Okafor', 'tag']]);
    expect(lamin.notes.map((n) => n.candidateName)).toEqual(['Amara Okafor']);
    // Words spread over the name and a note still find the person (the table finds them the same way).
    const spread = await search(core, 'bo customer');
    expect(spread.candidates.map((c) => [c.fullName, c.matchedIn])).toEqual([['Bo Chen', 'resume']]);
    const table = await call<CandidateList>(core, 'candidates:list', { search: 'zwiebelkuchen' });
    expect(table.rows.map((r) => r.fullName)).toEqual(['Bo Chen']);

    // Deleting the application takes its notes out of the index.
    await call(core, 'applications:bulk', { action: 'delete', applicationIds: [boApp] });
    expect((await search(core, 'zwiebel')).notes).toEqual([]);
    expect((await call<CandidateList>(core, 'candidates:list', { search: 'zwiebelkuchen' })).rows).toEqual([]);
    // A changed scorecard is searched as it now reads.
    await call(core, 'scorecards:save', { scorecardId: card.id, takeaways: 'Prefers early starts.' });
    expect((await search(core, 'weekend')).notes).toEqual([]);
    expect((await search(core, 'early starts')).notes.map((n) => n.candidateName)).toEqual(['Amara Okafor']);
  });

  it('anonymising or erasing a person takes their notes and interview notes out of the index, its raw rows too', async () => {
    const core = tempCore();
    const w = await world(core);
    const apps = await call<{ applications: { id: string }[] }>(core, 'applications:create', { candidateId: w.bo, roleIds: [w.pastry.id] });
    await call(core, 'applications:note-add', { applicationId: apps.applications[0]?.id, body: 'Mentioned Qzxbonote twice.' });
    const amaraApp = (await call<{ interviews: Interview[] }>(core, 'interviews:list', { applicationId: w.interview.applicationId })).interviews[0];
    const card = await call<{ id: string }>(core, 'scorecards:open', { interviewId: amaraApp?.id, interviewerId: amaraApp?.interviewers[0]?.id });
    await call(core, 'scorecards:save', { scorecardId: card.id, notes: 'Qzxamaracard', takeaways: 'Qzxamaratake' });
    // The index's words as it lists them (fts5vocab): the raw rows store a word's tail only after a word sharing its start.
    const inIndex = (word: string) => indexTerms(core.databasePath).filter((t) => t === word).length;
    // And in its raw rows (the first of the words starting "qzx" in each row is stored whole), once merged away.
    const inRows = () =>
      withRawDb(core.databasePath, (db) => db.prepare("SELECT COUNT(*) FROM candidates_fts_data WHERE instr(block, CAST('qzx' AS BLOB)) > 0").pluck().get() as number);
    expect(inRows()).toBeGreaterThan(0);
    for (const word of ['qzxbonote', 'qzxamaracard', 'qzxamaratake']) expect(inIndex(word), word).toBeGreaterThan(0);
    expect((await search(core, 'qzxamaratake')).notes.map((n) => n.candidateName)).toEqual(['Amara Okafor']);

    await call(core, 'candidates:anonymise', { id: w.amara });
    expect((await search(core, 'qzxamaratake')).notes).toEqual([]);
    expect(inIndex('qzxamaracard') + inIndex('qzxamaratake')).toBe(0);
    await call(core, 'candidates:delete', { id: w.bo });
    expect((await search(core, 'qzxbonote')).notes).toEqual([]);
    expect(inIndex('qzxbonote')).toBe(0);
    expect(inRows()).toBe(0);
    await core.close();
  });
});
