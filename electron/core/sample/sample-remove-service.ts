// Removing the sample data: every role and person sample:load marked, and everything hanging off them —
// applications (also the owner's own people's applications to sample roles), their stage history, notes,
// interviews and scorecards, the roles' descriptions, revisions and kits, the people's files — and their
// activity history, so nothing of the sample stays behind. The owner's own roles and people are never
// touched. Runs in plain Node; the caller holds the one transaction and removes the returned files after commit.
import type { SampleRemoveResult, SampleStatus } from '../../contract';
import { forgetActivity } from '../activity/activity-repo';
import { candidateBlobs, isBlobInUse } from '../attachments/attachments-repo';
import { historyScope } from '../candidates/candidates-profile-repo';
import { deleteCandidate } from '../candidates/candidates-repo';
import { getCompany, saveCompany } from '../company/company-repo';
import type { Db } from '../db/open-database';
import { deleteRole } from '../roles/roles-repo';
import {
  attachmentIdsOf,
  editedSampleRows,
  interviewCountFor,
  ownApplicationsOnSampleRoles,
  sampleApplicationIds,
  sampleCandidateIds,
  sampleRoleIds,
} from './sample-repo';
import { clearSampleCompany } from './sample-rules';

/** What removing the sample data would remove now. */
export function sampleStatus(db: Db): SampleStatus {
  const people = sampleCandidateIds(db);
  const applications = sampleApplicationIds(db);
  return {
    roles: sampleRoleIds(db).length,
    candidates: people.length,
    applications: applications.length,
    interviews: interviewCountFor(db, applications),
    files: attachmentIdsOf(db, people).length,
    edited: editedSampleRows(db),
    ownApplications: ownApplicationsOnSampleRoles(db),
    companyFromSample: clearSampleCompany(getCompany(db)) !== null,
  };
}

export interface SampleRemoval {
  result: SampleRemoveResult;
  /** File contents (SHA-256) no remaining row uses: to delete from attachments/ after the commit. */
  unusedBlobs: string[];
  roleIds: string[];
  candidateIds: string[];
  applicationIds: string[];
}

/** Deletes the sample rows and all that hangs off them; call inside a transaction. */
export function removeSample(db: Db, stamp: (previous: string) => string): SampleRemoval {
  const roleIds = sampleRoleIds(db);
  const candidateIds = sampleCandidateIds(db);
  const applicationIds = sampleApplicationIds(db);
  const interviews = interviewCountFor(db, applicationIds);
  const attachmentIds = attachmentIdsOf(db, candidateIds);
  const blobs = new Set(candidateIds.flatMap((id) => candidateBlobs(db, id)));
  // History first (the merge family needs the rows to be found), then the rows; cascades take the rest.
  for (const id of candidateIds) {
    const scope = historyScope(db, id);
    for (const [type, ids] of Object.entries(scope)) forgetActivity(db, type, ids);
  }
  forgetActivity(db, 'application', applicationIds);
  forgetActivity(db, 'attachment', attachmentIds);
  forgetActivity(db, 'role', roleIds);
  for (const id of candidateIds) deleteCandidate(db, id);
  for (const id of roleIds) deleteRole(db, id);
  const company = getCompany(db);
  const cleared = clearSampleCompany(company);
  if (cleared) saveCompany(db, { ...cleared, updatedAt: stamp(company.updatedAt) });
  return {
    result: { roles: roleIds.length, candidates: candidateIds.length, applications: applicationIds.length, interviews, files: attachmentIds.length, companyCleared: cleared !== null },
    unusedBlobs: [...blobs].filter((sha) => !isBlobInUse(db, sha)),
    roleIds,
    candidateIds,
    applicationIds,
  };
}
