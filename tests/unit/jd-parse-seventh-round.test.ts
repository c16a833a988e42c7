// Unit tests (Vitest, Node): the seventh round's general parsing rules, each with a case that must change and one
// that must not: character references in Markdown, a heading in capitals run into its lead-in sentence, a "NOTE:" in
// capitals, a place under the job's name, two semicolon items on one line, a notice shouted after a list, items that
// lost their bullet glyph but kept its indent, an employer or department before the job's name, a kind of job in
// brackets, and the kinds of a few more headings.
import { describe, expect, it } from 'vitest';
import type { ParsedSection } from '../../electron/contract/jd-schemas';
import { classifyHeading } from '../../electron/core/job-descriptions/jd-parse-headings';
import { parseJobDescriptionFile } from '../../electron/core/job-descriptions/jd-import-formats';
import { parseJobDescriptionText } from '../../electron/core/job-descriptions/jd-parse-rules';
import { sectionToHtml } from '../../electron/core/job-descriptions/jd-parse-sections';

const outline = (sections: ParsedSection[]) => sections.map((s) => [s.kind, s.heading, s.paragraphs.length, s.bullets.length]);
const markdown = (text: string) => parseJobDescriptionFile(new TextEncoder().encode(text), 'posting.md');

describe('character references in Markdown', () => {
  it('decodes them, as Markdown allows them anywhere in text', async () => {
    const parsed = await markdown('## Benefits\n\n- $100&#x2F;mo education stipend\n- as long as you&#x27;re aligned &amp; productive\n');
    expect(parsed.sections[0]?.bullets).toEqual(["$100/mo education stipend", "as long as you're aligned & productive"]);
  });

  it('keeps decoded markup as text: the stored HTML escapes it', async () => {
    const parsed = await markdown('## Benefits\n\n- &lt;img src=x onerror=alert(1)&gt; &amp;lt;b&amp;gt;\n- Staff meal\n');
    const section = parsed.sections[0];
    expect(section?.bullets[0]).toBe('<img src=x onerror=alert(1)> &lt;b&gt;');
    expect(section ? sectionToHtml(section) : '').toBe('<ul><li>&lt;img src=x onerror=alert(1)&gt; &amp;lt;b&amp;gt;</li><li>Staff meal</li></ul>');
  });

  it('leaves an ampersand that starts no reference as written', async () => {
    const parsed = await markdown('## Benefits\n\n- Health & dental from day one\n- R&D budget &more\n');
    expect(parsed.sections[0]?.bullets).toEqual(['Health & dental from day one', 'R&D budget &more']);
  });
});

describe('a heading in capitals run into its lead-in sentence', () => {
  it('splits the known heading from the sentence, which leads into the list', () => {
    const parsed = parseJobDescriptionText(
      [
        'SUMMARY: Responsible for the whole station and for talking with the hosts about the guests.',
        'ESSENTIAL DUTIES AND RESPONSIBILITIES include the following. Other duties may be assigned.',
        'Greets the guests within one minute.',
        'Takes the order and suggests menu items.',
        'Keeps work area cleaned and organized.',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'SUMMARY', 1, 0],
      ['responsibilities', 'ESSENTIAL DUTIES AND RESPONSIBILITIES', 1, 3],
    ]);
    expect(parsed.sections[1]?.paragraphs[0]).toBe('include the following. Other duties may be assigned.');
  });

  it('leaves capitals that are not a heading we know as the sentence they start', () => {
    const parsed = parseJobDescriptionText('Duties\n\nHVAC SYSTEMS are checked by the technician every week.\nABC COMPANY staff clean the dining room nightly.');
    expect(parsed.sections.map((s) => s.heading)).toEqual(['Duties']);
  });
});

describe('a note in capitals', () => {
  it('stays a paragraph of the section it notes, not a heading', () => {
    const parsed = parseJobDescriptionText(
      ['MAJOR DUTIES:', 'Operate heavy equipment;', 'Service equipment;', 'Train new operators.', 'NOTE: ALL DUTIES LISTED ARE NOT NECESSARILY PERFORMED BY EACH INDIVIDUAL.', 'SUPERVISORY CONTROLS: Work is performed under the regular supervision of a Crew Supervisor.'].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['responsibilities', 'MAJOR DUTIES', 1, 3],
      ['other', 'SUPERVISORY CONTROLS', 1, 0],
    ]);
    expect(parsed.sections[0]?.paragraphs[0]).toMatch(/^NOTE: ALL DUTIES/);
  });
});

describe('a place under the job name', () => {
  it('is not a heading', () => {
    const under = parseJobDescriptionText('Equipment Operator\n\nMandan, ND\n\nThe City of Mandan is currently accepting applications for the position of equipment operator.\n\nDuties\n- Plow snow\n- Patch streets');
    expect(under.sections.map((s) => s.heading)).toEqual(['Summary', 'Duties']);
    const between = parseJobDescriptionText('We are hiring a cook for our diner in town, full time, with good pay.\n\nPortland, OR\n\nWe are open from six until three every day of the week.');
    expect(between.sections.map((s) => s.heading)).toEqual(['Summary']);
  });

  it('leaves a short title-case heading with a comma a heading', () => {
    const parsed = parseJobDescriptionText('We are a bakery in town and we need help with the morning rush this year.\n\nPay, Perks\n- $18 an hour\n- Free bread');
    expect(parsed.sections.map((s) => s.heading)).toContain('Pay, Perks');
  });
});

describe('semicolon items', () => {
  it('counts two items run together on one line of a semicolon list as two', () => {
    const parsed = parseJobDescriptionText(
      ['MAJOR DUTIES:', 'Operate heavy equipment as defined by the garage;', 'Service and make minor repairs to equipment;', 'Supervise and/or train subordinate operators; Performs other related duties as assigned.'].join('\n'),
    );
    expect(parsed.sections[0]?.bullets).toEqual([
      'Operate heavy equipment as defined by the garage;',
      'Service and make minor repairs to equipment;',
      'Supervise and/or train subordinate operators;',
      'Performs other related duties as assigned.',
    ]);
  });

  it('keeps a semicolon inside an item of a list written otherwise', () => {
    const parsed = parseJobDescriptionText('Requirements:\n- Valid license; Class B preferred\n- Lift 50 lb\n- Work weekends');
    expect(parsed.sections[0]?.bullets).toEqual(['Valid license; Class B preferred', 'Lift 50 lb', 'Work weekends']);
  });
});

describe('a notice shouted after a list', () => {
  it('is not one of its items', () => {
    const parsed = parseJobDescriptionText('Benefits:\n401(k)\nEmployee discounts\nPaid time off\n**MUST BE AVAILABLE TO WORK WEEKENDS AND HOLIDAYS.');
    expect(parsed.sections[0]?.bullets).toEqual(['401(k)', 'Employee discounts', 'Paid time off']);
    expect(parsed.sections[0]?.paragraphs).toEqual(['**MUST BE AVAILABLE TO WORK WEEKENDS AND HOLIDAYS.']);
  });

  it('keeps a list written in capitals whole', () => {
    const parsed = parseJobDescriptionText('Benefits:\nHEALTH INSURANCE FOR ALL STAFF.\nPAID TIME OFF EVERY MONTH.\nFREE MEALS ON EVERY SHIFT.');
    expect(parsed.sections[0]?.bullets).toHaveLength(3);
  });
});

describe('items that lost their bullet glyph', () => {
  it('reads lines led by the space the glyph left as items, with their marked sub-items', () => {
    const parsed = parseJobDescriptionText(
      [
        'Essential Duties',
        ' Know floor plan including table numbers.',
        ' Greet guests, explain menu, listen and respond to questions.',
        '    • Accuracy of order entry into POS system',
        '    • Offer upsell items when available.',
        ' Understand their priority list',
        '    • Run hot food',
        '    • Refill drinks',
        ' Deliver checks promptly to the line.',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Essential Duties', 0, 8]]);
  });

  it('does not read a paste indented throughout as a list', () => {
    const parsed = parseJobDescriptionText(' Line Cook\n We are a family diner and we cook everything fresh, every day of the week.\n Our cooks work mornings and we close at three in the afternoon every day.\n Staff eat for free.');
    expect(parsed.sections.every((s) => s.bullets.length === 0)).toBe(true);
  });
});

describe('titles', () => {
  it('drops an employer or a department written before the job and a spaced colon or dash', () => {
    expect(parseJobDescriptionText('Acme Robotics | Line Cook\n\nWe cook breakfast for the plant every morning of the week, all year long.').title).toBe('Line Cook');
    expect(parseJobDescriptionText('2023-24 FOOD & NUTRITION SERVICES - FOOD SERVICE ASSISTANT\nQUALIFICATIONS:\n- High school diploma\n- Food handler card').title).toBe('FOOD SERVICE ASSISTANT');
  });

  it('keeps a job named on both sides, and a kind of the job in brackets', async () => {
    expect(parseJobDescriptionText('Line Cook - Prep Cook\n\nWe cook breakfast for the plant every morning of the week, all year long.').title).toBe('Line Cook - Prep Cook');
    const parsed = await markdown('---\ntitle: "BuildBetter : Senior Engineer (Backend, Full-stack)"\n---\nWe build tools for product teams and we are hiring.\n');
    expect(parsed.title).toBe('Senior Engineer (Backend, Full-stack)');
    expect((await markdown('# Cashier (substitute employee position)\n\nWe are a food co-op and we need help at the registers this season.\n')).title).toBe('Cashier');
  });
});

describe('kinds of headings', () => {
  it('names the kinds of a few more headings', () => {
    expect(classifyHeading('JOB GOAL')).toBe('summary');
    expect(classifyHeading('GOAL')).toBe('summary');
    expect(classifyHeading('SUMMARY OF ESSENTIAL DUTIES AND RESPONSIBILITIES')).toBe('responsibilities');
    expect(classifyHeading("We're looking for someone who")).toBe('requirements');
    expect(classifyHeading("What's it like to work at BuildBuddy?")).toBe('benefits');
    expect(classifyHeading('LICENSING')).toBe('requirements');
    expect(classifyHeading('DEXTERITY')).toBe('requirements');
  });

  it('leaves the headings they resemble as they were', () => {
    expect(classifyHeading('Summary')).toBe('summary');
    expect(classifyHeading('Goals for your first year')).not.toBe('summary');
    expect(classifyHeading('What we offer')).toBe('benefits');
  });
});
