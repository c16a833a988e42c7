// Unit tests for the coach's syllable heuristic, Flesch scores (hand-computed) and readability findings. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import { countSyllables, readabilityFindings, readabilityStats } from '../../electron/core/job-descriptions/jd-check-readability';
import { analyseSection } from '../../electron/core/job-descriptions/jd-check-text';

describe('countSyllables', () => {
  it.each([
    ['the', 1], ['cat', 1], ['make', 1], ['table', 2], ['tables', 2], ['worked', 1], ['wanted', 2], ['roles', 1],
    ['pages', 2], ['boxes', 2], ['likely', 2], ['management', 3], ['daily', 2], ['ovens', 2], ['dough', 1],
    ['played', 1], ['organization', 5], ['requires', 2], ['comprehensive', 4], ['documentation', 5], ['café', 1],
    ['2026', 1], ['responsibilities', 6],
  ])('%s has %i', (word, expected) => {
    expect(countSyllables(word)).toBe(expected);
  });
});

describe('Flesch reading ease and Flesch–Kincaid grade', () => {
  it('match a hand calculation, with list items counted as sentences', () => {
    // 10 words, 3 sentences (1 paragraph + 2 list items), 12 syllables (daily 2, ovens 2, the rest 1):
    // ease  = 206.835 − 1.015 × 10/3 − 84.6 × 12/10 = 101.931…
    // grade = 0.39 × 10/3 + 11.8 × 12/10 − 15.59   = −0.13
    const stats = readabilityStats([analyseSection('<p>We bake bread daily.</p><ul><li>Make the dough</li><li>Clean the ovens</li></ul>', 0)]);
    expect(stats).toMatchObject({ wordCount: 10, sentenceCount: 3, syllableCount: 12 });
    expect(stats.fleschReadingEase).toBeCloseTo(101.9317, 3);
    expect(stats.gradeLevel).toBeCloseTo(-0.13, 3);
  });

  it('score a dense sentence as very hard, unclamped', () => {
    // 5 words, 1 sentence, 17 syllables (1 + 5 + 2 + 4 + 5): ease = 206.835 − 5.075 − 287.64; grade = 1.95 + 40.12 − 15.59
    const stats = readabilityStats([analyseSection('<p>The organization requires comprehensive documentation.</p>', 0)]);
    expect(stats.syllableCount).toBe(17);
    expect(stats.fleschReadingEase).toBeCloseTo(-85.88, 2);
    expect(stats.gradeLevel).toBeCloseTo(26.48, 2);
  });

  it('is zero rather than NaN for an empty posting', () => {
    expect(readabilityStats([analyseSection('', 0)])).toEqual({ wordCount: 0, sentenceCount: 0, syllableCount: 0, fleschReadingEase: 0, gradeLevel: 0 });
  });
});

describe('readabilityFindings', () => {
  const dense =
    'The successful candidate will be responsible for the comprehensive administration of organizational documentation, ' +
    'including the preparation, verification and reconciliation of financial information in accordance with established institutional procedures and applicable regulatory requirements. ';
  const easy = 'We cook good food. You will help in the kitchen. ';

  it('flags hard text and highlights the longest sentences, longest first', () => {
    const sections = [analyseSection(`<p>${dense.repeat(3)}</p><p>${'Short one here. '.repeat(3)}</p>`, 0)];
    const [finding] = readabilityFindings(sections, readabilityStats(sections));
    expect(finding?.id).toBe('hard-to-read');
    expect(finding?.severity).toBe('high');
    expect(finding?.highlights).toHaveLength(3);
    const first = finding?.highlights?.[0];
    expect(first?.label).toBe('long-sentence');
    expect(first && sections[0]?.plain.text.slice(first.start, first.end)).toBe(dense.trim());
  });

  it('says nothing about plain text', () => {
    const sections = [analyseSection(`<p>${easy.repeat(8)}</p>`, 0)];
    expect(readabilityFindings(sections, readabilityStats(sections))).toEqual([]);
  });

  it('flags one very long sentence in otherwise plain text as long-sentences', () => {
    const long = `${'we cook and we clean and '.repeat(8)}we go home.`;
    const sections = [analyseSection(`<p>${easy.repeat(20)}${long}</p>`, 1)];
    const findings = readabilityFindings(sections, readabilityStats(sections));
    expect(findings.map((f) => f.id)).toEqual(['long-sentences']);
    expect(findings[0]?.highlights?.[0]?.text).toBe(long);
    expect(findings[0]?.highlights?.[0]?.sectionIndex).toBe(1);
  });

  it('does not judge a posting too short for the formulas to mean anything', () => {
    const sections = [analyseSection(`<p>${dense}</p>`, 0)];
    expect(readabilityFindings(sections, readabilityStats(sections))).toEqual([]);
  });
});
