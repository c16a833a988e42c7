// The sample channels. sample:load adds the sample bakery without overwriting anything the owner typed and
// without duplicating roles or people on a second load, and marks every role and person it made as sample;
// sample:status says what there is; sample:remove deletes exactly the sample rows and what hangs off them.
// One transaction each. Runs in plain Node via dispatch.
import { randomUUID } from 'node:crypto';
import { RoleDraft, type SampleChannel, type SampleLoadResult, type SampleRemoveResult } from '../../contract';
import { nextStamp } from '../clock';
import type { CoreContext } from '../core-context';
import { getCompany, saveCompany } from '../company/company-repo';
import { removeAttachment } from '../files/attachment-store';
import type { HandlerGroup } from '../handlers';
import { allRoleTitles, insertRole, newRole } from '../roles/roles-repo';
import { sampleRoles } from './sample-data';
import { insertMissingCandidates } from './sample-candidates';
import { insertSampleApplications } from './sample-applications';
import { insertSampleInterviews } from './sample-interviews';
import { insertSampleKits } from './sample-kits';
import { removeSample, sampleStatus } from './sample-remove-service';
import { markSampleCandidates, markSampleRoles } from './sample-repo';
import { fillCompany } from './sample-rules';

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
    markSampleRoles(ctx.db, roles);
    const people = insertMissingCandidates(ctx);
    markSampleCandidates(ctx.db, people);
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

export function removeSampleData(ctx: CoreContext): SampleRemoveResult {
  const removal = ctx.db.transaction(() => removeSample(ctx.db, (previous) => nextStamp(ctx, previous))).immediate();
  // Files go after the commit (a rollback must not lose them); only contents no remaining row uses.
  for (const sha of removal.unusedBlobs) removeAttachment(ctx.attachmentsDir, sha);
  const { result } = removal;
  if (removal.applicationIds.length > 0) ctx.changed('applications', removal.applicationIds);
  if (result.applications > 0 || result.roles > 0) ctx.changed('pipeline', []);
  if (result.interviews > 0) ctx.changed('interviews', []);
  if (result.roles > 0) {
    ctx.changed('roles', removal.roleIds);
    ctx.changed('kits', removal.roleIds);
  }
  if (result.candidates > 0 || result.applications > 0) ctx.changed('candidates', removal.candidateIds);
  if (result.companyCleared) ctx.changed('company', []);
  return result;
}

export const sampleHandlers: HandlerGroup<SampleChannel> = {
  'sample:load': (_input, ctx) => loadSample(ctx),
  'sample:status': (_input, ctx) => sampleStatus(ctx.db),
  'sample:remove': (_input, ctx) => removeSampleData(ctx),
};
