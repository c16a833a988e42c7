// Unit tests (Vitest, Node): the thirteenth round's rules, each with a case that must change and one that must not.
// Layouts from the retired held-out sets 13 and 14, each one any posting can have: a list without markers whose lines
// each start in capitals, the last ending in a full stop; parts of a document numbered in Roman numerals ("I. Basic
// Function") over paragraphs; lines without markers indented under a marked item, its sub-items; the "Expected start
// date" label of a job board's details.
import { describe, expect, it } from 'vitest';
import type { ParsedSection } from '../../electron/contract/jd-schemas';
import { parseJobDescriptionText } from '../../electron/core/job-descriptions/jd-parse-rules';

const outline = (sections: ParsedSection[]) => sections.map((s) => [s.kind, s.heading, s.paragraphs.length, s.bullets.length]);

describe('a list without markers whose last line ends in a full stop', () => {
  it('keeps each line starting in capitals as an item, not one sentence wrapped by the page', () => {
    const parsed = parseJobDescriptionText(
      [
        'Requirements & Expectations',
        'Must be able to communicate easily with other team members (Cooks and servers)',
        'Must be currently enrolled in a cooking program or a graduate of a recognized cooking program',
        'Food Safety program or willing to take the course',
        'Must be capable of heavy lifting',
        'Must dress and groom according to standards established from time to time.',
        'Benefits:',
        '- Dental care',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['requirements', 'Requirements & Expectations', 0, 5],
      ['benefits', 'Benefits', 0, 1],
    ]);
    expect(parsed.sections[0]?.bullets[3]).toBe('Must be capable of heavy lifting');
  });

  it('still joins a sentence the page width cut, whose lines go on in lower case', () => {
    const parsed = parseJobDescriptionText(
      [
        'Requirements',
        'Applicants must hold a current food handler card issued by the county health department',
        'before the first shift and must keep it valid for as long as they work in the kitchen',
        'and show it to the manager on request.',
        'Benefits:',
        '- Dental care',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['requirements', 'Requirements', 1, 0],
      ['benefits', 'Benefits', 0, 1],
    ]);
    expect(parsed.sections[0]?.paragraphs[0]).toMatch(/^Applicants must hold .* kitchen and show it to the manager on request\.$/);
  });
});

describe('a part of a document numbered in Roman numerals', () => {
  const posting = (first: string) =>
    parseJobDescriptionText(
      [
        first,
        '',
        'Responsible for keeping the interiors, exteriors and grounds of the property clean and in good repair.',
        '',
        'II. Relationship',
        '',
        'Reports to the Maintenance Supervisor. Takes part in staff meetings and training.',
        '',
        'III. Responsibilities',
        '',
        '• Completes make-ready units.',
        '• Repairs minor plumbing problems.',
      ].join('\n'),
    );

  it('heads the paragraph under it, numeral kept, whatever its words', () => {
    expect(outline(posting('I. Basic Function').sections)).toEqual([
      ['other', 'I. Basic Function', 1, 0],
      ['other', 'II. Relationship', 1, 0],
      ['responsibilities', 'III. Responsibilities', 0, 2],
    ]);
  });

  it('stays an item when it is a sentence, not a name in title case', () => {
    const parsed = posting('I. Clean the lobby every morning.');
    expect(parsed.sections.map((s) => s.heading)).not.toContain('I. Clean the lobby every morning.');
    expect(parsed.sections.flatMap((s) => s.bullets)).toContain('Clean the lobby every morning.');
  });
});

describe('lines without markers indented under a marked item', () => {
  it('are its sub-items when the item ends a sentence and each line is a few words in capitals', () => {
    const parsed = parseJobDescriptionText(
      [
        'Essential Duties',
        '',
        '1.    Maintain regular and predictable attendance.',
        '2.    Learn the following duties throughout the training:',
        '    •    Complete the grooming course by the fifth week.',
        '        Safe Pet Handling',
        '        Bathing, Drying and Brushing all coat types',
        '        Nail Trimming',
      ].join('\n'),
    );
    expect(parsed.sections[0]?.bullets).toEqual([
      'Maintain regular and predictable attendance.',
      'Learn the following duties throughout the training:',
      'Complete the grooming course by the fifth week.',
      'Safe Pet Handling',
      'Bathing, Drying and Brushing all coat types',
      'Nail Trimming',
    ]);
  });

  it('carry on the item when it was cut mid-sentence, or when only one such line follows', () => {
    const cut = parseJobDescriptionText(
      ['Essential Duties', '', '•    Complete the grooming course for', '        Safe Pet Handling', '        Bathing and Brushing', '•    Clean the kennels.'].join('\n'),
    );
    expect(cut.sections[0]?.bullets).toEqual(['Complete the grooming course for Safe Pet Handling Bathing and Brushing', 'Clean the kennels.']);
    const one = parseJobDescriptionText(['Essential Duties', '', '•    Complete the grooming course.', '        Safe Pet Handling', '•    Clean the kennels.'].join('\n'));
    expect(one.sections[0]?.bullets).toEqual(['Complete the grooming course. Safe Pet Handling', 'Clean the kennels.']);
  });
});

describe('the "Expected start date" label', () => {
  it('is a field, as "Start date" is, not a line of the list above it', () => {
    const parsed = parseJobDescriptionText(['Dishwasher', '', 'Schedule:', '- 8 hour shift', 'Work Location: In person', 'Expected start date: 2024-10-14'].join('\n'));
    expect(parsed.fields).toMatchObject({ 'Work Location': 'In person', 'Expected start date': '2024-10-14' });
    expect(parsed.sections.flatMap((s) => s.paragraphs)).not.toContain('Expected start date: 2024-10-14');
  });

  it('leaves a sentence about the start date as text', () => {
    const parsed = parseJobDescriptionText(['Dishwasher', '', 'Schedule:', '- 8 hour shift', 'Our expected start date for this role is in the spring: March 2025.'].join('\n'));
    expect(parsed.fields).not.toHaveProperty('Our expected start date for this role is in the spring');
    expect(parsed.sections.flatMap((s) => [...s.paragraphs, ...s.bullets]).join(' ')).toContain('Our expected start date for this role is in the spring');
  });
});

describe('a sub-heading written as an item, over items with items of their own', () => {
  const posting = (sub: string) =>
    parseJobDescriptionText(
      [
        'Basic Function:',
        '',
        '  1. Maintains the property in safe, attractive condition.',
        '  2. Assists in other maintenance when necessary.',
        '',
        sub,
        '  1. Satisfies service requests per work orders:',
        '    1. Makes repair,',
        '    2. Cleans up thoroughly,',
        '  2. Assists with make-ready procedures:',
        '    1. Paints,',
        '    2. Checks locks',
      ].join('\n'),
    );

  it('heads the items after it, those indented under them included', () => {
    expect(outline(posting('  • Corrective Maintenance:').sections)).toEqual([
      ['other', 'Basic Function', 0, 2],
      ['other', 'Corrective Maintenance', 0, 6],
    ]);
  });

  it('stays an item when it is a sentence, not a short label', () => {
    const parsed = posting('  • Completes the corrective maintenance the manager assigns:');
    expect(parsed.sections.map((s) => s.heading)).toEqual(['Basic Function']);
    expect(parsed.sections[0]?.bullets).toContain('Completes the corrective maintenance the manager assigns:');
  });
});

describe('a paragraph, a heading and its "•" items all on one line', () => {
  it('reads the paragraph, then the heading over its items', () => {
    const parsed = parseJobDescriptionText(
      "Get your foot in the kitchen door as our new Dishwasher! If you're personable, apply today! Responsibilities: • Scrape plates and sort dishes • Sweep and scrub kitchen floors • Train in all other areas of the kitchen",
    );
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'Summary', 1, 0],
      ['responsibilities', 'Responsibilities', 0, 3],
    ]);
    expect(parsed.sections[0]?.paragraphs[0]).toBe("Get your foot in the kitchen door as our new Dishwasher! If you're personable, apply today!");
  });

  it('leaves a sentence with a colon and one "•" in its paragraph', () => {
    const parsed = parseJobDescriptionText('We wash every dish by hand here. Responsibilities: • scraping plates is the first job of the shift, every shift.');
    expect(parsed.sections.map((s) => s.heading)).not.toContain('Responsibilities');
    expect(parsed.sections.flatMap((s) => s.paragraphs).join(' ')).toContain('Responsibilities: • scraping plates');
  });
});

describe("a field's value broken at its hyphen", () => {
  it('joins the word back whole ("Non" over "-Exempt")', () => {
    const parsed = parseJobDescriptionText(['Cook', '', 'FLSA STATUS: Non', '-Exempt', 'REPORTS TO: Director of Child Nutrition', '', 'Duties', '- Cooks food.', '- Cleans.'].join('\n'));
    expect(parsed.fields).toEqual({ 'FLSA STATUS': 'Non-Exempt', 'REPORTS TO': 'Director of Child Nutrition' });
    expect(parsed.sections.flatMap((s) => [...s.paragraphs, ...s.bullets])).not.toContain('-Exempt');
  });

  it('leaves an item marked with a dash under a whole value as an item', () => {
    const parsed = parseJobDescriptionText(['Cook', '', 'FLSA STATUS: Non-exempt', '- Exempt staff get overtime at the manager’s discretion', '', 'Duties', '- Cooks food.', '- Cleans.'].join('\n'));
    expect(parsed.fields['FLSA STATUS']).toBe('Non-exempt');
    expect(parsed.sections.flatMap((s) => s.bullets)).toContain('Exempt staff get overtime at the manager’s discretion');
  });
});

describe('a heading in capitals glued to a label in capitals', () => {
  it('splits where a heading we know ends and a label we know starts', () => {
    const parsed = parseJobDescriptionText(['JOB DESCRIPTIONJOB TITLE: Nutritional Service Assistant', 'REPORTS TO: Director of Child Nutrition', '', 'Duties', '- Serves meals.', '- Cleans.'].join('\n'));
    expect(parsed.fields).toEqual({ 'JOB TITLE': 'Nutritional Service Assistant', 'REPORTS TO': 'Director of Child Nutrition' });
    expect(parsed.title).toBe('Nutritional Service Assistant');
  });

  it('leaves a label in capitals that is no heading glued to a label as it was', () => {
    const parsed = parseJobDescriptionText(['Cook', '', 'KITCHEN DUTIESINCLUDE: sweeping', '', 'Duties', '- Cooks food.', '- Cleans.'].join('\n'));
    expect(parsed.fields).toEqual({ 'KITCHEN DUTIESINCLUDE': 'sweeping' });
  });
});
