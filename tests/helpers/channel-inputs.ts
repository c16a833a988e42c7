// Test helpers: a valid (or well-formed but refused) input for every channel, built around the ids of a
// seeded core, for the dispatch fuzzer and the checks that run over every channel. Runs in Vitest (Node).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Channel, RevisionSummary, RoleDescription, RoleList } from '../../electron/contract';
import type { Core } from '../../electron/core';
import { candidateInputs, seedCandidates, type CandidatesSeed } from './candidates-seed';
import { PNG_1X1 } from './images';
import { interviewInputs, seedInterview, type InterviewSeed } from './interviews-seed';
import { messageInputs, seedMessages, type MessagesSeed } from './messages-seed';
import { offerInputs, seedOffers, type OffersSeed } from './offers-seed';
import { pipelineInputs, seedPipeline, type PipelineSeed } from './pipeline-seed';
import { tempCore, value } from './temp-core';
import { fileOnDisk } from './temp-files';

export interface Seed {
  id: string;
  revisionId: string;
  sectionId: string;
  pipeline: PipelineSeed;
  candidates: CandidatesSeed;
  interviews: InterviewSeed;
  messages: MessagesSeed;
  offers: OffersSeed;
}

const PARSED = {
  title: 'Porter',
  fields: { Location: 'Bend, OR', Salary: '$15 - $18 per hour' },
  sections: [{ kind: 'responsibilities', heading: 'Duties', paragraphs: ['Carry <b>bags</b>.'], bullets: ['Lift', 'Greet'] }],
};

/** Valid inputs for the job-description channels (descriptions, revisions, templates, jd). */
function jdInputs({ id, revisionId, sectionId }: Seed, unknown: { id: string }) {
  const sections = [
    { id: sectionId, kind: 'summary', heading: 'Summary', html: '<p>Hi <script>x</script></p>' },
    { kind: 'benefits', heading: 'Perks', html: '<ul><li>Tips</li></ul>' },
  ];
  return {
    'descriptions:get': [{ roleId: id }, { roleId: unknown.id }],
    'descriptions:save': [{ roleId: id, sections }, { roleId: id, sections: [], expectedUpdatedAt: '2026-01-01T00:00:00.000Z' }],
    'revisions:list': [{ roleId: id }],
    'revisions:get': [{ id: revisionId }, unknown],
    'revisions:create': [{ roleId: id, label: 'Before launch' }, { roleId: unknown.id }],
    'revisions:restore': [{ id: revisionId }, unknown],
    'revisions:compare': [{ fromId: revisionId, toId: 'current' }, { fromId: revisionId, toId: unknown.id }],
    'templates:list': [{ query: 'bar' }, {}],
    'templates:get': [{ id: 'barista' }, { id: 'owner-nope' }],
    'templates:save-from-role': [{ roleId: id, name: 'Mine', category: 'Retail' }],
    'templates:delete': [{ id: 'barista' }, { id: 'owner-nope' }],
    'templates:use': [{ templateId: 'barista' }, { templateId: 'cashier', roleId: id }, { templateId: 'nope' }],
    'jd:parse': [{ text: 'Barista\n\nDuties:\n- Pour coffee' }, { path: fileOnDisk('a.md', '# Cook') }, { path: fileOnDisk('a.pdf', '') }],
    'jd:import': [{ parsed: PARSED }, { parsed: PARSED, roleId: id }, { parsed: PARSED, roleFields: { salaryMin: 9, salaryMax: 1 } }],
    'jd:check': [{ roleId: id }, { roleId: id, sections }, { role: { title: 'Cook' }, sections }],
  };
}

/**
 * Valid inputs for the posting channels. The core under fuzz has no PDF printer and no platform services,
 * so the PDF and print channels must answer a typed 'unavailable'; folder channels write only inside
 * `outRoot` (see confined()).
 */
function postingInputs({ id }: Seed, unknown: { id: string }, outRoot: string) {
  const jobId = '3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b';
  return {
    'postings:html': [{ roleId: id, layout: 'classic' }, { roleId: id, layout: 'flyer' }, { roleId: unknown.id }],
    'postings:export': [{ roleId: id, format: 'md' }, { roleId: id, format: 'jsonld' }, { roleId: unknown.id, format: 'txt' }],
    'postings:pdf': [{ roleId: id, layout: 'classic' }, { roleId: unknown.id, layout: 'flyer' }],
    'postings:check': [{ roleId: id }, { roleId: unknown.id }],
    'postings:print': [{ roleId: id, layout: 'flyer' }, { roleId: unknown.id }],
    'postings:batch-pdf': [{ outDir: path.join(outRoot, 'pdfs'), layout: 'flyer', jobId }, { outDir: 'relative', jobId }],
    'postings:cancel': [{ jobId }, { jobId: unknown.id }],
    'careers:export': [{ outDir: path.join(outRoot, 'site') }, { outDir: outRoot }, { outDir: 'site' }],
    'data:export-all': [{ outDir: path.join(outRoot, 'export'), jobId: '7a2e4c1d-9b3f-4e5a-8c6d-1e2f3a4b5c6d' }, { outDir: 'relative', jobId }],
    'data:export-all-cancel': [{ jobId }, { jobId: unknown.id }],
  };
}

/**
 * Keeps generated folder paths inside the test's temp folder: a random absolute path such as "/a" must
 * not make the fuzzer write a careers site into the real file system (or read every file under "/").
 */
export function confined(input: unknown, outRoot: string): unknown {
  if (typeof input !== 'object' || input === null) return input;
  if ('paths' in input && Array.isArray((input as { paths: unknown }).paths)) {
    // candidates:intake reads every file under a folder it is given: a random "/" must not walk the real disk.
    const isTempFile = (file: string) => file.startsWith(os.tmpdir() + path.sep) && fs.statSync(file, { throwIfNoEntry: false })?.isFile() === true;
    const inside = (file: unknown) =>
      typeof file !== 'string' || !path.isAbsolute(file) || file.startsWith(outRoot) || isTempFile(file) ? file : path.join(outRoot, 'fuzz', path.basename(file) || 'root');
    return { ...input, paths: (input as { paths: unknown[] }).paths.map(inside) };
  }
  if ('path' in input) {
    // backup:create writes its archive at `path`: keep a random absolute path out of the real file system
    // (files the inputs made themselves live under the system temp folder).
    const file = (input as { path: unknown }).path;
    if (typeof file !== 'string' || !path.isAbsolute(file) || file.startsWith(outRoot) || file.startsWith(os.tmpdir())) return input;
    return { ...input, path: path.join(outRoot, 'fuzz', path.basename(file) || 'root') };
  }
  const key = 'outDir' in input ? 'outDir' : 'folder' in input ? 'folder' : null;
  if (key === null) return input;
  const outDir = (input as Record<string, unknown>)[key];
  if (typeof outDir !== 'string' || !path.isAbsolute(outDir) || outDir.startsWith(outRoot)) return input;
  return { ...input, [key]: path.join(outRoot, 'fuzz', path.basename(outDir) || 'root') };
}

const BACKUP_JOB = '4a1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b';
const INTAKE_JOB = '5b2e3d4c-6a7f-4a81-9b2c-1d2e3f4a5b6c';

/** Valid inputs per channel, built around a real role id, for mutation. */
export function validInputs(seed: Seed, outRoot: string): Record<Channel, Record<string, unknown>[]> {
  const { id } = seed;
  // Well-formed but refused by the core: an id nobody has, a stale edit, a broken salary range.
  const unknown = { id: '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e' };
  return {
    ...jdInputs(seed, unknown),
    ...postingInputs(seed, unknown, outRoot),
    ...pipelineInputs(seed.pipeline, unknown),
    ...candidateInputs(seed.candidates, unknown),
    ...interviewInputs(seed.interviews, unknown),
    ...messageInputs(seed.messages, seed.interviews, unknown, outRoot),
    ...offerInputs(seed.offers, seed.interviews, unknown),
    'backup:create': [{ jobId: BACKUP_JOB, path: path.join(outRoot, 'a.hirebook-backup') }, { jobId: BACKUP_JOB, path: 'relative.hirebook-backup' }],
    'backup:cancel': [{ jobId: BACKUP_JOB }, { jobId: unknown.id }],
    'candidates:export-person': [
      { id: seed.candidates.candidateId, path: path.join(outRoot, 'person.zip'), timeZone: 'Europe/London' },
      { id: seed.candidates.candidateId, path: path.join(outRoot, 'person.zip'), replace: true },
      { id: unknown.id, path: path.join(outRoot, 'nobody.zip') },
    ],
    'candidates:intake': [
      { paths: [fileOnDisk('Ana Lima.txt', 'Ana Lima\nana.lima@example.test\n+1 555 010 2030')], jobId: INTAKE_JOB },
      { paths: [fileOnDisk('note.eml', 'From: Bo Chen <bo@example.test>\r\nSubject: Hi\r\n\r\nHello')], roleId: id, jobId: INTAKE_JOB },
      { paths: ['relative.pdf'], jobId: INTAKE_JOB },
    ],
    'candidates:intake-cancel': [{ jobId: INTAKE_JOB }, { jobId: unknown.id }],
    'backup:inspect': [{ path: fileOnDisk('x.hirebook-backup', 'not a zip') }, { path: fileOnDisk('e.hirebook-backup', 'age-encryption.org/v1\n'), passphrase: 'wrong-one' }],
    'backup:auto': [{ reason: 'daily' }, { reason: 'quit' }],
    'backup:status': [{}],
    'backup:holding': [{ candidateId: seed.candidates.candidateId }, { candidateId: unknown.id }],
    'backup:settings': [{ automatic: false }, { automatic: true, secondFolder: outRoot }, { secondFolder: null }, { secondFolder: 'relative/folder' }],
    'backup:restore': [{ jobId: BACKUP_JOB, path: fileOnDisk('y.hirebook-backup', 'PK\u0003\u0004') }],
    'app:info': [{}],
    'app:reopen': [{}],
    'app:set-theme': [{ choice: 'dark' }, { choice: 'system' }, { choice: 'sepia' }],
    'app:reminders': [{ on: true }, { on: false }, { on: 'yes' }],
    'app:menu-state': [{ enabled: ['new', 'print'], theme: 'dark' }, { enabled: [], theme: 'system' }, { enabled: ['rm -rf'], theme: 'light' }],
    'data:health': [{}],
    'data:check': [{ full: false }, { full: true }, {}],
    'data:salvage': [{ folder: outRoot }, { folder: 'relative' }],
    'app:choose-folder': [{ title: 'Choose a folder for the careers page' }, { title: '' }],
    'app:choose-file': [{ title: 'Open a CSV file', purpose: 'csv' }, { title: 'Add résumés', purpose: 'attachment', multiple: true }, { title: 'x', purpose: 'exe' }],
    'company:get': [{}],
    'company:update': [
      { name: 'Acme', website: 'https://acme.example', address: { city: 'Bend' }, paperSize: 'a4', defaultCurrency: 'EUR' },
      { logo: { path: fileOnDisk('logo.png', PNG_1X1) } },
      { logo: null },
    ],
    'reports:get': [
      { name: 'funnel' },
      { name: 'time-to-hire', roleId: id, from: '2026-01-01', to: '2026-12-31', timeZone: 'Europe/London' },
      { name: 'interviews', roleId: unknown.id },
      { name: 'open-roles', from: '2026-12-31', to: '2026-01-01' },
    ],
    'reports:csv': [{ name: 'funnel' }, { name: 'sources', roleId: id, from: '2026-01-01', to: '2026-12-31' }, { name: 'funnel', roleId: unknown.id }],
    'reports:html': [{}, { roleId: id, from: '2026-01-01', to: '2026-12-31', timeZone: 'Europe/London' }, { roleId: unknown.id }],
    'reports:pdf': [{ roleId: id }],
    'reports:print': [{}],
    'today:get': [{}, { timeZone: 'America/New_York', waitDays: 3, stageWaitDays: { [unknown.id]: 10 } }],
    'today:left': [{}],
    'retention:settings': [{}],
    'retention:set-settings': [{ months: 18 }, { months: null }, { action: 'anonymise' }, { months: 12, action: 'erase' }, {}],
    'retention:due': [{}, { timeZone: 'Europe/London' }],
    'retention:erase': [{ ids: [unknown.id] }, { ids: [unknown.id, unknown.id], timeZone: 'America/New_York' }],
    'retention:notice': [{}],
    'search:everything': [{ text: 'ana' }, { text: 'Ana Lima 555', limit: 3 }, { text: '' }, { text: '"*) OR (' }],
    'roles:list': [{ statuses: ['open'], archived: 'include', search: 'bak', sort: 'closes', direction: 'asc' }, {}, { timeZone: 'Europe/Berlin' }],
    'roles:get': [{ id }, unknown],
    'roles:create': [
      { title: 'Porter', salaryMin: 10, salaryMax: 20, postedOn: '2026-01-01', closesOn: '2026-02-01' },
      { title: 'Writer', workplace: 'remote', remoteCountries: ['Canada'], location: { city: 'X' } },
    ],
    'roles:update': [
      { id, patch: { title: 'Renamed', salaryMin: 1, location: { city: 'Y' } } },
      { id, patch: { closesOn: '2030-01-01' }, expectedUpdatedAt: '2026-01-01T00:00:00.000Z' },
      { id, patch: { salaryMin: 99_999_999 } },
      { ...unknown, patch: { title: 'Ghost' } },
    ],
    'roles:duplicate': [{ id }, unknown],
    'roles:archive': [{ id }, unknown],
    'roles:restore': [{ id }, unknown],
    'roles:delete': [{ id }, unknown],
    'sample:load': [{}],
    'sample:status': [{}],
    'sample:remove': [{}],
  };
}

/** Sample roles, and the first one with a description and a kept revision. */
export async function seededCore(): Promise<{ core: Core; seed: Seed }> {
  const core = tempCore();
  return { core, seed: await seedCore(core) };
}

/** Seeds `core` as seededCore does: the sample data, a description, a revision, a pipeline, candidates, an interview. */
export async function seedCore(core: Core): Promise<Seed> {
  value(await core.dispatch('sample:load', {}));
  const list = value<RoleList>(await core.dispatch('roles:list', {}));
  const id = list.roles[0]?.id ?? '';
  const saved = value<RoleDescription>(
    await core.dispatch('descriptions:save', { roleId: id, sections: [{ kind: 'summary', heading: 'Summary', html: '<p>Bake bread.</p>' }] }),
  );
  const revision = value<RevisionSummary>(await core.dispatch('revisions:create', { roleId: id, label: 'first' }));
  const pipeline = await seedPipeline(core, id);
  const candidates = await seedCandidates(core);
  const interviews = await seedInterview(core);
  const messages = await seedMessages(core);
  const offers = await seedOffers(core, interviews);
  return { id, revisionId: revision.id, sectionId: saved.sections[0]?.id ?? '', pipeline, candidates, interviews, messages, offers };
}
