// Unit tests for the coach's clichés, jargon phrases (with their swaps and asks for the owner's words) and unexplained acronyms. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import { acronymFindings, clicheFindings, isExpanded, jargonFindings, spellsAcronym } from '../../electron/core/job-descriptions/jd-check-language';
import { FEMININE_ALTERNATIVES, MASCULINE_ALTERNATIVES } from '../../electron/core/job-descriptions/jd-check-gender-alternatives';
import { CLICHES, JARGON, literalHint } from '../../electron/core/job-descriptions/jd-check-phrases';
import { analyseSection } from '../../electron/core/job-descriptions/jd-check-text';

const sections = (...htmls: string[]) => htmls.map((h, i) => analyseSection(h, i));
const corpusOf = (s: ReturnType<typeof sections>) => s.map((x) => x.plain.text).join('\n');
const acronyms = (...htmls: string[]) => {
  const s = sections(...htmls);
  return acronymFindings(s, corpusOf(s));
};

describe('clichés', () => {
  it('highlights "rockstar ninja" with plain alternatives', () => {
    const [finding] = clicheFindings(sections('<p>You are a rockstar ninja.</p>'));
    expect(finding).toMatchObject({ id: 'cliches', category: 'cliche', severity: 'low', weight: 4 });
    expect(finding?.highlights?.map((h) => [h.text, h.start, h.end, h.label])).toEqual([
      ['rockstar', 10, 18, 'cliche'],
      ['ninja', 19, 24, 'cliche'],
    ]);
    expect(finding?.highlights?.[0]?.suggestions).toEqual(['skilled', 'experienced']);
    expect(finding?.fix).toContain('“rockstar” → “skilled”');
  });

  it('matches variants of spacing, hyphens, case and plurals, and not inside other words', () => {
    const [finding] = clicheFindings(
      sections('<p>Rock stars and Self-Starters who work hard, play hard in a fast paced environment.</p>', '<ul><li>We are like a family</li><li>Ninjago fans, gurus</li></ul>'),
    );
    expect(finding?.highlights?.map((h) => [h.sectionIndex, h.text])).toEqual([
      [0, 'Rock stars'],
      [0, 'Self-Starters'],
      [0, 'work hard, play hard'],
      [0, 'fast paced environment'],
      [1, 'like a family'],
      [1, 'gurus'],
    ]);
    expect(finding?.severity).toBe('medium');
    expect(finding?.weight).toBe(8);
  });

  it('finds nothing in plain wording', () => {
    expect(clicheFindings(sections('<p>You will cook lunch and dinner for about 80 guests.</p>'))).toEqual([]);
  });
});

describe(`fix kinds: swaps are fixed replacements, anything that needs the owner's words is asked for`, () => {
  it(`offers "busy" as a swap for "fast-paced environment" and asks for the owner's words to say how busy`, () => {
    const [finding] = clicheFindings(sections('<p>A fast-paced environment.</p>'));
    expect(finding?.highlights?.[0]).toMatchObject({
      text: 'fast-paced environment',
      suggestions: ['busy'],
      ownWords: [{ prompt: 'Say how busy', example: 'about 200 orders a day' }],
    });
    expect(finding?.fix).toBe('Say what you actually mean: “fast-paced environment” → “busy”.');
  });

  it('gives a phrase with no safe word only an ask, and names it in the fix without a false swap', () => {
    const [finding] = clicheFindings(sections('<p>We offer a competitive salary.</p>'));
    expect(finding?.highlights?.[0]).toMatchObject({ text: 'competitive salary', suggestions: [], ownWords: [{ prompt: 'State the pay range', example: '$20–$24 an hour' }] });
    expect(finding?.fix).toBe('Say what you actually mean: instead of “competitive salary”, state the pay range (e.g. “$20–$24 an hour”).');
  });

  it('leaves ownWords out of highlights that have none', () => {
    const [finding] = clicheFindings(sections('<p>You are a rockstar.</p>'));
    expect(finding?.highlights?.[0]).not.toHaveProperty('ownWords');
  });

  it('never lets an instruction or an example pass for a swap', () => {
    const instruction = /^(say|state|name|list|describe|explain|write)\b|e\.g\.|[“”"]|:/i;
    const swaps = [...CLICHES, ...JARGON].flatMap((r) => r.swaps.map((w) => [r.label, w] as const));
    swaps.push(...[...Object.values(MASCULINE_ALTERNATIVES), ...Object.values(FEMININE_ALTERNATIVES)].flat().map((w) => ['gender', w] as const));
    for (const [label, word] of swaps) expect(instruction.test(word), `${label}: ${word}`).toBe(false);
    for (const rule of [...CLICHES, ...JARGON]) {
      expect(rule.swaps.length + rule.ownWords.length, rule.label).toBeGreaterThan(0);
      for (const own of rule.ownWords) {
        expect(own.prompt, rule.label).toMatch(/^\p{Lu}/u);
        expect(own.example.trim(), rule.label).not.toBe('');
      }
    }
  });

  it(`flags each occurrence where it is, section by section, at offsets into that section's plain text`, () => {
    const htmls = ['<p>Our kitchen is a fast-paced environment.</p>', '<ul><li>Lunch rush</li><li>Stay calm in a fast-paced environment, always.</li></ul>'];
    const analysed = sections(...htmls);
    const [finding] = clicheFindings(analysed);
    const hits = finding?.highlights ?? [];
    expect(hits.map((h) => [h.sectionIndex, h.start, h.end])).toEqual([
      [0, 17, 39],
      [1, 26, 48],
    ]);
    for (const h of hits) expect(analysed[h.sectionIndex]?.plain.text.slice(h.start, h.end)).toBe('fast-paced environment');
  });
});

describe('phrase hints (the cheap pre-filter before each regex)', () => {
  it('use only text every match must contain', () => {
    expect(literalHint('rock stars?')).toBe('rock');
    expect(literalHint("(?:like a|we are a) family")).toBe('family');
    expect(literalHint('wear(?:s|ing)? (?:many|lots of) hats')).toBe('wear');
    expect(literalHint('110 (?:%|percent)')).toBe('110');
  });

  it('let every rule find its own example through the whole pipeline', () => {
    for (const [rules, check] of [[CLICHES, clicheFindings], [JARGON, jargonFindings]] as const) {
      for (const rule of rules) {
        const found = check(sections(`<p>Note: ${rule.label} here.</p>`))[0]?.highlights?.map((h) => h.text);
        expect(found, rule.label).toEqual([rule.label]);
      }
    }
  });
});

describe('jargon', () => {
  it('highlights business jargon as its own finding', () => {
    const [finding] = jargonFindings(sections('<p>Leverage synergies and move the needle.</p>'));
    expect(finding).toMatchObject({ id: 'jargon', category: 'jargon' });
    expect(finding?.highlights?.map((h) => [h.text, h.suggestions[0]])).toEqual([
      ['Leverage', 'use'],
      ['synergies', 'working together'],
      ['move the needle', 'make a measurable difference'],
    ]);
  });
});

describe('unexplained acronyms', () => {
  it('flags "Must know CRM" and highlights the acronym', () => {
    const [finding] = acronyms('<ul><li>Must know CRM</li></ul>');
    expect(finding).toMatchObject({ id: 'unexplained-acronyms', category: 'jargon', severity: 'low', weight: 1 });
    expect(finding?.highlights).toEqual([{ sectionIndex: 0, start: 10, end: 13, text: 'CRM', suggestions: [], label: 'acronym' }]);
  });

  it('accepts "Customer Relationship Management (CRM)" anywhere in the posting', () => {
    expect(acronyms('<p>Customer Relationship Management (CRM) software.</p>', '<ul><li>Must know CRM</li></ul>')).toEqual([]);
    expect(acronyms('<ul><li>Must know CRM</li></ul>', '<p>We use a customer relationship management (CRM) tool.</p>')).toEqual([]);
  });

  it('accepts "ABC (Full Name)" and expansions with small words, but not a bracketed remark', () => {
    expect(acronyms('<p>Use our POS (point of sale) system.</p>')).toEqual([]);
    expect(acronyms('<p>Run the Point of Sale (POS) till.</p>')).toEqual([]);
    expect(acronyms('<p>Know CRM (required).</p>')[0]?.title).toBe('Acronyms not spelled out: CRM');
  });

  it('skips well-known acronyms and shouting, reports each unexplained one once, and handles plurals', () => {
    const [finding] = acronyms('<p>Work in the USA or UK. Send a PDF CV.</p><p>APPLY NOW</p><p>Hit KPIs and SLAs. Track KPIs weekly.</p>');
    expect(finding?.title).toBe('Acronyms not spelled out: KPI, SLA');
    expect(finding?.highlights?.map((h) => h.text)).toEqual(['KPIs', 'SLAs']);
  });

  it('spellsAcronym needs two words starting with the first letter and the letters in order', () => {
    expect(spellsAcronym(['JavaScript', 'Object', 'Notation'], 'JSON')).toBe(true);
    expect(spellsAcronym(['Object', 'Notation'], 'JSON')).toBe(false);
    expect(spellsAcronym(['required'], 'CRM')).toBe(false);
    expect(isExpanded('HVAC', 'Heating, ventilation and air conditioning (HVAC) work')).toBe(true);
  });
});
