// Test helpers for the candidates and attachments channels: two stored candidates (one with a text
// file), valid inputs per channel for the fuzzer, and an output-check walk for dispatch.test.
// Runs in Vitest (Node).
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Core } from '../../electron/core';
import type { AttachmentAddResult, CandidateCreateResult, Channel } from '../../electron/contract';
import { PNG_1X1 } from './images';
import { value } from './temp-core';
import { fileOnDisk } from './temp-files';

export interface CandidatesSeed {
  candidateId: string;
  otherId: string;
  attachmentId: string;
}

const RESUME_TXT = 'Amara Okafor\namara.okafor@example.test\n+1 (503) 555-0142\nSourdough lamination and laminated pastry.\n';

/** Two candidates who look alike (same phone), the first with a resume. */
export async function seedCandidates(core: Core): Promise<CandidatesSeed> {
  const first = value<CandidateCreateResult>(
    await core.dispatch('candidates:create', { fullName: 'Amara Okafor', emails: ['amara.okafor@example.test'], phones: ['+1 503 555 0142'], tags: ['baker'] }),
  );
  const second = value<CandidateCreateResult>(
    await core.dispatch('candidates:create', { fullName: 'Amara Okafor-Eze', phones: ['(503) 555-0142'], source: 'referral', sourceDetail: 'Dev' }),
  );
  const file = value<AttachmentAddResult>(
    await core.dispatch('attachments:add', {
      candidateId: first.candidate.id,
      kind: 'resume',
      fileName: 'amara.txt',
      path: fileOnDisk('amara.txt', RESUME_TXT),
    }),
  );
  return { candidateId: first.candidate.id, otherId: second.candidate.id, attachmentId: file.attachment.id };
}

/** Valid (and well-formed but refused) inputs for every candidates and attachments channel. */
export function candidateInputs(seed: CandidatesSeed, unknown: { id: string }) {
  const { candidateId, otherId, attachmentId } = seed;
  const txt = fileOnDisk('notes.txt', 'Notes: walk-in, asked about mornings.');
  return {
    'candidates:create': [
      { fullName: 'Zoë Ñúñez', emails: ['zoe@example.test', 'ZOE@example.test'], phones: ['555 0100'], tags: ['Barista', 'barista'], links: [{ label: 'Blog', url: 'https://zoe.example' }] },
      { fullName: 'Amara Okafor', emails: ['amara.okafor@example.test'], retentionUntil: '2027-01-01' },
    ],
    'candidates:get': [{ id: candidateId }, unknown],
    'candidates:update': [
      { id: candidateId, patch: { location: 'Portland', tags: ['baker', 'nights'] } },
      { id: candidateId, patch: { fullName: 'A. Okafor' }, expectedUpdatedAt: '2026-01-01T00:00:00.000Z' },
      { ...unknown, patch: { summary: 'x' } },
      { id: candidateId, patch: { retentionUntil: '2027-06-30', retentionReason: 'Agreed to be considered for future roles', consentFutureRolesOn: '2026-06-30', consentNote: 'Signed the walk-in form' } },
    ],
    'candidates:delete': [{ id: otherId }, unknown],
    'candidates:anonymise': [{ id: candidateId }, unknown],
    'candidates:count': [{ search: 'amar' }, { tag: 'baker', source: 'referral', ratingMin: 3 }, {}],
    'candidates:list': [
      { search: 'amar', sort: 'name', direction: 'asc', limit: 10 },
      { tag: 'baker', source: 'referral', ratingMin: 3, addedFrom: '2020-01-01', addedTo: '2030-01-01', sort: 'rating' },
      { search: '503 555', offset: 5 },
      { sort: 'updated', direction: 'asc', offset: 1, limit: 2, afterId: candidateId },
      { search: 'amar', sort: 'added', afterId: unknown.id },
      {},
    ],
    'candidates:duplicates': [{ candidateId }, { draft: { fullName: 'amara okafor', emails: ['X@y.test'], phones: [] } }, { candidateId: unknown.id }],
    'candidates:merge': [{ keepId: candidateId, mergeId: otherId }, { keepId: candidateId, mergeId: unknown.id }],
    'candidates:timeline': [{ candidateId }, { candidateId: unknown.id }],
    'attachments:add': [
      { candidateId, kind: 'other', fileName: 'notes.txt', path: txt },
      { candidateId, path: fileOnDisk('photo.png', PNG_1X1) },
      { candidateId, fileName: 'x.exe', path: fileOnDisk('x.exe', Buffer.from([0x4d, 0x5a, 0, 0, 1])) },
      { candidateId: unknown.id, fileName: 'a.txt', path: txt },
    ],
    'attachments:content': [{ id: attachmentId }, unknown],
    'attachments:text': [{ id: attachmentId }, unknown],
    'attachments:delete': [{ id: attachmentId }, unknown],
  } satisfies Partial<Record<Channel, Record<string, unknown>[]>>;
}

/** Calls every candidates and attachments channel once with a valid input, through `check`. */
export async function checkCandidateChannels(check: (channel: Channel, input: unknown) => Promise<unknown>): Promise<void> {
  const created = (await check('candidates:create', { fullName: 'Kenji Watanabe', emails: ['kenji@example.test'], tags: ['barista'] })) as CandidateCreateResult;
  const id = created.candidate.id;
  const twin = (await check('candidates:create', { fullName: 'Kenji  Watanabe', phones: ['503 555 0177'] })) as CandidateCreateResult;
  await check('candidates:get', { id });
  await check('candidates:update', { id, patch: { location: 'Portland, OR' } });
  await check('candidates:list', { search: 'kenji', sort: 'name' });
  await check('candidates:count', { search: 'kenji' });
  await check('candidates:duplicates', { candidateId: id });
  const file = (await check('attachments:add', { candidateId: id, fileName: 'cv.txt', path: fileOnDisk('cv.txt', 'Kenji Watanabe\nkenji@example.test') })) as AttachmentAddResult;
  await check('attachments:text', { id: file.attachment.id });
  await check('attachments:content', { id: file.attachment.id });
  await check('candidates:merge', { keepId: id, mergeId: twin.candidate.id });
  await check('candidates:timeline', { candidateId: id });
  // A new file beside a temp file of this run: the folder exists and is removed with it.
  await check('candidates:export-person', { id, path: path.join(path.dirname(fileOnDisk('beside.txt', '')), `kenji-${randomUUID()}.zip`) });
  const intakeJob = randomUUID();
  await check('candidates:intake', { paths: [fileOnDisk('ana-lima-cv.txt', 'Ana Lima\nana.lima@example.test\n+1 503 555 0150\n')], jobId: intakeJob });
  await check('candidates:intake-cancel', { jobId: intakeJob });
  await check('attachments:delete', { id: file.attachment.id });
  await check('candidates:anonymise', { id });
  await check('candidates:delete', { id });
}
