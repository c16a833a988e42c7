// The one preparation of user text for an iCalendar TEXT value (summary, description, location). The
// `ics` package then escapes \ ; , and line feeds as RFC 5545 §3.3.11 says; it misses a carriage return
// on its own and other control characters, which a calendar may read as a line end. Pure.

/**
 * Line ends become "\n" (which the package writes as the two characters \n); other control characters,
 * which RFC 5545 does not allow in TEXT, are dropped (tab stays). Nothing else changes.
 */
export function icsText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/(?![\t\n])\p{Cc}/gu, '');
}
