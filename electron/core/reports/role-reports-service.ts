// The reports about roles' dates: time to hire, time to fill and open roles by age. Role dates come from the
// status history (migration 7) or, for older roles, are derived and noted (role-dates-rules.ts). Runs in plain Node.
import type { Db } from '../db/open-database';
import { roleStatusEvents } from '../roles/role-status-repo';
import type { Built, Rows } from './pipeline-reports-service';
import type { InstantRange } from './report-range-rules';
import { calendarDays, calendarDaysIn, spread, zonedDate } from './report-stats-rules';
import { applicationsPerRole, hires, reportRoles, type RoleFactsRow } from './reports-repo';
import { derivedDatesNote, roleDates, type RoleDates } from './role-dates-rules';

const inRange = (at: string, range: InstantRange) => at >= range.start && at < range.end;

export function timeToHireReport(db: Db, roleId: string | null, range: InstantRange, timeZone: string): Built {
  const titles = new Map(reportRoles(db, roleId).map((r) => [r.id, r.title]));
  const perRole = new Map<string, number[]>();
  const all: number[] = [];
  const daysBetween = calendarDaysIn(timeZone);
  for (const hire of hires(db, roleId, range)) {
    if (hire.hired_at === null) continue;
    const days = daysBetween(hire.applied_at, hire.hired_at);
    all.push(days);
    const list = perRole.get(hire.role_id);
    if (list) list.push(days);
    else perRole.set(hire.role_id, [days]);
  }
  const rows: Rows = [{ group: 'All roles', ...spread(all) }];
  const named = [...perRole.entries()].map(([id, values]) => ({ group: titles.get(id) ?? id, ...spread(values) }));
  named.sort((a, b) => (a.group.toLowerCase() < b.group.toLowerCase() ? -1 : 1));
  return { rows: [...rows, ...named], notes: [] };
}

/** Every listed role's opened and filled dates, and the titles whose dates were derived. */
function datesOfRoles(db: Db, roles: readonly RoleFactsRow[], roleId: string | null) {
  const history = new Map<string, { from: RoleFactsRow['status'] | null; to: RoleFactsRow['status']; at: string }[]>();
  for (const e of roleStatusEvents(db, roleId)) history.set(e.role_id, [...(history.get(e.role_id) ?? []), { from: e.from_status, to: e.to_status, at: e.created_at }]);
  const lastHire = new Map<string, string>();
  for (const h of hires(db, roleId)) if (h.hired_at !== null && h.hired_at > (lastHire.get(h.role_id) ?? '')) lastHire.set(h.role_id, h.hired_at);
  return new Map<string, RoleDates>(roles.map((r) => [r.id, roleDates({
    roleId: r.id, status: r.status, postedOn: r.posted_on, createdAt: r.created_at,
    history: history.get(r.id) ?? [], lastHireAt: lastHire.get(r.id) ?? null,
  })]));
}

const dayOf = (at: string, timeZone: string) => (at.length === 10 ? at : zonedDate(at, timeZone));

export function timeToFillReport(db: Db, roleId: string | null, range: InstantRange, timeZone: string): Built {
  const roles = reportRoles(db, roleId);
  const dates = datesOfRoles(db, roles, roleId);
  const derived = { opened: [] as string[], filled: [] as string[], unknownFill: [] as string[] };
  const filled: Rows = [];
  const all: number[] = [];
  for (const role of roles) {
    const d = dates.get(role.id);
    if (role.status !== 'filled' || !d) continue;
    if (!d.filled || !d.opened) {
      derived.unknownFill.push(role.title);
      continue;
    }
    // Filled is always an instant (recorded, or the last hire); opened may be a posted day.
    if (!inRange(d.filled.at, range)) continue;
    const filledDay = dayOf(d.filled.at, timeZone);
    if (d.opened.basis !== 'recorded') derived.opened.push(role.title);
    if (d.filled.basis !== 'recorded') derived.filled.push(role.title);
    const days = calendarDays(d.opened.at, d.filled.at, timeZone);
    all.push(days);
    const basis = [...new Set([d.opened.basis, d.filled.basis])].join(', ');
    filled.push({ group: role.title, ...spread([days]), opened: dayOf(d.opened.at, timeZone), filled: filledDay, basis });
  }
  const rows: Rows = [{ group: 'All filled roles', ...spread(all), opened: null, filled: null, basis: null }, ...filled];
  return { rows, notes: derivedDatesNote(derived) };
}

export function openRolesReport(db: Db, roleId: string | null, timeZone: string, now: Date): Built {
  const roles = reportRoles(db, roleId).filter((r) => r.status === 'open' && r.archived_at === null);
  const dates = datesOfRoles(db, roles, roleId);
  const counts = applicationsPerRole(db, roleId);
  const today = zonedDate(now.toISOString(), timeZone);
  const derived = { opened: [] as string[], filled: [] as string[], unknownFill: [] as string[] };
  const rows = roles.map((role) => {
    // An open role always has an opened date: recorded, or derived when its history does not reach back.
    const opened = dates.get(role.id)?.opened ?? { at: role.created_at, basis: 'created' as const };
    if (opened.basis !== 'recorded') derived.opened.push(role.title);
    return { role: role.title, opened: dayOf(opened.at, timeZone), age: calendarDays(opened.at, today, timeZone), applications: counts.get(role.id) ?? 0, basis: opened.basis };
  });
  rows.sort((a, b) => b.age - a.age || (a.role < b.role ? -1 : 1));
  return { rows, notes: derivedDatesNote(derived) };
}
