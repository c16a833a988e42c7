// A channel's input checked the one way every door uses: its schema, plus savable text in every string
// (savable-text.ts). dispatch runs it before any handler; a form may run it before sending. Runs anywhere.
import { contract, type ParsedInput } from './api';
import type { Channel } from './channels';
import { toFieldIssues, type FieldIssue } from './result';
import { unsavableTextIssues } from './savable-text';

export type InputCheck<C extends Channel> = { success: true; data: ParsedInput<C> } | { success: false; issues: FieldIssue[] };

/** The parsed input, or every issue: characters that cannot be saved first, then the schema's. */
export function validateInput<C extends Channel>(channel: C, input: unknown): InputCheck<C> {
  const text = unsavableTextIssues(input);
  const parsed = contract[channel].input.safeParse(input);
  if (parsed.success && text.length === 0) return { success: true, data: parsed.data as ParsedInput<C> };
  return { success: false, issues: [...text, ...(parsed.success ? [] : toFieldIssues(parsed.error.issues))] };
}
