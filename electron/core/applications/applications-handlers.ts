// The applications channels: create for roles, move (between and within columns), reject, hire,
// reactivate, rate, notes and stage history. One transaction per write. Runs in plain Node via dispatch.
import { randomUUID } from 'node:crypto';
import type { Application, ApplicationNote, StageHistory, ApplicationsChannel } from '../../contract';
import { logActivity } from '../activity/activity-repo';
import { nextStamp } from '../clock';
import { statement } from '../db/statements';
import type { CoreContext } from '../core-context';
import { DomainError, notFound } from '../errors';
import type { HandlerGroup } from '../handlers';
import { msInStages } from '../pipeline/pipeline-rules';
import { listStages, type StageRow } from '../pipeline/stages-repo';
import { insertNote, listNotes, rowToApplication, stageEvents, type ApplicationRow } from './applications-repo';
import { bulkHandler } from './applications-bulk';
import { candidateExists, createApplication, reactivateApplication, rejectApplication } from './applications-ops';
import { moveTo, mustGetApplication, stageOfRole } from './applications-service';

/** Runs one write in a transaction and reports the applications and role boards it touched. */
function write<T extends ApplicationRow | ApplicationRow[]>(ctx: CoreContext, run: (at: string) => T): T {
  const result = ctx.db.transaction(() => run(nextStamp(ctx))).immediate();
  const rows: ApplicationRow[] = Array.isArray(result) ? result : [result];
  ctx.changed('applications', rows.map((row) => row.id));
  ctx.changed('pipeline', [...new Set(rows.map((row) => row.role_id))]);
  return result;
}

function history(ctx: CoreContext, applicationId: string): StageHistory {
  mustGetApplication(ctx.db, applicationId);
  const events = stageEvents(ctx.db, applicationId);
  const spans = msInStages(events.map((e) => ({ id: e.id, toStageId: e.to_stage_id, at: e.created_at })), ctx.now());
  const totals = new Map<string, { stageId: string; stage: string; ms: number }>();
  events.forEach((event, index) => {
    const onBoard = event.to_status === 'active' || event.to_status === 'hired';
    if (event.to_stage_id === null || !onBoard) return;
    const total = totals.get(event.to_stage_id) ?? { stageId: event.to_stage_id, stage: event.to_stage_name, ms: 0 };
    total.ms += spans[index] ?? 0;
    totals.set(event.to_stage_id, total);
  });
  return {
    applicationId,
    events: events.map((e, index) => ({
      id: e.id,
      fromStageId: e.from_stage_id,
      fromStage: e.from_stage_id === null ? null : e.from_stage_name,
      toStageId: e.to_stage_id,
      toStage: e.to_stage_id === null ? null : e.to_stage_name,
      status: e.to_status,
      note: e.note,
      at: e.created_at,
      msInStage: spans[index] ?? 0,
    })),
    totals: [...totals.values()],
  };
}

function hire(ctx: CoreContext, applicationId: string, at: string): ApplicationRow {
  const app = mustGetApplication(ctx.db, applicationId);
  if (app.status === 'hired') return app;
  const hired = listStages(ctx.db, app.role_id).find((stage) => stage.kind === 'hired');
  if (!hired) throw new DomainError('conflict', 'This role has no hired stage.');
  return moveTo(ctx.db, app, hired, at);
}

function rate(ctx: CoreContext, applicationId: string, rating: number | null, at: string): ApplicationRow {
  const app = mustGetApplication(ctx.db, applicationId);
  if (app.rating === rating) return app;
  statement(ctx.db, 'UPDATE applications SET rating = ?, updated_at = ? WHERE id = ?').run(rating, at, app.id);
  logActivity(ctx.db, { entityType: 'application', entityId: app.id, action: 'rated', details: { from: app.rating, to: rating }, at });
  return { ...app, rating, updated_at: at };
}

const one = (row: ApplicationRow): Application => rowToApplication(row);

export const applicationsHandlers: HandlerGroup<ApplicationsChannel> = {
  'applications:create': ({ candidateId, roleIds, stageId }, ctx) => {
    if (stageId !== undefined && roleIds.length !== 1) throw new DomainError('invalid_input', 'A starting stage can only be given for one role.');
    const rows = write(ctx, (at) => {
      if (!candidateExists(ctx.db, candidateId)) throw notFound('That candidate');
      return [...new Set(roleIds)].map((roleId) => createApplication(ctx.db, candidateId, roleId, stageId, at));
    });
    return { applications: rows.map(one) };
  },

  'applications:move': ({ applicationId, toStageId, beforeApplicationId, note }, ctx) =>
    one(write(ctx, (at) => {
      const app = mustGetApplication(ctx.db, applicationId);
      if (app.status !== 'active' && app.status !== 'hired') throw new DomainError('conflict', 'Reactivate this application before moving it.');
      const stage: StageRow = stageOfRole(ctx.db, toStageId, app.role_id);
      return moveTo(ctx.db, app, stage, at, { beforeId: beforeApplicationId ?? null, note: note ?? '' });
    })),

  'applications:reject': ({ applicationIds, reasonId, note }, ctx) => {
    const rows = write(ctx, (at) => [...new Set(applicationIds)].map((id) => rejectApplication(ctx.db, mustGetApplication(ctx.db, id), reasonId, note ?? '', at)));
    return { applications: rows.map(one) };
  },

  'applications:hire': ({ applicationId }, ctx) => one(write(ctx, (at) => hire(ctx, applicationId, at))),

  'applications:reactivate': ({ applicationId, stageId }, ctx) =>
    one(write(ctx, (at) => reactivateApplication(ctx.db, mustGetApplication(ctx.db, applicationId), stageId, at))),

  'applications:rate': ({ applicationId, rating }, ctx) => one(write(ctx, (at) => rate(ctx, applicationId, rating, at))),

  'applications:note-add': ({ applicationId, body }, ctx) => {
    const note: ApplicationNote = { id: randomUUID(), applicationId, body, createdAt: nextStamp(ctx) };
    write(ctx, (at) => {
      const app = mustGetApplication(ctx.db, applicationId);
      insertNote(ctx.db, { ...note, createdAt: at });
      logActivity(ctx.db, { entityType: 'application', entityId: app.id, action: 'note_added', details: { noteId: note.id }, at });
      note.createdAt = at;
      return app;
    });
    return note;
  },

  'applications:notes': ({ applicationId }, ctx) => {
    mustGetApplication(ctx.db, applicationId);
    return { notes: listNotes(ctx.db, applicationId) };
  },

  'applications:history': ({ applicationId }, ctx) => history(ctx, applicationId),

  'applications:bulk': (input, ctx) => bulkHandler(ctx, input),
};
