// The candidates channels, each translated into a call of candidates-service.ts (or a read) in one
// transaction that reports what changed. Runs in plain Node, called only through dispatch.
import { randomUUID } from 'node:crypto';
import type { CandidatesChannel } from '../../contract';
import { createApplication } from '../applications/applications-service';
import { nextStamp } from '../clock';
import type { HandlerGroup } from '../handlers';
import { findDuplicates } from './candidates-duplicates-repo';
import { exportPerson } from './candidates-person-export-service';
import { candidateTimeline, mustGetProfile } from './candidates-profile-repo';
import { newCandidate } from './candidates-repo';
import { countCandidates, listCandidates } from './candidates-search-repo';
import { anonymisePerson, createCandidate, eraseCandidate, mergeCandidates, mustGetCandidate, patchCandidate } from './candidates-service';

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

  /** Erases the person: their history, their files no one else uses, and every copy of their text (eraseCandidate). */
  'candidates:delete': ({ id }, ctx) => {
    eraseCandidate(ctx, id);
    return { id };
  },

  /** Anonymises the person: the figures stay, the personal data goes, as thoroughly as delete (anonymisePerson). */
  'candidates:anonymise': ({ id }, ctx) => anonymisePerson(ctx, id),

  'candidates:list': (query, ctx) => listCandidates(ctx.db, query),
  'candidates:count': (query, ctx) => ({ total: countCandidates(ctx.db, query) }),

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
