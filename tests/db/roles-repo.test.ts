// Roles through the core and straight from the file: create, get, list filters, search, sorting,
// duplicate, archive/restore, delete, conflicts and persistence. Runs in Vitest on real SQLite files.
import { describe, expect, it } from 'vitest';
import type { Role, RoleDraft, RoleList, RoleListQuery } from '../../electron/contract';
import type { Core } from '../../electron/core';
import { dumpTables, tempCore, value, withRawDb } from '../helpers/temp-core';

async function create(core: Core, draft: RoleDraft): Promise<Role> {
  return value<Role>(await core.dispatch('roles:create', draft));
}

async function list(core: Core, query: RoleListQuery = {}): Promise<string[]> {
  return value<RoleList>(await core.dispatch('roles:list', query)).roles.map((r) => r.title);
}

/** A clock that moves one second per call, so created/updated orders are unambiguous. */
function tickingClock(start = Date.parse('2026-03-01T09:00:00.000Z')) {
  let t = start;
  return () => new Date((t += 1000));
}

describe('creating and reading roles', () => {
  it('stores every field in its own column and reads it back', async () => {
    const core = tempCore();
    const role = await create(core, {
      title: '  Head Baker ',
      department: 'Kitchen',
      location: { street: '1 Main St', city: 'Portland', region: 'OR', postalCode: '97202', country: 'US' },
      workplace: 'remote',
      remoteCountries: ['United States', 'Canada'],
      employmentType: 'part_time',
      salaryMin: 18.5,
      salaryMax: 21,
      salaryCurrency: 'usd',
      salaryPeriod: 'hour',
      openings: 2,
      status: 'open',
      postedOn: '2026-03-01',
      closesOn: '2026-03-31',
      hiringManager: 'Marisol',
      applyEmail: 'jobs@example.com',
      applyUrl: 'https://example.com/jobs',
      applyInstructions: 'Write to us',
    });
    expect(role.title).toBe('Head Baker');
    expect(role.salaryCurrency).toBe('USD');
    expect(value(await core.dispatch('roles:get', { id: role.id }))).toEqual(role);

    const row = withRawDb(core.databasePath, (db) => db.prepare('SELECT * FROM roles WHERE id = ?').get(role.id));
    expect(row).toMatchObject({
      title: 'Head Baker',
      location_city: 'Portland',
      location_postal_code: '97202',
      workplace: 'remote',
      remote_countries: '["United States","Canada"]',
      salary_min: 18.5,
      salary_period: 'hour',
      status: 'open',
      closes_on: '2026-03-31',
      archived_at: null,
    });
  });

  it('fills defaults and uses UTC ISO timestamps and UUID keys', async () => {
    const core = tempCore({ now: () => new Date('2026-05-04T10:11:12.345Z') });
    const role = await create(core, { title: 'Barista' });
    expect(role).toMatchObject({
      department: '',
      workplace: 'onsite',
      employmentType: 'full_time',
      salaryMin: null,
      salaryCurrency: 'USD',
      salaryPeriod: 'year',
      openings: 1,
      status: 'draft',
      createdAt: '2026-05-04T10:11:12.345Z',
      updatedAt: '2026-05-04T10:11:12.345Z',
    });
    expect(role.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('survives closing and reopening the data folder', async () => {
    const first = tempCore();
    const role = await create(first, { title: 'Dishwasher', department: 'Kitchen' });
    first.close();
    const second = tempCore({ dataDir: first.dataDir });
    expect(value(await second.dispatch('roles:get', { id: role.id }))).toEqual(role);
    expect(await list(second, { search: 'dish' })).toEqual(['Dishwasher']);
  });

  it('says not_found for an unknown id', async () => {
    const core = tempCore();
    const id = '6f1c1f3e-9d7b-4c2a-8e4f-0a1b2c3d4e5f';
    for (const channel of ['roles:get', 'roles:duplicate', 'roles:archive', 'roles:restore', 'roles:delete']) {
      const result = await core.dispatch(channel, { id });
      expect(result.ok ? null : result.error.code, channel).toBe('not_found');
    }
    const update = await core.dispatch('roles:update', { id, patch: { title: 'X' } });
    expect(update.ok ? null : update.error.code).toBe('not_found');
  });
});

describe('listing roles', () => {
  async function seed(core: Core) {
    await create(core, { title: 'barista', department: 'Front of House', status: 'open', closesOn: '2026-04-10' });
    await create(core, { title: 'Head Baker', department: 'Kitchen', status: 'draft' });
    await create(core, { title: 'Café Manager', department: 'Front of House', status: 'on_hold', closesOn: '2026-04-01' });
    await create(core, { title: 'Bookkeeper', department: 'Office', status: 'filled', closesOn: '2026-05-01' });
    await create(core, { title: 'Pastry Cook', department: 'Kitchen', status: 'closed' });
  }

  it('sorts by title case-insensitively in both directions', async () => {
    const core = tempCore({ now: tickingClock() });
    await seed(core);
    expect(await list(core, { sort: 'title', direction: 'asc' })).toEqual([
      'barista', 'Bookkeeper', 'Café Manager', 'Head Baker', 'Pastry Cook',
    ]);
    expect(await list(core, { sort: 'title', direction: 'desc' })).toEqual([
      'Pastry Cook', 'Head Baker', 'Café Manager', 'Bookkeeper', 'barista',
    ]);
  });

  it('sorts by created, updated, status and closing date (no date last)', async () => {
    const core = tempCore({ now: tickingClock() });
    await seed(core);
    expect(await list(core, { sort: 'created', direction: 'asc' })).toEqual([
      'barista', 'Head Baker', 'Café Manager', 'Bookkeeper', 'Pastry Cook',
    ]);
    const roles = value<RoleList>(await core.dispatch('roles:list', { search: 'head' })).roles;
    await core.dispatch('roles:update', { id: roles[0]?.id, patch: { openings: 3 } });
    expect((await list(core))[0]).toBe('Head Baker');
    expect(await list(core, { sort: 'status', direction: 'asc' })).toEqual([
      'Head Baker', 'barista', 'Café Manager', 'Pastry Cook', 'Bookkeeper',
    ]);
    expect(await list(core, { sort: 'closes', direction: 'asc' })).toEqual([
      'Café Manager', 'barista', 'Bookkeeper', 'Head Baker', 'Pastry Cook',
    ]);
    expect(await list(core, { sort: 'closes', direction: 'desc' })).toEqual([
      'Bookkeeper', 'barista', 'Café Manager', 'Head Baker', 'Pastry Cook',
    ]);
  });

  it('filters by status and searches title and department by word prefix', async () => {
    const core = tempCore({ now: tickingClock() });
    await seed(core);
    expect(await list(core, { statuses: ['open', 'draft'], sort: 'title', direction: 'asc' })).toEqual(['barista', 'Head Baker']);
    expect(await list(core, { search: 'BAK' })).toEqual(['Head Baker']);
    expect(await list(core, { search: 'front', sort: 'title', direction: 'asc' })).toEqual(['barista', 'Café Manager']);
    expect(await list(core, { search: 'cafe' })).toEqual(['Café Manager']);
    expect(await list(core, { search: 'kitchen pas' })).toEqual(['Pastry Cook']);
    expect(await list(core, { search: 'zebra' })).toEqual([]);
    // FTS syntax is only ever text: punctuation alone searches for nothing, operators are words.
    expect(await list(core, { search: ' "*( - ^:' })).toHaveLength(5);
    expect(await list(core, { search: 'OR' })).toEqual([]);
    expect(await list(core, { search: 'baker" OR "x' })).toEqual([]);
    expect(await list(core, { search: '(baker)*' })).toEqual(['Head Baker']);
    expect(await list(core, { search: 'NEAR(head baker)' })).toEqual([]);
    expect(await list(core, { search: 'head', statuses: ['closed'] })).toEqual([]);
  });

  it('keeps search in sync after title edits and deletes', async () => {
    const core = tempCore();
    const role = await create(core, { title: 'Line Cook' });
    value(await core.dispatch('roles:update', { id: role.id, patch: { title: 'Prep Cook', department: 'Kitchen' } }));
    expect(await list(core, { search: 'line' })).toEqual([]);
    expect(await list(core, { search: 'prep kitch' })).toEqual(['Prep Cook']);
    value(await core.dispatch('roles:delete', { id: role.id }));
    expect(await list(core, { search: 'prep' })).toEqual([]);
    const fts = withRawDb(core.databasePath, (db) => db.prepare('SELECT count(*) AS n FROM roles_fts').get());
    expect(fts).toEqual({ n: 0 });
  });
});

describe('duplicate, archive, restore, delete', () => {
  it('duplicates as a new unposted draft with a copy name', async () => {
    const core = tempCore();
    const source = await create(core, { title: 'Barista', status: 'open', postedOn: '2026-03-01', closesOn: '2026-03-31', salaryMin: 17 });
    value(await core.dispatch('roles:archive', { id: source.id }));
    const copy = value<Role>(await core.dispatch('roles:duplicate', { id: source.id }));
    expect(copy).toMatchObject({ title: 'Barista (copy)', status: 'draft', postedOn: null, archivedAt: null, salaryMin: 17 });
    expect(copy.id).not.toBe(source.id);
    const again = value<Role>(await core.dispatch('roles:duplicate', { id: copy.id }));
    expect(again.title).toBe('Barista (copy 2)');
    expect(withRawDb(core.databasePath, (db) => db.prepare('SELECT count(*) AS n FROM roles').get())).toEqual({ n: 3 });
  });

  it('archives and restores, moving the role between the active and archived lists', async () => {
    const core = tempCore({ now: tickingClock() });
    const role = await create(core, { title: 'Baker' });
    await create(core, { title: 'Cashier' });
    const archived = value<Role>(await core.dispatch('roles:archive', { id: role.id }));
    expect(archived.archivedAt).not.toBeNull();
    expect(await list(core)).toEqual(['Cashier']);
    expect(await list(core, { archived: 'only' })).toEqual(['Baker']);
    expect(await list(core, { archived: 'include', sort: 'title', direction: 'asc' })).toEqual(['Baker', 'Cashier']);
    const restored = value<Role>(await core.dispatch('roles:restore', { id: role.id }));
    expect(restored.archivedAt).toBeNull();
    expect(await list(core, { archived: 'only' })).toEqual([]);
  });

  it('deletes for good', async () => {
    const core = tempCore();
    const role = await create(core, { title: 'Baker' });
    expect(value(await core.dispatch('roles:delete', { id: role.id }))).toEqual({ id: role.id });
    expect(dumpTables(core.databasePath).roles).toEqual([]);
  });
});

describe('updating roles', () => {
  it('merges a patch, including part of the location, and moves updatedAt forward', async () => {
    const core = tempCore({ now: () => new Date('2026-03-01T09:00:00.000Z') });
    const role = await create(core, { title: 'Baker', location: { city: 'Portland', country: 'US' } });
    const updated = value<Role>(await core.dispatch('roles:update', { id: role.id, patch: { location: { city: 'Bend' } } }));
    expect(updated.location).toEqual({ street: '', city: 'Bend', region: '', postalCode: '', country: 'US' });
    expect(updated.updatedAt > role.updatedAt).toBe(true);
    expect(updated.createdAt).toBe(role.createdAt);
  });

  it('refuses a merged result that breaks a cross-field rule and changes nothing', async () => {
    const core = tempCore();
    const role = await create(core, { title: 'Baker', salaryMin: 40000, salaryMax: 50000, postedOn: '2026-03-01' });
    const before = dumpTables(core.databasePath);
    const result = await core.dispatch('roles:update', { id: role.id, patch: { salaryMin: 60000, closesOn: '2026-02-01' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.issues?.map((i) => i.path)).toEqual([['patch', 'salaryMax'], ['patch', 'closesOn']]);
    expect(dumpTables(core.databasePath)).toEqual(before);
  });

  it('reports a conflict when the role changed since expectedUpdatedAt', async () => {
    const core = tempCore();
    const role = await create(core, { title: 'Baker' });
    const first = value<Role>(await core.dispatch('roles:update', { id: role.id, patch: { openings: 2 }, expectedUpdatedAt: role.updatedAt }));
    const before = dumpTables(core.databasePath);
    const stale = await core.dispatch('roles:update', { id: role.id, patch: { openings: 5 }, expectedUpdatedAt: role.updatedAt });
    expect(stale.ok ? null : stale.error.code).toBe('conflict');
    expect(dumpTables(core.databasePath)).toEqual(before);
    expect(first.updatedAt).not.toBe(role.updatedAt);
  });

  it('emits data:changed with the role id after each write, and not for reads', async () => {
    const events: unknown[] = [];
    // data:changed only (the health checks tell their own event, data:health-changed).
    const core = tempCore({ onEvent: (event, payload) => (event === 'data:changed' ? events.push({ event, payload }) : undefined) });
    const role = await create(core, { title: 'Baker' });
    await core.dispatch('roles:list', {});
    await core.dispatch('roles:get', { id: role.id });
    await core.dispatch('roles:update', { id: role.id, patch: { title: '' } });
    await core.dispatch('roles:archive', { id: role.id });
    expect(events).toEqual([
      { event: 'data:changed', payload: { domain: 'roles', ids: [role.id] } },
      { event: 'data:changed', payload: { domain: 'roles', ids: [role.id] } },
    ]);
  });
});
