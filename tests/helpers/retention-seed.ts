// A small hiring history for the retention tests, laid down through the real channels on a core whose clock
// the caller moves (`at`), all dated back from `now`: two people due for deletion (Ana Old, rejected with a
// note and a file; Bo Gone, who withdrew), and six who are not (hired, still active, kept until a later date,
// rejected recently, an old rejection with a recent note, and someone with no application). Imports no test
// runner, so Vitest and Playwright specs both use it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../electron/core';
import type { CandidateCreateResult, RejectionReasonList, Role } from '../../electron/contract';

const DAY = 86_400_000;

async function must<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

export interface RetentionWorld {
  roleId: string;
  /** Candidate ids by first name. */
  ids: Record<'ana' | 'bo' | 'cy' | 'di' | 'ed' | 'fa' | 'gu' | 'hal', string>;
  /** Ed's keep-until date (200 days after `now`). */
  edKeepUntil: string;
}

/**
 * Lays the history down; `at(ms)` sets the core's clock, `file(name, text)` writes a file the core may read
 * (for Ana's résumé). Leaves the clock at `now`.
 */
export async function seedRetention(core: Core, at: (ms: number) => void, now: number, file: (name: string, text: string) => string): Promise<RetentionWorld> {
  const ago = (days: number) => at(now - days * DAY);
  ago(800);
  const role = await must<Role>(core, 'roles:create', { title: 'Barista', status: 'open' });
  const reasons = await must<RejectionReasonList>(core, 'rejection-reasons:list', {});
  const reason = (kind: string) => reasons.reasons.find((r) => r.kind === kind)?.id ?? '';
  const person = async (days: number, fullName: string, withRole = true) => {
    ago(days);
    const made = await must<CandidateCreateResult>(core, 'candidates:create', { fullName, emails: [`${fullName.split(' ')[0]?.toLowerCase()}@example.test`], ...(withRole ? { roleId: role.id } : {}) });
    return { id: made.candidate.id, app: made.candidate.applications[0]?.id ?? '' };
  };
  const reject = async (days: number, app: string, kind = 'we_rejected') => {
    ago(days);
    await must(core, 'applications:reject', { applicationIds: [app], reasonId: reason(kind) });
  };
  const note = async (days: number, app: string, body: string) => {
    ago(days);
    await must(core, 'applications:note-add', { applicationId: app, body });
  };

  const hal = await person(800, 'Hal Pool', false);
  const cy = await person(700, 'Cy Hired');
  ago(650);
  await must(core, 'applications:hire', { applicationId: cy.app });
  const di = await person(600, 'Di Active');
  const ed = await person(600, 'Ed Kept');
  await reject(590, ed.app);
  const edKeepUntil = new Date(now + 200 * DAY).toISOString().slice(0, 10);
  ago(589);
  await must(core, 'candidates:update', { id: ed.id, patch: { retentionUntil: edKeepUntil, retentionReason: 'Agreed to be considered for future roles', consentFutureRolesOn: new Date(now - 589 * DAY).toISOString().slice(0, 10) } });
  const ana = await person(500, 'Ana Old');
  await note(495, ana.app, 'Strong latte art, no evening availability');
  ago(495);
  await must(core, 'attachments:add', { candidateId: ana.id, path: file('ana-old-cv.txt', 'Ana Old\nana@example.test\nBarista, 4 years') });
  await reject(450, ana.app);
  const gu = await person(500, 'Gu Noted');
  await reject(480, gu.app);
  await note(30, gu.app, 'Called back: keen for the summer');
  const bo = await person(420, 'Bo Gone');
  await reject(400, bo.app, 'they_withdrew');
  const fa = await person(100, 'Fa Recent');
  await reject(90, fa.app);
  at(now);
  return { roleId: role.id, ids: { ana: ana.id, bo: bo.id, cy: cy.id, di: di.id, ed: ed.id, fa: fa.id, gu: gu.id, hal: hal.id }, edKeepUntil };
}

/**
 * The history laid down in a data folder of its own (a core with a movable clock, dated back from now, then
 * closed), and how to put it in place of another folder's data while that folder's core is closed: for the UI
 * specs and the screenshot script, whose cores cannot move their clocks.
 */
export async function seedRetentionFolder(): Promise<{ world: RetentionWorld; swapInto(dataDir: string): void; remove(): void }> {
  const seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hirebook-retention-seed-'));
  const now = Date.now();
  let clock = now;
  const quiet = { error: () => undefined, warn: () => undefined, info: () => undefined };
  const core = createCore({ dataDir: seedDir, runtime: 'node', logger: quiet, now: () => new Date(clock) });
  const file = (name: string, text: string) => {
    const at = path.join(seedDir, name);
    fs.writeFileSync(at, text);
    return at;
  };
  const world = await seedRetention(core, (ms) => { clock = ms; }, now, file);
  await core.close();
  return {
    world,
    swapInto(dataDir) {
      for (const name of ['hirebook.db', 'hirebook.db-wal', 'hirebook.db-shm']) fs.rmSync(path.join(dataDir, name), { force: true });
      for (const name of ['hirebook.db', 'hirebook.db-wal']) {
        if (fs.existsSync(path.join(seedDir, name))) fs.copyFileSync(path.join(seedDir, name), path.join(dataDir, name));
      }
      fs.cpSync(path.join(seedDir, 'attachments'), path.join(dataDir, 'attachments'), { recursive: true });
    },
    remove: () => fs.rmSync(seedDir, { recursive: true, force: true }),
  };
}
