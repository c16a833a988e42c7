// Unit tests for checkJobDescription: salary, requirements, essentials, length, score and top fixes, on known postings. Runs in Vitest (Node).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Finding, JdCheckInput, JdCheckResult } from '../../electron/contract/jd-check-schemas';
import { RoleDraft } from '../../electron/contract/roles-schemas';
import { checkJobDescription, htmlToPlainBlocks, lengthFindings } from '../../electron/core/job-descriptions/jd-check-rules';
import { overallScore, topFixes } from '../../electron/core/job-descriptions/jd-check-score';
import { COMPLETE_ROLE, STRONG_POSTING, STRONG_SECTIONS, postingWith, ul } from './jd-check-fixtures';

const ids = (findings: readonly Finding[]) => findings.map((f) => f.id);
const find = (input: Parameters<typeof checkJobDescription>[0], id: string) => checkJobDescription(input).findings.find((f) => f.id === id);

describe('a strong, complete posting', () => {
  const result = checkJobDescription(STRONG_POSTING);

  it('scores high with no high- or medium-severity findings', () => {
    expect(result.findings.filter((f) => f.severity !== 'low')).toEqual([]);
    expect(result.score).toBeGreaterThanOrEqual(90);
    expect(result.wordCount).toBeGreaterThanOrEqual(300);
    expect(result.wordCount).toBeLessThanOrEqual(700);
    expect(result.readability.fleschReadingEase).toBeGreaterThan(60);
  });

  it('matches the contract schema and is deterministic', () => {
    expect(JdCheckResult.parse(result)).toEqual(result);
    expect(checkJobDescription(STRONG_POSTING)).toEqual(result);
  });
});

describe('input', () => {
  it('accepts a full role as the contract stores it, and the input schema strips what the coach does not read', () => {
    const role = RoleDraft.parse({ title: 'Cook', salaryMin: 40000, salaryMax: 45000, location: { city: 'Leeds' }, closesOn: '2026-05-01', applyEmail: 'a@b.example' });
    const result = checkJobDescription({ role, sections: STRONG_SECTIONS });
    expect(ids(result.findings).filter((id) => ['no-salary', 'missing-location', 'no-closing-date', 'no-apply-method', 'missing-title'].includes(id))).toEqual([]);
    const parsed = JdCheckInput.parse({ role, sections: STRONG_SECTIONS });
    expect(parsed.role).not.toHaveProperty('status');
    expect(JdCheckInput.parse({ sections: [] }).role).toEqual({});
  });
});

describe('salary', () => {
  const noRange = { ...COMPLETE_ROLE, salaryMin: null, salaryMax: null };

  it('reports no-salary with the pay-transparency note and the field to fill', () => {
    const withoutPayText = STRONG_SECTIONS.filter((s) => s.kind !== 'benefits'); // the benefits state "$19 to $23 an hour"
    const finding = find({ role: noRange, sections: withoutPayText }, 'no-salary');
    expect(finding).toMatchObject({ category: 'salary', severity: 'high', weight: 15, field: 'salaryMin' });
    expect(finding?.explanation).toMatch(/Colorado.*California.*Washington.*New York City.*EU Pay Transparency Directive.*not legal advice/);
  });

  it('asks only for the fields when the pay is written in the text', () => {
    expect(find({ ...STRONG_POSTING, role: noRange }, 'no-salary')).toBeUndefined();
    expect(find({ ...STRONG_POSTING, role: noRange }, 'salary-not-in-fields')).toMatchObject({ severity: 'low', field: 'salaryMin' });
  });

  it('asks for the other end when only one is given, and says nothing for a full range', () => {
    expect(find({ ...STRONG_POSTING, role: { ...COMPLETE_ROLE, salaryMax: null } }, 'salary-not-a-range')?.field).toBe('salaryMax');
    expect(find({ ...STRONG_POSTING, role: { ...COMPLETE_ROLE, salaryMin: null } }, 'salary-not-a-range')?.field).toBe('salaryMin');
    expect(checkJobDescription(STRONG_POSTING).findings.some((f) => f.category === 'salary')).toBe(false);
  });
});

describe('requirements', () => {
  const bullets = (n: number) => Array.from({ length: n }, (_, i) => `Requirement number ${i + 1} for the job`);

  it('flags 12 requirement bullets and suggests moving some to nice-to-have', () => {
    const finding = find(postingWith([{ kind: 'requirements', heading: 'Requirements', html: ul(bullets(12)) }]), 'too-many-requirements');
    expect(finding).toMatchObject({ category: 'requirements', severity: 'medium', weight: 6 });
    expect(finding?.title).toContain('12 requirements');
    expect(finding?.fix).toContain('“Nice to have”');
    expect(finding?.explanation).toContain('100%');
  });

  it('allows 8, counts bullets across requirements sections, and ignores other sections', () => {
    expect(find(postingWith([{ kind: 'requirements', heading: 'Must have', html: ul(bullets(8)) }]), 'too-many-requirements')).toBeUndefined();
    const split = postingWith([
      { kind: 'requirements', heading: 'Must have', html: ul(bullets(5)) },
      { kind: 'requirements', heading: 'Also', html: ul(bullets(5)) },
    ]);
    expect(find(split, 'too-many-requirements')?.title).toContain('10 requirements');
    expect(find(postingWith([{ kind: 'benefits', heading: 'Perks', html: ul(bullets(12)) }]), 'too-many-requirements')).toBeUndefined();
  });
});

describe('missing essentials', () => {
  it('reports each missing part with the field to jump to', () => {
    const result = checkJobDescription({ role: {}, sections: [{ kind: 'responsibilities', heading: 'Duties', html: '<p></p>' }] });
    const byId = new Map(result.findings.map((f) => [f.id, f]));
    expect(byId.get('missing-responsibilities')?.severity).toBe('high');
    expect(byId.get('missing-requirements')?.severity).toBe('medium');
    expect(byId.get('missing-location')?.field).toBe('location');
    expect(byId.get('missing-location')?.title).toBe('No location or workplace');
    expect(byId.get('no-apply-method')?.field).toBe('applyEmail');
    expect(byId.get('no-closing-date')?.field).toBe('closesOn');
    expect(byId.get('missing-title')?.field).toBe('title');
    expect(result.score).toBe(0);
  });

  it('accepts a remote role without a place, and a how-to-apply section or apply URL instead of an email', () => {
    const remote = { ...COMPLETE_ROLE, location: {}, workplace: 'remote' as const };
    expect(find({ ...STRONG_POSTING, role: remote }, 'missing-location')).toBeUndefined();
    expect(find({ ...STRONG_POSTING, role: { ...COMPLETE_ROLE, location: {} } }, 'missing-location')?.title).toBe('No location');
    const noFields = { ...COMPLETE_ROLE, applyEmail: '', applyUrl: '', applyInstructions: '' };
    expect(find({ ...STRONG_POSTING, role: noFields }, 'no-apply-method')).toBeUndefined();
    const noSection = STRONG_SECTIONS.filter((s) => s.kind !== 'how_to_apply');
    expect(find({ role: noFields, sections: noSection }, 'no-apply-method')).toBeDefined();
    expect(find({ role: { ...noFields, applyUrl: 'https://example.com/jobs' }, sections: noSection }, 'no-apply-method')).toBeUndefined();
  });
});

describe('length', () => {
  it('uses 300–700 words, with stronger findings far outside it', () => {
    expect(ids(lengthFindings(299))).toEqual(['too-short']);
    expect(lengthFindings(149)[0]).toMatchObject({ severity: 'high', weight: 12 });
    expect(lengthFindings(0)[0]).toMatchObject({ title: 'The description is empty', weight: 40 });
    expect(lengthFindings(200)[0]?.severity).toBe('medium');
    expect(lengthFindings(300)).toEqual([]);
    expect(lengthFindings(700)).toEqual([]);
    expect(lengthFindings(701)[0]).toMatchObject({ id: 'too-long', severity: 'low' });
    expect(lengthFindings(1001)[0]?.severity).toBe('medium');
  });

  it('counts body words only, not headings', () => {
    const result = checkJobDescription({ role: COMPLETE_ROLE, sections: [{ kind: 'summary', heading: 'A very long heading of many words', html: '<p>Three short words.</p>' }] });
    expect(result.wordCount).toBe(3);
  });
});

describe('score and top fixes', () => {
  const f = (id: string, weight: number, severity: Finding['severity'] = 'low'): Finding => ({ id, category: 'essentials', severity, title: id, explanation: '', fix: '', weight });

  it('takes the weights off 100, never below 0', () => {
    expect(overallScore([])).toBe(100);
    expect(overallScore([f('a', 15), f('b', 7)])).toBe(78);
    expect(overallScore(Array.from({ length: 20 }, (_, i) => f(`x${i}`, 10)))).toBe(0);
  });

  it('puts the three largest weights first and never an information-only finding', () => {
    expect(ids(topFixes([f('a', 3), f('b', 15), f('c', 0), f('d', 7), f('e', 10)]))).toEqual(['b', 'e', 'd']);
    expect(ids(topFixes([f('info', 0)]))).toEqual([]);
  });

  it('in a real check: no salary, no way to apply and no duties are the top three', () => {
    const sections = STRONG_SECTIONS.filter((s) => !['benefits', 'how_to_apply', 'responsibilities'].includes(s.kind));
    const role = { ...COMPLETE_ROLE, salaryMin: null, salaryMax: null, applyEmail: '' };
    const result = checkJobDescription({ role, sections });
    expect(ids(result.topFixes)).toEqual(['no-salary', 'no-apply-method', 'missing-responsibilities']);
    expect(result.score).toBe(100 - result.findings.reduce((n, x) => n + x.weight, 0));
  });
});

describe('highlights', () => {
  it('always point at their text in the section plain text, whatever the input', () => {
    const wordArb = fc.constantFrom('competitive', 'rockstar', 'CRM', 'support', 'self-confident', 'the', 'and', '&amp;', 'lead.', 'e.g.', 'leverage', 'Ninja!', '<br>', 'ünïcode');
    const htmlArb = fc.array(fc.array(wordArb, { maxLength: 30 }).map((w) => `<p>${w.join(' ')}</p>`), { maxLength: 5 }).map((ps) => ps.join(''));
    fc.assert(
      fc.property(fc.array(htmlArb, { minLength: 1, maxLength: 3 }), (htmls) => {
        const result = checkJobDescription({ role: {}, sections: htmls.map((html) => ({ kind: 'description' as const, heading: 'H', html })) });
        for (const highlight of result.findings.flatMap((x) => x.highlights ?? [])) {
          const text = htmlToPlainBlocks(htmls[highlight.sectionIndex] ?? '').text;
          expect(text.slice(highlight.start, highlight.end)).toBe(highlight.text);
        }
      }),
      { numRuns: 200 },
    );
  });
});
