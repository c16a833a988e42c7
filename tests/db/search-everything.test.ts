// search:everything through the real core: roles, candidates (name, e-mail, phone, tag, résumé text),
// interviews (candidate or role) and templates, each group cut at its limit, hostile text refused by
// nobody and matching nothing it should not. Runs in Vitest against real SQLite files.
import { describe, expect, it } from 'vitest';
import type { CandidateCreateResult, Interview, SearchResults, TemplateSummary } from '../../electron/contract';
import type { Core } from '../../electron/core';
import { call, newRole } from '../helpers/applicants';
import { scheduleInput } from '../helpers/interviews-seed';
import { tempCore, value } from '../helpers/temp-core';
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
      { id: w.amara, fullName: 'Amara Okafor', email: 'amara@bakery.test', phone: '+1 503 555 0142', tags: ['Laminator'], matchedIn: 'name' },
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
    expect((await search(core, 'sam', 3)).candidates.map((c) => c.fullName)).toEqual(['Sam Person 0', 'Sam Person 1', 'Sam Person 2']);
    expect((await search(core, 'sam', 50)).candidates).toHaveLength(12);
    const nothing = { roles: [], candidates: [], interviews: [], templates: [] };
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
});
