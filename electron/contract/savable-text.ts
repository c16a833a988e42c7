// Text the database can keep exactly as it was sent. A lone (unpaired) surrogate is not Unicode: SQLite
// would store replacement bytes and read back "\ufffd" instead; a NUL character cuts text short in many
// programs. One check walks every string and object key of an input, whatever the channel, and names
// each field that holds one. Runs anywhere (the core's dispatch, the renderer's forms).
import type { FieldIssue } from './result';

export const LONE_SURROGATE_MESSAGE = 'This text contains a character that cannot be saved (an unpaired surrogate). Retype or paste it again.';
export const NUL_MESSAGE = 'This text contains a NUL character, which cannot be saved. Retype or paste it again without it.';

// Without the u flag a regular expression sees UTF-16 code units, so a high surrogate not followed by a
// low one, or a low one not preceded by a high one, is exactly an unpaired surrogate.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why this text cannot be saved as it is, or null when it can. */
export function unsavableTextMessage(text: string): string | null {
  if (text.includes('\u0000')) return NUL_MESSAGE;
  if (LONE_SURROGATE.test(text)) return LONE_SURROGATE_MESSAGE;
  return null;
}

interface Place {
  value: unknown;
  /** The field's name or index in its parent; a path is built only for a field with an issue. */
  segment: string | number | null;
  parent: Place | null;
  isKey: boolean;
}

function pathOf(place: Place): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Place | null = place; at !== null && at.segment !== null; at = at.parent) path.push(at.segment);
  return path.reverse();
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * One issue per string (or object key) anywhere in `input` that cannot be saved, with its path, in
 * document order. Walks arrays and plain objects only (nothing else is JSON), without recursion.
 */
export function unsavableTextIssues(input: unknown): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<object>();
  const pending: Place[] = [{ value: input, segment: null, parent: null, isKey: false }];
  for (let place = pending.pop(); place !== undefined; place = pending.pop()) {
    const { value, segment } = place;
    const keyMessage = place.isKey && typeof segment === 'string' ? unsavableTextMessage(segment) : null;
    if (keyMessage !== null) issues.push({ path: pathOf(place), message: keyMessage });
    if (typeof value === 'string') {
      const message = unsavableTextMessage(value);
      if (message !== null && message !== keyMessage) issues.push({ path: pathOf(place), message });
      continue;
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) pending.push({ value: value[i], segment: i, parent: place, isKey: false });
    } else if (isPlainObject(value)) {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i -= 1) {
        const key = keys[i] as string;
        pending.push({ value: value[key], segment: key, parent: place, isKey: true });
      }
    }
  }
  return issues;
}
