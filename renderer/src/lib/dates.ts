// Renderer: the one place dates and times become words on screen. Formats follow the computer's locale
// (Intl, so "15 Jul 2026, 14:00" in Britain and "Jul 15, 2026, 2:00 PM" in the US) and its time zone;
// relative words are the app's English, in two forms: one that starts a table cell or a line ("Just now",
// "Yesterday at 18:40") and one that reads inside a sentence ("added just now", "taken yesterday at 18:40").
// Every function takes an optional locale, for tests; the app passes none.
import { differenceInCalendarDays, differenceInMinutes, parseISO } from 'date-fns';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    formats.set(key, found);
  }
  return found;
}

const DAY: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
const WEEKDAY_DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { timeStyle: 'short' };

/** A calendar date (YYYY-MM-DD, no time zone) as "31 Mar 2026"; "—" when there is none. */
export function formatDay(day: string | null, locale?: string): string {
  if (!day) return '—';
  return formatter(locale, DAY).format(parseISO(day));
}

/** A moment's day without the year, "15 Jul", for a list within the year. */
export function formatShortDay(iso: string, locale?: string): string {
  return formatter(locale, { day: 'numeric', month: 'short' }).format(parseISO(iso));
}

/** A moment's date with its weekday, "Tue, 3 Mar 2026", in local time. */
export function formatDate(iso: string, locale?: string): string {
  return formatter(locale, WEEKDAY_DAY).format(parseISO(iso));
}

/** A moment's time of day, "14:00" or "2:00 PM". */
export function formatTime(iso: string, locale?: string): string {
  return formatter(locale, TIME).format(parseISO(iso));
}

/** From one time to another on the same day, "14:00–14:45" or "2:00 – 2:45 PM". */
export function formatTimeRange(startIso: string, endIso: string, locale?: string): string {
  return formatter(locale, TIME).formatRange(parseISO(startIso), parseISO(endIso));
}

/** A moment in full, "3 Mar 2026, 14:00" (with seconds where two moments can be a second apart). */
export function formatDateTime(iso: string, options: { seconds?: boolean } = {}, locale?: string): string {
  const at = parseISO(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return formatter(locale, { dateStyle: 'medium', timeStyle: options.seconds ? 'medium' : 'short' }).format(at);
}

type Relative = { kind: 'now' } | { kind: 'minutes' | 'hours' | 'days'; n: number } | { kind: 'yesterday' } | { kind: 'date' };

function relative(iso: string, now: Date): Relative {
  const when = parseISO(iso);
  const minutes = differenceInMinutes(now, when);
  if (minutes < 1) return { kind: 'now' };
  if (minutes < 60) return { kind: 'minutes', n: minutes };
  const days = differenceInCalendarDays(now, when);
  if (days === 0) return { kind: 'hours', n: Math.floor(minutes / 60) };
  if (days === 1) return { kind: 'yesterday' };
  if (days < 7) return { kind: 'days', n: days };
  return { kind: 'date' };
}

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** How long ago, inside a sentence: "just now", "12 minutes ago", "3 hours ago", "yesterday", "4 days ago", "on 4 Mar 2026". */
export function agoInSentence(iso: string, now = new Date(), locale?: string): string {
  const r = relative(iso, now);
  switch (r.kind) {
    case 'now':
      return 'just now';
    case 'minutes':
      return `${plural(r.n, 'minute')} ago`;
    case 'hours':
      return `${plural(r.n, 'hour')} ago`;
    case 'yesterday':
      return 'yesterday';
    case 'days':
      return `${plural(r.n, 'day')} ago`;
    case 'date':
      return `on ${formatter(locale, DAY).format(parseISO(iso))}`;
  }
}

/** How long ago, starting a table cell: "Just now", "12 minutes ago", "Yesterday", "4 Mar 2026". */
export function formatAgo(iso: string, now = new Date(), locale?: string): string {
  if (relative(iso, now).kind === 'date') return formatter(locale, DAY).format(parseISO(iso));
  const words = agoInSentence(iso, now, locale);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A moment inside a sentence: "today at 09:12", "yesterday at 18:40", "on 3 Dec 2026 at 09:12". */
export function whenInSentence(iso: string, now = new Date(), locale?: string): string {
  const at = parseISO(iso);
  const time = formatter(locale, TIME).format(at);
  const days = differenceInCalendarDays(now, at);
  if (days === 0) return `today at ${time}`;
  if (days === 1) return `yesterday at ${time}`;
  return `on ${formatter(locale, DAY).format(at)} at ${time}`;
}

/** A moment starting a line or a cell: "Today at 09:12", "Yesterday at 18:40", "3 Dec 2026 at 09:12". */
export function formatWhen(iso: string, now = new Date(), locale?: string): string {
  const words = whenInSentence(iso, now, locale).replace(/^on /, '');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
