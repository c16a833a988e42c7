// Filling a message template's placeholders ({first name}, {role} …) and keeping hostile text from breaking a
// mail header (no line breaks or control characters in a subject or a name): the one home of these rules, used
// by the core's drafts (core/messages/messages-rules.ts) and the template editor's live preview. Pure; runs
// anywhere.
import { MESSAGE_PLACEHOLDERS, type MessagePlaceholder } from './message-schemas';

/** What each placeholder stands for in one draft; '' when there is nothing to fill in. */
export type PlaceholderValues = Record<MessagePlaceholder, string>;

export interface Filled {
  text: string;
  /** Placeholders Hirebook does not know, as typed (left in the text). */
  unknown: string[];
  /** Known placeholders with no value here, as typed (left in the text). */
  empty: string[];
}

// A placeholder: a short name in braces on one line, e.g. {first name}. Matched case-insensitively, spaces eased.
const PLACEHOLDER = /\{([^{}\r\n]{1,40})\}/g;
const KNOWN = new Set<string>(MESSAGE_PLACEHOLDERS);
// Control characters and the Unicode line and paragraph separators; in a body, every control but \n.
const CONTROLS = /[\p{Cc}\u2028\u2029]+/gu;
const BODY_CONTROLS = /[^\P{Cc}\n]/gu;

/** One line for a mail header: every line break and control character becomes a space, spaces collapse. */
export function headerText(value: string): string {
  return value.replace(CONTROLS, ' ').replace(/ {2,}/g, ' ').trim();
}

/** A message body: line breaks as \n (paragraph separators too), other control characters (tabs) as spaces. */
export function bodyText(value: string): string {
  return value.replace(/\r\n?|\u2028|\u2029/g, '\n').replace(BODY_CONTROLS, ' ');
}

function placeholderKey(inner: string): string {
  return inner.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The text with its known placeholders filled in, in one pass (a value that itself looks like a placeholder
 * stays as it is). Values are made one line first (a name never breaks a line). Unknown and empty placeholders
 * stay visible, as typed, and are reported once each.
 */
export function fillPlaceholders(template: string, values: PlaceholderValues): Filled {
  const unknown = new Set<string>();
  const empty = new Set<string>();
  const text = template.replace(PLACEHOLDER, (whole, inner: string) => {
    const key = placeholderKey(inner);
    if (!KNOWN.has(key)) {
      unknown.add(whole);
      return whole;
    }
    const value = headerText(values[key as MessagePlaceholder]);
    if (value === '') {
      empty.add(whole);
      return whole;
    }
    return value;
  });
  return { text, unknown: [...unknown], empty: [...empty] };
}

/** The subject and body of a template filled for one person, safe to put in a mail header and body. */
export function fillMessage(subject: string, body: string, values: PlaceholderValues): { subject: string; body: string; unknown: string[]; empty: string[] } {
  const s = fillPlaceholders(subject, values);
  const b = fillPlaceholders(body, values);
  return {
    subject: headerText(s.text),
    body: bodyText(b.text),
    unknown: [...new Set([...s.unknown, ...b.unknown])],
    empty: [...new Set([...s.empty, ...b.empty])],
  };
}

/** "Ana" from "Ana Lima"; the whole name when it is one word. */
export function firstNameOf(fullName: string): string {
  return headerText(fullName).split(' ')[0] ?? '';
}
