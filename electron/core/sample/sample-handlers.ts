// The sample:load channel: adds the sample bakery without overwriting anything the owner typed and
// without duplicating roles on a second load. One transaction. Runs in plain Node via dispatch.
import { randomUUID } from 'node:crypto';
import { RoleDraft, type SampleLoadResult, type SampleChannel } from '../../contract';
import { nextStamp } from '../clock';
import type { CoreContext } from '../core-context';
import { getCompany, saveCompany, type CompanyRecord } from '../company/company-repo';
import type { HandlerGroup } from '../handlers';
import { allRoleTitles, insertRole, newRole } from '../roles/roles-repo';
import { SAMPLE_COMPANY, sampleRoles } from './sample-data';
import { insertMissingCandidates } from './sample-candidates';
import { insertSampleApplications } from './sample-applications';
import { insertSampleInterviews } from './sample-interviews';
import { insertSampleKits } from './sample-kits';

/** Fills only what is still empty; the address counts as one field, so it is never half mixed. */
function fillCompany(current: CompanyRecord): CompanyRecord | null {
  const addressEmpty = Object.values(current.address).every((part) => part === '');
  const next: CompanyRecord = {
    ...current,
    name: current.name || SAMPLE_COMPANY.name,
    website: current.website || SAMPLE_COMPANY.website,
    address: addressEmpty ? { ...SAMPLE_COMPANY.address } : current.address,
  };
  const changed = next.name !== current.name || next.website !== current.website || addressEmpty;
  return changed ? next : null;
}

function insertMissingRoles(ctx: CoreContext): string[] {
  const taken = new Set(allRoleTitles(ctx.db).map((title) => title.toLowerCase()));
  const created: string[] = [];
  for (const draft of sampleRoles(ctx.now())) {
    if (taken.has(draft.title.toLowerCase())) continue;
    const role = newRole(randomUUID(), RoleDraft.parse(draft), nextStamp(ctx));
    insertRole(ctx.db, role);
    created.push(role.id);
  }
  return created;
}

export function loadSample(ctx: CoreContext): SampleLoadResult {
  const { created, companyFilled, candidates, applications, kits, interviews } = ctx.db.transaction(() => {
    const current = getCompany(ctx.db);
    const filled = fillCompany(current);
    if (filled) saveCompany(ctx.db, { ...filled, updatedAt: nextStamp(ctx, current.updatedAt) });
    const roles = insertMissingRoles(ctx);
    const people = insertMissingCandidates(ctx);
    const applications = insertSampleApplications(ctx, people);
    const kits = insertSampleKits(ctx, roles, nextStamp(ctx));
    const interviews = insertSampleInterviews(ctx, applications);
    return { created: roles, companyFilled: filled !== null, candidates: people, applications, kits, interviews };
  }).immediate();
  if (kits.length > 0) ctx.changed('kits', kits);
  if (interviews.length > 0) ctx.changed('interviews', interviews);
  if (applications.length > 0) {
    ctx.changed('applications', applications.map((app) => app.id));
    ctx.changed('pipeline', [...new Set(applications.map((app) => app.role_id))]);
  }
  if (created.length > 0) ctx.changed('roles', created);
  if (candidates.length > 0) ctx.changed('candidates', candidates);
  if (companyFilled) ctx.changed('company', []);
  return { rolesCreated: created.length, companyFilled, candidatesCreated: candidates.length };
}

export const sampleHandlers: HandlerGroup<SampleChannel> = {
  'sample:load': (_input, ctx) => loadSample(ctx),
};
