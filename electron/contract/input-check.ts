// A channel's input checked the one way every door uses: its schema, plus savable text in every string
// (savable-text.ts). dispatch runs it before any handler, with the spec of its domain (domain-specs.ts); a form
// may run it before sending (validateInput, validate-input.ts). Runs anywhere.
import type { ParsedInput } from './api';
import type { Channel } from './channels';
import type { ChannelSpec } from './channel-spec';
import { toFieldIssues, type FieldIssue } from './result';
import { unsavableTextIssues } from './savable-text';

export type InputCheck<C extends Channel> = { success: true; data: ParsedInput<C> } | { success: false; issues: FieldIssue[] };

/** The parsed input, or every issue: characters that cannot be saved first, then the schema's. */
export function checkInput<C extends Channel>(spec: ChannelSpec, input: unknown): InputCheck<C> {
  const text = unsavableTextIssues(input);
  const parsed = spec.input.safeParse(input);
  if (parsed.success && text.length === 0) return { success: true, data: parsed.data as ParsedInput<C> };
  return { success: false, issues: [...text, ...(parsed.success ? [] : toFieldIssues(parsed.error.issues))] };
}
