// The rules of a message draft, pure: filling a template's placeholders and keeping hostile text out of a mail
// header (contract/message-fill.ts, shared with the template editor's preview, re-exported here), the mailto:
// link, and the interview time in words. Runs anywhere (no I/O).
import { bodyText, headerText } from '../../contract';

export { bodyText, fillMessage, fillPlaceholders, firstNameOf, headerText, type Filled, type PlaceholderValues } from '../../contract';

/** The desktop app opens links up to this length (electron/main/url-rules.ts isSafeExternalUrl). */
export const MAILTO_MAX = 2048;

/**
 * mailto:ana@example.test?subject=…&body=… for one address, every part percent-encoded (encodeURIComponent;
 * line breaks in the body as %0D%0A, RFC 6068). Null when the link would be longer than a mail link may be.
 */
export function mailtoLink(to: string, subject: string, body: string): string | null {
  const at = to.lastIndexOf('@');
  const address = `${encodeURIComponent(to.slice(0, at))}@${encodeURIComponent(to.slice(at + 1))}`;
  const link = `mailto:${address}?subject=${encodeURIComponent(headerText(subject))}&body=${encodeURIComponent(bodyText(body).replace(/\n/g, '\r\n'))}`;
  return link.length <= MAILTO_MAX ? link : null;
}

/** "Thursday 3 December 2026, 14:00 (Europe/Berlin)": the interview's start in the zone it was booked in. */
export function interviewTimeWords(startsAt: string, timeZone: string): string {
  const date = new Date(startsAt);
  if (Number.isNaN(date.getTime())) return '';
  const day = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(date);
  return `${day}, ${time} (${timeZone})`;
}
