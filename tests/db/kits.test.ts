// Interview kits through the real core: one criterion per requirement list item (HTML stripped), generate
// is idempotent and lists new requirements, the owner's save reorders/edits/adds/removes (soft, so old
// ratings keep their criterion), and the printable HTML. Runs in Vitest against real SQLite files.
import { describe, expect, it } from 'vitest';
import type { Interview, Kit, KitItem, Scorecard } from '../../electron/contract';
import { call, errorOf, rawAll } from '../helpers/applicants';
import { REQUIREMENTS_HTML, interviewWorld, scheduleInput } from '../helpers/interviews-seed';
import { dumpTables, tempCore } from '../helpers/temp-core';

const REQUIREMENTS = ['Two years of espresso bar experience', 'A food handler card', 'Weekend availability', 'At least two Saturdays a month'];
const labels = (items: KitItem[]) => items.map((i) => i.label);

describe('generating a kit', () => {
  it('makes one criterion per requirement item, as plain text, in order, only from requirements sections', async () => {
    const core = tempCore();
    const { roleId } = await interviewWorld(core, ['Ana Lima']);
    const empty = await call<Kit>(core, 'kits:get', { roleId });
    expect(empty).toMatchObject({ roleTitle: 'Barista', items: [], newRequirements: REQUIREMENTS });
    const kit = await call<Kit>(core, 'kits:generate', { roleId });
    expect(labels(kit.items)).toEqual(REQUIREMENTS);
    expect(kit.items.map((i) => [i.kind, i.source, i.question, i.position])).toEqual(REQUIREMENTS.map((_, n) => ['criterion', 'requirement', '', n]));
    expect(kit.newRequirements).toEqual([]);
    expect(rawAll(core, 'SELECT label, source_text, removed_at FROM kit_items ORDER BY position')).toEqual(
      REQUIREMENTS.map((text) => ({ label: text, source_text: text, removed_at: null })),
    );
  });

  it('is idempotent, and adds only requirements written since (even after the owner reworded a criterion)', async () => {
    const core = tempCore();
    const { roleId } = await interviewWorld(core, ['Ana Lima']);
    const first = await call<Kit>(core, 'kits:generate', { roleId });
    const reworded = first.items.map((i, n) => ({ id: i.id, kind: i.kind, label: n === 0 ? 'Espresso experience (2 years)' : i.label, question: '' }));
    await call(core, 'kits:save', { roleId, items: reworded });
    const before = dumpTables(core.databasePath);
    expect(labels((await call<Kit>(core, 'kits:generate', { roleId })).items)).toEqual(['Espresso experience (2 years)', ...REQUIREMENTS.slice(1)]);
    expect(dumpTables(core.databasePath)).toEqual(before);

    const more = REQUIREMENTS_HTML.replace('<li><p>A food handler card</p></li>', '<li><p>A food handler card.</p></li><li><p>Lifts 25 kg &amp; more</p></li>');
    await call(core, 'descriptions:save', { roleId, sections: [{ kind: 'requirements', heading: 'Needs', html: more }] });
    expect((await call<Kit>(core, 'kits:get', { roleId })).newRequirements).toEqual(['Lifts 25 kg & more']);
    const next = await call<Kit>(core, 'kits:generate', { roleId });
    expect(labels(next.items).at(-1)).toBe('Lifts 25 kg & more');
    expect(next.items).toHaveLength(5);
  });

  it('refuses an unknown role', async () => {
    const core = tempCore();
    expect((await errorOf(core, 'kits:generate', { roleId: '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e' })).code).toBe('not_found');
  });
});

describe('saving a kit', () => {
  it('reorders, edits, adds and soft-removes items; a removed criterion keeps the ratings given to it', async () => {
    const core = tempCore();
    const world = await interviewWorld(core, ['Ana Lima']);
    const { roleId } = world;
    const kit = await call<Kit>(core, 'kits:generate', { roleId });
    const [espresso, card, weekend, saturdays] = kit.items as [KitItem, KitItem, KitItem, KitItem];
    const interview = await call<Interview>(core, 'interviews:schedule', scheduleInput(world.applicationIds[0] ?? ''));
    const scorecard = await call<Scorecard>(core, 'scorecards:open', { interviewId: interview.id, interviewerId: interview.interviewers[0]?.id });
    await call(core, 'scorecards:save', { scorecardId: scorecard.id, ratings: [{ criterionId: card.id, rating: 2 }] });

    const saved = await call<Kit>(core, 'kits:save', {
      roleId,
      items: [
        { id: weekend.id, kind: 'criterion', label: 'Weekend availability', question: 'Which weekends can you do?' },
        { kind: 'criterion', label: 'Cares about the regulars' },
        { id: espresso.id, kind: 'criterion', label: 'Espresso', question: '' },
        { kind: 'question', label: 'Why do you want to work here?', question: '' },
        { id: saturdays.id, kind: 'criterion', label: 'At least two Saturdays a month' },
      ],
    });
    expect(saved.items.map((i) => [i.label, i.kind, i.source, i.question])).toEqual([
      ['Weekend availability', 'criterion', 'requirement', 'Which weekends can you do?'],
      ['Cares about the regulars', 'criterion', 'owner', ''],
      ['Espresso', 'criterion', 'requirement', ''],
      ['Why do you want to work here?', 'question', 'owner', ''],
      ['At least two Saturdays a month', 'criterion', 'requirement', ''],
    ]);
    expect(saved.newRequirements).toEqual(['A food handler card']);
    expect(rawAll(core, 'SELECT removed_at IS NOT NULL AS removed FROM kit_items WHERE id = ?', card.id)).toEqual([{ removed: 1 }]);
    const reopened = await call<Scorecard>(core, 'scorecards:open', { interviewId: interview.id, interviewerId: interview.interviewers[0]?.id });
    expect(reopened.ratings.map((r) => [r.label, r.rating])).toEqual([
      ['Weekend availability', null], ['Cares about the regulars', null], ['Espresso', null], ['At least two Saturdays a month', null],
      ['A food handler card', 2],
    ]);

    const revived = await call<Kit>(core, 'kits:generate', { roleId });
    expect(revived.items.at(-1)).toMatchObject({ id: card.id, label: 'A food handler card' });
  });

  it('refuses an item id that is not in the kit and changes nothing', async () => {
    const core = tempCore();
    const { roleId } = await interviewWorld(core, ['Ana Lima']);
    await call(core, 'kits:generate', { roleId });
    const before = dumpTables(core.databasePath);
    const refused = await errorOf(core, 'kits:save', { roleId, items: [{ kind: 'question', label: 'New' }, { id: '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e', kind: 'criterion', label: 'Ghost' }] });
    expect(refused.code).toBe('not_found');
    expect(dumpTables(core.databasePath)).toEqual(before);
  });
});

describe('the printable kit', () => {
  it('is one self-contained document with the company, role, blank lines, every criterion with boxes and the questions', async () => {
    const core = tempCore();
    await call(core, 'company:update', { name: 'Hearth & Crumb' });
    const { roleId } = await interviewWorld(core, ['Ana Lima']);
    const kit = await call<Kit>(core, 'kits:generate', { roleId });
    const items = [...kit.items.map((i) => ({ id: i.id, kind: i.kind, label: i.label, question: i.label.startsWith('Two') ? 'Ask about <b>rush hour</b>' : '' })), { kind: 'question', label: 'Any questions for us?' }];
    await call(core, 'kits:save', { roleId, items });
    const { html } = await call<{ html: string }>(core, 'kits:html', { roleId });
    expect(html).toContain('Hearth &amp; Crumb');
    expect(html).toContain('<h1 dir="auto">Barista</h1>');
    for (const field of ['Candidate', 'Interviewer', 'Date']) expect(html).toContain(`<span>${field}</span>`);
    for (const label of REQUIREMENTS) expect(html).toContain(label);
    expect(html).toContain('Ask about &lt;b&gt;rush hour&lt;/b&gt;');
    expect(html.match(/Not assessed<\/span>/g)).toHaveLength(4);
    expect(html).toContain('Any questions for us?');
    expect(html).toContain('Strong yes');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/i);
    expect(html).toContain('http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;');
  });
});
