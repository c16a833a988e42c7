// Time in stage's counting in SQL (reports-repo cohortSlotTimes over migration 9's columns) against the
// plain rule, on a thousand random stays written by the live writer (report-facts-repo writeFacts): ended
// stays, stays going on, stays that began after "now" (a clock set back), values on the half-tenth where
// rounding turns, stages removed or hired (no place), for all roles and for one, over a range and for
// several "now"s. Plain rule: tenths = floor((ms on the board · 10 + 43,200,000) / 86,400,000), where a
// stay going on adds max(0, now - its start). Runs in Vitest on a real SQLite file.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFacts } from '../../electron/core/applications/report-facts-repo';
import { migrate } from '../../electron/core/db/migrate';
import { openDatabase } from '../../electron/core/db/open-database';
import { cohortSlotTimes } from '../../electron/core/reports/reports-repo';
import { tempDir } from '../helpers/temp-core';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);

describe('time in stage counted in SQL', () => {
  it('equals the plain rule for every stay, place and "now"', () => {
    const db = openDatabase(path.join(tempDir(), 'hirebook.db'));
    migrate(db);
    db.pragma('foreign_keys = OFF'); // stays without their applications: only the stay rows are under test
    const roles = ['role-a', 'role-b'];
    const insertStage = db.prepare(`INSERT INTO pipeline_stages (id, role_id, name, position, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`);
    // role-a: four board stages and hired; role-b: two board stages at equal positions (id decides) and hired.
    for (const [id, role, position, kind] of [['a0', 'role-a', 0, 'active'], ['a1', 'role-a', 1, 'active'], ['a2', 'role-a', 2, 'active'], ['a3', 'role-a', 3, 'active'], ['ah', 'role-a', 4, 'hired'],
      ['b1', 'role-b', 0, 'active'], ['b0', 'role-b', 0, 'active'], ['bh', 'role-b', 9, 'hired']] as const) insertStage.run(id, role, id, position, kind);
    const slotOf: Record<string, number | null> = { a0: 0, a1: 1, a2: 2, a3: 3, ah: null, b0: 0, b1: 1, bh: null, gone: null };
    const stageIds = Object.keys(slotOf);

    let seed = 5;
    const next = (n: number) => (seed = (seed * 48_271) % 2_147_483_647) % n;
    const stays: { role: string; appliedAt: string; stageId: string; boardMs: number | null; openSince: string | null }[] = [];
    db.transaction(() => {
      for (let a = 0; a < 400; a++) {
        const role = roles[next(2)] as string;
        const appliedMs = T0 + next(60) * DAY + next(DAY);
        const appliedAt = new Date(appliedMs).toISOString();
        const mine = stageIds.filter((id) => id === 'gone' || id.startsWith(role.slice(-1)));
        const chosen = [...new Set([0, 1, 2].map(() => mine[next(mine.length)] as string))];
        const open = next(3) > 0 ? chosen[0] : undefined;
        const stages = chosen.map((stageId) => {
          // A few ended times exactly on a half tenth (x.x5 days), where rounding turns.
          const boardMs = next(10) === 0 ? null : next(4) === 0 ? (next(300) * 10 + 5) * (DAY / 100) : next(40 * DAY);
          // Stays going on began between 10 days before and 2 days after the first "now" below; one in four so
          // that at that "now" they have whole tenths + 0.35 days on the board: a half tenth, where rounding turns.
          const onHalf = next(4) === 0;
          const openSince = stageId !== open ? null
            : onHalf ? new Date(T0 + 70 * DAY - next(5) * DAY - (7 * DAY) / 20).toISOString()
            : new Date(T0 + 70 * DAY + next(12 * DAY) - 10 * DAY).toISOString();
          const row = { stageId, boardMs: openSince === null ? boardMs : onHalf ? next(50) * (DAY / 10) : (boardMs ?? 0), openSince };
          stays.push({ role, appliedAt, ...row });
          return row;
        });
        writeFacts(db, `app-${a}`, role, { appliedAt, hiredAt: null, status: 'active', statusAt: null, moves: 0, stages });
      }
    })();

    const tenthsOf = (ms: number) => Math.floor((ms * 10 + 43_200_000) / 86_400_000);
    const expected = (roleId: string | null, start: string, end: string, now: number) => {
      const out = new Map<string, number>();
      for (const s of stays) {
        const slot = slotOf[s.stageId];
        if (slot === null || slot === undefined || s.boardMs === null || s.appliedAt < start || s.appliedAt >= end || (roleId !== null && s.role !== roleId)) continue;
        const ms = s.boardMs + (s.openSince === null ? 0 : Math.max(0, now - Date.parse(s.openSince)));
        const key = `${slot}:${tenthsOf(ms)}`;
        out.set(key, (out.get(key) ?? 0) + 1);
      }
      return out;
    };
    const counted = (roleId: string | null, start: string, end: string, now: number) => {
      const out = new Map<string, number>();
      for (const r of cohortSlotTimes(db, roleId, { start, end }, new Date(now))) out.set(`${r.slot}:${r.tenths}`, (out.get(`${r.slot}:${r.tenths}`) ?? 0) + r.applications);
      return out;
    };

    let compared = 0;
    for (const now of [T0 + 70 * DAY, T0 + 72 * DAY + 4_320_000, T0 + 68 * DAY + 8_639_999, T0 + 71 * DAY + 12_345_678]) {
      for (const roleId of [null, 'role-a', 'role-b']) {
        for (const [start, end] of [['0000', '9999'], [new Date(T0 + 20 * DAY).toISOString(), new Date(T0 + 45 * DAY).toISOString()]] as const) {
          const want = expected(roleId, start, end, now);
          expect(counted(roleId, start, end, now)).toEqual(want);
          compared += [...want.values()].reduce((sum, v) => sum + v, 0);
        }
      }
    }
    // Every kind of stay was there to be counted.
    expect(stays.some((s) => s.openSince !== null && Date.parse(s.openSince) > T0 + 70 * DAY)).toBe(true);
    expect(stays.some((s) => s.openSince === null && s.boardMs !== null && (s.boardMs * 10) % DAY === DAY / 2)).toBe(true);
    expect(compared).toBeGreaterThan(2000);
    db.close();
  });
});
