// jd:parse, jd:import and jd:check through dispatch on real SQLite: parse writes nothing, import makes
// a role with sections or replaces a description keeping a revision, the coach checks stored or given
// sections. Runs in Vitest (Node).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  JdCheckResult,
  type JdImportResult,
  type JdParseResult,
  type ParsedJobDescription,
  type RevisionList,
  type Role,
} from '../../electron/contract';
import { dumpTables, tempCore, tempDir, value } from '../helpers/temp-core';
import { SUMMARY, createRole, getDescription, save } from '../helpers/descriptions';

const POSTING = `Line Cook

Job Title: Line Cook
Location: Portland, OR
Employment Type: Part-time

About the job
Join a small diner kitchen that cooks everything from scratch.

Responsibilities:
- Prep vegetables & sauces
- Run the grill <fast>

Requirements:
- A year on a line
`;

const PARSED: ParsedJobDescription = {
  title: 'Prep Cook',
  fields: {},
  sections: [
    { kind: 'summary', heading: 'Summary', paragraphs: ['Prep for a busy <kitchen>.'], bullets: [] },
    { kind: 'responsibilities', heading: 'Duties:', paragraphs: [], bullets: ['Chop', 'Stock <b>the</b> line'] },
  ],
};

describe('jd:parse', () => {
  it('reads pasted text into title, fields, sections and role fields, and writes nothing', async () => {
    const core = tempCore();
    const before = dumpTables(core.databasePath);
    const result = value<JdParseResult>(await core.dispatch('jd:parse', { text: POSTING }));
    expect(result.parsed.title).toBe('Line Cook');
    expect(result.parsed.sections.map((s) => s.kind)).toEqual(['description', 'responsibilities', 'requirements']);
    expect(result.parsed.sections[1]?.bullets).toEqual(['Prep vegetables & sauces', 'Run the grill <fast>']);
    expect(result.roleFields).toMatchObject({ title: 'Line Cook', employmentType: 'part_time', location: { city: 'Portland' } });
    expect(dumpTables(core.databasePath)).toEqual(before);
  });

  it('reads a file by its path, and refuses an unsupported one with invalid_input', async () => {
    const core = tempCore();
    const dir = tempDir();
    const md = '# Barista\n\n## Duties\n\n- Pull shots\n- Steam milk\n';
    fs.writeFileSync(path.join(dir, 'barista.md'), md);
    fs.writeFileSync(path.join(dir, 'posting.pdf'), md);
    const result = value<JdParseResult>(await core.dispatch('jd:parse', { path: path.join(dir, 'barista.md') }));
    expect(result.parsed.sections.find((s) => s.kind === 'responsibilities')?.bullets).toEqual(['Pull shots', 'Steam milk']);
    const refused = await core.dispatch('jd:parse', { path: path.join(dir, 'posting.pdf') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/cannot import \.pdf/) } });
  });
});

describe('jd:import', () => {
  it('creates a draft role with escaped, sanitized sections from the reviewed parse', async () => {
    const core = tempCore();
    const result = value<JdImportResult>(await core.dispatch('jd:import', { parsed: PARSED, roleFields: { department: 'Kitchen' } }));
    expect(result.created).toBe(true);
    const role = value<Role>(await core.dispatch('roles:get', { id: result.roleId }));
    expect(role).toMatchObject({ title: 'Prep Cook', department: 'Kitchen', status: 'draft' });
    const description = await getDescription(core, result.roleId);
    expect(description.sections.map(({ kind, heading, html }) => ({ kind, heading, html }))).toEqual([
      { kind: 'summary', heading: 'Summary', html: '<p>Prep for a busy &lt;kitchen&gt;.</p>' },
      { kind: 'responsibilities', heading: 'Duties:', html: '<ul><li>Chop</li><li>Stock &lt;b&gt;the&lt;/b&gt; line</li></ul>' },
    ]);
  });

  it('replaces an existing role’s description, keeping a before_import revision', async () => {
    const core = tempCore();
    const role = await createRole(core);
    await save(core, role.id, [SUMMARY]);
    const result = value<JdImportResult>(await core.dispatch('jd:import', { parsed: PARSED, roleId: role.id, roleFields: { title: 'Ignored' } }));
    expect(result).toEqual({ roleId: role.id, created: false });
    expect((await getDescription(core, role.id)).sections.map((s) => s.kind)).toEqual(['summary', 'responsibilities']);
    expect(value<Role>(await core.dispatch('roles:get', { id: role.id })).title).toBe('Line Cook');
    const { revisions } = value<RevisionList>(await core.dispatch('revisions:list', { roleId: role.id }));
    expect(revisions.map((r) => r.reason)).toEqual(['before_import']);
  });

  it('refuses invalid role fields and an unknown role without writing anything', async () => {
    const core = tempCore();
    const before = dumpTables(core.databasePath);
    const bad = await core.dispatch('jd:import', { parsed: PARSED, roleFields: { salaryMin: 30, salaryMax: 10 } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: ['roleFields', 'salaryMax'] }] } });
    const unknown = await core.dispatch('jd:import', { parsed: PARSED, roleId: '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(dumpTables(core.databasePath)).toEqual(before);
  });

  it('folds sections past the limit into the last one, losing no text', async () => {
    const core = tempCore();
    const many: ParsedJobDescription = {
      title: 'Long',
      fields: {},
      sections: Array.from({ length: 45 }, (_, i) => ({ kind: 'other' as const, heading: `Part ${i + 1}`, paragraphs: [`Text ${i + 1}`], bullets: [] })),
    };
    const { roleId } = value<JdImportResult>(await core.dispatch('jd:import', { parsed: many }));
    const { sections } = await getDescription(core, roleId);
    expect(sections).toHaveLength(40);
    expect(sections[39]?.html).toContain('<p><strong>Part 45</strong></p><p>Text 45</p>');
    const resave = await core.dispatch('descriptions:save', { roleId, sections });
    expect(resave.ok).toBe(true);
  });
});

describe('jd:check', () => {
  it('checks a stored role: no salary is a finding, and the result matches the schema', async () => {
    const core = tempCore();
    const role = await createRole(core);
    await save(core, role.id, [SUMMARY]);
    const result = value<JdCheckResult>(await core.dispatch('jd:check', { roleId: role.id }));
    expect(JdCheckResult.parse(result)).toEqual(result);
    expect(result.findings.map((f) => f.id)).toContain('no-salary');
    expect(result.wordCount).toBe(6);

    value(await core.dispatch('roles:update', { id: role.id, patch: { salaryMin: 18, salaryMax: 22 } }));
    const paid = value<JdCheckResult>(await core.dispatch('jd:check', { roleId: role.id }));
    expect(paid.findings.map((f) => f.id)).not.toContain('no-salary');
  });

  it('checks unsaved sections for a role, and a draft that is not a role yet', async () => {
    const core = tempCore();
    const role = await createRole(core);
    const sections = [{ kind: 'summary', heading: 'Summary', html: '<p>We want a rockstar ninja.</p>' }];
    const edited = value<JdCheckResult>(await core.dispatch('jd:check', { roleId: role.id, sections }));
    expect(edited.findings.map((f) => f.category)).toContain('cliche');
    const draft = value<JdCheckResult>(await core.dispatch('jd:check', { role: { title: 'Cook', salaryMin: 1, salaryMax: 2 }, sections }));
    expect(draft.findings.map((f) => f.id)).not.toContain('no-salary');
    expect(await core.dispatch('jd:check', { roleId: '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
