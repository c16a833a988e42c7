// descriptions:get / descriptions:save on real SQLite: order and ids, removed sections, sanitizing on the
// way in and out, conflicts, duplicate and delete. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import type { Role } from '../../electron/contract';
import { dumpTables, tempCore, value, withRawDb } from '../helpers/temp-core';
import { BENEFITS, DUTIES, SUMMARY, createRole, getDescription, save, withWritableDb } from '../helpers/descriptions';

const HOSTILE =
  '<p onclick="steal()" style="position:fixed">Hello <script>alert(1)</script><img src=x onerror=alert(2)>' +
  '<a href="javascript:alert(3)">js</a> <a href="data:text/html;base64,PHNjcmlwdD4=">data</a></p>' +
  '<iframe src="https://evil.example"></iframe><svg onload="alert(4)"><script>alert(5)</script></svg>' +
  '<scr<script>ipt>alert(6)</script><style>body{display:none}</style>' +
  '<ul><li><b>Bold</b> and <i>italic</i> and <a href="https://example.com/jobs" target="_blank">a link</a></li></ul>';

const CLEAN =
  '<p>Hello js data</p>ipt&gt;alert(6)' +
  '<ul><li><strong>Bold</strong> and <em>italic</em> and <a href="https://example.com/jobs" rel="noopener noreferrer">a link</a></li></ul>';

describe('descriptions:save and descriptions:get', () => {
  it('round-trips sections in order, keeps ids, and deletes sections left out', async () => {
    const core = tempCore();
    const role = await createRole(core);
    expect(await getDescription(core, role.id)).toEqual({ roleId: role.id, sections: [], updatedAt: null });

    const first = await save(core, role.id, [SUMMARY, DUTIES, BENEFITS]);
    expect(first.sections.map((s) => s.heading)).toEqual(['Summary', 'What you will do', 'Benefits']);
    expect(await getDescription(core, role.id)).toEqual(first);
    const [summary, duties, benefits] = first.sections;

    // Reorder, edit one, drop one: ids follow their sections.
    const second = await save(core, role.id, [
      { ...benefits!, html: '<p>Free meals and paid breaks.</p>' },
      summary!,
    ]);
    expect(second.sections.map((s) => s.id)).toEqual([benefits!.id, summary!.id]);
    expect(second.sections[0]?.html).toBe('<p>Free meals and paid breaks.</p>');
    expect(await getDescription(core, role.id)).toEqual(second);
    const stored = withRawDb(core.databasePath, (db) => db.prepare('SELECT id, position FROM role_sections ORDER BY position').all());
    expect(stored).toEqual([{ id: benefits!.id, position: 0 }, { id: summary!.id, position: 1 }]);
    expect(stored).not.toContainEqual(expect.objectContaining({ id: duties!.id }));
  });

  it('keeps an id chosen by the editor for a new section, so a retried save cannot add it twice', async () => {
    const core = tempCore();
    const role = await createRole(core);
    const id = '7d6c5b4a-3f2e-4d1c-8b0a-9e8d7c6b5a40';
    await save(core, role.id, [{ ...SUMMARY, id }]);
    const again = await save(core, role.id, [{ ...SUMMARY, id, html: '<p>Changed.</p>' }]);
    expect(again.sections).toEqual([{ id, kind: 'summary', heading: 'Summary', html: '<p>Changed.</p>' }]);
  });

  it('strips hostile HTML on save and keeps the allowed subset', async () => {
    const core = tempCore();
    const role = await createRole(core);
    const saved = await save(core, role.id, [{ ...SUMMARY, html: HOSTILE }]);
    expect(saved.sections[0]?.html).toBe(CLEAN);
    const raw = withRawDb(core.databasePath, (db) => db.prepare('SELECT html FROM role_sections').get());
    expect(raw).toEqual({ html: CLEAN });
  });

  it('sanitizes on the way out, even for a row written behind the app’s back', async () => {
    const core = tempCore();
    const role = await createRole(core);
    const [section] = (await save(core, role.id, [SUMMARY])).sections;
    withWritableDb(core.databasePath, (db) => db.prepare('UPDATE role_sections SET html = ? WHERE id = ?').run(HOSTILE, section!.id));
    expect((await getDescription(core, role.id)).sections[0]?.html).toBe(CLEAN);
  });

  it('writes nothing when the content did not change', async () => {
    const core = tempCore();
    const role = await createRole(core);
    const first = await save(core, role.id, [SUMMARY, DUTIES]);
    const before = dumpTables(core.databasePath);
    const again = await save(core, role.id, [SUMMARY, DUTIES].map((s, i) => ({ ...s, id: first.sections[i]?.id })));
    expect(again).toEqual(first);
    expect(dumpTables(core.databasePath)).toEqual(before);
  });

  it('refuses a save based on a stale version with conflict, and changes nothing', async () => {
    const core = tempCore();
    const role = await createRole(core);
    const first = await save(core, role.id, [SUMMARY]);
    await save(core, role.id, [SUMMARY, BENEFITS]);
    const before = dumpTables(core.databasePath);
    const result = await core.dispatch('descriptions:save', { roleId: role.id, sections: [], expectedUpdatedAt: first.updatedAt });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(dumpTables(core.databasePath)).toEqual(before);
  });

  it('saves a section whose heading is being retyped under its default heading', async () => {
    const core = tempCore();
    const role = await createRole(core);
    const saved = await save(core, role.id, [{ ...DUTIES, heading: '  ' }]);
    expect(saved.sections[0]).toMatchObject({ heading: 'Duties and responsibilities', html: DUTIES.html });
  });

  it('answers not_found for an unknown role and invalid_input for a bad section', async () => {
    const core = tempCore();
    const roleId = '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e';
    expect(await core.dispatch('descriptions:get', { roleId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const role = await createRole(core);
    const bad = await core.dispatch('descriptions:save', { roleId: role.id, sections: [{ kind: 'poem', heading: 'x', html: '' }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('sends data:changed for descriptions after a save', async () => {
    const events: unknown[] = [];
    const core = tempCore({ onEvent: (_event, payload) => events.push(payload) });
    const role = await createRole(core);
    events.length = 0;
    await save(core, role.id, [SUMMARY]);
    expect(events).toContainEqual({ domain: 'descriptions', ids: [role.id] });
  });
});

describe('sections and role lifecycle', () => {
  it('roles:duplicate copies the sections with new ids', async () => {
    const core = tempCore();
    const role = await createRole(core);
    const original = await save(core, role.id, [SUMMARY, DUTIES]);
    const copy = value<Role>(await core.dispatch('roles:duplicate', { id: role.id }));
    const copied = await getDescription(core, copy.id);
    expect(copied.sections.map(({ kind, heading, html }) => ({ kind, heading, html }))).toEqual(
      original.sections.map(({ kind, heading, html }) => ({ kind, heading, html })),
    );
    const originalIds = new Set(original.sections.map((s) => s.id));
    expect(copied.sections.every((s) => !originalIds.has(s.id))).toBe(true);
  });

  it('deleting a role removes its sections and revisions', async () => {
    const core = tempCore();
    const role = await createRole(core);
    const other = await createRole(core, { title: 'Dishwasher' });
    await save(core, role.id, [SUMMARY]);
    await save(core, other.id, [BENEFITS]);
    value(await core.dispatch('revisions:create', { roleId: role.id, label: 'v1' }));
    value(await core.dispatch('roles:delete', { id: role.id }));
    const counts = withRawDb(core.databasePath, (db) => ({
      sections: db.prepare('SELECT role_id FROM role_sections').all(),
      revisions: db.prepare('SELECT count(*) AS n FROM role_revisions').get(),
    }));
    expect(counts).toEqual({ sections: [{ role_id: other.id }], revisions: { n: 0 } });
  });
});
