// Pipeline stages and the board: the default stages on new and pre-existing roles, renaming, reordering,
// adding and removing stages (with a safe move of their applications, or a conflict without one), and the
// hired stage kept last. Runs in Vitest against real SQLite files.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pipeline } from '../../electron/contract';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open-database';
import { addPeople, board, call, columns, errorOf, newRole, rawAll, stageId } from '../helpers/applicants';
import { tempCore, tempDir } from '../helpers/temp-core';

const DEFAULT = ['Applied', 'Screening', 'Interview', 'Offer', 'Hired'];
const OLD_ROLE = '5b0c3a56-8a7e-4f0e-9f59-7b9f3c1d2e4f';

function schemaTwoFolder(): string {
  const dataDir = tempDir();
  const db = openDatabase(path.join(dataDir, 'hirebook.db'));
  try {
    migrate(db, { migrations: MIGRATIONS.slice(0, 2) });
    db.prepare(
      `INSERT INTO roles (id, title, workplace, employment_type, salary_currency, salary_period, openings, status, created_at, updated_at)
       VALUES (?, 'Line Cook', 'onsite', 'full_time', 'USD', 'hour', 1, 'open', '2025-05-01T10:00:00.000Z', '2025-05-01T10:00:00.000Z')`,
    ).run(OLD_ROLE);
  } finally {
    db.close();
  }
  return dataDir;
}

async function roleWithPeople(names: string[]) {
  const core = tempCore();
  const role = await newRole(core, 'Barista');
  const ids = await addPeople(core, names);
  await call(core, 'applications:create', { candidateId: ids[0], roleIds: [role.id] });
  for (const id of ids.slice(1)) await call(core, 'applications:create', { candidateId: id, roleIds: [role.id] });
  return { core, role, ids };
}

describe('default stages', () => {
  it('a new role starts with Applied → Screening → Interview → Offer → Hired, hired last', async () => {
    const core = tempCore();
    const role = await newRole(core, 'Baker');
    const pipeline = await board(core, role.id);
    expect(pipeline.stages.map((s) => s.name)).toEqual(DEFAULT);
    expect(pipeline.stages.map((s) => s.kind)).toEqual(['active', 'active', 'active', 'active', 'hired']);
    expect(pipeline.stages.every((s) => s.count === 0)).toBe(true);
    expect(pipeline.cards).toEqual([]);
  });

  it('a role that existed before the pipeline gets the default stages', async () => {
    const core = tempCore({ dataDir: schemaTwoFolder() });
    expect(rawAll<{ name: string }>(core, 'SELECT name FROM pipeline_stages WHERE role_id = ? ORDER BY position', OLD_ROLE).map((r) => r.name)).toEqual(DEFAULT);
    expect((await board(core, OLD_ROLE)).stages.map((s) => s.name)).toEqual(DEFAULT);
  });

  it('duplicated and sample roles get their own stages too', async () => {
    const core = tempCore();
    const role = await newRole(core, 'Baker');
    const copy = await call<{ id: string }>(core, 'roles:duplicate', { id: role.id });
    const [a, b] = [await board(core, role.id), await board(core, copy.id)];
    expect(b.stages.map((s) => s.name)).toEqual(DEFAULT);
    expect(b.stages.map((s) => s.id)).not.toContain(a.stages[0]?.id);
  });
});

describe('editing stages', () => {
  it('renames, reorders and adds stages, keeping hired last', async () => {
    const { core, role } = await roleWithPeople(['Ana']);
    const before = await board(core, role.id);
    const [applied, screening, interview, offer, hired] = before.stages.map((s) => s.id);
    const after = await call<Pipeline>(core, 'pipeline:update-stages', {
      roleId: role.id,
      stages: [
        { id: applied, name: 'New' },
        { id: hired, name: 'Hired!' },
        { id: interview, name: 'Interview' },
        { name: 'Trial shift' },
        { id: screening, name: 'Phone screen' },
        { id: offer, name: 'Offer' },
      ],
    });
    expect(after.stages.map((s) => s.name)).toEqual(['New', 'Interview', 'Trial shift', 'Phone screen', 'Offer', 'Hired!']);
    expect(after.stages.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(after.stages[0]).toMatchObject({ id: applied, count: 1 });
    expect(after.cards[0]?.stageId).toBe(applied);
  });

  it('refuses to remove a stage with applications unless told where they go, then moves them with a history note', async () => {
    const { core, role } = await roleWithPeople(['Ana', 'Bo', 'Cy']);
    const pipeline = await board(core, role.id);
    const [applied, screening, , , hired] = pipeline.stages.map((s) => s.id);
    const keep = [{ id: screening, name: 'Screening' }, { id: hired, name: 'Hired' }];
    const refused = await errorOf(core, 'pipeline:update-stages', { roleId: role.id, stages: keep });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toContain('3 applications are in "Applied"');
    expect((await board(core, role.id)).stages).toHaveLength(5);

    const after = await call<Pipeline>(core, 'pipeline:update-stages', { roleId: role.id, stages: keep, moveRemovedTo: screening });
    expect(after.stages.map((s) => s.name)).toEqual(['Screening', 'Hired']);
    expect(columns(after)).toEqual({ Screening: ['Ana', 'Bo', 'Cy'], Hired: [] });
    const notes = rawAll<{ note: string; from_stage_name: string }>(core, "SELECT note, from_stage_name FROM stage_events WHERE note = 'Stage removed'");
    expect(notes).toHaveLength(3);
    expect(notes[0]?.from_stage_name).toBe('Applied');
    expect(rawAll(core, 'SELECT * FROM pipeline_stages WHERE id = ?', applied)).toEqual([]);
  });

  it('refuses removing the hired stage, duplicate names, and a target that is removed too', async () => {
    const { core, role } = await roleWithPeople(['Ana']);
    const [applied, screening, , , hired] = (await board(core, role.id)).stages.map((s) => s.id);
    expect((await errorOf(core, 'pipeline:update-stages', { roleId: role.id, stages: [{ id: applied, name: 'A' }, { id: screening, name: 'B' }] })).code).toBe('invalid_input');
    expect((await errorOf(core, 'pipeline:update-stages', { roleId: role.id, stages: [{ id: applied, name: 'Same' }, { name: 'same' }, { id: hired, name: 'Hired' }] })).code).toBe('invalid_input');
    const badTarget = await errorOf(core, 'pipeline:update-stages', { roleId: role.id, stages: [{ id: screening, name: 'S' }, { id: hired, name: 'H' }], moveRemovedTo: applied });
    expect(badTarget.code).toBe('invalid_input');
    expect((await board(core, role.id)).stages.map((s) => s.name)).toEqual(DEFAULT);
  });

  it('an unknown role is not found', async () => {
    const core = tempCore();
    expect((await errorOf(core, 'pipeline:get', { roleId: OLD_ROLE })).code).toBe('not_found');
  });

  it('stage_id on the board points at a stage of the same role', async () => {
    const { core, role } = await roleWithPeople(['Ana']);
    const other = await newRole(core, 'Cook');
    const foreign = stageId(await board(core, other.id), 'Screening');
    const app = (await board(core, role.id)).cards[0]?.applicationId;
    expect((await errorOf(core, 'applications:move', { applicationId: app, toStageId: foreign })).code).toBe('not_found');
  });
});
