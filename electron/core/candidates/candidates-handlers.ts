// The candidates channels, each translated into a call of candidates-service.ts (or a read) in one
// transaction that reports what changed. Runs in plain Node, called only through dispatch.
import { randomUUID } from 'node:crypto';
import type { CandidatesChannel } from '../../contract';
import { createApplication } from '../applications/applications-service';
import { nextStamp } from '../clock';
import { truncateWal } from '../db/wal-truncate';
import { removeAttachment } from '../files/attachment-store';
import type { HandlerGroup } from '../handlers';
import { findDuplicates } from './candidates-duplicates-repo';
import { exportPerson } from './candidates-person-export-service';
import { candidateTimeline, mustGetProfile } from './candidates-profile-repo';
import { newCandidate } from './candidates-repo';
import { listCandidates } from './candidates-search-repo';
import { createCandidate, mergeCandidates, mustGetCandidate, patchCandidate, removeCandidate } from './candidates-service';

export const candidatesHandlers: HandlerGroup<CandidatesChannel> = {
  'candidates:create': ({ roleId, ...fields }, ctx) => {
    const candidate = newCandidate(randomUUID(), fields, nextStamp(ctx));
    const { result, application } = ctx.db.transaction(() => {
      const created = createCandidate(ctx.db, candidate);
      if (roleId === undefined) return { result: created, application: null };
      // The one way an application starts (applications-service.ts): the role's first stage, its first event.
      const app = createApplication(ctx.db, candidate.id, roleId, undefined, candidate.createdAt);
      return { result: { ...created, candidate: mustGetProfile(ctx.db, candidate.id) }, application: app };
    }).immediate();
    ctx.changed('candidates', [candidate.id]);
    if (application) {
      ctx.changed('applications', [application.id]);
      ctx.changed('pipeline', [application.role_id]);
    }
    return result;
  },

  'candidates:get': ({ id }, ctx) => mustGetProfile(ctx.db, id),

  'candidates:update': (input, ctx) => {
    const result = ctx.db.transaction(() => patchCandidate(ctx.db, input, (previous) => nextStamp(ctx, previous))).immediate();
    ctx.changed('candidates', [input.id]);
    return result;
  },

  /**
   * Deletes the person, their history, and (after commit) their files' bytes when no one else uses them; then
   * empties the write-ahead log into the database file (whose freed space secure_delete zeroes), so no copy of
   * their text stays in either file.
   */
  'candidates:delete': ({ id }, ctx) => {
    const blobs = ctx.db.transaction(() => removeCandidate(ctx.db, id, () => nextStamp(ctx))).immediate();
    for (const sha of blobs) removeAttachment(ctx.attachmentsDir, sha);
    truncateWal(ctx.db);
    ctx.changed('candidates', [id]);
    return { id };
  },

  'candidates:list': (query, ctx) => listCandidates(ctx.db, query),

  'candidates:duplicates': (input, ctx) => {
    if ('candidateId' in input) {
      const candidate = mustGetCandidate(ctx.db, input.candidateId);
      return { matches: findDuplicates(ctx.db, candidate, candidate.id) };
    }
    return { matches: findDuplicates(ctx.db, input.draft) };
  },

  'candidates:merge': ({ keepId, mergeId }, ctx) => {
    const result = ctx.db.transaction(() => {
      const stamp = nextStamp(ctx, mustGetCandidate(ctx.db, keepId).updatedAt);
      const moved = mergeCandidates(ctx.db, keepId, mergeId, stamp);
      return { candidate: mustGetProfile(ctx.db, keepId), moved };
    }).immediate();
    ctx.changed('candidates', [keepId, mergeId]);
    return result;
  },

  'candidates:timeline': ({ candidateId }, ctx) => {
    mustGetCandidate(ctx.db, candidateId);
    return { entries: candidateTimeline(ctx.db, candidateId) };
  },

  /** Everything about one person as a zip at a path the owner chose; the activity log notes that it happened. */
  'candidates:export-person': (input, ctx) => exportPerson(ctx, input),
};
