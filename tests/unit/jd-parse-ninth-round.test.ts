// Unit tests (Vitest, Node): the ninth round's general parsing rules, each with a case that must change and one
// that must not: a Markdown heading whose hashes run into its words, a form label over a paragraph about the job in
// the opening block (and a form's label typed twice), a heading run into its first item by a dash, and titles after a
// banner's exclamation, before the employer's legal name, or with the job's pay.
import { describe, expect, it } from 'vitest';
import type { ParsedSection } from '../../electron/contract/jd-schemas';
import { parseJobDescriptionFile } from '../../electron/core/job-descriptions/jd-import-formats';
import { parseJobDescriptionText } from '../../electron/core/job-descriptions/jd-parse-rules';

const outline = (sections: ParsedSection[]) => sections.map((s) => [s.kind, s.heading, s.paragraphs.length, s.bullets.length]);
const markdown = (text: string) => parseJobDescriptionFile(new TextEncoder().encode(text), 'posting.md');

describe('a Markdown heading whose hashes run into its words', () => {
  it('is a heading, as a person reads it: "###Job Description"', async () => {
    const parsed = await markdown(
      [
        '## Backend Engineer',
        '',
        '### Quick Summary',
        'We are a small team that ships every week.',
        '',
        '###Job Description',
        'Our engineer will lead the backend team.',
        '+ Designs the services.',
        '+ Reviews the code.',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'Quick Summary', 1, 0],
      ['description', 'Job Description', 1, 2],
    ]);
  });

  it('leaves a hashtag (one hash) as text', async () => {
    const parsed = await markdown(['## Responsibilities', '', '- Bake the bread', '- Serve the guests', '', '#Hiring #Bakery'].join('\n'));
    expect(parsed.sections.map((s) => s.heading)).toEqual(['Responsibilities']);
    expect(parsed.sections[0]?.paragraphs).toEqual(['#Hiring #Bakery']);
  });
});

describe('a form label over a paragraph about the job, in the opening block', () => {
  it('heads that paragraph and the list under it', () => {
    const parsed = parseJobDescriptionText(
      [
        'Job Title: Caregiver',
        '',
        'Reports To: Care Supervisor',
        '',
        'Scope of Position: The Caregiver is responsible to perform personal care tasks including bathing, dressing, grooming and feeding.',
        '',
        '1. Minimum of 18 years of age.',
        '2. Six months of experience preferred.',
      ].join('\n'),
    );
    expect(parsed.fields).toEqual({ 'Job Title': 'Caregiver', 'Reports To': 'Care Supervisor' });
    expect(outline(parsed.sections)).toEqual([['summary', 'Scope of Position', 1, 2]]);
  });

  it('says a label typed twice once: "Function: Function: Greets customers …"', () => {
    const parsed = parseJobDescriptionText(
      [
        'TITLE: Cashier Trainee',
        'Function: Function: Greets customers warmly, rings up sales transactions accurately, and ensures they feel welcomed and appreciated.',
        'Essential Functions:',
        '- Operates the cash register.',
        '- Checks and cleans dressing rooms.',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'Function', 1, 0],
      ['responsibilities', 'Essential Functions', 0, 2],
    ]);
    expect(parsed.sections[0]?.paragraphs[0]).toMatch(/^Greets customers warmly/);
  });

  it('keeps a short fact, or a detail that opens on its facts, as a field', () => {
    const parsed = parseJobDescriptionText(
      [
        'Mission Contribution: Providing funding for our mission services operation.',
        'Shift & Schedule: May work during regular business hours, weekends or overnight, and can work full-time or part-time hours.',
        '',
        'Duties:',
        '- Greets guests.',
      ].join('\n'),
    );
    expect(Object.keys(parsed.fields)).toEqual(['Mission Contribution', 'Shift & Schedule']);
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Duties', 0, 1]]);
  });
});

describe('a heading run into its first item by a dash', () => {
  it('opens its section, and the text after the dash is the first of the items under it', () => {
    const parsed = parseJobDescriptionText(
      [
        'Job Summary:',
        'Receives, sorts, prices and prepares donated items for display in the store.',
        'Sorting Room Responsibilities (35%)- Receives, inspects and sorts donated items according to category.',
        '- Selects items suitable for store display.',
        '- Tags items with specially coded tickets.',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'Job Summary', 1, 0],
      ['responsibilities', 'Sorting Room Responsibilities (35%)', 0, 3],
    ]);
    expect(parsed.sections[1]?.bullets[0]).toBe('Receives, inspects and sorts donated items according to category.');
  });

  it('leaves a line whose start names no section as it was', () => {
    const parsed = parseJobDescriptionText(['Duties', '', 'Morning Prep - Slices the vegetables for the lunch service.', '- Washes the dishes.', '- Sweeps the floor.'].join('\n'));
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Duties', 1, 2]]);
  });
});

describe('titles', () => {
  it("takes the job's name after a banner's exclamation: \"We're hiring! …\"", () => {
    const parsed = parseJobDescriptionText(
      ["We're hiring! Administrative & Operational Support Associate (Part-time, contract)", '', 'The party is hiring! We are looking to add an associate to our team.'].join('\n'),
    );
    expect(parsed.title).toBe('Administrative & Operational Support Associate (Part-time, contract)');
  });

  it("drops the employer named with its legal form after a dash: \"Line Cooks - Martin's Restaurant Systems, Inc.\"", () => {
    expect(parseJobDescriptionText("Line Cooks - Martin's Restaurant Systems, Inc.\nDarien, GA\nRESPONSIBILITIES:\n- Cook.").title).toBe('Line Cooks');
  });

  it("takes the job's name from a first line that gives it with its pay, and keeps the pay", () => {
    const parsed = parseJobDescriptionText(['JOBS', '', 'Line Cook/Prep Cook: Up to $18/hr', '', 'JOB SUMMARY', '', 'Cook and prepare food.'].join('\n'));
    expect(parsed.title).toBe('Line Cook/Prep Cook');
    expect(parsed.fields).toEqual({ 'Line Cook/Prep Cook': 'Up to $18/hr' });
  });

  it('leaves a banner that names no job, a sentence after a dash and a label over pay further down as they were', () => {
    expect(parseJobDescriptionText("We're hiring! Come and meet us on Saturday.\n\nWe are a bakery.").title).toBeNull();
    expect(parseJobDescriptionText('Line Cook - we are hiring now.\n\nDuties:\n- Cook.').title).toBeNull();
    const later = parseJobDescriptionText(['Cafe Line Cook', '', 'Duties:', '- Cook.', '', 'Line Cook: $18/hr'].join('\n'));
    expect(later.title).toBe('Cafe Line Cook');
  });
});
