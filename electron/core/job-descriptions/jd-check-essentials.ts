// The quality coach's structural checks: salary range, length of the must-have list, and the essentials every posting needs. Pure; runs in core.
import { type Finding, type JdCheckRole } from '../../contract/jd-check-schemas';
import { type SectionKind } from '../../contract/jd-schemas';
import { type AnalysedSection } from './jd-check-text';

/** A section's kind beside its analysed text, so checks can ask "is there a non-empty X section?". */
export interface KindedSection {
  kind: SectionKind;
  analysed: AnalysedSection;
}

function hasContent(sections: readonly KindedSection[], kind: SectionKind): boolean {
  return sections.some((s) => s.kind === kind && s.analysed.words.length > 0);
}

function isBlank(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === '';
}

const PAY_TRANSPARENCY_NOTE =
  'Several places require pay information in job postings — for example Colorado, California, Washington ' +
  'State and New York City expect a pay range in the posting, and the EU Pay Transparency Directive (to be ' +
  'applied by member states from June 2026) gives applicants the right to the starting pay or its range ' +
  'before the interview. Who is covered differs from place to place; this is general information, not legal advice.';

// A currency sign or code next to a number, or a number "per hour/year": pay written into the text.
const PAY_IN_TEXT_RE = /[$£€¥]\s?\d|\d\s?(?:USD|EUR|GBP|CAD|AUD)\b|\b(?:USD|EUR|GBP|CAD|AUD)\s?\d|\d[\d,.]*\s*(?:an?|per|\/)\s*(?:hour|hr|year|yr|month|week|annum)\b/i;

function halfRangeFinding(missing: 'salaryMin' | 'salaryMax'): Finding {
  const given = missing === 'salaryMin' ? 'maximum' : 'minimum';
  const absent = missing === 'salaryMin' ? 'minimum' : 'maximum';
  return {
    id: 'salary-not-a-range',
    category: 'salary',
    severity: 'low',
    title: `Only a ${given} salary is given`,
    explanation: `A single figure leaves applicants guessing where they would land. ${PAY_TRANSPARENCY_NOTE}`,
    fix: `Add the ${absent} so the posting shows an honest range you would really pay.`,
    weight: 3,
    field: missing,
  };
}

const PAY_ONLY_IN_TEXT: Finding = {
  id: 'salary-not-in-fields',
  category: 'salary',
  severity: 'low',
  title: 'Pay is in the text but not in the salary fields',
  explanation: 'Job boards and search engines read pay from the structured salary fields, not from the description, so your posting may show as "pay not stated".',
  fix: 'Enter the same range in Salary (minimum and maximum) and its period.',
  weight: 3,
  field: 'salaryMin',
};

const NO_SALARY: Finding = {
  id: 'no-salary',
  category: 'salary',
  severity: 'high',
  title: 'No salary range',
  explanation: `Pay is the first thing most applicants look for, and postings without it get fewer and less suitable applications. ${PAY_TRANSPARENCY_NOTE}`,
  fix: 'Enter a minimum and maximum in Salary, e.g. $42,000–$48,000 a year or $18–$21 an hour — the range you would genuinely pay.',
  weight: 15,
  field: 'salaryMin',
};

/** A full range is fine; half a range, or pay written only in the text, is a small fix; nothing is a big one. */
export function salaryFindings(role: JdCheckRole, sections: readonly KindedSection[]): Finding[] {
  const min = role.salaryMin ?? null;
  const max = role.salaryMax ?? null;
  if (min !== null && max !== null) return [];
  if (min !== null || max !== null) return [halfRangeFinding(min === null ? 'salaryMin' : 'salaryMax')];
  const inText = sections.some((s) => PAY_IN_TEXT_RE.test(s.analysed.plain.text));
  return [{ ...(inText ? PAY_ONLY_IN_TEXT : NO_SALARY) }];
}

/** More must-haves than this and applicants start counting what they lack rather than what they have. */
const MAX_REQUIREMENTS = 8;

export function requirementsFindings(sections: readonly KindedSection[]): Finding[] {
  const bullets = sections
    .filter((s) => s.kind === 'requirements')
    .reduce((n, s) => n + s.analysed.plain.blocks.filter((b) => b.kind === 'list-item').length, 0);
  if (bullets <= MAX_REQUIREMENTS) return [];
  const hasNiceToHave = sections.some((s) => s.kind === 'nice_to_have');
  return [
    {
      id: 'too-many-requirements',
      category: 'requirements',
      severity: bullets > 12 ? 'high' : 'medium',
      title: `${bullets} requirements — that is a long must-have list`,
      explanation:
        'Long must-have lists discourage qualified people. A widely cited finding (Hewlett-Packard, reported in ' +
        'Harvard Business Review, 2014) is that women tend to apply only when they meet about 100% of the listed ' +
        'criteria, men at about 60% — so every extra "requirement" narrows your pool.',
      fix:
        `Keep the ${MAX_REQUIREMENTS} or fewer you would really turn someone away without, and move the rest to ` +
        (hasNiceToHave ? 'your “Nice to have” section.' : 'a new “Nice to have” section.'),
      weight: bullets > 12 ? 9 : 6,
    },
  ];
}

function sectionFindings(sections: readonly KindedSection[]): Finding[] {
  const out: Finding[] = [];
  if (!hasContent(sections, 'responsibilities')) {
    out.push({
      id: 'missing-responsibilities',
      category: 'essentials',
      severity: 'high',
      title: 'No duties and responsibilities',
      explanation: 'Applicants decide whether they can do the job from what it involves day to day; without it they guess, or move on.',
      fix: 'Add a “Duties and responsibilities” section with 4–8 bullets, each starting with a verb (e.g. “Open and close the shop”).',
      weight: 10,
    });
  }
  if (!hasContent(sections, 'requirements')) {
    out.push({
      id: 'missing-requirements',
      category: 'essentials',
      severity: 'medium',
      title: 'No requirements or qualifications',
      explanation: 'Without them everyone applies, including people you would never hire, and you spend the time sorting.',
      fix: 'Add a “Requirements and qualifications” section with the few things you truly need (licences, experience, hours).',
      weight: 7,
    });
  }
  return out;
}

function roleFieldFindings(role: JdCheckRole, sections: readonly KindedSection[]): Finding[] {
  const out: Finding[] = [];
  if (isBlank(role.title)) {
    out.push({ id: 'missing-title', category: 'essentials', severity: 'high', title: 'No job title', explanation: 'The title is what people search for and the first line they read.', fix: 'Give the role a plain, searchable title such as “Line Cook” or “Office Manager”.', weight: 10, field: 'title' });
  }
  const location = role.location ?? {};
  const noPlace = isBlank(location.city) && isBlank(location.region) && isBlank(location.country);
  if (noPlace && role.workplace !== 'remote') {
    out.push({
      id: 'missing-location',
      category: 'essentials',
      severity: 'medium',
      title: role.workplace === undefined ? 'No location or workplace' : 'No location',
      explanation: 'Commute decides many applications, and job boards file postings by place; without one, the posting is hard to find and easy to skip.',
      fix: 'Enter the city and region (and country) in Location, or set Workplace to Remote if the job can be done from anywhere.',
      weight: 7,
      field: 'location',
    });
  }
  const canApply = [role.applyEmail, role.applyUrl, role.applyInstructions].some((v) => !isBlank(v)) || hasContent(sections, 'how_to_apply');
  if (!canApply) {
    out.push({ id: 'no-apply-method', category: 'essentials', severity: 'high', title: 'No way to apply', explanation: 'Interested people need to know exactly how to reach you; every extra step loses some of them.', fix: 'Enter an apply email or web address, or add a “How to apply” section (e.g. “Email your CV to jobs@example.com”).', weight: 10, field: 'applyEmail' });
  }
  if (isBlank(role.closesOn)) {
    out.push({ id: 'no-closing-date', category: 'essentials', severity: 'low', title: 'No closing date', explanation: 'A closing date tells applicants the job is live and prompts them to apply now rather than later.', fix: 'Set a closing date two to four weeks from posting in Closes on.', weight: 3, field: 'closesOn' });
  }
  return out;
}

export function essentialsFindings(role: JdCheckRole, sections: readonly KindedSection[]): Finding[] {
  return [...roleFieldFindings(role, sections), ...sectionFindings(sections)];
}
