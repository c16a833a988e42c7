// The offer acceptance report on a small history worked out by hand: offers sent on days in Berlin (one sent at
// 23:30 UTC, already the next day there), accepted, declined, marked expired, lapsed past their expiry date
// (counted expired without a word written) and still open; all together, by role and by source; the range and
// one role narrowing them; the printed page carrying the section. Runs in Vitest on real SQLite files.
import { describe, expect, it } from 'vitest';
import type { CandidateCreateResult, Offer, Report, ReportsHtml } from '../../electron/contract';
import { call, newRole } from '../helpers/applicants';
import { tempCore } from '../helpers/temp-core';

const TZ = 'Europe/Berlin';

async function history() {
  let clock = new Date('2026-11-02T09:00:00Z');
  const core = tempCore({ now: () => clock });
  const at = (iso: string) => (clock = new Date(iso));
  const barista = await newRole(core, 'Barista');
  const cook = await newRole(core, 'Cook');
  const person = async (fullName: string, source: string, roleId: string) =>
    (await call<CandidateCreateResult>(core, 'candidates:create', { fullName, source, roleId })).candidate.applications[0]?.id ?? '';
  const offer = async (applicationId: string, expiresOn: string | null) => (await call<Offer>(core, 'offers:create', { applicationId, expiresOn, timeZone: TZ })).id;
  const status = (id: string, s: string) => call(core, 'offers:set-status', { id, status: s, timeZone: TZ });

  // 2 November: Ana (referral, Barista) accepts; Bo (job board, Barista) declines.
  const ana = await offer(await person('Ana Lima', 'referral', barista.id), '2026-11-20');
  const bo = await offer(await person('Bo Chen', 'job_board', barista.id), '2026-11-20');
  await status(ana, 'accepted');
  await status(bo, 'declined');
  // 10 November: Cy (job board, Cook) lapses on 15 November without a word; Di (referral, Cook) is marked expired.
  at('2026-11-10T09:00:00Z');
  await offer(await person('Cy Diaz', 'job_board', cook.id), '2026-11-15');
  const di = await offer(await person('Di Ek', 'referral', cook.id), null);
  await status(di, 'expired');
  // 30 November at 23:30 UTC, 1 December in Berlin: Ed (job board, Barista) is still open.
  at('2026-11-30T23:30:00Z');
  await offer(await person('Ed Fox', 'job_board', barista.id), '2026-12-31');
  at('2026-12-07T10:00:00Z');
  return { core, barista, cook };
}

const report = async (core: ReturnType<typeof tempCore>, extra: Record<string, unknown> = {}) =>
  call<Report>(core, 'reports:get', { name: 'offers', timeZone: TZ, ...extra });

describe('offer acceptance report', () => {
  it('counts offers sent in the range by how they stand today, all together, by role and by source', async () => {
    const { core, barista } = await history();
    const r = await report(core);
    expect(r.title).toBe('Offer acceptance');
    expect(r.rows).toEqual([
      { by: 'All', group: 'All offers', sent: 5, accepted: 1, declined: 1, expired: 2, open: 1, acceptance: 0.2 },
      { by: 'Role', group: 'Barista', sent: 3, accepted: 1, declined: 1, expired: 0, open: 1, acceptance: 0.333 },
      { by: 'Role', group: 'Cook', sent: 2, accepted: 0, declined: 0, expired: 2, open: 0, acceptance: 0 },
      { by: 'Source', group: 'Job board', sent: 3, accepted: 0, declined: 1, expired: 1, open: 1, acceptance: 0 },
      { by: 'Source', group: 'Referral', sent: 2, accepted: 1, declined: 0, expired: 1, open: 0, acceptance: 0.5 },
    ]);
    expect(r.columns.every((c) => c.definition.length > 10)).toBe(true);

    // November in Berlin leaves out Ed, whose offer was sent on 1 December there (30 November in UTC).
    const november = await report(core, { from: '2026-11-01', to: '2026-11-30' });
    expect(november.rows[0]).toMatchObject({ sent: 4, open: 0 });
    // One role.
    const one = await report(core, { roleId: barista.id });
    expect(one.rows.map((row) => [row.by, row.group, row.sent])).toEqual([
      ['All', 'All offers', 3],
      ['Role', 'Barista', 3],
      ['Source', 'Job board', 2],
      ['Source', 'Referral', 1],
    ]);
    // Nothing in range: no rows.
    expect((await report(core, { from: '2027-01-01' })).rows).toEqual([]);
    const page = await call<ReportsHtml>(core, 'reports:html', { timeZone: TZ });
    expect(page.html).toContain('<h2>Offer acceptance</h2>');
  });
});
