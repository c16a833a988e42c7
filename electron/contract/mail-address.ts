// What may go into an e-mail: exactly one address, and text without control characters. The core's message
// drafts (core/messages/messages-rules.ts) and the shell's check of a mailto: link (main/url-rules.ts) share
// these rules, so a draft the core builds is one the shell opens. Pure; runs anywhere.
import { z } from 'zod';

/** A control character (C0, DEL, C1): in a mail header a line break would start a new header line. */
export const CONTROL_CHAR = /\p{Cc}/u;

const ONE_ADDRESS = z.email().max(254);

/** The address when it is exactly one valid e-mail address (no commas, semicolons, spaces or controls), else null. */
export function singleAddress(raw: string): string | null {
  const address = raw.trim();
  if (/[\s,;<>"]/.test(address) || CONTROL_CHAR.test(address)) return null;
  return ONE_ADDRESS.safeParse(address).success ? address : null;
}
