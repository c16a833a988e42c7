// Sample data: a believable bakery café, loaded once, never duplicated, never overwriting what the
// owner typed. Runs in Vitest on real SQLite files.
import { describe, expect, it } from 'vitest';
import { Role as RoleSchema, type Company, type RoleList, type SampleLoadResult } from '../../electron/contract';
import { tempCore, value, withRawDb } from '../helpers/temp-core';

describe('sample:load', () => {
  it('adds a company profile and roles in many statuses, valid per the contract', async () => {
    const core = tempCore();
    const result = value<SampleLoadResult>(await core.dispatch('sample:load', {}));
    const { roles } = value<RoleList>(await core.dispatch('roles:list', { archived: 'include' }));
    expect(result).toEqual({ rolesCreated: roles.length, companyFilled: true, candidatesCreated: 12 });
    expect(roles.length).toBeGreaterThanOrEqual(6);
    expect(roles.length).toBeLessThanOrEqual(8);
    for (const role of roles) RoleSchema.parse(role);
    expect(new Set(roles.map((r) => r.status))).toEqual(new Set(['draft', 'open', 'on_hold', 'closed', 'filled']));
    expect(roles.some((r) => r.workplace === 'remote' && r.remoteCountries.length > 0)).toBe(true);
    expect(roles.some((r) => r.workplace === 'hybrid')).toBe(true);
    expect(roles.some((r) => r.salaryPeriod === 'hour')).toBe(true);
    expect(roles.some((r) => r.salaryPeriod === 'year')).toBe(true);
    const company = value<Company>(await core.dispatch('company:get', {}));
    expect(company.name).not.toBe('');
    expect(company.address.city).not.toBe('');
  });

  it('loading twice creates no duplicates', async () => {
    const core = tempCore();
    const first = value<SampleLoadResult>(await core.dispatch('sample:load', {}));
    const second = value<SampleLoadResult>(await core.dispatch('sample:load', {}));
    expect(first.rolesCreated).toBeGreaterThan(0);
    expect(second).toEqual({ rolesCreated: 0, companyFilled: false, candidatesCreated: 0 });
    const counts = withRawDb(core.databasePath, (db) =>
      db.prepare('SELECT count(*) AS total, count(DISTINCT title) AS titles FROM roles').get(),
    );
    expect(counts).toEqual({ total: first.rolesCreated, titles: first.rolesCreated });
  });

  it('skips roles whose title exists and keeps what the owner typed in the profile', async () => {
    const core = tempCore();
    value(await core.dispatch('roles:create', { title: 'Barista', department: 'Mine' }));
    value(await core.dispatch('company:update', { name: 'My Own Café', address: { city: 'Eugene' } }));
    const result = value<SampleLoadResult>(await core.dispatch('sample:load', {}));
    const { roles } = value<RoleList>(await core.dispatch('roles:list', {}));
    expect(roles.filter((r) => r.title === 'Barista')).toHaveLength(1);
    expect(roles.find((r) => r.title === 'Barista')?.department).toBe('Mine');
    expect(result.rolesCreated).toBe(roles.length - 1);
    const company = value<Company>(await core.dispatch('company:get', {}));
    expect(company.name).toBe('My Own Café');
    expect(company.address).toEqual({ street: '', city: 'Eugene', region: '', postalCode: '', country: '' });
    expect(company.website).not.toBe('');
    expect(result.companyFilled).toBe(true);
  });
});
