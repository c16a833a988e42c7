// The candidates channels: glue between parsed input, the rules and the repos, one transaction per
// write, each write logged to the activity log. Runs in plain Node, called only through dispatch.
import { randomUUID } from 'node:crypto';
import type { Candidate, CandidatePatch, CandidateProfile, CandidatesChannel } from '../../contract';
import { forgetActivity, logActivity } from '../activity/activity-repo';
import { nextStamp } from '../clock';
import type { CoreContext } from '../core-context';
import { DomainError, notFound } from '../errors';
import { removeAttachment } from '../files/attachment-store';
import type { HandlerGroup } from '../handlers';
import { isBlobInUse } from '../attachments/attachments-repo';
import { findDuplicates } from './candidates-duplicates';
import { mergeCandidates } from './candidates-merge';
import { candidateTimeline, historyScope, mustGetProfile } from './candidates-profile';
import { cleanLists, deleteCandidate, getCandidate, insertCandidate, newCandidate, updateCandidate } from './candidates-repo';
import { listCandidates } from './candidates-search';
import { statement } from '../db/statements';

function mustGet(ctx: CoreContext, id: string): Candidate {
  const candidate = getCandidate(ctx.db, id);
  if (!candidate) throw notFound('That candidate');
  return candidate;
}

/** The names of the fields a patch really changed (lists compared by value). */
function changedFields(before: Candidate, after: Candidate, patch: CandidatePatch): string[] {
  return (Object.keys(patch) as (keyof CandidatePatch)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

function updateHandler(ctx: CoreContext, input: { id: string; patch: CandidatePatch; expectedUpdatedAt?: string | undefined }): CandidateProfile {
  const { id, patch, expectedUpdatedAt } = input;
  const result = ctx.db.transaction(() => {
    const current = mustGet(ctx, id);
    if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== current.updatedAt) {
      throw new DomainError('conflict', 'This candidate was changed elsewhere since you opened them. Reload to see the latest version.');
    }
    const merged: Candidate = { ...current, ...patch };
    const next: Candidate = { ...merged, ...cleanLists(merged) };
    const fields = changedFields(current, next, patch);
    if (fields.length === 0) return mustGetProfile(ctx.db, id);
    const stamp = nextStamp(ctx, current.updatedAt);
    updateCandidate(ctx.db, { ...next, updatedAt: stamp });
    logActivity(ctx.db, { entityType: 'candidate', entityId: id, action: 'updated', details: { fields }, at: stamp });
    return mustGetProfile(ctx.db, id);
  }).immediate();
  ctx.changed('candidates', [id]);
  return result;
}

/** Deletes the person, their files' bytes (when unused) and their history: nothing about them stays behind. */
function deleteHandler(ctx: CoreContext, id: string): { id: string } {
  const blobs = ctx.db.transaction(() => {
    mustGet(ctx, id);
    const shas = statement(ctx.db, 'SELECT DISTINCT sha256 FROM attachments WHERE candidate_id = ?').pluck().all(id) as string[];
    const scope = historyScope(ctx.db, id);
    deleteCandidate(ctx.db, id);
    for (const [type, ids] of Object.entries(scope)) forgetActivity(ctx.db, type, ids);
    logActivity(ctx.db, { entityType: 'candidate', entityId: id, action: 'deleted', details: {}, at: nextStamp(ctx) });
    return shas.filter((sha) => !isBlobInUse(ctx.db, sha));
  }).immediate();
  for (const sha of blobs) removeAttachment(ctx.attachmentsDir, sha);
  ctx.changed('candidates', [id]);
  return { id };
}

export const candidatesHandlers: HandlerGroup<CandidatesChannel> = {
  'candidates:create': (fields, ctx) => {
    const candidate = newCandidate(randomUUID(), fields, nextStamp(ctx));
    const result = ctx.db.transaction(() => {
      const duplicates = findDuplicates(ctx.db, candidate);
      insertCandidate(ctx.db, candidate);
      const details = { fullName: candidate.fullName, source: candidate.source, possibleDuplicates: duplicates.length };
      logActivity(ctx.db, { entityType: 'candidate', entityId: candidate.id, action: 'created', details, at: candidate.createdAt });
      return { candidate: mustGetProfile(ctx.db, candidate.id), duplicates };
    }).immediate();
    ctx.changed('candidates', [candidate.id]);
    return result;
  },

  'candidates:get': ({ id }, ctx) => mustGetProfile(ctx.db, id),

  'candidates:update': (input, ctx) => updateHandler(ctx, input),

  'candidates:delete': ({ id }, ctx) => deleteHandler(ctx, id),

  'candidates:list': (query, ctx) => listCandidates(ctx.db, query),

  'candidates:duplicates': (input, ctx) => {
    if ('candidateId' in input) {
      const candidate = mustGet(ctx, input.candidateId);
      return { matches: findDuplicates(ctx.db, candidate, candidate.id) };
    }
    return { matches: findDuplicates(ctx.db, input.draft) };
  },

  'candidates:merge': ({ keepId, mergeId }, ctx) => {
    const result = ctx.db.transaction(() => {
      const stamp = nextStamp(ctx, mustGet(ctx, keepId).updatedAt);
      const moved = mergeCandidates(ctx.db, keepId, mergeId, stamp);
      return { candidate: mustGetProfile(ctx.db, keepId), moved };
    }).immediate();
    ctx.changed('candidates', [keepId, mergeId]);
    return result;
  },

  'candidates:timeline': ({ candidateId }, ctx) => {
    mustGet(ctx, candidateId);
    return { entries: candidateTimeline(ctx.db, candidateId) };
  },
};
