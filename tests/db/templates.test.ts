// Templates through dispatch on real SQLite: the built-in gallery merged with the owner's templates,
// save-from-role, use for a new role or an existing one (keeping a revision), delete. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import type { RevisionList, Role, TemplateDetail, TemplateList, TemplateSummary, TemplateUseResult } from '../../electron/contract';
import { BUILTIN_TEMPLATES } from '../../electron/core/templates/builtin-templates';
import { dumpTables, tempCore, value } from '../helpers/temp-core';
import { DUTIES, SUMMARY, createRole, getDescription, save, withWritableDb } from '../helpers/descriptions';

async function list(core: ReturnType<typeof tempCore>, query = ''): Promise<TemplateSummary[]> {
  return value<TemplateList>(await core.dispatch('templates:list', { query })).templates;
}

describe('templates:list and templates:get', () => {
  it('lists every built-in template, searchable, and previews one', async () => {
    const core = tempCore();
    const all = await list(core);
    expect(all).toHaveLength(BUILTIN_TEMPLATES.length);
    expect(all.every((t) => t.source === 'builtin')).toBe(true);
    expect((await list(core, 'barista'))[0]).toMatchObject({ id: 'barista', name: 'Barista', title: expect.any(String) });

    const detail = value<TemplateDetail>(await core.dispatch('templates:get', { id: 'line-cook' }));
    expect(detail.sections.length).toBeGreaterThan(2);
    expect(detail.role.title).toBeTruthy();
    expect(await core.dispatch('templates:get', { id: 'no-such-template' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('owner templates', () => {
  it('saves a role as a template, lists it first, and starts a new role from it', async () => {
    const core = tempCore();
    const role = await createRole(core, { title: 'Grill Cook', department: 'Kitchen', salaryMin: 18, salaryMax: 22, salaryPeriod: 'hour', status: 'open', closesOn: '2026-09-01' });
    await save(core, role.id, [SUMMARY, DUTIES]);
    const saved = value<TemplateSummary>(await core.dispatch('templates:save-from-role', { roleId: role.id, name: 'Our grill cook' }));
    expect(saved).toMatchObject({ source: 'owner', name: 'Our grill cook', title: 'Grill Cook', blurb: 'Cook breakfast for a busy diner.' });
    expect(saved.id).toMatch(/^owner-[0-9a-f-]{36}$/);
    expect(saved.category).toBe('Food & drink');

    expect((await list(core))[0]).toEqual(saved);
    expect(await list(core, 'grill')).toContainEqual(saved);
    expect(await list(core, 'zzzz-nothing')).toEqual([]);

    const used = value<TemplateUseResult>(await core.dispatch('templates:use', { templateId: saved.id }));
    expect(used.created).toBe(true);
    const fresh = value<Role>(await core.dispatch('roles:get', { id: used.roleId }));
    expect(fresh).toMatchObject({ title: 'Grill Cook', department: 'Kitchen', salaryMin: 18, salaryMax: 22, status: 'draft', closesOn: null });
    const description = await getDescription(core, used.roleId);
    expect(description.sections.map(({ kind, heading, html }) => ({ kind, heading, html }))).toEqual([SUMMARY, DUTIES]);
  });

  it('deletes an owner template, and refuses to delete a built-in one', async () => {
    const core = tempCore();
    const role = await createRole(core);
    await save(core, role.id, [SUMMARY]);
    const saved = value<TemplateSummary>(await core.dispatch('templates:save-from-role', { roleId: role.id, name: 'Mine', category: 'Retail' }));
    expect(saved.category).toBe('Retail');
    expect(value(await core.dispatch('templates:delete', { id: saved.id }))).toEqual({ id: saved.id });
    expect(await list(core, 'mine')).not.toContainEqual(expect.objectContaining({ id: saved.id }));

    const before = dumpTables(core.databasePath);
    const refused = await core.dispatch('templates:delete', { id: 'barista' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/built-in template and cannot be deleted/) } });
    expect(dumpTables(core.databasePath)).toEqual(before);
    expect(await core.dispatch('templates:delete', { id: saved.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses to save a role without a description as a template', async () => {
    const core = tempCore();
    const role = await createRole(core);
    expect(await core.dispatch('templates:save-from-role', { roleId: role.id, name: 'Empty' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('sanitizes template sections on the way out', async () => {
    const core = tempCore();
    const role = await createRole(core);
    await save(core, role.id, [SUMMARY]);
    const saved = value<TemplateSummary>(await core.dispatch('templates:save-from-role', { roleId: role.id, name: 'Mine' }));
    const hostile = JSON.stringify([{ kind: 'summary', heading: 'Hi', html: '<p onmouseover="x()">ok<script>alert(1)</script></p>' }]);
    withWritableDb(core.databasePath, (db) => db.prepare('UPDATE templates SET sections_json = ? WHERE id = ?').run(hostile, saved.id));
    const detail = value<TemplateDetail>(await core.dispatch('templates:get', { id: saved.id }));
    expect(detail.sections).toEqual([{ kind: 'summary', heading: 'Hi', html: '<p>ok</p>' }]);
  });
});

describe('templates:use on an existing role', () => {
  it('replaces the description and keeps the old one as a before_template revision', async () => {
    const core = tempCore();
    const role = await createRole(core);
    await save(core, role.id, [SUMMARY]);
    const used = value<TemplateUseResult>(await core.dispatch('templates:use', { templateId: 'barista', roleId: role.id }));
    expect(used).toEqual({ roleId: role.id, created: false });

    const barista = value<TemplateDetail>(await core.dispatch('templates:get', { id: 'barista' }));
    const now = await getDescription(core, role.id);
    expect(now.sections.map(({ kind, heading, html }) => ({ kind, heading, html }))).toEqual(barista.sections);
    const { revisions } = value<RevisionList>(await core.dispatch('revisions:list', { roleId: role.id }));
    expect(revisions.map((r) => r.reason)).toEqual(['before_template']);
    expect(value<Role>(await core.dispatch('roles:get', { id: role.id })).title).toBe('Line Cook');
  });
});
