// Unit tests (Vitest, Node): the ninth round's general parsing rules, each with a case that must change and one
// that must not: a Markdown heading whose hashes run into its words, a form label over a paragraph about the job in
// the opening block (and a form's label typed twice).
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
