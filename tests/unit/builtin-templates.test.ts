// Unit tests for the built-in template gallery: every shipped file loads, reads well and is searchable. Runs in Vitest (Node).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SECTION_KINDS, type SectionKind } from '../../electron/contract/jd-schemas';
import { BuiltinTemplate } from '../../electron/contract/template-schemas';
import {
  BUILTIN_TEMPLATES,
  getBuiltinTemplate,
  loadBuiltinTemplates,
  searchTemplates,
} from '../../electron/core/templates/builtin-templates';

const TEMPLATE_DIR = fileURLToPath(new URL('../../resources/templates/', import.meta.url));

/** The roles the job-description issue names; each must have a template. */
const REQUIRED_IDS = [
  'barista', 'cashier', 'line-cook', 'server', 'retail-associate', 'receptionist', 'office-manager', 'bookkeeper',
  'dental-assistant', 'medical-assistant', 'caregiver', 'warehouse-associate', 'delivery-driver',
  'electrician-apprentice', 'plumber', 'auto-mechanic', 'hair-stylist', 'cleaner', 'sales-associate',
  'customer-service-representative', 'marketing-coordinator', 'web-developer', 'back-end-developer', 'accountant',
];

/**
 * Masculine-coded stems from Gaucher, Friesen & Kay (2011), as listed by lovedaybrooke/gender-decoder
 * (MIT, Copyright (c) 2016 lovedaybrooke). Matched like the coach does: a word starting with a stem.
 * Copied here so this test stands alone; built-ins should score clean in the quality coach.
 */
const MASCULINE_STEMS = [
  'active', 'adventurous', 'aggress', 'ambitio', 'analy', 'assert', 'athlet', 'autonom', 'battle', 'boast',
  'challeng', 'champion', 'compet', 'confident', 'courag', 'decid', 'decision', 'decisive', 'defend', 'determin',
  'domina', 'dominant', 'driven', 'fearless', 'fight', 'force', 'greedy', 'head-strong', 'headstrong', 'hierarch',
  'hostil', 'impulsive', 'independen', 'individual', 'intellect', 'lead', 'logic', 'masculine', 'objective',
  'opinion', 'outspoken', 'persist', 'principle', 'reckless', 'self-confiden', 'self-relian', 'self-sufficien',
  'selfconfiden', 'selfrelian', 'selfsufficien', 'stubborn', 'superior', 'unreasonab',
];

/** Clichés and exclusionary phrases the quality coach warns about; "competitive" is out entirely. */
const BANNED_PHRASES = [
  'rockstar', 'rock star', 'ninja', 'guru', 'wizard', 'unicorn', 'aggressive', 'dominant', 'fast-paced', 'fast paced',
  'work hard', 'play hard', 'competitive', 'self-starter', 'go-getter', 'hit the ground running', 'many hats',
  'synergy', 'hustle', 'like a family', 'young', 'digital native', 'thick skin', 'able-bodied', 'native speaker',
];

/** Gendered words that have no place in posting text (keywords may still hold them as search synonyms). */
const GENDERED_WORDS = [
  'he', 'she', 'his', 'her', 'hers', 'him', 'himself', 'herself', 'guys', 'manpower', 'salesman', 'chairman',
  'foreman', 'journeyman', 'craftsman', 'workman', 'handyman', 'waitress', 'waiter',
];

const ALLOWED_TAGS = new Set(['p', 'ul', 'li', 'strong', 'em']);
/** Which element each tag may sit directly inside ('' = top level of the section). */
const ALLOWED_PARENTS: Record<string, readonly string[]> = {
  p: [''],
  ul: [''],
  li: ['ul'],
  strong: ['p', 'li', 'em'],
  em: ['p', 'li', 'strong'],
};

function plainText(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

function bodyText(t: BuiltinTemplate): string {
  return t.sections.map((s) => plainText(s.html)).join(' ');
}

/** All the words a reader (or the gallery) sees: name, blurb, headings and section text. */
function visibleText(t: BuiltinTemplate): string {
  return [t.name, t.blurb, t.role.title, t.role.department, ...t.sections.map((s) => s.heading), bodyText(t)].join(' ');
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Problems with a section's markup: unknown tags, attributes, bad nesting, stray angle brackets or ampersands. */
function markupProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const tagPattern = /<(\/?)([a-zA-Z0-9]+)([^>]*)>/g;
  for (const match of html.matchAll(tagPattern)) {
    const [whole, slash, rawName, rest] = match;
    const name = (rawName ?? '').toLowerCase();
    if (!ALLOWED_TAGS.has(name) && slash !== '/') problems.push(`tag <${name}>`);
    if ((rest ?? '').trim() !== '') problems.push(`attributes in ${whole}`);
    if (slash === '/') {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
    } else {
      const parent = stack.at(-1) ?? '';
      if (!(ALLOWED_PARENTS[name] ?? []).includes(parent)) problems.push(`<${name}> inside <${parent || 'top level'}>`);
      stack.push(name);
    }
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(', ')}`);
  const outsideTags = html.replace(tagPattern, '');
  if (/[<>]/.test(outsideTags)) problems.push('stray < or >');
  if (/&(?!amp;)/.test(outsideTags)) problems.push('bare & (write "and" or &amp;)');
  if (/^\s*$/.test(plainText(html))) problems.push('no text');
  return problems;
}

/** Words starting with a masculine-coded stem; hyphenated words are checked whole and by part. */
function masculineCoded(text: string): string[] {
  const tokens = text.toLowerCase().split(/[^a-z0-9'-]+/).flatMap((token) => (token.includes('-') ? [token, ...token.split('-')] : [token]));
  return tokens.filter((token) => MASCULINE_STEMS.some((stem) => token.startsWith(stem)));
}

function bannedPhrases(text: string): string[] {
  const lower = text.toLowerCase();
  return BANNED_PHRASES.filter((phrase) => new RegExp(`\\b${phrase}\\b`).test(lower));
}

function gendered(text: string): string[] {
  const lower = text.toLowerCase();
  return GENDERED_WORDS.filter((word) => new RegExp(`\\b${word}\\b`).test(lower));
}

function listItems(t: BuiltinTemplate, kind: SectionKind): number {
  const section = t.sections.find((s) => s.kind === kind);
  return section ? (section.html.match(/<li>/g) ?? []).length : 0;
}

/** A rough syllable count (good enough to keep the Flesch-Kincaid grade honest, not exact). */
function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (w.match(/[aeiouy]{1,2}/g) ?? []).length);
}

/** Flesch-Kincaid grade, counting each paragraph sentence and each list item as a sentence (as the coach does). */
function gradeLevel(t: BuiltinTemplate): number {
  let sentences = 0;
  let words = 0;
  let syllableCount = 0;
  for (const section of t.sections) {
    for (const [, inner] of section.html.matchAll(/<(?:p|li)>(.*?)<\/(?:p|li)>/g)) {
      const text = plainText(inner ?? '');
      sentences += Math.max(1, (text.match(/[.!?](?=\s|$)/g) ?? []).length + (/[.!?]$/.test(text) ? 0 : 1));
      const ws = text.match(/[A-Za-z']+/g) ?? [];
      words += ws.length;
      syllableCount += ws.reduce((sum, w) => sum + syllables(w), 0);
    }
  }
  return 0.39 * (words / sentences) + 11.8 * (syllableCount / words) - 15.59;
}

// The checks below pass for every shipped template, so first show each one can fail.
describe('the content checks themselves', () => {
  it('flag disallowed markup', () => {
    expect(markupProblems('<p>Fine <strong>bold</strong> and <em>soft</em></p><ul><li>One</li></ul>')).toEqual([]);
    expect(markupProblems('<p class="x">Hi</p>')).toEqual(['attributes in <p class="x">']);
    expect(markupProblems('<p><a>link</a></p>')).toEqual(['tag <a>', '<a> inside <p>']);
    expect(markupProblems('<li>Loose item</li>')).toEqual(['<li> inside <top level>']);
    expect(markupProblems('<ul><li>Open')).toEqual(['unclosed ul, li']);
    expect(markupProblems('<p>Tea & cake</p>')).toEqual(['bare & (write "and" or &amp;)']);
    expect(markupProblems('<p></p>')).toEqual(['no text']);
  });

  it('flag coded, cliché and gendered wording', () => {
    expect(masculineCoded('Show leadership and a self-confident, data-driven style')).toEqual([
      'leadership',
      'self-confident',
      'confident',
      'driven',
    ]);
    expect(masculineCoded('Kind, helpful and organized')).toEqual([]);
    expect(bannedPhrases('A competitive rockstar for our fast-paced team')).toEqual([
      'rockstar',
      'fast-paced',
      'competitive',
    ]);
    expect(gendered('He will report to the foreman')).toEqual(['he', 'foreman']);
    expect(gendered('They will report to the site supervisor')).toEqual([]);
  });

  it('score hard text above grade 9', () => {
    const hard: BuiltinTemplate = {
      ...(getBuiltinTemplate('barista') as BuiltinTemplate),
      sections: [
        {
          kind: 'summary',
          heading: 'Summary',
          html: '<p>The organization necessitates comprehensive documentation of interdepartmental communication responsibilities and administrative accountability considerations.</p>',
        },
      ],
    };
    expect(gradeLevel(hard)).toBeGreaterThan(9);
  });
});

describe('built-in templates: the set', () => {
  it('has at least 24 templates with unique ids, including every role the issue names', () => {
    const ids = BUILTIN_TEMPLATES.map((t) => t.id);
    expect(ids.length).toBeGreaterThanOrEqual(24);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED_IDS) expect(ids, id).toContain(id);
  });

  it('loads every JSON file in resources/templates (none forgotten in the static imports)', () => {
    const files = readdirSync(TEMPLATE_DIR).filter((f) => f.endsWith('.json'));
    expect(BUILTIN_TEMPLATES.map((t) => `${t.id}.json`).sort()).toEqual(files.sort());
  });

  it('lists templates by category, then name', () => {
    const keys = BUILTIN_TEMPLATES.map((t) => `${t.category}\u0000${t.name}`);
    const sorted = [...keys].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
    expect(keys).toEqual(sorted);
  });

  it('finds a template by id and freezes shared objects', () => {
    const barista = getBuiltinTemplate('barista');
    expect(barista?.name).toBe('Barista');
    expect(getBuiltinTemplate('no-such-role')).toBeUndefined();
    expect(Object.isFrozen(BUILTIN_TEMPLATES)).toBe(true);
    expect(Object.isFrozen(barista?.sections[0])).toBe(true);
  });

  it('gives roles realistic pay periods and workplaces', () => {
    const role = (id: string) => getBuiltinTemplate(id)?.role;
    for (const id of ['office-manager', 'accountant', 'web-developer', 'back-end-developer']) {
      expect(role(id)?.salaryPeriod, id).toBe('year');
    }
    for (const id of ['barista', 'cashier', 'line-cook', 'plumber', 'caregiver', 'delivery-driver']) {
      expect(role(id)?.salaryPeriod, id).toBe('hour');
    }
    expect(role('web-developer')?.workplace).toBe('hybrid');
    expect(role('back-end-developer')?.workplace).toBe('remote');
    const others = BUILTIN_TEMPLATES.filter((t) => t.id !== 'web-developer' && t.id !== 'back-end-developer');
    for (const t of others) expect(t.role.workplace, t.id).toBe('onsite');
  });
});

describe.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('template %s', (_id, t) => {
  it('validates against the schema', () => {
    expect(BuiltinTemplate.safeParse(t).success).toBe(true);
  });

  it('has the essential sections, once each, in posting order', () => {
    const kinds = t.sections.map((s) => s.kind);
    for (const kind of ['summary', 'responsibilities', 'requirements', 'benefits', 'how_to_apply'] as const) {
      expect(kinds, kind).toContain(kind);
    }
    expect(new Set(kinds).size).toBe(kinds.length);
    const positions = kinds.map((k) => SECTION_KINDS.indexOf(k));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('keeps lists to a helpful length (few must-haves)', () => {
    expect(listItems(t, 'responsibilities')).toBeGreaterThanOrEqual(6);
    expect(listItems(t, 'responsibilities')).toBeLessThanOrEqual(9);
    expect(listItems(t, 'requirements')).toBeGreaterThanOrEqual(4);
    expect(listItems(t, 'requirements')).toBeLessThanOrEqual(7);
    expect(listItems(t, 'benefits')).toBeGreaterThanOrEqual(4);
    expect(listItems(t, 'benefits')).toBeLessThanOrEqual(6);
  });

  it('uses only <p>, <ul>, <li>, <strong>, <em>, well nested, with no attributes', () => {
    for (const section of t.sections) expect(markupProblems(section.html), section.heading).toEqual([]);
  });

  it('is between 200 and 650 words long', () => {
    const count = wordCount(bodyText(t));
    expect(count).toBeGreaterThanOrEqual(200);
    expect(count).toBeLessThanOrEqual(650);
  });

  it('reads at about grade 8 or below', () => {
    expect(gradeLevel(t)).toBeLessThanOrEqual(9);
  });

  it('has no masculine-coded words, clichés or gendered words', () => {
    const searchable = [visibleText(t), ...t.keywords].join(' ');
    expect(masculineCoded(searchable)).toEqual([]);
    expect(bannedPhrases(searchable)).toEqual([]);
    expect(gendered(visibleText(t))).toEqual([]);
  });

  it('explains every acronym where it first appears', () => {
    const text = bodyText(t);
    const firstUses = new Map<string, number>();
    for (const match of text.matchAll(/\b([A-Z]{2,})s?\b/g)) {
      const acronym = match[1] ?? '';
      if (!firstUses.has(acronym)) firstUses.set(acronym, match.index);
    }
    for (const [acronym, at] of firstUses) {
      const around = text.slice(Math.max(0, at - 1), at + acronym.length + 3);
      const explained = /^\(\w+s?\)/.test(around) || text.slice(at + acronym.length).startsWith(' (');
      expect(explained, `${acronym} in "${text.slice(Math.max(0, at - 40), at + 40)}"`).toBe(true);
    }
  });

  it('has keywords and a one-sentence blurb', () => {
    expect(t.keywords.length).toBeGreaterThanOrEqual(3);
    expect(t.blurb.endsWith('.')).toBe(true);
    expect(t.blurb.slice(0, -1)).not.toMatch(/[.!?]\s/);
  });
});

describe('searchTemplates', () => {
  const ids = (query: string) => searchTemplates(query).map((t) => t.id);

  it('puts the name match first', () => {
    expect(ids('barista')[0]).toBe('barista');
    expect(ids('Plumber')[0]).toBe('plumber');
    expect(ids('dental')[0]).toBe('dental-assistant');
  });

  it('finds food and drink templates for café, with or without the accent or capitals', () => {
    const withAccent = ids('café');
    expect(withAccent).toContain('barista');
    expect(withAccent.length).toBeGreaterThanOrEqual(3);
    expect(ids('cafe')).toEqual(withAccent);
    expect(ids('CAFÉ')).toEqual(withAccent);
    for (const id of withAccent) expect(getBuiltinTemplate(id)?.category, id).toBe('Food & drink');
  });

  it('matches word prefixes, categories, keywords and section text', () => {
    expect(ids('dev').slice(0, 2).sort()).toEqual(['back-end-developer', 'web-developer']);
    expect(ids('back end')[0]).toBe('back-end-developer');
    expect(ids('backend')[0]).toBe('back-end-developer');
    expect(ids('trades')).toEqual(expect.arrayContaining(['plumber', 'electrician-apprentice', 'auto-mechanic']));
    expect(ids('hairdresser')).toEqual(['hair-stylist']);
    expect(ids('sourdough')).toContain('baker');
    expect(ids('hybrid')[0]).toBe('web-developer');
    expect(ids('part time')).toEqual(expect.arrayContaining(['server', 'dishwasher', 'caregiver']));
  });

  it('requires every query word and ranks the full name match first', () => {
    const result = ids('dental assistant');
    expect(result[0]).toBe('dental-assistant');
    expect(ids('assistant').slice(0, 2).sort()).toEqual(['dental-assistant', 'medical-assistant']);
    expect(ids('zzzz')).toEqual([]);
    expect(ids('barista zzzz')).toEqual([]);
  });

  it('returns every template in gallery order for an empty or blank query', () => {
    expect(ids('')).toEqual(BUILTIN_TEMPLATES.map((t) => t.id));
    expect(ids('   ')).toEqual(BUILTIN_TEMPLATES.map((t) => t.id));
    expect(ids(' — ')).toEqual(BUILTIN_TEMPLATES.map((t) => t.id));
  });

  it('returns a fresh array each time', () => {
    const first = searchTemplates('');
    first.pop();
    expect(searchTemplates('').length).toBe(BUILTIN_TEMPLATES.length);
  });
});

describe('loadBuiltinTemplates', () => {
  const valid = (): unknown => JSON.parse(JSON.stringify(getBuiltinTemplate('barista')));

  it('names the file when a template is invalid', () => {
    const broken = { ...(valid() as object), category: 'Space travel' };
    expect(() => loadBuiltinTemplates([['barista.json', broken]])).toThrow(/barista\.json.*category/);
  });

  it('refuses an id that does not match its file name', () => {
    expect(() => loadBuiltinTemplates([['cashier.json', valid()]])).toThrow(/cashier\.json has id "barista"/);
  });

  it('refuses duplicate ids', () => {
    expect(() =>
      loadBuiltinTemplates([
        ['barista.json', valid()],
        ['barista.json', valid()],
      ]),
    ).toThrow(/share the id "barista"/);
  });

  it('refuses unknown keys, so a misspelt field cannot slip through', () => {
    const extra = { ...(valid() as object), keyword: ['typo'] };
    expect(() => loadBuiltinTemplates([['barista.json', extra]])).toThrow(/barista\.json/);
  });
});
