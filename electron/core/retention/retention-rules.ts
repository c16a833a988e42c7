// The retention rule, pure: who is due for deletion on a given day, since when and why, and the words the
// owner reads for the rule and for each person. Someone is due when every one of their applications ended
// in a rejection or a withdrawal (at least one application; none hired, none still active), the company's
// retention period has passed since their last activity, and no keep-until date of theirs is still ahead.
// Days are calendar days: the last activity's day is its UTC date, "today" the owner's day. No I/O.
import type { RetentionSettings } from '../../contract';

export type ApplicationStatusWord = 'active' | 'hired' | 'rejected' | 'withdrawn';

/** What the rule needs to know about one person. */
export interface RetentionFacts {
  statuses: readonly ApplicationStatusWord[];
  /** The latest of everything that happened to them (UTC ISO instant). */
  lastActivityAt: string;
  /** Keep their data until this day (inclusive), or null. */
  keepUntil: string | null;
}

export interface Due {
  /** The first day they were due. */
  dueSince: string;
  /** A keep-until date that has passed (it decided `dueSince` when later than the period's end). */
  keptUntil: string | null;
  /** Whole months since their last activity, on `today`. */
  monthsQuiet: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const ymd = (day: string) => ({ y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)), d: Number(day.slice(8, 10)) });
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** `day` moved by whole calendar months; a day past the target month's end becomes its last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const { y, m, d } = ymd(day);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/** The day after `day`. */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Whole calendar months from `from` to `to` (0 when `to` is earlier). */
export function wholeMonths(from: string, to: string): number {
  const a = ymd(from);
  const b = ymd(to);
  let months = (b.y - a.y) * 12 + (b.m - a.m);
  if (months > 0 && addMonths(from, months) > to) months -= 1;
  return Math.max(0, months);
}

/** The day the period after a last activity ends: due on this day and after. */
export function periodEnd(lastActivityAt: string, months: number): string {
  return addMonths(lastActivityAt.slice(0, 10), months);
}

/** Whether the person is due on `today`, and since when; null when they are not (or retention is off). */
export function dueOn(facts: RetentionFacts, settings: Pick<RetentionSettings, 'months'>, today: string): Due | null {
  if (settings.months === null) return null;
  if (facts.statuses.length === 0) return null;
  if (facts.statuses.some((s) => s === 'active' || s === 'hired')) return null;
  if (facts.keepUntil !== null && facts.keepUntil >= today) return null;
  const end = periodEnd(facts.lastActivityAt, settings.months);
  if (end > today) return null;
  const afterKeep = facts.keepUntil === null ? null : nextDay(facts.keepUntil);
  return {
    dueSince: afterKeep !== null && afterKeep > end ? afterKeep : end,
    keptUntil: facts.keepUntil,
    monthsQuiet: wholeMonths(facts.lastActivityAt.slice(0, 10), today),
  };
}

/**
 * The latest last-activity day that can make someone due on `today` (none with a later one is), for the
 * query to narrow by before the rule decides: a period end on or before today means a last activity at most
 * this day (ends are monotonic in the start day).
 */
export function latestDueActivityDay(today: string, months: number): string {
  let day = addMonths(today, -months);
  // Month ends: 31 Jan + 1 month is 28 Feb, so on 28 Feb the 29th–31st of January are due too.
  while (periodEnd(nextDay(day), months) <= today) day = nextDay(day);
  return day;
}

const monthWords = (n: number) => `${n} ${n === 1 ? 'month' : 'months'}`;

/** The rule in words, for the settings and the list. */
export function ruleWords(settings: RetentionSettings): string {
  if (settings.months === null) return 'Nobody is listed for deletion: the retention period is off.';
  if (settings.action === 'anonymise') {
    return `Rejected and withdrawn candidates are anonymised ${monthWords(settings.months)} after their last activity, once you confirm: the figures stay for reports, everything personal goes. Hired people are never listed.`;
  }
  return `Rejected and withdrawn candidates are erased ${monthWords(settings.months)} after their last activity, once you confirm. Hired people are never listed.`;
}

/** Why one person is due, in words. */
export function whyWords(facts: RetentionFacts, due: Due): string {
  const rejected = facts.statuses.filter((s) => s === 'rejected').length;
  const withdrew = facts.statuses.length - rejected;
  const ended = rejected > 0 && withdrew > 0 ? 'Rejected or withdrew from every role' : rejected > 0 ? (rejected === 1 ? 'Rejected' : 'Rejected for every role') : withdrew === 1 ? 'Withdrew' : 'Withdrew from every role';
  const quiet = due.monthsQuiet === 0 ? 'last activity this month' : `no activity for ${monthWords(due.monthsQuiet)}`;
  const kept = due.keptUntil !== null ? `; kept until ${due.keptUntil}, which has passed` : '';
  return `${ended}; ${quiet}${kept}.`;
}

/** The privacy notice for the careers page and walk-in forms: plain sentences the owner can copy, print and adjust. */
export function privacyNotice(companyName: string, website: string, settings: RetentionSettings): { title: string; paragraphs: string[]; text: string } {
  const name = companyName.trim();
  const we = name === '' ? 'We' : name;
  const period = settings.months === null ? null : monthWords(settings.months);
  const contact = website.trim() === '' ? 'Ask us in person or by e-mail.' : `Ask us in person, by e-mail or through ${website.trim()}.`;
  const paragraphs = [
    `${we} ${name === '' ? 'keep' : 'keeps'} the details you give when you apply — your name, contact details, résumé, and our notes from interviews — to consider you for the role you applied for, and for nothing else.`,
    // Anonymising keeps figures without the person: said as such, never as "delete".
    settings.action === 'anonymise'
      ? `If you are not hired, we remove your name, contact details, notes and files ${period === null ? 'once we no longer need them for hiring' : `${period} after our last contact with you`}, keeping only anonymous figures (such as how many people applied) that no longer identify you.`
      : period === null
        ? 'If you are not hired, we delete your details once we no longer need them for hiring.'
        : `If you are not hired, we delete your details ${period} after our last contact with you.`,
    period === null
      ? 'If you agree, we keep them to consider you for future roles. You can change your mind at any time.'
      : `If you agree, we keep them longer to consider you for future roles. You can change your mind at any time.`,
    `You can ask for a copy of everything we hold about you, ask us to correct it, or ask us to delete it. ${contact}`,
    `☐ I agree that ${name === '' ? 'you' : name} may keep my details to consider me for future roles.    Date: ____________`,
  ];
  const title = name === '' ? 'How we use your application' : `How ${name} uses your application`;
  return { title, paragraphs, text: [title, ...paragraphs].join('\n\n') };
}
