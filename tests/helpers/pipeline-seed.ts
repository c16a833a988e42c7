// Test helpers for the pipeline, applications and CSV channels: a role with candidates on its board
// (made through the real import channel), valid inputs per channel for the fuzzer, and an output check
// walk for dispatch.test. Runs in Vitest (Node).
import type { Core } from '../../electron/core';
import type { Channel, Pipeline, RejectionReasonList } from '../../electron/contract';
import { value } from './temp-core';
import { fileOnDisk } from './temp-files';

export interface PipelineSeed {
  roleId: string;
  stageIds: string[];
  applicationIds: string[];
  candidateIds: string[];
  reasonId: string;
}

export const IMPORT_JOB = '6a1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5c';

const SEED_CSV = 'Name,Email,Phone,Tags\nAna Lima,ana.seed@example.test,+1 503 555 0101,barista; morning\nBo Chen,bo.seed@example.test,,\nCy Diaz,cy.seed@example.test,503-555-0777,night\n';

const SEED_NAMES = ['Ana Lima', 'Bo Chen', 'Cy Diaz'];

/** Imports three candidates into the role and returns the ids the channels need. */
export async function seedPipeline(core: Core, roleId: string): Promise<PipelineSeed> {
  value(await core.dispatch('candidates:import', { text: SEED_CSV, mapping: { name: 0, email: 1, phone: 2, tags: 3 }, roleId, jobId: IMPORT_JOB }));
  const board = value<Pipeline>(await core.dispatch('pipeline:get', { roleId }));
  const reasons = value<RejectionReasonList>(await core.dispatch('rejection-reasons:list', {}));
  // The role may already hold sample applications; keep the three people made here, in name order.
  const ours = board.cards.filter((card) => SEED_NAMES.includes(card.name)).sort((a, b) => a.name.localeCompare(b.name));
  if (ours.length !== SEED_NAMES.length) throw new Error(`Seeded ${ours.length} of ${SEED_NAMES.length} people`);
  return {
    roleId,
    stageIds: board.stages.map((stage) => stage.id),
    applicationIds: ours.map((card) => card.applicationId),
    candidateIds: ours.map((card) => card.candidateId),
    reasonId: reasons.reasons[0]?.id ?? '',
  };
}

/** Valid (and well-formed but refused) inputs for every pipeline, application and CSV channel. */
export function pipelineInputs(seed: PipelineSeed, unknown: { id: string }) {
  const [app = '', app2 = ''] = seed.applicationIds;
  const [applied = '', screening = '', , , hired = ''] = seed.stageIds;
  const mapping = { name: 0, email: 1 };
  return {
    'pipeline:get': [{ roleId: seed.roleId }, { roleId: seed.roleId, through: app2 }, { roleId: unknown.id }],
    'pipeline:column': [{ stageId: applied }, { stageId: applied, after: { applicationId: app, position: 1024 }, limit: 2 }, { stageId: unknown.id }],
    'pipeline:update-stages': [
      { roleId: seed.roleId, stages: [{ id: applied, name: 'New' }, { name: 'Trial shift' }, { id: hired, name: 'Hired' }], moveRemovedTo: applied },
      { roleId: seed.roleId, stages: [{ id: applied, name: 'Applied' }, { id: hired, name: 'Hired' }] },
    ],
    'applications:create': [{ candidateId: seed.candidateIds[0] ?? '', roleIds: [seed.roleId] }, { candidateId: unknown.id, roleIds: [seed.roleId] }],
    'applications:move': [{ applicationId: app, toStageId: screening, note: 'Called' }, { applicationId: app, toStageId: applied, beforeApplicationId: app2 }],
    'applications:reject': [{ applicationIds: [app], reasonId: seed.reasonId, note: 'No' }, { applicationIds: [app2], reasonId: unknown.id }],
    'applications:hire': [{ applicationId: app2 }, { applicationId: unknown.id }],
    'applications:reactivate': [{ applicationId: app }, { applicationId: app, stageId: screening }],
    'applications:rate': [{ applicationId: app, rating: 4 }, { applicationId: app, rating: null }],
    'applications:note-add': [{ applicationId: app, body: 'Great latte art' }, { applicationId: unknown.id, body: 'x' }],
    'applications:notes': [{ applicationId: app }, { applicationId: unknown.id }],
    'applications:history': [{ applicationId: app }, { applicationId: unknown.id }],
    'applications:bulk': [
      { action: 'move', applicationIds: [app, app2], toStageId: screening },
      { action: 'tag', applicationIds: [app], tags: ['keen'] },
      { action: 'reject', applicationIds: [app, unknown.id], reasonId: seed.reasonId },
      { action: 'delete', applicationIds: [app2] },
    ],
    'rejection-reasons:list': [{}, { includeArchived: true }],
    'rejection-reasons:save': [{ reasons: [{ id: seed.reasonId, name: 'Too far', kind: 'they_withdrew' }, { name: 'New one', kind: 'we_rejected' }] }],
    'candidates:import-preview': [{ text: 'name;email\nA;a@b.co\n' }, { fileName: 'x.csv', path: fileOnDisk('x.csv', '\uFEFFName\tEmail\nB\tb@c.de\n') }, { text: '' }],
    'candidates:import': [
      { text: 'name,email\nZed,zed@example.com\n,bad\n', mapping, jobId: IMPORT_JOB },
      { text: 'name,email\nAna,ana@example.com\n', mapping, duplicates: 'merge', roleId: seed.roleId, stageName: 'Screening', jobId: IMPORT_JOB },
      { text: 'name,email\nX,x@y.zz\n', mapping: { name: 5 }, jobId: IMPORT_JOB },
    ],
    'candidates:import-cancel': [{ jobId: IMPORT_JOB }],
    'candidates:export': [{}, { roleId: seed.roleId, columns: ['name', 'emails'], sort: 'name', direction: 'asc' }],
    'applications:export': [{ applicationIds: [app, app2] }, { applicationIds: [app, unknown.id] }],
  };
}

type Check = (channel: Channel, input: unknown) => Promise<unknown>;

/** Calls every pipeline, application and CSV channel once with a valid input (dispatch output checks). */
export async function checkPipelineChannels(core: Core, check: Check, roleId: string): Promise<void> {
  const seed = await seedPipeline(core, roleId);
  const [app = '', app2 = '', app3 = ''] = seed.applicationIds;
  const [applied = '', screening = ''] = seed.stageIds;
  await check('candidates:import-preview', { text: 'Name;E-mail\nAna;a@b.co\n' });
  await check('candidates:import', { text: 'Name,Email\nDee,dee@example.com\n', mapping: { name: 0, email: 1 }, jobId: IMPORT_JOB });
  await check('candidates:import-cancel', { jobId: IMPORT_JOB });
  await check('candidates:export', { columns: ['name', 'emails'] });
  await check('pipeline:get', { roleId });
  await check('pipeline:column', { stageId: applied, after: { applicationId: app, position: 0 }, limit: 1 });
  await check('applications:move', { applicationId: app, toStageId: screening, note: 'Phoned' });
  await check('applications:rate', { applicationId: app, rating: 4 });
  await check('applications:note-add', { applicationId: app, body: 'Kind to customers' });
  await check('applications:notes', { applicationId: app });
  await check('applications:history', { applicationId: app });
  await check('applications:reject', { applicationIds: [app2], reasonId: seed.reasonId });
  await check('applications:reactivate', { applicationId: app2 });
  await check('applications:hire', { applicationId: app3 });
  await check('applications:bulk', { action: 'tag', applicationIds: [app, app2], tags: ['keen'] });
  await check('applications:export', { applicationIds: [app, app2] });
  const reasons = (await check('rejection-reasons:list', {})) as RejectionReasonList;
  await check('rejection-reasons:save', { reasons: reasons.reasons.map(({ id, name, kind }) => ({ id, name, kind })) });
  await check('pipeline:update-stages', { roleId, stages: [{ id: applied, name: 'New' }, { name: 'Trial' }, { id: seed.stageIds[4], name: 'Hired' }], moveRemovedTo: applied });
  const other = (await check('roles:create', { title: 'Second role' })) as { id: string };
  await check('applications:create', { candidateId: seed.candidateIds[0], roleIds: [other.id] });
}
