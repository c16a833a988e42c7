// Unit tests (Vitest, Node): the eighth round's general parsing rules, each with a case that must change and one
// that must not: a Markdown list item wrapped onto lines at the margin, a lead-in closing wrapped prose over lines
// without markers, duties written one a line, an area of the job named before "includes … the following:", a pay
// label alone over words with no amount, a public employer's title labels, and titles after a banner's words or
// before "Job Description".
import { describe, expect, it } from 'vitest';
import type { ParsedSection } from '../../electron/contract/jd-schemas';
import { parseJobDescriptionFile } from '../../electron/core/job-descriptions/jd-import-formats';
import { parseJobDescriptionText } from '../../electron/core/job-descriptions/jd-parse-rules';

const outline = (sections: ParsedSection[]) => sections.map((s) => [s.kind, s.heading, s.paragraphs.length, s.bullets.length]);
const markdown = (text: string) => parseJobDescriptionFile(new TextEncoder().encode(text), 'posting.md');

describe('a Markdown list item wrapped at the margin', () => {
  it('joins the lines that carry on a cut item: lower case, an open bracket, a trailing comma', async () => {
    const parsed = await markdown(
      [
        '## Responsibilities',
        '',
        '-   Deploying services using infrastructure as a service',
        'providers (e.g., Amazon Web Services, Microsoft Azure, Google',
        'Compute Engine, RackSpace/OpenStack)',
        '',
        '-   Architecture for continuous integration and deployment, and',
        'continuous monitoring',
        '',
        '-   Debugging cluster-based computing architectures',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Responsibilities', 0, 3]]);
    expect(parsed.sections[0]?.bullets[0]).toBe(
      'Deploying services using infrastructure as a service providers (e.g., Amazon Web Services, Microsoft Azure, Google Compute Engine, RackSpace/OpenStack)',
    );
    expect(parsed.sections[0]?.bullets[1]).toBe('Architecture for continuous integration and deployment, and continuous monitoring');
  });

  it('keeps a heading, a sub-item or a new start written right under an item apart, as its writer meant', async () => {
    const parsed = await markdown(
      [
        'Duties:',
        '- Follow the dress code and attendance policy',
        'o Absences will not be tolerated in the first 90 days.',
        'Required Skills:',
        '- Ability to lift 25 pounds',
        '**Benefits**',
        '- Staff meal',
      ].join('\n'),
    );
    expect(parsed.sections.map((s) => s.heading)).toEqual(['Duties', 'Required Skills', 'Benefits']);
    expect(parsed.sections[0]?.bullets).toEqual(['Follow the dress code and attendance policy', 'Absences will not be tolerated in the first 90 days.']);
  });
});

describe('a lead-in closing wrapped prose', () => {
  it('ends the prose: the short lines under it are the items of its list', () => {
    const parsed = parseJobDescriptionText(
      [
        'Essential Functions of the Position',
        'The Administrative Associate is primarily responsible for assisting the Administrative',
        'Assistant in the payroll process, accounting process and library correspondence. Duties',
        'may include:',
        'Word processing',
        'Preparing reports and publications',
        'Handling money and banking',
        'Ordering supplies',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Essential Functions of the Position', 1, 4]]);
    expect(parsed.sections[0]?.paragraphs[0]).toMatch(/^The Administrative Associate .* Duties may include:$/);
  });

  it('leaves the prose after a colon as prose when it reads as prose', () => {
    const parsed = parseJobDescriptionText(
      [
        'About Us',
        'We are a family bakery in town since 1982 and we care about one thing above all others, and it is this:',
        'Bread baked by hand every morning, before the sun is up, for the people who live on our street and',
        'around the corner from it, who have come to us for forty years and tell their friends about us.',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([['about', 'About Us', 2, 0]]);
    expect(parsed.sections[0]?.paragraphs[1]).toMatch(/^Bread baked by hand .* tell their friends about us\.$/);
  });
});

describe('duties written one a line', () => {
  it('are the items of their heading, each a line, however long', () => {
    const parsed = parseJobDescriptionText(
      [
        'TYPICAL DUTIES',
        'Assists a departmental administrator by performing a variety of responsible secretarial and office management duties such as making appointments, maintaining the calendar of the administrator and of the assistants, making arrangements for meetings and events, and taking minutes at meetings.',
        'Maintains some or all of a department budget, often a larger one for a second level, initiates purchase requisitions and budget transfers, and authorizes expenditures for supplies, substitutes and similar office management expenditures within the limits the administrator sets.',
        'Performs clerical and technical duties in support of program operations including drafting reports and compiling agenda. Performs a wide variety of general clerical tasks in support of departmental functions including typing, proofing and editing correspondence.',
        'Composes a variety of routine correspondence with no or minimal direction, and answers questions from staff, parents and the public about the programs of the department.',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'TYPICAL DUTIES', 0, 4]]);
  });

  it('leaves prose about the job under a duties heading as prose', () => {
    const parsed = parseJobDescriptionText(
      [
        'Duties',
        'This position supports the clerk in all the work of the office, from the counter to the records room and the council chamber.',
        'The work is varied and the days are busy, especially in the weeks before an election or at the end of the fiscal year.',
        'We value people who stay calm, keep good notes and ask when something is unclear, whatever their experience.',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Duties', 3, 0]]);
  });
});

describe('an area of the job before "includes … the following:"', () => {
  it('heads the list under it', () => {
    const parsed = parseJobDescriptionText(
      [
        'The Office Administrator keeps the business affairs of the congregation in order, working with staff and volunteers.',
        '',
        'Office Management includes but not limited to the following:',
        '',
        '• Organizes and maintains all administrative files and records.',
        '• Researches and maintains all insurance coverage.',
      ].join('\n'),
    );
    expect(outline(parsed.sections).at(-1)).toEqual(['other', 'Office Management includes but not limited to the following', 0, 2]);
  });

  it('leaves a sentence about the job that introduces a list as its lead-in', () => {
    const parsed = parseJobDescriptionText(
      ['Responsibilities', '', 'The Office Administrator includes but is not limited to the following:', '', '• Files records.', '• Answers the phone.'].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Responsibilities', 1, 2]]);
  });
});

describe('a pay label alone on its line', () => {
  it('takes the next line as its value only when it names an amount of money', () => {
    const parsed = parseJobDescriptionText(['What we offer:', '', 'Higher than average compensation', '', 'Generous employee discount up to 50% off', '', 'Paid training'].join('\n'));
    expect(parsed.fields).toEqual({});
    expect(outline(parsed.sections)).toEqual([['benefits', 'What we offer', 0, 3]]);
  });

  it('still reads "Payrate:" over an hourly amount as a field', () => {
    const parsed = parseJobDescriptionText(['Server', '', 'Duties', '- Take orders', '- Run food', 'Payrate:', '$10/hr + $5 tip/hr guarantee.'].join('\n'));
    expect(parsed.fields).toEqual({ Payrate: '$10/hr + $5 tip/hr guarantee.' });
  });
});

describe('titles', () => {
  it("takes a public employer's classification title as the job's name", () => {
    const parsed = parseJobDescriptionText(['Position Classification Title: Sales Associate', 'Job Family: Auxiliary', '', 'Purpose of Classification:', 'Sells merchandise.'].join('\n'));
    expect(parsed.title).toBe('Sales Associate');
  });

  it('drops a banner\'s words before the job and "Job Description" after it', () => {
    expect(parseJobDescriptionText('Job Opening for Office Administrator\n\nReports To: Senior Minister\n\nWe keep the office running.').title).toBe('Office Administrator');
    expect(parseJobDescriptionText('Homestead Care Group\nCaregiver Job Description\nPosition Summary:\nThe Caregiver helps clients at home.').title).toBe('Caregiver');
  });

  it('keeps a banner that names no job as it was', () => {
    expect(parseJobDescriptionText('Job Opening for Volunteers\n\nWe keep the office running.').title).toBe('Job Opening for Volunteers');
  });
});
