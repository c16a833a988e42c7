// Revisions on real SQLite with a test-driven clock: on demand, on opening a role, after a pause in
// editing (and not for quick saves), restore, and word-level compare. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import type { Revision, RevisionComparison, RevisionList, RevisionSummary, RoleDescription } from '../../electron/contract';
import type { Core } from '../../electron/core';
import { tempCore, value } from '../helpers/temp-core';
import { BENEFITS, DUTIES, SUMMARY, clockedCore, createRole, getDescription, save } from '../helpers/descriptions';

const MINUTE = 60_000;

async function revisions(core: Core, roleId: string): Promise<RevisionSummary[]> {
  return value<RevisionList>(await core.dispatch('revisions:list', { roleId })).revisions;
}

async function revision(core: Core, id: string): Promise<Revision> {
  return value<Revision>(await core.dispatch('revisions:get', { id }));
}

const content = (sections: { kind: string; heading: string; html: string }[]) => sections.map(({ kind, heading, html }) => ({ kind, heading, html }));

describe('revisions on demand', () => {
  it('keeps the current description with its label, title and word count', async () => {
    const core = tempCore();
    const role = await createRole(core);
    const saved = await save(core, role.id, [SUMMARY, DUTIES]);
    const kept = value<RevisionSummary>(await core.dispatch('revisions:create', { roleId: role.id, label: 'Before the owner’s edits' }));
    expect(kept).toMatchObject({ roleId: role.id, reason: 'manual', label: 'Before the owner’s edits', wordCount: 11 });
    expect(await revision(core, kept.id)).toMatchObject({ title: 'Line Cook', sections: saved.sections });
    expect(await revisions(core, role.id)).toEqual([kept]);
  });

  it('does not list the same version twice after a double click', async () => {
    const core = tempCore();
    const role = await createRole(core);
    await save(core, role.id, [SUMMARY]);
    const a = value<RevisionSummary>(await core.dispatch('revisions:create', { roleId: role.id, label: 'x' }));
    const b = value<RevisionSummary>(await core.dispatch('revisions:create', { roleId: role.id, label: 'x' }));
    expect(b.id).toBe(a.id);
    expect(await revisions(core, role.id)).toHaveLength(1);
  });
});

describe('revision when a role opens', () => {
  it('keeps the description when the status changes to open, once', async () => {
    const core = tempCore();
    const role = await createRole(core);
    await save(core, role.id, [SUMMARY, DUTIES]);
    value(await core.dispatch('roles:update', { id: role.id, patch: { status: 'open' } }));
    const [opened] = await revisions(core, role.id);
    expect(opened).toMatchObject({ reason: 'opened' });
    expect(content((await revision(core, opened!.id)).sections)).toEqual(content([SUMMARY, DUTIES]));

    // Other edits while open, and closing and reopening without changes, keep nothing new.
    value(await core.dispatch('roles:update', { id: role.id, patch: { openings: 3 } }));
    value(await core.dispatch('roles:update', { id: role.id, patch: { status: 'on_hold' } }));
    value(await core.dispatch('roles:update', { id: role.id, patch: { status: 'open' } }));
    expect(await revisions(core, role.id)).toHaveLength(1);
  });

  it('keeps nothing for a role without a description', async () => {
    const core = tempCore();
    const role = await createRole(core);
    value(await core.dispatch('roles:update', { id: role.id, patch: { status: 'open' } }));
    expect(await revisions(core, role.id)).toEqual([]);
  });
});

describe('revision after a pause in editing', () => {
  it('keeps the state before a save that follows more than ten minutes of rest', async () => {
    const { core, clock } = clockedCore();
    const role = await createRole(core);
    await save(core, role.id, [SUMMARY]);
    value(await core.dispatch('revisions:create', { roleId: role.id, label: 'start' }));
    clock.advance(1000);
    await save(core, role.id, [SUMMARY, DUTIES]);
    clock.advance(11 * MINUTE);
    await save(core, role.id, [SUMMARY, DUTIES, BENEFITS]);

    const list = await revisions(core, role.id);
    expect(list.map((r) => r.reason)).toEqual(['pause', 'manual']);
    expect(content((await revision(core, list[0]!.id)).sections)).toEqual(content([SUMMARY, DUTIES]));
  });

  it('keeps none for quick successive saves', async () => {
    const { core, clock } = clockedCore();
    const role = await createRole(core);
    await save(core, role.id, [SUMMARY]);
    value(await core.dispatch('revisions:create', { roleId: role.id, label: 'start' }));
    for (let i = 0; i < 30; i += 1) {
      clock.advance(500);
      await save(core, role.id, [{ ...SUMMARY, html: `<p>Cook breakfast ${'and lunch '.repeat(i)}</p>` }]);
    }
    expect((await revisions(core, role.id)).map((r) => r.reason)).toEqual(['manual']);
  });

  it('keeps the starting point of a role with no revision yet, then nothing while typing continues', async () => {
    const { core, clock } = clockedCore();
    const role = await createRole(core);
    await save(core, role.id, [SUMMARY]);
    for (let i = 0; i < 5; i += 1) {
      clock.advance(700);
      await save(core, role.id, [SUMMARY, { ...DUTIES, html: `<p>${'word '.repeat(i + 1)}</p>` }]);
    }
    const list = await revisions(core, role.id);
    expect(list.map((r) => r.reason)).toEqual(['pause']);
    expect(content((await revision(core, list[0]!.id)).sections)).toEqual(content([SUMMARY]));
  });
});

describe('revisions:restore', () => {
  it('keeps the current description as before_restore, then puts the revision back', async () => {
    const core = tempCore();
    const role = await createRole(core);
    const original = await save(core, role.id, [SUMMARY, DUTIES]);
    const kept = value<RevisionSummary>(await core.dispatch('revisions:create', { roleId: role.id, label: 'good one' }));
    const edited = await save(core, role.id, [BENEFITS]);

    const restored = value<RoleDescription>(await core.dispatch('revisions:restore', { id: kept.id }));
    expect(restored.sections).toEqual(original.sections);
    expect(await getDescription(core, role.id)).toEqual(restored);

    const [latest] = await revisions(core, role.id);
    expect(latest).toMatchObject({ reason: 'before_restore' });
    expect(content((await revision(core, latest!.id)).sections)).toEqual(content(edited.sections));
  });

  it('answers not_found for an unknown revision', async () => {
    const core = tempCore();
    const result = await core.dispatch('revisions:restore', { id: '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('revisions:compare', () => {
  it('diffs words, headings included, with exact added and removed counts', async () => {
    const core = tempCore();
    const role = await createRole(core);
    await save(core, role.id, [{ kind: 'summary', heading: 'Summary', html: '<p>Cook breakfast for a busy diner.</p>' }]);
    const from = value<RevisionSummary>(await core.dispatch('revisions:create', { roleId: role.id, label: 'a' }));
    await save(core, role.id, [
      { kind: 'summary', heading: 'About the job', html: '<p>Cook lunch and dinner for a busy diner.</p>' },
    ]);
    const diff = value<RevisionComparison>(await core.dispatch('revisions:compare', { fromId: from.id, toId: 'current' }));
    // Removed: "Summary", "breakfast". Added: "About the job", "lunch and dinner".
    expect({ added: diff.added, removed: diff.removed }).toEqual({ added: 6, removed: 2 });
    expect(diff.parts.filter((p) => p.op === 'removed').map((p) => p.text.trim())).toEqual(['Summary', 'breakfast']);
    expect(diff.parts.filter((p) => p.op === 'added').map((p) => p.text.trim())).toEqual(['About the job', 'lunch and dinner']);
    expect(diff.parts.filter((p) => p.op !== 'added').map((p) => p.text).join('')).toBe('Summary\nCook breakfast for a busy diner.');
    expect(diff.parts.filter((p) => p.op !== 'removed').map((p) => p.text).join('')).toBe('About the job\nCook lunch and dinner for a busy diner.');

    const to = value<RevisionSummary>(await core.dispatch('revisions:create', { roleId: role.id, label: 'b' }));
    const between = value<RevisionComparison>(await core.dispatch('revisions:compare', { fromId: from.id, toId: to.id }));
    expect(between).toEqual(diff);
  });

  it('refuses to compare revisions of two different roles', async () => {
    const core = tempCore();
    const a = await createRole(core);
    const b = await createRole(core, { title: 'Server' });
    await save(core, a.id, [SUMMARY]);
    await save(core, b.id, [BENEFITS]);
    const ra = value<RevisionSummary>(await core.dispatch('revisions:create', { roleId: a.id, label: '' }));
    const rb = value<RevisionSummary>(await core.dispatch('revisions:create', { roleId: b.id, label: '' }));
    const result = await core.dispatch('revisions:compare', { fromId: ra.id, toId: rb.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
