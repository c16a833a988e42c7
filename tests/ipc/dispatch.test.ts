// dispatch: unknown channels, invalid input with per-field issues, domain errors, unexpected errors
// reported as `internal` without leaking details, and every output matching its contract schema.
// Runs in Vitest against a real core on a temp folder.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ApiErrorBody, CHANNELS, contract, REPORT_NAMES, type Channel, type Role, type RoleList, type SearchResults } from '../../electron/contract';
import { tempCore, tempDir, value } from '../helpers/temp-core';
import { PNG_1X1 } from '../helpers/images';
import { fileOnDisk } from '../helpers/temp-files';
import { checkPipelineChannels } from '../helpers/pipeline-seed';
import { checkCandidateChannels } from '../helpers/candidates-seed';
import { checkInterviewChannels, seedInterview } from '../helpers/interviews-seed';
import { checkMessageChannels } from '../helpers/messages-seed';
import { checkOfferChannels } from '../helpers/offers-seed';

describe('dispatch errors', () => {
  it('refuses an unknown channel', async () => {
    const core = tempCore();
    for (const channel of ['roles:explode', '', '__proto__', 'constructor', 42, null] as unknown[]) {
      const result = await core.dispatch(channel as string, {});
      expect(result.ok ? null : result.error.code).toBe('unknown_channel');
    }
  });

  it('reports invalid input with per-field issues', async () => {
    const core = tempCore();
    const result = await core.dispatch('roles:create', { title: '' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringContaining('Give the role a title'),
        issues: [{ path: ['title'], message: 'Give the role a title' }],
      },
    });
    const nested = await core.dispatch('roles:update', { id: 'nope', patch: { openings: 0, surprise: 1 } });
    expect(nested.ok).toBe(false);
    if (!nested.ok) {
      const paths = nested.error.issues?.map((i) => i.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['id', 'patch.openings', 'patch']));
    }
  });

  it('treats a missing input as {} but refuses null and extra keys', async () => {
    const core = tempCore();
    expect((await core.dispatch('app:info', undefined)).ok).toBe(true);
    expect((await core.dispatch('app:info', null)).ok).toBe(false);
    const extra = await core.dispatch('company:get', { sneaky: true });
    expect(extra.ok ? null : extra.error.code).toBe('invalid_input');
  });

  it('keeps a domain error code (not_found)', async () => {
    const core = tempCore();
    const result = await core.dispatch('roles:get', { id: '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e' });
    expect(result.ok ? null : result.error.code).toBe('not_found');
  });

  it('reports a throwing handler as internal, logged, with nothing leaked', async () => {
    const logger = { error: vi.fn(), warn: vi.fn(), info: vi.fn() };
    const core = tempCore({
      logger,
      handlers: {
        'roles:list': () => {
          throw new Error('SELECT secret FROM /home/ana/.config/Hirebook/hirebook.db');
        },
      },
    });
    const result = await core.dispatch('roles:list', {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('internal');
    expect(result.error.message).not.toMatch(/SELECT|secret|hirebook\.db|\//);
    expect(result.error).not.toHaveProperty('stack');
    expect(logger.error).toHaveBeenCalledTimes(1);
  });

  it('reports a closed database as internal, not a rejection', async () => {
    const core = tempCore({ logger: { error: () => undefined, warn: () => undefined, info: () => undefined } });
    core.close();
    const result = await core.dispatch('roles:create', { title: 'Baker' });
    expect(result.ok ? null : result.error.code).toBe('internal');
    if (!result.ok) expect(result.error.message).not.toMatch(/database connection|not open/i);
  });

  it('does not fail a committed write when an event listener throws', async () => {
    const core = tempCore({
      onEvent: () => {
        throw new Error('listener broke');
      },
    });
    const role = value<Role>(await core.dispatch('roles:create', { title: 'Baker' }));
    expect(value(await core.dispatch('roles:get', { id: role.id }))).toEqual(role);
  });
});

/** The descriptions, revisions, templates and jd channels, each called once with a valid input. */
async function checkJobDescriptionChannels(check: (channel: Channel, input: unknown) => Promise<unknown>, roleId: string) {
  await check('descriptions:save', { roleId, sections: [{ kind: 'summary', heading: 'Summary', html: '<p>Bake.</p>' }] });
  await check('descriptions:get', { roleId });
  const revision = (await check('revisions:create', { roleId, label: 'first' })) as { id: string };
  await check('revisions:list', { roleId });
  await check('revisions:get', { id: revision.id });
  await check('revisions:compare', { fromId: revision.id, toId: 'current' });
  await check('revisions:restore', { id: revision.id });
  await check('templates:list', { query: 'cook' });
  await check('templates:get', { id: 'barista' });
  const own = (await check('templates:save-from-role', { roleId, name: 'Mine' })) as { id: string };
  await check('templates:use', { templateId: own.id });
  await check('templates:delete', { id: own.id });
  const parsed = (await check('jd:parse', { text: 'Baker\n\nDuties:\n- Knead' })) as { parsed: unknown };
  await check('jd:import', { parsed: parsed.parsed });
  await check('jd:check', { roleId });
}

type Check = (channel: Channel, input: unknown) => Promise<unknown>;

/** The posting channels; PDFs come from a stand-in printer (real Chromium is tested in postings-pdf.test.ts). */
async function checkPostingChannels(check: Check, roleId: string): Promise<void> {
  await check('postings:html', { roleId, layout: 'flyer' });
  await check('postings:export', { roleId, format: 'jsonld' });
  await check('postings:pdf', { roleId, layout: 'classic' });
  await check('postings:check', { roleId });
  await check('postings:print', { roleId, layout: 'classic' });
  await check('postings:batch-pdf', { outDir: path.join(tempDir(), 'pdfs'), layout: 'classic', jobId: '3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b' });
  await check('postings:cancel', { jobId: '3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b' });
  await check('careers:export', { outDir: path.join(tempDir(), 'site') });
}

const FAKE_PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%EOF');

describe('channel outputs', () => {
  it('match their contract output schemas', async () => {
    const core = tempCore({
      printer: () => ({ print: () => Promise.resolve({ pdf: FAKE_PDF, pages: 1 }), close: () => Promise.resolve() }),
      platform: {
        chooseFolder: () => Promise.resolve(tempDir()),
        chooseFiles: () => Promise.resolve([fileOnDisk('people.csv', 'name\nAna\n')]),
        printHtml: () => Promise.resolve(true),
        reopen: () => {
          reopened += 1;
        },
      },
    });
    let reopened = 0;
    const seen = new Set<Channel>();
    async function check(channel: Channel, input: unknown) {
      const result = await core.dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      expect(contract[channel].output.parse(result.value)).toEqual(result.value);
      seen.add(channel);
      return result.value;
    }
    await check('app:info', {});
    await check('app:choose-folder', { title: 'Choose a folder' });
    await check('app:choose-file', { title: 'Open a CSV file', purpose: 'csv' });
    await check('app:set-theme', { choice: 'dark' });
    await check('app:menu-state', { enabled: ['new', 'find'], theme: 'system' });
    await check('app:reminders', { on: true });
    await check('sample:load', {});
    await check('company:get', {});
    await check('company:update', { name: 'Acme', logo: { path: fileOnDisk('logo.png', PNG_1X1) } });
    const list = (await check('roles:list', { archived: 'include' })) as RoleList;
    const id = list.roles[0]?.id ?? '';
    await check('roles:get', { id });
    await check('roles:create', { title: 'Porter' });
    await check('roles:update', { id, patch: { openings: 4 } });
    await check('roles:archive', { id });
    await check('roles:restore', { id });
    const copy = (await check('roles:duplicate', { id })) as Role;
    await check('roles:delete', { id: copy.id });
    await checkJobDescriptionChannels(check, id);
    await checkPostingChannels(check, id);
    await checkPipelineChannels(core, check, id);
    await checkCandidateChannels(check);
    await checkInterviewChannels(core, check);
    await checkMessageChannels(core, await seedInterview(core), check);
    await checkOfferChannels(core, await seedInterview(core), check);
    await check('data:export-all', { outDir: tempDir(), jobId: '7a2e4c1d-9b3f-4e5a-8c6d-1e2f3a4b5c6d' });
    await check('data:export-all-cancel', { jobId: '7a2e4c1d-9b3f-4e5a-8c6d-1e2f3a4b5c6d' });
    await check('data:health', {});
    await check('data:check', { full: true });
    await check('data:salvage', { folder: tempDir() });
    // Every report on the sample data, for all roles and for one over a range, answers its schema.
    for (const name of REPORT_NAMES) {
      await check('reports:get', { name, timeZone: 'Europe/London' });
      await check('reports:get', { name, roleId: id, from: '2026-01-01', to: '2026-12-31' });
      await check('reports:csv', { name, roleId: id, from: '2026-01-01', to: '2026-12-31' });
    }
    await check('reports:html', { timeZone: 'Europe/London' });
    await check('reports:pdf', { roleId: id, from: '2026-01-01' });
    await check('reports:print', {});
    await check('retention:settings', {});
    await check('retention:set-settings', { months: 18, action: 'erase' });
    await check('retention:due', { timeZone: 'Europe/London' });
    await check('retention:erase', { ids: ['4f6c2a1e-8b3d-4c5e-9f7a-1b2c3d4e5f60'] });
    await check('retention:notice', {});
    await check('today:get', { timeZone: 'America/New_York', waitDays: 3 });
    await check('today:left', {});
    const found = (await check('search:everything', { text: 'a', limit: 3 })) as SearchResults;
    expect(found.candidates.length).toBe(3);
    await check('search:everything', { text: '' });
    await check('sample:status', {});
    await check('sample:remove', {});
    const archive = path.join(tempDir(), 'all.hirebook-backup');
    await check('backup:create', { jobId: '4a1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b', path: archive });
    await check('backup:cancel', { jobId: '4a1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b' });
    await check('backup:inspect', { path: archive });
    await check('backup:auto', { reason: 'daily' });
    await check('backup:status', {});
    await check('backup:holding', { candidateId: '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e' });
    await check('backup:settings', { automatic: true, secondFolder: tempDir() });
    await check('app:reopen', {});
    // The shell is asked to reopen only after the answer has gone out.
    expect(reopened).toBe(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(reopened).toBe(1);
    // Last: it commits a restore that this core's folder would switch to when next opened.
    await check('backup:restore', { jobId: '5a1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b', path: archive });
    expect([...seen].sort()).toEqual([...CHANNELS].sort());
  });

  it('error bodies match the ApiErrorBody schema', async () => {
    const core = tempCore();
    const result = await core.dispatch('roles:create', { title: 7 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(ApiErrorBody.parse(result.error)).toEqual(result.error);
  });
});
