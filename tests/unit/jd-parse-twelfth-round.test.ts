// Unit tests (Vitest, Node): the twelfth round's rules, each with a case that must change and one that must not.
// Layouts from the retired held-out set 12 (and the misses left from set 11), each one any posting can have: a form
// whose labels sit in one column and values in the next, with the "Print this page >>" link over it; a line under an
// empty heading and over the next heading in capitals with its colon, which is the first heading's text, not a
// sub-heading; a posting that writes its lists without markers, whose short sections are lists written the same way.
import { describe, expect, it } from 'vitest';
import type { ParsedJobDescription, ParsedSection } from '../../electron/contract/jd-schemas';
import { parseJobDescriptionText } from '../../electron/core/job-descriptions/jd-parse-rules';

const outline = (sections: ParsedSection[]) => sections.map((s) => [s.kind, s.heading, s.paragraphs.length, s.bullets.length]);
/** Every word the parse kept: title, fields and sections' text. */
const keptText = (parsed: ParsedJobDescription): string =>
  [parsed.title ?? '', ...Object.entries(parsed.fields).flat(), ...parsed.sections.flatMap((s) => [s.heading, ...s.paragraphs, ...s.bullets])].join('\n');

describe("a form's label column over its value column", () => {
  it('pairs each label with the value in the same place of the column below, and drops the print link over them', () => {
    const parsed = parseJobDescriptionText(
      [
        'Print this page >>',
        '',
        'POSITION TITLE:',
        'DEPARTMENT:',
        'REPORTS TO:',
        'GRADE:',
        'Groundskeeper',
        'Parks and Recreation',
        'Parks Supervisor',
        '9',
        '',
        'POSITION SUMMARY:',
        'Mows, trims and waters the town parks and keeps their paths clear.',
      ].join('\n'),
    );
    expect(parsed.fields).toEqual({ 'POSITION TITLE': 'Groundskeeper', DEPARTMENT: 'Parks and Recreation', 'REPORTS TO': 'Parks Supervisor', GRADE: '9' });
    expect(parsed.title).toBe('Groundskeeper');
    expect(outline(parsed.sections)).toEqual([['summary', 'POSITION SUMMARY', 1, 0]]);
    expect(keptText(parsed)).not.toContain('Print this page');

    const linked = parseJobDescriptionText(['Print this page >>', '', 'Dishwasher', '', 'Duties', '- Washes dishes.'].join('\n'));
    expect(linked.title).toBe('Dishwasher');
    expect(outline(linked.sections)).toEqual([['responsibilities', 'Duties', 0, 1]]);
  });

  it('leaves labels whose values do not fill the column below, and a print link inside a sentence, as they were', () => {
    // Four labels, three lines under them: no column of values, so no pairing.
    const short = parseJobDescriptionText(['POSITION TITLE:', 'DEPARTMENT:', 'REPORTS TO:', 'GRADE:', 'Groundskeeper', 'Parks and Recreation', 'Parks Supervisor'].join('\n'));
    expect(short.fields).not.toHaveProperty('GRADE');
    expect(short.fields['POSITION TITLE']).not.toBe('Groundskeeper');
    expect(keptText(short)).toContain('Parks Supervisor');

    const sentence = parseJobDescriptionText(['Cashier', '', 'How to apply', 'Print this page and bring it to the front desk >>'].join('\n'));
    expect(keptText(sentence)).toContain('Print this page and bring it to the front desk');
  });
});

describe('a line under an empty heading, over the next heading', () => {
  it("is the first heading's text, not a sub-heading over the next heading", () => {
    const parsed = parseJobDescriptionText(['REQUIREMENTS', 'EDUCATION:', 'High School Diploma or equivalent required', 'KNOWLEDGE:', '- Knowledge of hotel safety rules', '- Knowledge of cleaning products'].join('\n'));
    expect(parsed.sections.map((s) => s.heading)).toEqual(['EDUCATION', 'KNOWLEDGE']);
    expect(parsed.sections[0]?.paragraphs).toContain('High School Diploma or equivalent required');
  });

  it('still heads what follows when the line in capitals under it is no heading (no colon)', () => {
    const parsed = parseJobDescriptionText(
      ['Duties', '- Sort donations.', '', 'Requirements', 'Conditions of employment', 'MUST PASS A BACKGROUND CHECK', '- Valid driver license', '- Clean driving record'].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['responsibilities', 'Duties', 0, 1],
      ['requirements', 'Conditions of employment', 2, 2],
    ]);
  });
});

describe('a posting that writes its lists without markers', () => {
  const posting = (tail: string[]) =>
    parseJobDescriptionText(
      [
        'ESSENTIAL DUTIES:',
        'Greets guests in a friendly and professional way',
        'Prepares guest rooms and meeting rooms',
        'Cleans the lobby and public restrooms',
        'Replaces stocks of guest supplies',
        ...tail,
      ].join('\n'),
    );

  it('reads the one or two lines under its other headings as items too, never joined into one line', () => {
    const parsed = posting([
      'EDUCATION:',
      'High School Diploma or equivalent required',
      'PHYSICAL:',
      'The employee is occasionally required to sit; climb or balance; and stoop, kneel, crouch or crawl',
      'The employee must frequently lift and/or move up to 25 pounds',
    ]);
    expect(outline(parsed.sections)).toEqual([
      ['responsibilities', 'ESSENTIAL DUTIES', 0, 4],
      ['requirements', 'EDUCATION', 0, 1],
      ['other', 'PHYSICAL', 0, 2],
    ]);
    expect(parsed.sections[2]?.bullets[1]).toBe('The employee must frequently lift and/or move up to 25 pounds');
  });

  it('leaves sentences, prose sections, short notes and postings with markers as they were', () => {
    const prose = posting(['JOB SUMMARY:', 'The purpose of this role is to keep every guest room ready for arrival', 'WORKING CONDITIONS:', 'See attached form', 'DRESS CODE:', 'Black non-slip shoes are required.']);
    expect(outline(prose.sections).slice(1)).toEqual([
      ['summary', 'JOB SUMMARY', 1, 0],
      ['other', 'WORKING CONDITIONS', 1, 0],
      ['other', 'DRESS CODE', 1, 0],
    ]);

    // A posting whose lists have markers: a line alone under a heading stays a paragraph.
    const marked = parseJobDescriptionText(['ESSENTIAL DUTIES:', '- Greets guests', '- Prepares guest rooms', 'EDUCATION:', 'High School Diploma or equivalent required'].join('\n'));
    expect(outline(marked.sections)).toEqual([
      ['responsibilities', 'ESSENTIAL DUTIES', 0, 2],
      ['requirements', 'EDUCATION', 1, 0],
    ]);
  });
});

describe('a first line made only of words about the posting', () => {
  it('is the heading of the text under it, not the title ("Job Preview", "Job Opening Explained")', () => {
    const preview = parseJobDescriptionText(
      ['Job Preview', 'The dishwasher cleans all the dishes, glasses and cooking supplies of the kitchen and keeps the dish room in order.', 'Responsibilities:', 'Sweep and mop floors.', 'Remove trash.'].join('\n'),
    );
    expect(preview.title).toBeNull();
    expect(outline(preview.sections)).toEqual([
      ['other', 'Job Preview', 1, 0],
      ['responsibilities', 'Responsibilities', 0, 2],
    ]);

    const explained = parseJobDescriptionText(['Job Opening Explained', '', '', 'Bussers help the servers by clearing and setting tables throughout service.'].join('\n'));
    expect(explained.title).toBeNull();
    expect(explained.sections.map((s) => s.heading)).toEqual(['Job Opening Explained']);
  });

  it("keeps a first line that names a job as the title, and a job board's \"Job Description\" as before", () => {
    const named = parseJobDescriptionText(['Dishwasher Position', 'The dishwasher cleans all the dishes, glasses and cooking supplies of the kitchen.', 'Responsibilities:', '- Sweep and mop floors.'].join('\n'));
    expect(named.title).toBe('Dishwasher Position');

    const board = parseJobDescriptionText(['Job Description', '', 'Dishwasher', '', 'Responsibilities:', '- Sweep and mop floors.'].join('\n'));
    expect(board.title).toBe('Dishwasher');
    expect(outline(board.sections)).toEqual([['responsibilities', 'Responsibilities', 0, 1]]);
  });
});

describe('the words of a heading that heads nothing', () => {
  it("keeps a heading at the posting's end with nothing under it, colon and all, in the last section", () => {
    const parsed = parseJobDescriptionText(['Cashier', '', 'Duties', '- Count the till.', '- Greet customers.', '', 'Physical Demands:'].join('\n'));
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Duties', 1, 2]]);
    expect(parsed.sections[0]?.paragraphs).toEqual(['Physical Demands:']);
  });

  it('keeps the colon of a lead-in written as a heading, and the section heading itself without it', () => {
    const parsed = parseJobDescriptionText(['Store Clerk', '', '', 'The Duties and Responsibilities are:', '', '', 'General Management:', '', '', 'Opens the store at the hours set by the Store Manager.'].join('\n'));
    expect(parsed.sections.map((s) => s.heading)).toEqual(['General Management']);
    expect(parsed.sections[0]?.paragraphs[0]).toBe('The Duties and Responsibilities are:');
  });

  it("leaves a heading over a job board's card lines out, with the cards, and a heading over content as it was", () => {
    const board = parseJobDescriptionText(['Duties', '- Wash dishes', '- Sweep floors', 'Perks', 'Dishwasher • Bend, OR, US', 'Prep Cook · Part-time · Bend'].join('\n'));
    expect(outline(board.sections)).toEqual([['responsibilities', 'Duties', 0, 2]]);
    expect(keptText(board)).not.toContain('Perks');

    const headed = parseJobDescriptionText(['Duties', '- Wash dishes', '', 'Physical Demands:', '- Lift 50 pounds'].join('\n'));
    expect(outline(headed.sections)).toEqual([
      ['responsibilities', 'Duties', 0, 1],
      ['requirements', 'Physical Demands', 0, 1],
    ]);
  });
});

describe('lines that each hold several sentences', () => {
  it('are paragraphs under their heading, not items of a list without markers', () => {
    const parsed = parseJobDescriptionText(
      [
        'Summary of Position:',
        'Act with integrity and honesty, and promote the vision of the market. Display behaviors consistent with its values.',
        'Make the dishes sparkle! As assigned, wash and clean tableware, pots and pans. Keep the dish area organized.',
        'DUTIES AND RESPONSIBILITIES:',
        '- Maintain regular and punctual attendance.',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'Summary of Position', 2, 0],
      ['responsibilities', 'DUTIES AND RESPONSIBILITIES', 0, 1],
    ]);
  });

  it('leaves lines of one sentence each, or some of one, as items', () => {
    const parsed = parseJobDescriptionText(
      ['Requirements:', 'Food handler card required.', 'Lifts up to 50 pounds. Stands for long periods.', 'Weekend availability.'].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([['requirements', 'Requirements', 0, 3]]);
  });
});

describe('a line naming only the kind of employment or pay status', () => {
  it('is a fact about the job in its section, not a heading ("Non-Exempt (eligible for overtime)")', () => {
    const parsed = parseJobDescriptionText(
      [
        'Reports To:  Maintenance Superintendent',
        '',
        'The technician keeps the buildings and grounds of the community in good repair and answers requests.',
        '',
        'Non-Exempt (eligible for overtime)',
        '',
        'Conducts all business in accordance with company policies and procedures, state and federal laws; e.g., OSHA, ADA, etc.',
        '',
        'Preventive Maintenance',
        '',
        '  • Must know the laws on storing hazardous materials.',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'Summary', 3, 0],
      ['other', 'Preventive Maintenance', 0, 1],
    ]);
    expect(parsed.sections[0]?.paragraphs[1]).toBe('Non-Exempt (eligible for overtime)');
  });

  it('leaves a heading about such a job, and one with its colon over a list, as headings', () => {
    const parsed = parseJobDescriptionText(['Duties', '- Sort donations.', '', 'Full-Time Benefits', '- Paid holidays', '', 'Part-time:', '- Weekends only', '- Four hours a shift'].join('\n'));
    expect(parsed.sections.map((s) => s.heading)).toEqual(['Duties', 'Full-Time Benefits', 'Part-time']);
  });
});

describe('a heading over nothing but short lines standing apart', () => {
  it('reads two such lines or more as its items', () => {
    const parsed = parseJobDescriptionText(
      ['Dish washer', '', 'POSITION REPORTS TO:', '', 'Directly to Chef / Kitchen Manager', '', 'Takes daily direction from Shift Kitchen lead', '', '', 'DUTIES:', '', '  • Washes dishes'].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['other', 'POSITION REPORTS TO', 0, 2],
      ['responsibilities', 'DUTIES', 0, 1],
    ]);
  });

  it('leaves sentences standing apart, a single short line and short lines after prose as they were', () => {
    const sentences = parseJobDescriptionText(['Line Cook', '', 'Working Conditions', '', 'Works in a hot kitchen.', '', 'Stands for long periods.'].join('\n'));
    expect(outline(sentences.sections)).toEqual([['other', 'Working Conditions', 2, 0]]);

    const single = parseJobDescriptionText(['Line Cook', '', 'Working Conditions', '', 'Hot kitchen'].join('\n'));
    expect(outline(single.sections)).toEqual([['other', 'Working Conditions', 1, 0]]);

    const afterProse = parseJobDescriptionText(['About Us', '', 'We are a family bakery that has served the town for thirty years and counting.', '', 'Acme Bakery', '', 'Portland, OR'].join('\n'));
    expect(afterProse.sections[0]?.bullets).toEqual([]);
  });
});

describe('a first line read as the title when the title comes from a field', () => {
  it('is kept in the opening section, not dropped', () => {
    const parsed = parseJobDescriptionText(['Grafton County', '', 'Position Title: Housekeeper', '', 'Duties', '- Cleans the residents’ rooms.'].join('\n'));
    expect(parsed.title).toBe('Housekeeper');
    expect(parsed.sections[0]).toMatchObject({ heading: 'More information', paragraphs: ['Grafton County'] });
    expect(keptText(parsed)).toContain('Grafton County');
  });

  it('is not kept twice when it is the job named again', () => {
    const parsed = parseJobDescriptionText(['Housekeeper', '', 'Position Title: Housekeeper', '', 'Duties', '- Cleans the residents’ rooms.'].join('\n'));
    expect(parsed.title).toBe('Housekeeper');
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Duties', 0, 1]]);
  });
});

describe('a label over an address', () => {
  it('heads the address, kept line by line, instead of taking the street as its value', () => {
    const parsed = parseJobDescriptionText(
      ['Food Preparation Workers', 'Employer', '55 Sergeant Prentiss Dr.', 'Natchez, MS 39120', 'United States', 'Job description', 'Assist cooks and kitchen staff with various tasks as needed.'].join('\n'),
    );
    expect(parsed.fields).toEqual({});
    expect(parsed.sections[0]).toMatchObject({ heading: 'Employer', paragraphs: ['55 Sergeant Prentiss Dr.', 'Natchez, MS 39120', 'United States'], bullets: [] });
  });

  it('leaves a label over one value, and a street line without a place line under it, as a field', () => {
    const pay = parseJobDescriptionText(['Dishwasher', '', 'Salary', '$15 an hour', '', 'Duties', '- Washes dishes.'].join('\n'));
    expect(pay.fields).toEqual({ Salary: '$15 an hour' });

    const street = parseJobDescriptionText(['Dishwasher', '', 'Location', '12 Main Street', '', 'Duties', '- Washes dishes.'].join('\n'));
    expect(street.fields).toEqual({ Location: '12 Main Street' });
  });
});
