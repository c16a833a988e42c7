// Pure description rules: the pause rule, identical snapshots, folding extra sections, the word diff,
// template blurbs, and keeping only safe role fields from an import. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import {
  PAUSE_MS,
  cleanSection,
  compareDescriptions,
  descriptionPlainText,
  descriptionWordCount,
  foldExtraSections,
  isNewSnapshot,
  keepPauseRevision,
  templateBlurb,
  type SectionContent,
} from '../../electron/core/descriptions/descriptions-rules';
import { importTitle, safeRoleFields } from '../../electron/core/job-descriptions/jd-import-rules';

const A: SectionContent = { kind: 'summary', heading: 'Summary', html: '<p>Bake bread. Sell it.</p>' };
const B: SectionContent = { kind: 'benefits', heading: 'Benefits', html: '<ul><li>Free loaf</li></ul>' };
const now = new Date('2026-03-02T10:00:00.000Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

describe('keepPauseRevision', () => {
  it('keeps the previous state after more than ten minutes of rest, not before', () => {
    expect(keepPauseRevision([A], { lastSavedAt: ago(PAUSE_MS + 1), now, hasRevision: true })).toBe(true);
    expect(keepPauseRevision([A], { lastSavedAt: ago(PAUSE_MS), now, hasRevision: true })).toBe(false);
    expect(keepPauseRevision([A], { lastSavedAt: ago(500), now, hasRevision: true })).toBe(false);
  });

  it('keeps the starting point when there is no revision yet, but never an empty description', () => {
    expect(keepPauseRevision([A], { lastSavedAt: ago(500), now, hasRevision: false })).toBe(true);
    expect(keepPauseRevision([], { lastSavedAt: ago(PAUSE_MS * 2), now, hasRevision: false })).toBe(false);
  });
});

describe('snapshots and text', () => {
  it('treats an identical description as no new snapshot', () => {
    expect(isNewSnapshot([A, B], null)).toBe(true);
    expect(isNewSnapshot([A, B], [{ ...A }, { ...B }])).toBe(false);
    expect(isNewSnapshot([A, B], [B, A])).toBe(true);
  });

  it('counts body words only and builds plain text with headings', () => {
    expect(descriptionWordCount([A, B])).toBe(6);
    expect(descriptionPlainText([A, B])).toBe('Summary\nBake bread. Sell it.\n\nBenefits\nFree loaf');
  });

  it('cleans a heading and the HTML of a section', () => {
    expect(cleanSection({ kind: 'other', heading: '  Our\n  team  ', html: '<p onclick="x">Hi</p>' })).toEqual({ kind: 'other', heading: 'Our team', html: '<p>Hi</p>' });
  });
});

describe('foldExtraSections', () => {
  it('leaves 40 sections alone and folds the rest into the 40th', () => {
    const make = (n: number) => Array.from({ length: n }, (_, i) => ({ kind: 'other' as const, heading: `H${i + 1}`, html: `<p>${i + 1}</p>` }));
    expect(foldExtraSections(make(40))).toEqual(make(40));
    const folded = foldExtraSections(make(42));
    expect(folded).toHaveLength(40);
    expect(folded[39]).toEqual({ kind: 'other', heading: 'H40', html: '<p>40</p><p><strong>H41</strong></p><p>41</p><p><strong>H42</strong></p><p>42</p>' });
  });
});

describe('compareDescriptions', () => {
  it('reports one run per change with exact word counts', () => {
    const to: SectionContent[] = [{ ...A, html: '<p>Bake good bread. Sell it.</p>' }];
    expect(compareDescriptions([A, B], to)).toEqual({
      parts: [
        { op: 'equal', text: 'Summary\nBake ' },
        { op: 'added', text: 'good ' },
        { op: 'equal', text: 'bread. Sell it.' },
        { op: 'removed', text: '\n\nBenefits\nFree loaf' },
      ],
      added: 1,
      removed: 3,
    });
    expect(compareDescriptions([A], [A])).toEqual({ parts: [{ op: 'equal', text: 'Summary\nBake bread. Sell it.' }], added: 0, removed: 0 });
  });
});

describe('templateBlurb', () => {
  it('takes the first sentence of the first section with text, else names the role', () => {
    expect(templateBlurb([{ ...A, html: '' }, A], 'Baker')).toBe('Bake bread.');
    expect(templateBlurb([], 'Baker')).toBe('Your template, saved from the role “Baker”.');
    expect(templateBlurb([{ ...A, html: `<p>${'word '.repeat(60)}</p>` }], 'x').length).toBeLessThanOrEqual(160);
  });
});

describe('import role fields', () => {
  it('keeps valid fields and drops the ones that break the contract', () => {
    expect(safeRoleFields({ title: 'Cook', salaryMin: 15, salaryMax: 18, employmentType: 'part_time' })).toEqual({
      title: 'Cook',
      salaryMin: 15,
      salaryMax: 18,
      employmentType: 'part_time',
    });
    expect(safeRoleFields({ title: 'Cook', salaryMin: 500_000_000 })).toEqual({ title: 'Cook' });
    expect(safeRoleFields({ salaryMin: 30, salaryMax: 10, closesOn: '2026-01-01' })).toEqual({ salaryMin: 30, closesOn: '2026-01-01' });
  });

  it('titles an import from the reviewed field, the detected title, or a placeholder', () => {
    const parsed = { title: 'Detected', fields: {}, sections: [] };
    expect(importTitle({ title: 'Typed' }, parsed)).toBe('Typed');
    expect(importTitle({}, parsed)).toBe('Detected');
    expect(importTitle({}, { ...parsed, title: null })).toBe('Imported role');
  });
});
