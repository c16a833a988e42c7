// Pure posting formatting: pay ranges per currency and period, places, slugs, section blocks and the
// flyer's sentences and line estimates. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import { htmlToBlocks, withLinkAddresses } from '../../electron/core/postings/posting-blocks';
import { sentencesOf } from '../../electron/core/postings/posting-flyer-fit';
import { lineCount } from '../../electron/core/postings/posting-measure';
import { formatDate, formatSalary, formatWorkplace, slugify } from '../../electron/core/postings/posting-format';
import { uniqueSlugs } from '../../electron/core/postings/careers-site';
import { Company, EMPTY_ADDRESS, Role, RoleDraft } from '../../electron/contract';
import { postingMarkdown } from '../../electron/core/postings/posting-markdown';
import { buildPostingModel } from '../../electron/core/postings/posting-model';

const ID = '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e';

const pay = (salaryMin: number | null, salaryMax: number | null, salaryCurrency = 'USD', salaryPeriod: 'hour' | 'year' = 'hour') => ({
  salaryMin,
  salaryMax,
  salaryCurrency,
  salaryPeriod,
});

describe('posting formatting', () => {
  it('formats pay ranges with the currency and period', () => {
    expect(formatSalary(pay(18, 22), 'en-US')).toBe('$18–$22 an hour');
    expect(formatSalary(pay(17.5, 19.5), 'en-US')).toBe('$17.50–$19.50 an hour');
    expect(formatSalary(pay(45000, 55000, 'EUR', 'year'), 'en-GB')).toBe('€45,000–€55,000 a year');
    expect(formatSalary(pay(24000, null, 'GBP', 'year'), 'en-GB')).toBe('From £24,000 a year');
    expect(formatSalary(pay(null, 30), 'en-US')).toBe('Up to $30 an hour');
    expect(formatSalary(pay(20, 20), 'en-US')).toBe('$20 an hour');
    expect(formatSalary(pay(null, null), 'en-US')).toBeNull();
  });

  it('formats dates as the day they name, in the paper size locale', () => {
    expect(formatDate('2026-03-31', 'en-US')).toBe('March 31, 2026');
    expect(formatDate('2026-03-31', 'en-GB')).toBe('31 March 2026');
  });

  it('says where the work happens', () => {
    const location = { ...EMPTY_ADDRESS, city: 'Portland', region: 'OR' };
    expect(formatWorkplace({ workplace: 'onsite', remoteCountries: [], location }, EMPTY_ADDRESS)).toBe('Portland, OR');
    expect(formatWorkplace({ workplace: 'hybrid', remoteCountries: [], location }, EMPTY_ADDRESS)).toBe('Hybrid · Portland, OR');
    expect(formatWorkplace({ workplace: 'remote', remoteCountries: ['Canada', 'Mexico'], location }, EMPTY_ADDRESS)).toBe('Remote (Canada, Mexico)');
    expect(formatWorkplace({ workplace: 'onsite', remoteCountries: [], location: EMPTY_ADDRESS }, location)).toBe('Portland, OR');
  });

  it('makes safe, unique slugs', () => {
    expect(slugify('Café Zöe — Head Baker!')).toBe('cafe-zoe-head-baker');
    expect(slugify('<script>')).toBe('script');
    expect(slugify('👩‍🍳')).toBe('posting');
    expect(uniqueSlugs(['Baker', 'baker', 'BAKER', 'con', '../etc'])).toEqual(['baker', 'baker-2', 'baker-3', 'con-job', 'etc']);
  });

  it('reads sanitized HTML into paragraphs and lists, with link addresses shown', () => {
    const blocks = htmlToBlocks('<p>Hi <strong>there</strong><br>next</p><ul><li>One<ul><li>Inner</li></ul></li><li>Two</li></ul>');
    expect(blocks.map((b) => b.type)).toEqual(['p', 'list']);
    const list = blocks[1];
    expect(list?.type === 'list' && list.items.map((i) => i.depth)).toEqual([0, 1, 0]);
    const [p] = htmlToBlocks('<p>See <a href="https://a.example/x">our <em>menu</em></a>.</p>');
    const runs = p?.type === 'p' ? withLinkAddresses(p.runs) : [];
    expect(runs.map((r) => ('text' in r ? r.text : '\n')).join('')).toBe('See our menu (a.example/x).');
  });

  it('keeps text with the same marks as one run, however the parser splits it at entities', () => {
    const [p] = htmlToBlocks('<p>1&#46; x &amp; <strong>y&lt;</strong>z</p>');
    expect(p?.type === 'p' && p.runs).toEqual([
      { text: '1. x & ', strong: false, em: false, href: null },
      { text: 'y<', strong: true, em: false, href: null },
      { text: 'z', strong: false, em: false, href: null },
    ]);
    // One run reaches the Markdown escaping whole, so "1." at the start of a paragraph cannot start a list.
    const at = '2026-01-01T00:00:00.000Z';
    const role = Role.parse({ ...RoleDraft.parse({ title: 'Baker' }), id: ID, archivedAt: null, sample: false, createdAt: at, updatedAt: at });
    const company = Company.parse({ name: '', website: '', address: EMPTY_ADDRESS, defaultCurrency: 'USD', paperSize: 'a4', logo: null, updatedAt: at });
    const model = buildPostingModel({ role, company, sections: [{ id: ID, kind: 'summary', heading: 'Intro', html: '<p>1&#46; x</p>' }], today: '2026-01-01' });
    expect(postingMarkdown(model)).toContain('\n\n1\\. x\n');
  });

  it('splits a paragraph into whole sentences for the flyer', () => {
    expect(sentencesOf('We bake at 4 am. Do you? We’ll teach you “the rest.” 2 shifts a week!')).toEqual(['We bake at 4 am.', 'Do you?', 'We’ll teach you “the rest.”', '2 shifts a week!']);
    expect(sentencesOf('Pay is $18.50 an hour, e.g. for weekends')).toEqual(['Pay is $18.50 an hour, e.g. for weekends']);
  });

  it('estimates wrapped lines word by word, breaking a word only when it is wider than the line', () => {
    expect(lineCount('Make espresso drinks to our recipe cards', 174, 12)).toBe(1);
    // "word" is 10.2 mm wide in 12 pt Inter and a space 1.2 mm: ten words fill a 120 mm line.
    expect(lineCount('word '.repeat(40), 120, 12)).toBe(4);
    expect(lineCount('word '.repeat(41), 120, 12)).toBe(5);
    expect(lineCount('x'.repeat(500), 100, 12)).toBeGreaterThanOrEqual(10);
  });
});
