// The applications channels, each translated into one call of applications-service.ts inside a
// transaction that reports the applications and role boards it touched. Runs in plain Node via dispatch.
import { randomUUID } from 'node:crypto';
import type { Application, ApplicationNote, ApplicationsChannel } from '../../contract';
import { candidateExists } from '../candidates/candidates-repo';
import { mustNotBeAnonymised } from '../candidates/candidates-service';
import { nextStamp } from '../clock';
import type { CoreContext } from '../core-context';
import { DomainError, notFound } from '../errors';
import type { HandlerGroup } from '../handlers';
import { listNotes, rowToApplication, type ApplicationRow } from './applications-repo';
import {
  addNote,
  applyBulk,
  createApplication,
  hireApplication,
  moveOnBoard,
  mustGetApplication,
  rateApplication,
  reactivateApplication,
  rejectApplication,
  stageHistory,
} from './applications-service';

/** Runs one write in a transaction and reports the applications and role boards it touched. */
function write<T extends ApplicationRow | ApplicationRow[]>(ctx: CoreContext, run: (at: string) => T): T {
  const result = ctx.db.transaction(() => run(nextStamp(ctx))).immediate();
  const rows: ApplicationRow[] = Array.isArray(result) ? result : [result];
  ctx.changed('applications', rows.map((row) => row.id));
  ctx.changed('pipeline', [...new Set(rows.map((row) => row.role_id))]);
  return result;
}

const one = (row: ApplicationRow): Application => rowToApplication(row);

export const applicationsHandlers: HandlerGroup<ApplicationsChannel> = {
  'applications:create': ({ candidateId, roleIds, stageId }, ctx) => {
    if (stageId !== undefined && roleIds.length !== 1) throw new DomainError('invalid_input', 'A starting stage can only be given for one role.');
    const rows = write(ctx, (at) => {
      if (!candidateExists(ctx.db, candidateId)) throw notFound('That candidate');
      mustNotBeAnonymised(ctx.db, candidateId);
      return [...new Set(roleIds)].map((roleId) => createApplication(ctx.db, candidateId, roleId, stageId, at));
    });
    return { applications: rows.map(one) };
  },

  'applications:move': ({ applicationId, toStageId, beforeApplicationId, note }, ctx) =>
    one(write(ctx, (at) => moveOnBoard(ctx.db, mustGetApplication(ctx.db, applicationId), toStageId, at, { beforeId: beforeApplicationId ?? null, note: note ?? '' }))),

  'applications:reject': ({ applicationIds, reasonId, note }, ctx) => {
    const rows = write(ctx, (at) => [...new Set(applicationIds)].map((id) => rejectApplication(ctx.db, mustGetApplication(ctx.db, id), reasonId, note ?? '', at)));
    return { applications: rows.map(one) };
  },

  'applications:hire': ({ applicationId }, ctx) => one(write(ctx, (at) => hireApplication(ctx.db, mustGetApplication(ctx.db, applicationId), at))),

  'applications:reactivate': ({ applicationId, stageId }, ctx) =>
    one(write(ctx, (at) => reactivateApplication(ctx.db, mustGetApplication(ctx.db, applicationId), stageId, at))),

  'applications:rate': ({ applicationId, rating }, ctx) => one(write(ctx, (at) => rateApplication(ctx.db, mustGetApplication(ctx.db, applicationId), rating, at))),

  'applications:note-add': ({ applicationId, body }, ctx) => {
    const note: ApplicationNote = { id: randomUUID(), applicationId, body, createdAt: nextStamp(ctx) };
    write(ctx, (at) => {
      const app = mustGetApplication(ctx.db, applicationId);
      mustNotBeAnonymised(ctx.db, app.candidate_id);
      note.createdAt = at;
      addNote(ctx.db, app, note);
      return app;
    });
    return note;
  },

  'applications:notes': ({ applicationId }, ctx) => {
    mustGetApplication(ctx.db, applicationId);
    return { notes: listNotes(ctx.db, applicationId) };
  },

  'applications:history': ({ applicationId }, ctx) => stageHistory(ctx.db, applicationId, ctx.now()),

  'applications:bulk': (input, ctx) => {
    const touched = write(ctx, (at) => applyBulk(ctx.db, input, at));
    if (input.action === 'tag' || input.action === 'delete') ctx.changed('candidates', [...new Set(touched.map((app) => app.candidate_id))]);
    return { action: input.action, count: new Set(input.applicationIds).size };
  },
};
