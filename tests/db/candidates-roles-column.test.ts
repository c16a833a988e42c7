// The candidates table's Roles column through the real core: each row lists its applications by role title
// with the stage (active) or the status (hired, rejected), active first; rating and count come along.
// Runs in Vitest against real SQLite files.
import { describe, expect, it } from 'vitest';
import type { ApplicationList, CandidateList } from '../../electron/contract';
import { addPeople, board, call, newRole, reasonByName, stageId } from '../helpers/applicants';
import { tempCore } from '../helpers/temp-core';

describe('candidates table: the Roles column', () => {
  it('lists every application of each row on the page, active ones first', async () => {
    const core = tempCore();
    const [ada, ben] = await addPeople(core, ['Ada Quinn', 'Ben Ortiz', 'Cy Lund']);
    const barista = await newRole(core, 'Barista');
    const baker = await newRole(core, 'Baker');
    const cashier = await newRole(core, 'Cashier');
    const interview = stageId(await board(core, barista.id), 'Interview');
    const apply = async (candidateId: string | undefined, roleId: string, stage?: string): Promise<string> => {
      const created = await call<ApplicationList>(core, 'applications:create', { candidateId, roleIds: [roleId], ...(stage ? { stageId: stage } : {}) });
      return created.applications[0]?.id ?? '';
    };
    const rejected = await apply(ada, baker.id);
    const hired = await apply(ada, cashier.id);
    const active = await apply(ada, barista.id, interview);
    await apply(ben, baker.id);
    await call(core, 'applications:reject', { applicationIds: [rejected], reasonId: await reasonByName(core, 'Lacks experience') });
    await call(core, 'applications:hire', { applicationId: hired });
    await call(core, 'applications:rate', { applicationId: active, rating: 4 });

    const page = await call<CandidateList>(core, 'candidates:list', { sort: 'name', direction: 'asc' });
    const byName = Object.fromEntries(page.rows.map((row) => [row.fullName, row]));
    expect(byName['Ada Quinn']?.applications).toEqual([
      { roleTitle: 'Barista', stageName: 'Interview', status: 'active' },
      { roleTitle: 'Cashier', stageName: 'Hired', status: 'hired' },
      { roleTitle: 'Baker', stageName: 'Applied', status: 'rejected' },
    ]);
    expect(byName['Ada Quinn']).toMatchObject({ applicationCount: 3, rating: 4 });
    expect(byName['Ben Ortiz']).toMatchObject({ applications: [{ roleTitle: 'Baker', stageName: 'Applied', status: 'active' }], applicationCount: 1, rating: null });
    expect(byName['Cy Lund']).toMatchObject({ applications: [], applicationCount: 0, rating: null });

    // A page of one row carries only that row's applications.
    const second = await call<CandidateList>(core, 'candidates:list', { sort: 'name', direction: 'asc', offset: 1, limit: 1 });
    expect(second.rows.map((row) => [row.fullName, row.applications.map((a) => a.roleTitle)])).toEqual([['Ben Ortiz', ['Baker']]]);
    await core.close();
  });
});
