// Pure rules for roles: merging a patch and re-validating, naming copies, and turning user search
// text into a safe FTS5 query. Runs anywhere (no I/O); tested in tests/unit.
import { ROLE_LIMITS, RoleDraft, toFieldIssues, type FieldIssue, type Role, type RoleFields, type RolePatch } from '../../contract';

export type MergeResult = { ok: true; fields: RoleFields } | { ok: false; issues: FieldIssue[] };

/** The user-editable fields of a stored role (drops id, archive state and timestamps). */
export function roleFields(role: Role): RoleFields {
  const { id: _id, archivedAt: _archived, createdAt: _created, updatedAt: _updated, sample: _sample, ...fields } = role;
  return { ...fields, location: { ...fields.location }, remoteCountries: [...fields.remoteCountries] };
}

/**
 * Applies a patch to a role and validates the whole result, so rules spanning two fields
 * (minimum ≤ maximum, closing after posting) hold even when only one of them changed.
 */
export function mergeRolePatch(current: RoleFields, patch: RolePatch): MergeResult {
  const merged = {
    ...current,
    ...patch,
    location: { ...current.location, ...patch.location },
  };
  const parsed = RoleDraft.safeParse(merged);
  if (parsed.success) return { ok: true, fields: parsed.data };
  return { ok: false, issues: toFieldIssues(parsed.error.issues) };
}

const COPY_SUFFIX = /\s+\(copy(?:\s+(\d+))?\)$/i;

function copyName(base: string, n: number): string {
  const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
  // Keep the copy within the title limit by shortening the original, never the suffix.
  return `${base.slice(0, ROLE_LIMITS.title - suffix.length).trimEnd()}${suffix}`;
}

/** "Barista" → "Barista (copy)"; then "Barista (copy 2)", "(copy 3)"… skipping names in use. */
export function copyTitle(title: string, existingTitles: Iterable<string>): string {
  const base = title.replace(COPY_SUFFIX, '').trim() || title.trim();
  const taken = new Set<string>();
  for (const existing of existingTitles) taken.add(existing.toLowerCase());
  for (let n = 1; ; n += 1) {
    const candidate = copyName(base, n);
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

const MAX_SEARCH_TERMS = 16;

/**
 * Turns what a user typed into an FTS5 query: each word becomes a quoted prefix term ("bar"*), all
 * required. Words are runs of letters, digits and marks, as the unicode61 tokenizer sees them, so
 * FTS syntax (quotes, AND/OR/NOT/NEAR, *, -, ^, :, parentheses) is only ever matched as text.
 * Returns null when there is nothing to search for.
 */
export function buildFtsQuery(userText: string): string | null {
  const words = userText.normalize('NFKC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  const terms = words.slice(0, MAX_SEARCH_TERMS).map((word) => `"${word.replace(/"/g, '""')}"*`);
  return terms.length > 0 ? terms.join(' ') : null;
}
