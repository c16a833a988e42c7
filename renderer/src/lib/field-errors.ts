// Renderer: turns zod or server issues into one message per field, keyed by dotted path ("location.city").
import type { FieldIssue } from '../../../electron/contract';

export type FieldErrors = Record<string, string>;

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

export function toFieldErrors(issues: readonly (IssueLike | FieldIssue)[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    // Issues inside a list (remoteCountries.2) belong beside the list's one input.
    const key = issue.path.filter((p) => typeof p === 'string').join('.');
    if (key && !(key in errors)) errors[key] = issue.message;
  }
  return errors;
}

/** Moves keyboard focus to the first field marked invalid, in page order. */
export function focusFirstInvalid(root: HTMLElement | null): void {
  const el = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
  el?.focus();
}
