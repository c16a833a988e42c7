// Pure role rules: merge + validate, cross-field issues, limits, copy naming and FTS query escaping.
// Runs in Vitest (Node), no database.
import { describe, expect, it } from 'vitest';
import { ROLE_LIMITS, RoleDraft, type RoleFields } from '../../electron/contract';
import { buildFtsQuery, copyTitle, mergeRolePatch } from '../../electron/core/roles/roles-rules';

const base: RoleFields = RoleDraft.parse({ title: 'Barista', salaryMin: 17, salaryMax: 19, postedOn: '2026-03-01' });

function issuePaths(result: ReturnType<typeof mergeRolePatch>) {
  return result.ok ? [] : result.issues.map((i) => i.path);
}

describe('mergeRolePatch', () => {
  it('applies a patch and keeps the other fields', () => {
    const result = mergeRolePatch(base, { title: ' Head Barista ', location: { city: 'Portland' } });
    expect(result.ok && result.fields).toMatchObject({
      title: 'Head Barista',
      salaryMin: 17,
      location: { city: 'Portland', street: '', country: '' },
    });
  });

  it('does not mutate the current fields', () => {
    const copy = structuredClone(base);
    mergeRolePatch(base, { location: { city: 'Bend' }, title: 'Other' });
    expect(base).toEqual(copy);
  });

  it('names salaryMax when the merged minimum exceeds the maximum', () => {
    expect(issuePaths(mergeRolePatch(base, { salaryMin: 25 }))).toEqual([['salaryMax']]);
    expect(issuePaths(mergeRolePatch(base, { salaryMax: 10 }))).toEqual([['salaryMax']]);
    expect(mergeRolePatch(base, { salaryMin: 19 }).ok).toBe(true);
    expect(mergeRolePatch(base, { salaryMax: null, salaryMin: 99 }).ok).toBe(true);
  });

  it('names closesOn when closing is not after posting', () => {
    expect(issuePaths(mergeRolePatch(base, { closesOn: '2026-03-01' }))).toEqual([['closesOn']]);
    expect(issuePaths(mergeRolePatch(base, { closesOn: '2026-02-28' }))).toEqual([['closesOn']]);
    expect(mergeRolePatch(base, { closesOn: '2026-03-02' }).ok).toBe(true);
  });

  it('requires a title, also when it is only spaces', () => {
    expect(issuePaths(mergeRolePatch(base, { title: '   ' }))).toEqual([['title']]);
    const result = RoleDraft.safeParse({ title: '' });
    expect(result.success ? [] : result.error.issues.map((i) => [i.path, i.message])).toEqual([[['title'], 'Give the role a title']]);
  });

  it('enforces length limits', () => {
    expect(issuePaths(mergeRolePatch(base, { title: 'x'.repeat(ROLE_LIMITS.title + 1) }))).toEqual([['title']]);
    expect(mergeRolePatch(base, { title: 'x'.repeat(ROLE_LIMITS.title) }).ok).toBe(true);
    expect(issuePaths(mergeRolePatch(base, { applyInstructions: 'y'.repeat(ROLE_LIMITS.applyInstructions + 1) }))).toEqual([
      ['applyInstructions'],
    ]);
    expect(issuePaths(mergeRolePatch(base, { location: { postalCode: '9'.repeat(21) } }))).toEqual([['location', 'postalCode']]);
  });
});

describe('copyTitle', () => {
  it('adds (copy), then (copy 2), (copy 3)…', () => {
    expect(copyTitle('Barista', ['Barista'])).toBe('Barista (copy)');
    expect(copyTitle('Barista', ['Barista', 'Barista (copy)'])).toBe('Barista (copy 2)');
    expect(copyTitle('Barista', ['barista (COPY)', 'Barista (copy 2)'])).toBe('Barista (copy 3)');
  });

  it('copies a copy from the original name, not "(copy) (copy)"', () => {
    expect(copyTitle('Barista (copy)', ['Barista', 'Barista (copy)'])).toBe('Barista (copy 2)');
    expect(copyTitle('Barista (copy 4)', ['Barista (copy 4)'])).toBe('Barista (copy)');
  });

  it('stays within the title limit', () => {
    const long = 'L'.repeat(ROLE_LIMITS.title);
    const copy = copyTitle(long, [long]);
    expect(copy.length).toBeLessThanOrEqual(ROLE_LIMITS.title);
    expect(copy.endsWith(' (copy)')).toBe(true);
  });
});

describe('buildFtsQuery', () => {
  it('turns words into quoted prefix terms', () => {
    expect(buildFtsQuery('head bak')).toBe('"head"* "bak"*');
    expect(buildFtsQuery('  Café   ')).toBe('"Café"*');
  });

  it('returns null when there is nothing to search for', () => {
    expect(buildFtsQuery('')).toBeNull();
    expect(buildFtsQuery('  "*()-^:+  ')).toBeNull();
  });

  it('treats FTS syntax as plain words', () => {
    expect(buildFtsQuery('a OR b')).toBe('"a"* "OR"* "b"*');
    expect(buildFtsQuery('NEAR(a b)')).toBe('"NEAR"* "a"* "b"*');
    expect(buildFtsQuery('-barista*')).toBe('"barista"*');
    expect(buildFtsQuery('"front of house"')).toBe('"front"* "of"* "house"*');
    expect(buildFtsQuery('title:chef')).toBe('"title"* "chef"*');
    expect(buildFtsQuery('o\'brien')).toBe('"o"* "brien"*');
  });

  it('never emits a bare quote inside a term', () => {
    for (const text of ['"', 'a"b', '""""', 'x" OR "y']) {
      const query = buildFtsQuery(text) ?? '';
      for (const term of query.split(' ').filter(Boolean)) expect(term).toMatch(/^"[^"]+"\*$/);
    }
  });

  it('caps the number of terms', () => {
    const query = buildFtsQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')) ?? '';
    expect(query.split(' ')).toHaveLength(16);
  });
});
