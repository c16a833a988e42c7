// Retention, assembled: the settings (with an activity entry when they change), who is due today with the
// rule's words, and erasing (or, when the company chose so, anonymising) people from that list — each through
// eraseCandidate or anonymisePerson, the one erase and the one anonymise, in its own transaction, after
// checking again that they are still due. Runs in plain Node.
import type { DuePerson, RetentionDue, RetentionEraseResult, RetentionSettings, RetentionSettingsInput } from '../../contract';
import { utcToZoned } from '../../contract/zoned-time';
import { logActivity } from '../activity/activity-repo';
import { anonymisePerson, eraseCandidate, finishErasures, type ManyErasures } from '../candidates/candidates-service';
import { anonymisedAt } from '../candidates/erasure-ledger-repo';
import { nextStamp } from '../clock';
import type { CoreContext } from '../core-context';
import type { Db } from '../db/open-database';
import { DomainError, PartlySavedError } from '../errors';
import { computerTimeZone } from '../reports/report-range-rules';
import type { Count } from '../reports/today-repo';
import { closedPeople, countClosedPeople, getRetentionSettings, personFacts, saveRetentionSettings, type ClosedPerson } from './retention-repo';
import { dueOn, latestDueActivityDay, ruleWords, whyWords } from './retention-rules';

/** The owner's day now, on their zone's clock (the computer's zone when none is given). */
export function ownersDay(now: Date, timeZone: string | undefined): string {
  return utcToZoned(now.toISOString(), timeZone ?? computerTimeZone()).date;
}

export function changeRetentionSettings(ctx: CoreContext, input: RetentionSettingsInput): RetentionSettings {
  const next = ctx.db.transaction(() => {
    const current = getRetentionSettings(ctx.db);
    const settings: RetentionSettings = { months: input.months === undefined ? current.months : input.months, action: input.action ?? current.action };
    if (settings.months === current.months && settings.action === current.action) return current;
    const stamp = nextStamp(ctx);
    saveRetentionSettings(ctx.db, settings, stamp);
    logActivity(ctx.db, { entityType: 'company', entityId: 'default', action: 'retention_changed', details: { from: current, to: settings }, at: stamp });
    return settings;
  }).immediate();
  ctx.changed('company', []);
  return next;
}

function toDuePerson(person: ClosedPerson, settings: RetentionSettings, today: string): DuePerson | null {
  const facts = { statuses: person.roles.map((r) => r.status), lastActivityAt: person.lastActivityAt, keepUntil: person.keepUntil };
  const due = dueOn(facts, settings, today);
  if (!due) return null;
  return { id: person.id, fullName: person.fullName, roles: person.roles, lastActivityAt: person.lastActivityAt, dueSince: due.dueSince, why: whyWords(facts, due), keptUntil: due.keptUntil, goes: person.goes };
}

const byDueSince = (a: DuePerson, b: DuePerson) => a.dueSince.localeCompare(b.dueSince) || a.lastActivityAt.localeCompare(b.lastActivityAt) || a.id.localeCompare(b.id);

/** Everyone due for deletion on `today`, the longest overdue first. */
export function duePeople(db: Db, settings: RetentionSettings, today: string): DuePerson[] {
  if (settings.months === null) return [];
  const people = closedPeople(db, today, latestDueActivityDay(today, settings.months)).map((p) => toDuePerson(p, settings, today));
  return people.filter((p): p is DuePerson => p !== null).sort(byDueSince);
}

/**
 * Today's reminder: the first `limit` due (those whose own record changed longest ago, the longest overdue
 * of them first) and how many there are, counted up to Today's limit; null when retention is off.
 */
export function dueReminder(db: Db, settings: RetentionSettings, today: string, limit: number): { people: DuePerson[]; count: Count } | null {
  if (settings.months === null) return null;
  const latest = latestDueActivityDay(today, settings.months);
  const found = closedPeople(db, today, latest, limit);
  const people = found.map((p) => toDuePerson(p, settings, today)).filter((p): p is DuePerson => p !== null).sort(byDueSince);
  // Fewer than a page found means the query already went through everyone: no second pass to count them.
  const count = found.length < limit ? { total: people.length, more: false } : countClosedPeople(db, today, latest);
  return { people, count };
}

export function retentionDue(db: Db, today: string): RetentionDue {
  const settings = getRetentionSettings(db);
  return { settings, today, rule: ruleWords(settings), people: duePeople(db, settings, today) };
}

/**
 * Erases each named person who is still due on `today` (or anonymises them, when that is the company's
 * retention action), one transaction each; someone no longer due (a new application, a keep-until date set,
 * retention turned off, anonymised already) or already gone is left and said so. The search index's own
 * copies and the write-ahead log are cleared once, after everyone (after a failure too). A storage failure
 * part-way stops the run and says how many were done before it.
 */
export function eraseDue(ctx: CoreContext, ids: readonly string[], today: string): RetentionEraseResult {
  const settings = getRetentionSettings(ctx.db);
  const results: RetentionEraseResult['results'] = [];
  const done = { erased: 0, anonymised: 0 };
  const many: ManyErasures = { pending: false };
  try {
    for (const id of new Set(ids)) results.push(eraseIfDue(ctx, id, settings, today, many, done));
  } finally {
    finishErasures(ctx, many);
  }
  return { results, ...done };
}

type EraseOutcome = RetentionEraseResult['results'][number];
const NOT_FOUND = 'Not found: they may have been erased already.';

function eraseIfDue(ctx: CoreContext, id: string, settings: RetentionSettings, today: string, many: ManyErasures, done: { erased: number; anonymised: number }): EraseOutcome {
  const facts = personFacts(ctx.db, id);
  if (!facts) return { id, outcome: 'not-found', message: NOT_FOUND };
  if (anonymisedAt(ctx.db, id) !== null) return { id, outcome: 'not-due', message: 'Left alone: they are anonymised already; only the figures for reports are kept.' };
  if (!dueOn(facts, settings, today)) {
    return { id, outcome: 'not-due', message: 'Left alone: they are no longer due for deletion (new activity, an open application or a keep-until date).' };
  }
  try {
    if (settings.action === 'anonymise') anonymisePerson(ctx, id, many);
    else eraseCandidate(ctx, id, { why: 'retention', months: settings.months }, many);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'not_found') return { id, outcome: 'not-found', message: NOT_FOUND };
    const count = done.erased + done.anonymised;
    if (count > 0) throw new PartlySavedError(`${count} ${count === 1 ? 'person was' : 'people were'} ${done.anonymised > 0 ? 'anonymised' : 'erased'} before this`, error);
    throw error;
  }
  if (settings.action === 'anonymise') {
    done.anonymised += 1;
    return { id, outcome: 'anonymised', message: 'Anonymised: the figures stay for reports; everything personal is gone.' };
  }
  done.erased += 1;
  return { id, outcome: 'erased', message: 'Erased.' };
}
