// Unit tests for the coach's gender-coded wording: stem matching, hyphens, exceptions, headings, lean and alternatives. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import { checkJobDescription } from '../../electron/core/job-descriptions/jd-check-rules';
import { FEMININE_ALTERNATIVES, MASCULINE_ALTERNATIVES } from '../../electron/core/job-descriptions/jd-check-gender-alternatives';
import { GENDER_WORD_LISTS, findGenderCodedWords, genderLean, genderReport, matchStem } from '../../electron/core/job-descriptions/jd-check-gender';
import { analyseSection } from '../../electron/core/job-descriptions/jd-check-text';
import { COMPLETE_ROLE } from './jd-check-fixtures';

const coded = (html: string) => findGenderCodedWords([analyseSection(html, 0)]).map((w) => [w.text, w.gender, w.start, w.end]);

describe('gender-coded words', () => {
  it('finds 2 masculine and 1 feminine word at the right offsets, with neutral alternatives', () => {
    const result = checkJobDescription({
      role: COMPLETE_ROLE,
      sections: [{ kind: 'description', heading: 'About the job', html: '<p>We want a competitive, aggressive and supportive cook.</p>' }],
    });
    expect(result.gender).toEqual({ masculineCount: 2, feminineCount: 1, lean: 'masculine' });
    const masculine = result.findings.find((f) => f.id === 'masculine-coded-words');
    const feminine = result.findings.find((f) => f.id === 'feminine-coded-words');
    expect(masculine?.severity).toBe('medium');
    expect(masculine?.highlights?.map((h) => [h.text, h.start, h.end, h.sectionIndex, h.label])).toEqual([
      ['competitive', 10, 21, 0, 'masculine-coded'],
      ['aggressive', 23, 33, 0, 'masculine-coded'],
    ]);
    expect(masculine?.highlights?.[0]?.suggestions).toContain('motivated');
    expect(masculine?.highlights?.[1]?.suggestions).toContain('proactive');
    expect(masculine?.fix).toContain('“competitive” → “motivated”');
    expect(feminine?.highlights?.map((h) => [h.text, h.start, h.end, h.label])).toEqual([['supportive', 38, 48, 'feminine-coded']]);
    expect(feminine?.weight).toBe(0);
  });

  it('does not score headings', () => {
    const result = checkJobDescription({
      role: COMPLETE_ROLE,
      sections: [{ kind: 'benefits', heading: 'Competitive pay and leadership', html: '<p>Pay of $20 an hour.</p>' }],
    });
    expect(result.gender).toEqual({ masculineCount: 0, feminineCount: 0, lean: 'no-coded-words' });
    expect(result.findings.some((f) => f.category === 'inclusive-language')).toBe(false);
  });

  it('matches stems at the start of a word only, case-insensitively', () => {
    expect(coded('<p>Leader, LEADS, misleading, workforce, Analytical</p>')).toEqual([
      ['Leader', 'masculine', 0, 6],
      ['LEADS', 'masculine', 8, 13],
      ['Analytical', 'masculine', 38, 48],
    ]);
  });

  it('counts a word that fits two stems once ("dominant" fits domina and dominant)', () => {
    expect(coded('<p>a dominant brand</p>')).toEqual([['dominant', 'masculine', 2, 10]]);
  });

  it('keeps hyphenated coded words whole and splits other hyphenated words', () => {
    expect(coded('<p>self-confident, co-operative, well-supported, head-strong</p>')).toEqual([
      ['self-confident', 'masculine', 0, 14],
      ['co-operative', 'feminine', 16, 28],
      ['supported', 'feminine', 35, 44],
      ['head-strong', 'masculine', 46, 57],
    ]);
  });

  it('splits on punctuation and skips the non-coded exceptions', () => {
    expect(coded("<p>SharePoint sites; share (ideas)/trust; sharepoint's</p>")).toEqual([
      ['share', 'feminine', 18, 23],
      ['trust', 'feminine', 32, 37],
    ]);
  });

  it('scores each list item and paragraph of every section, with the section index', () => {
    const words = findGenderCodedWords([analyseSection('<p>Plain.</p>', 0), analyseSection('<ul><li>Plain</li><li>Lead the crew</li></ul>', 1)]);
    expect(words.map((w) => [w.sectionIndex, w.text, w.start])).toEqual([[1, 'Lead', 6]]);
  });
});

describe('genderLean (as gender-decoder: feminine minus masculine, strongly beyond 3)', () => {
  it.each([
    [0, 0, 'no-coded-words'],
    [2, 2, 'neutral'],
    [2, 1, 'masculine'],
    [4, 1, 'masculine'],
    [5, 1, 'strongly-masculine'],
    [6, 1, 'strongly-masculine'],
    [1, 4, 'feminine'],
    [0, 4, 'strongly-feminine'],
  ] as const)('%i masculine, %i feminine → %s', (m, f, lean) => {
    expect(genderLean(m, f)).toBe(lean);
  });

  it('makes a strongly masculine posting a high-severity finding', () => {
    const report = genderReport([analyseSection('<p>Driven, competitive, assertive, ambitious, fearless leaders.</p>', 0)]);
    expect(report.lean).toBe('strongly-masculine');
    expect(report.findings[0]).toMatchObject({ id: 'masculine-coded-words', severity: 'high', weight: 12 });
  });
});

describe('word lists and alternatives', () => {
  it('ships the data with its source and licence', () => {
    expect(GENDER_WORD_LISTS.source).toMatch(/^https:\/\/github\.com\/lovedaybrooke\/gender-decoder\//);
    expect(GENDER_WORD_LISTS.license).toMatch(/^MIT/);
    expect(GENDER_WORD_LISTS.masculine_coded_words.length).toBeGreaterThan(40);
    expect(GENDER_WORD_LISTS.feminine_coded_words.length).toBeGreaterThan(40);
  });

  it('has an alternatives entry for every stem', () => {
    expect(GENDER_WORD_LISTS.masculine_coded_words.filter((s) => !(s in MASCULINE_ALTERNATIVES))).toEqual([]);
    expect(GENDER_WORD_LISTS.feminine_coded_words.filter((s) => !(s in FEMININE_ALTERNATIVES))).toEqual([]);
    expect(GENDER_WORD_LISTS.masculine_coded_words.filter((s) => (MASCULINE_ALTERNATIVES[s] ?? []).length === 0)).toEqual([]);
  });

  it('never suggests a coded word as the neutral alternative', () => {
    const suggestions = [...Object.values(MASCULINE_ALTERNATIVES), ...Object.values(FEMININE_ALTERNATIVES)].flat();
    const codedParts = suggestions.flatMap((s) => s.toLowerCase().split(/[^a-z]+/)).filter((part) => part !== '' && matchStem(part) !== undefined);
    expect(codedParts).toEqual([]);
  });
});
