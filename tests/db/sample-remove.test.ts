// Removing the sample data: sample:load marks what it makes; sample:remove deletes exactly those rows and
// everything hanging off them (applications, stage history, notes, interviews, scorecards, kits, files on
// disk, activity), in one transaction, and leaves every row of the owner's as it was. Runs in Vitest on
// real SQLite files.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  AttachmentAddResult,
  Application,
  ApplicationList,
  CandidateCreateResult,
  CandidateList,
  Company,
  Pipeline,
  Role,
  RoleList,
  SampleRemoveResult,
  SampleStatus,
} from '../../electron/contract';
import type { Core } from '../../electron/core';
import { dumpTables, tempCore, value, withRawDb } from '../helpers/temp-core';
import { fileOnDisk } from '../helpers/temp-files';

type Rows = Record<string, unknown>[];

async function call<T>(core: Core, channel: string, input: unknown): Promise<T> {
  return value<T>(await core.dispatch(channel, input));
}

/** The owner's own data, added after the sample: a role with a description, a person with a file, their application and a note. */
async function addOwnerData(core: Core) {
  const role = await call<Role>(core, 'roles:create', { title: 'Night Baker', department: 'Kitchen' });
  await call(core, 'descriptions:save', { roleId: role.id, sections: [{ kind: 'summary', heading: 'Summary', html: '<p>Nights.</p>' }] });
  const person = await call<CandidateCreateResult>(core, 'candidates:create', { fullName: 'Rosa Delgado', emails: ['rosa@owner.test'], tags: ['nights'] });
  const file = await call<AttachmentAddResult>(core, 'attachments:add', {
    candidateId: person.candidate.id,
    kind: 'resume',
    fileName: 'rosa.txt',
    path: fileOnDisk('rosa.txt', 'Rosa Delgado\nrosa@owner.test\nTen years of night bakes.\n'),
  });
  const sampleRole = (await call<RoleList>(core, 'roles:list', { archived: 'include' })).roles.find((r) => r.sample && r.title === 'Barista');
  const apps = await call<ApplicationList>(core, 'applications:create', { candidateId: person.candidate.id, roleIds: [role.id, sampleRole?.id ?? ''] });
  const own = apps.applications.find((a) => a.roleId === role.id) as Application;
  await call(core, 'applications:note-add', { applicationId: own.id, body: 'Can start Monday' });
  return { role, candidateId: person.candidate.id, attachment: file.attachment, ownApplicationId: own.id };
}

/** Every row in `table` whose `column` is one of `ids`, as stored. */
function rowsWhere(databasePath: string, table: string, column: string, ids: readonly string[]): Rows {
  return withRawDb(databasePath, (db) =>
    db.prepare(`SELECT * FROM "${table}" WHERE "${column}" IN (SELECT value FROM json_each(?)) ORDER BY 1`).all(JSON.stringify(ids)),
  ) as Rows;
}

const isFtsShadow = (table: string) => /_fts_/.test(table);

describe('sample:remove', () => {
  it('marks what sample:load made, and a second load adds nothing', async () => {
    const core = tempCore();
    await call(core, 'sample:load', {});
    const roles = (await call<RoleList>(core, 'roles:list', { archived: 'include' })).roles;
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.every((r) => r.sample)).toBe(true);
    const people = (await call<CandidateList>(core, 'candidates:list', { limit: 100 })).rows;
    expect(people).toHaveLength(12);
    expect(people.every((p) => p.sample)).toBe(true);
    const first = await call<SampleStatus>(core, 'sample:status', {});
    expect(first).toMatchObject({ roles: roles.length, candidates: 12, edited: 0, ownApplications: 0, companyFromSample: true });
    expect(first.applications).toBeGreaterThan(0);
    expect(first.interviews).toBe(4);
    await call(core, 'sample:load', {});
    expect(await call<SampleStatus>(core, 'sample:status', {})).toEqual(first);
  });

  it("deletes the sample rows, their files and history, and leaves the owner's rows byte for byte", async () => {
    const core = tempCore();
    await call(core, 'sample:load', {});
    const owner = await addOwnerData(core);
    // A file on a sample person, and a sample person the owner edited: both still go.
    const sampleRows = (await call<CandidateList>(core, 'candidates:list', { limit: 100 })).rows.filter((r) => r.sample);
    const samplePerson = sampleRows[0]?.id ?? '';
    const sampleFile = await call<AttachmentAddResult>(core, 'attachments:add', {
      candidateId: samplePerson,
      kind: 'resume',
      fileName: 'sample.txt',
      path: fileOnDisk('sample.txt', 'A sample résumé only the sample person has.\n'),
    });
    await call(core, 'candidates:update', { id: samplePerson, patch: { location: 'Salem, OR' } });
    const status = await call<SampleStatus>(core, 'sample:status', {});
    expect(status).toMatchObject({ candidates: 12, files: 1, edited: 1, ownApplications: 1 });

    const attachmentsDir = path.join(core.dataDir, 'attachments');
    const sampleBlob = path.join(attachmentsDir, sampleFile.attachment.sha256);
    const ownerBlob = path.join(attachmentsDir, owner.attachment.sha256);
    expect(fs.existsSync(sampleBlob)).toBe(true);
    const sampleRoleIds = withRawDb(core.databasePath, (db) => db.prepare('SELECT id FROM roles WHERE sample = 1').pluck().all()) as string[];
    const sampleIds = [...sampleRoleIds, ...(withRawDb(core.databasePath, (db) => db.prepare('SELECT id FROM candidates WHERE sample = 1').pluck().all()) as string[])];
    const sampleAppIds = withRawDb(core.databasePath, (db) =>
      db.prepare('SELECT id FROM applications WHERE candidate_id IN (SELECT id FROM candidates WHERE sample = 1) OR role_id IN (SELECT id FROM roles WHERE sample = 1)').pluck().all(),
    ) as string[];
    const ownerBefore = {
      roles: rowsWhere(core.databasePath, 'roles', 'id', [owner.role.id]),
      sections: rowsWhere(core.databasePath, 'role_sections', 'role_id', [owner.role.id]),
      stages: rowsWhere(core.databasePath, 'pipeline_stages', 'role_id', [owner.role.id]),
      candidates: rowsWhere(core.databasePath, 'candidates', 'id', [owner.candidateId]),
      emails: rowsWhere(core.databasePath, 'candidate_emails', 'candidate_id', [owner.candidateId]),
      attachments: rowsWhere(core.databasePath, 'attachments', 'candidate_id', [owner.candidateId]),
      application: rowsWhere(core.databasePath, 'applications', 'id', [owner.ownApplicationId]),
      events: rowsWhere(core.databasePath, 'stage_events', 'application_id', [owner.ownApplicationId]),
      notes: rowsWhere(core.databasePath, 'application_notes', 'application_id', [owner.ownApplicationId]),
      activity: rowsWhere(core.databasePath, 'activity_log', 'entity_id', [owner.role.id, owner.candidateId, owner.ownApplicationId, owner.attachment.id]),
    };
    const before = dumpTables(core.databasePath);

    const result = await call<SampleRemoveResult>(core, 'sample:remove', {});
    expect(result).toEqual({
      roles: status.roles,
      candidates: 12,
      applications: status.applications,
      interviews: status.interviews,
      files: 1,
      companyCleared: true,
    });
    expect(sampleAppIds).toHaveLength(status.applications);

    const after = dumpTables(core.databasePath);
    // Nothing that stays was changed: every remaining row was there before, exactly so (the company
    // profile aside: the sample's name and address were cleared; the search index's shadow tables aside).
    for (const [table, rows] of Object.entries(after)) {
      if (table === 'companies' || isFtsShadow(table)) continue;
      const previous = new Set((before[table] ?? []).map((row) => JSON.stringify(row)));
      for (const row of rows) expect(previous.has(JSON.stringify(row)), `${table}: ${JSON.stringify(row)}`).toBe(true);
    }
    // The owner's rows are all still there, byte for byte.
    expect(rowsWhere(core.databasePath, 'roles', 'id', [owner.role.id])).toEqual(ownerBefore.roles);
    expect(rowsWhere(core.databasePath, 'role_sections', 'role_id', [owner.role.id])).toEqual(ownerBefore.sections);
    expect(rowsWhere(core.databasePath, 'pipeline_stages', 'role_id', [owner.role.id])).toEqual(ownerBefore.stages);
    expect(rowsWhere(core.databasePath, 'candidates', 'id', [owner.candidateId])).toEqual(ownerBefore.candidates);
    expect(rowsWhere(core.databasePath, 'candidate_emails', 'candidate_id', [owner.candidateId])).toEqual(ownerBefore.emails);
    expect(rowsWhere(core.databasePath, 'attachments', 'candidate_id', [owner.candidateId])).toEqual(ownerBefore.attachments);
    expect(rowsWhere(core.databasePath, 'applications', 'id', [owner.ownApplicationId])).toEqual(ownerBefore.application);
    expect(rowsWhere(core.databasePath, 'stage_events', 'application_id', [owner.ownApplicationId])).toEqual(ownerBefore.events);
    expect(rowsWhere(core.databasePath, 'application_notes', 'application_id', [owner.ownApplicationId])).toEqual(ownerBefore.notes);
    expect(rowsWhere(core.databasePath, 'activity_log', 'entity_id', [owner.role.id, owner.candidateId, owner.ownApplicationId, owner.attachment.id])).toEqual(
      ownerBefore.activity,
    );
    expect(ownerBefore.notes).toHaveLength(1);
    expect(after.rejection_reasons).toEqual(before.rejection_reasons);
    expect(after.templates).toEqual(before.templates);

    // Only the owner's rows remain: no sample role, person, application, interview, kit or history.
    expect(after.roles?.map((r) => (r as { id: string }).id)).toEqual([owner.role.id]);
    expect(after.candidates?.map((r) => (r as { id: string }).id)).toEqual([owner.candidateId]);
    expect(after.applications?.map((r) => (r as { id: string }).id)).toEqual([owner.ownApplicationId]);
    expect(after.interviews).toEqual([]);
    expect(after.scorecards).toEqual([]);
    expect(after.kit_items).toEqual([]);
    expect(rowsWhere(core.databasePath, 'activity_log', 'entity_id', [...sampleIds, ...sampleAppIds])).toEqual([]);
    // The sample file is gone from disk; the owner's stays.
    expect(fs.existsSync(sampleBlob)).toBe(false);
    expect(fs.existsSync(ownerBlob)).toBe(true);

    const company = await call<Company>(core, 'company:get', {});
    expect(company).toMatchObject({ name: '', website: '', address: { street: '', city: '', region: '', postalCode: '', country: '' } });
    const board = await call<Pipeline>(core, 'pipeline:get', { roleId: owner.role.id });
    expect(board.cards.map((c) => c.name)).toEqual(['Rosa Delgado']);
    // Nothing left: a second removal removes nothing and says so in its counts.
    expect(await call<SampleRemoveResult>(core, 'sample:remove', {})).toEqual({ roles: 0, candidates: 0, applications: 0, interviews: 0, files: 0, companyCleared: false });
  });

  it("keeps the company details the owner typed, and a file shared with the owner's person", async () => {
    const core = tempCore();
    await call(core, 'company:update', { name: 'My Own Café' });
    await call(core, 'sample:load', {});
    const samplePerson = (await call<CandidateList>(core, 'candidates:list', { limit: 100 })).rows[0]?.id ?? '';
    const own = await call<CandidateCreateResult>(core, 'candidates:create', { fullName: 'Ivo Petrov' });
    const bytes = 'The same résumé, added to both.\n';
    const shared = await call<AttachmentAddResult>(core, 'attachments:add', { candidateId: samplePerson, kind: 'resume', fileName: 'a.txt', path: fileOnDisk('a.txt', bytes) });
    await call(core, 'attachments:add', { candidateId: own.candidate.id, kind: 'resume', fileName: 'b.txt', path: fileOnDisk('b.txt', bytes) });
    const result = await call<SampleRemoveResult>(core, 'sample:remove', {});
    expect(result).toMatchObject({ candidates: 12, files: 1, companyCleared: true });
    expect(fs.existsSync(path.join(core.dataDir, 'attachments', shared.attachment.sha256))).toBe(true);
    const company = await call<Company>(core, 'company:get', {});
    expect(company.name).toBe('My Own Café');
    expect(company.website).toBe('');
    expect(company.address.city).toBe('');
  });
});
