// Unit tests (Vitest, Node): the tenth round's general parsing rules, each with a case that must change and one
// that must not. First the owner's text before the first heading: a place line, a class code, a board's category
// lines and the employer's name over the job's line are kept as an untitled opening section, never dropped, while
// page furniture (an "Apply now" button, a site's menu) still goes. Then: topics each over one line of their own as
// items, a note after a semicolon in the title, a sub-heading written as an item with a colon, the next item's number
// run into an item, a PDF's run-in duties headings and the paragraphs after them, "Job Description:" naming the job,
// a section's label run into the sentence before it, a heading in capitals with its lead-in and items on one line,
// and a board's screening question kept as an item as well as a field.
import { describe, expect, it } from 'vitest';
import type { ParsedJobDescription, ParsedSection } from '../../electron/contract/jd-schemas';
import { parseJobDescriptionFile } from '../../electron/core/job-descriptions/jd-import-formats';
import { parseJobDescriptionText } from '../../electron/core/job-descriptions/jd-parse-rules';

const outline = (sections: ParsedSection[]) => sections.map((s) => [s.kind, s.heading, s.paragraphs.length, s.bullets.length]);
const markdown = (text: string) => parseJobDescriptionFile(new TextEncoder().encode(text), 'posting.md');
/** Every word the parse kept: title, fields and sections' text. */
const keptText = (parsed: ParsedJobDescription): string =>
  [parsed.title ?? '', ...Object.entries(parsed.fields).flat(), ...parsed.sections.flatMap((s) => [s.heading, ...s.paragraphs, ...s.bullets])].join('\n');

describe("the owner's lines before the first heading", () => {
  it('keeps a place line under the title as an untitled opening section', () => {
    const parsed = parseJobDescriptionText(['Line Cooks', 'Darien, GA', '', 'RESPONSIBILITIES:', '- Prepare food to order.', '- Keep the line clean.'].join('\n'));
    expect(parsed.title).toBe('Line Cooks');
    expect(outline(parsed.sections)).toEqual([
      ['other', 'More information', 1, 0],
      ['responsibilities', 'RESPONSIBILITIES', 0, 2],
    ]);
    expect(parsed.sections[0]?.paragraphs).toEqual(['Darien, GA']);
  });

  it("keeps a class code and its note, and a board's listing lines with the lone dash between them", () => {
    const code = parseJobDescriptionText(['SCHOOL SECRETARY II', '01480', '(Competitive)', '', 'DISTINGUISHING FEATURES OF THE CLASS', 'This is clerical work in a school office.'].join('\n'));
    expect(code.title).toBe('SCHOOL SECRETARY II');
    expect(code.sections[0]?.paragraphs).toEqual(['01480', '(Competitive)']);
    expect(keptText(code)).toContain('01480');

    const board = parseJobDescriptionText(
      ['Store Clerk', 'Listed on 2026-01-01', '-', 'Retail', 'Retail Associate/ Customer Service', 'Overview', 'Job Summary:', 'Receives and sorts donated items for the store.'].join('\n'),
    );
    // A dash alone on its line, once in the whole text, separates the lines: "Retail" is no list item.
    expect(board.sections[0]).toMatchObject({ kind: 'other', bullets: [] });
    expect(board.sections[0]?.paragraphs).toContain('Retail');
    expect(board.sections[0]?.paragraphs).toContain('Retail Associate/ Customer Service');
  });

  it("keeps the employer's name over the job's line, and the job's line stays the title", () => {
    const parsed = parseJobDescriptionText(['CITY OF SPRINGFIELD', 'MAINTENANCE WORKER I', '', 'Duties', '- Mow the parks.', '- Fix the benches.'].join('\n'));
    expect(parsed.title).toBe('MAINTENANCE WORKER I');
    expect(outline(parsed.sections)).toEqual([
      ['other', 'More information', 1, 0],
      ['responsibilities', 'Duties', 0, 2],
    ]);
    expect(parsed.sections[0]?.paragraphs).toEqual(['CITY OF SPRINGFIELD']);
  });

  it('keeps lines in capitals read as headings over nothing before the first section: the employer, a document header', () => {
    const parsed = parseJobDescriptionText(
      ['SECRETARY I', 'SPRINGFIELD UNION SCHOOL DISTRICT', 'CLASS SPECIFICATION', 'DEFINITION', 'Under the direction of a principal, performs office work in a school.'].join('\n'),
    );
    expect(parsed.title).toBe('SECRETARY I');
    expect(outline(parsed.sections)).toEqual([
      ['other', 'More information', 2, 0],
      ['summary', 'DEFINITION', 1, 0],
    ]);
    expect(parsed.sections[0]?.paragraphs).toEqual(['SPRINGFIELD UNION SCHOOL DISTRICT', 'CLASS SPECIFICATION']);
  });

  it('leaves a known heading over a sub-heading, and the title said again as a heading, unlisted as before', async () => {
    const parsed = await markdown(['# Store Clerk', '', '## Store Clerk', '', '## Overview', '', 'Job Summary:', 'Receives and sorts donated items for the store every day.'].join('\n'));
    expect(keptText(parsed).match(/Store Clerk/g)).toHaveLength(1);
    expect(parsed.sections.map((s) => s.heading)).toEqual(['Job Summary']);
  });

  it('still drops page furniture before the first heading, and adds nothing where only the title stands', () => {
    const furniture = parseJobDescriptionText(['Cashier', 'Apply now', 'Share this job', '', 'Duties', '- Take payments.'].join('\n'));
    expect(outline(furniture.sections)).toEqual([['responsibilities', 'Duties', 0, 1]]);
    expect(keptText(furniture)).not.toContain('Apply now');

    const titleOnly = parseJobDescriptionText(['Cashier', '', 'Duties', '- Take payments.', '- Count the till.'].join('\n'));
    expect(outline(titleOnly.sections)).toEqual([['responsibilities', 'Duties', 0, 2]]);
  });

  it("drops a site's menu copied above the posting, not a short list of the owner's lines", () => {
    const menu = ['Human Resources Home', 'Line Break', 'HR Phone List', 'Line Break', 'Current Openings', 'Line Break', 'Applicant Handbook'];
    const parsed = parseJobDescriptionText([...menu, '', 'GENERAL DESCRIPTION', 'Performs skilled cooking work in a public kitchen.'].join('\n'));
    expect(keptText(parsed)).not.toContain('Line Break');

    const dashes = parseJobDescriptionText(['Cashier', '-', 'Take payments', '-', 'Count the till', '', 'Benefits', '- Paid time off'].join('\n'));
    // Two dashes alone on their lines mark a list, as before.
    expect(dashes.sections[0]?.bullets).toEqual(['Take payments', 'Count the till']);
  });
});

describe('topics each on a line of their own over one line saying what they ask', () => {
  const levels = [
    'Technicians',
    '',
    'Lead Technician',
    'Experience:',
    '10 - 20 Years',
    'Certifications:',
    'Hold every certification the trade offers, at its senior level.',
    'Diagnostic',
    'Skills:',
    'Finds the fault in any system of any vehicle the shop takes in.',
    'Leadership:',
    'Leads by example and brings problems to the manager early.',
    'Junior Technician',
    'Experience:',
    '2 - 5 Years',
    'Support Role:',
    'Assists the lead technician with the warranty work of the shop.',
    'Technical Guidance:',
    'Looks up wiring diagrams and procedures for the other technicians.',
    'Policy Compliance:',
    'Follows all established policies and procedures of the shop.',
  ];

  it('are one item each under the short line heading their run, a label cut in two joined', () => {
    const parsed = parseJobDescriptionText(levels.join('\n'));
    expect(outline(parsed.sections)).toEqual([
      ['other', 'Lead Technician', 0, 4],
      ['other', 'Junior Technician', 0, 4],
    ]);
    expect(parsed.sections[0]?.bullets[2]).toBe('Diagnostic Skills: Finds the fault in any system of any vehicle the shop takes in.');
  });

  it('leave a details block of short values, and sub-headings over lists, as they were', () => {
    const details = parseJobDescriptionText(['Cook', '', 'Pay:', '$18 an hour', 'Job type:', 'Full-time', 'Schedule:', 'Day shift'].join('\n'));
    expect(details.sections.flatMap((s) => s.bullets)).toEqual([]);

    const subHeadings = parseJobDescriptionText(
      [
        'Job Qualifications:',
        'Education:',
        'High school diploma or equivalent preferred, but not required.',
        'Experience:',
        'No previous restaurant experience is required for this job.',
        'Requirements:',
        'Must be able to communicate clearly with the kitchen staff.',
        'Be able to reach, bend, stoop and lift up to 50 pounds.',
        'Have reliable transportation to and from work.',
      ].join('\n'),
    );
    // The heading over the first sub-heading is kept as its lead-in (eleventh round), never dropped.
    expect(outline(subHeadings.sections)).toEqual([
      ['requirements', 'Education', 2, 0],
      ['requirements', 'Experience', 1, 0],
      ['requirements', 'Requirements', 0, 3],
    ]);
  });
});

describe("a note in lower case after the job's name and a semicolon", () => {
  it('is not part of the title', () => {
    const parsed = parseJobDescriptionText(['Automotive Technicians; levels', '', 'Duties', '- Repair cars.'].join('\n'));
    expect(parsed.title).toBe('Automotive Technicians');
  });

  it('leaves a title with no such note as it was', () => {
    const parsed = parseJobDescriptionText(['Cook; Dishwasher', '', 'Duties', '- Cook the food.'].join('\n'));
    expect(parsed.title).toBe('Cook; Dishwasher');
  });
});

describe('a sub-heading written as an item of the list it divides, with a colon', () => {
  it('heads the items after it: "+ Bonus Points:"', async () => {
    const parsed = await markdown(
      ['## Qualifications', '+\tYou write clear Python.', '+\tYou know Linux well.', '+\tBonus Points:', '+\tExperience with Docker.', '+\tExperience with MongoDB.'].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['requirements', 'Qualifications', 0, 2],
      ['nice_to_have', 'Bonus Points', 0, 2],
    ]);
  });

  it('leaves an item with items indented under it, and a lead-in as the first item, as they were', () => {
    const nested = parseJobDescriptionText(['Duties', '- Greet guests.', '- Clean tables.', '- Skills:', '  - Baking', '  - Icing'].join('\n'));
    expect(outline(nested.sections)).toEqual([['responsibilities', 'Duties', 0, 5]]);
    const leadIn = parseJobDescriptionText(['Benefits', '- We offer:', '- Paid time off', '- Free meals'].join('\n'));
    expect(outline(leadIn.sections)).toEqual([['benefits', 'Benefits', 1, 2]]);
  });
});

describe("the next item's number run into the end of an item", () => {
  it('starts the next item: "… as set by the restaurant. 4. Restocks all items …"', () => {
    const parsed = parseJobDescriptionText(
      ['Essential Functions', '1. Sets up the station.', '2. Prepares all food items.', '3. Follows the recipes as set by the restaurant. 4. Restocks all items as needed.', '5. Cleans the station.'].join('\n'),
    );
    expect(parsed.sections[0]?.bullets).toEqual([
      'Sets up the station.',
      'Prepares all food items.',
      'Follows the recipes as set by the restaurant.',
      'Restocks all items as needed.',
      'Cleans the station.',
    ]);
  });

  it('leaves a number that is not the next item\'s inside its item', () => {
    const parsed = parseJobDescriptionText(['Requirements', '1. Lifts up to 50 lb. 8. Hours a day on your feet.', '2. Reads English.'].join('\n'));
    expect(parsed.sections[0]?.bullets).toEqual(['Lifts up to 50 lb. 8. Hours a day on your feet.', 'Reads English.']);
  });
});

describe("a PDF's text of run-in duties headings, each over its own paragraph and the items after it", () => {
  const pdf = [
    'Essential Duties: Delivers products to customers. Checks with the store at the beginning of the',
    'morning shift for any orders or special instructions.',
    'Delivers and picks up money bags to and from the stores.',
    'Maintains good customer relations. Keeps a neat personal appearance. Always has a',
    'courteous and friendly manner.',
    'Marginal Duties: Maintains the truck garage. Sweeps and cleans the delivery area.',
    'Folds boxes for delivery items.',
    'Shovels snow and keeps the front entrance clean.',
  ];

  it('gives each heading its run-in paragraph as prose and the paragraphs after it as items', () => {
    const parsed = parseJobDescriptionText(pdf.join('\n'));
    expect(outline(parsed.sections)).toEqual([
      ['responsibilities', 'Essential Duties', 1, 2],
      ['responsibilities', 'Marginal Duties', 1, 2],
    ]);
  });

  it('leaves a run-in summary over paragraphs as prose, and run-in headings over one line each as they were', () => {
    const summary = parseJobDescriptionText(
      ['Summary: We deliver flowers to the whole town.', 'Our drivers know every street by heart.', 'They are the face of the shop for many customers.'].join('\n'),
    );
    expect(outline(summary.sections)).toEqual([['summary', 'Summary', 3, 0]]);

    const lines = parseJobDescriptionText(['Education: High school diploma or GED', 'Experience: One year in a busy kitchen'].join('\n'));
    expect(outline(lines.sections)).toEqual([
      ['requirements', 'Education', 1, 0],
      ['requirements', 'Experience', 1, 0],
    ]);
  });
});

describe('"Job Description:" before the posting, with the job\'s name as its value', () => {
  it("names the job, under a board's question or at the top, and is neither field nor section", () => {
    const parsed = parseJobDescriptionText(
      [
        'What are the responsibilities and job description for the Delivery Driver position at Snow Garden?',
        'JOB DESCRIPTION: Part Time Delivery Driver (Seasonal)',
        'Background',
        'Serving the community for over a hundred years, the garden center carries every plant a garden needs.',
      ].join('\n'),
    );
    expect(parsed.title).toBe('Part Time Delivery Driver (Seasonal)');
    expect(parsed.fields).toEqual({});
    expect(outline(parsed.sections)).toEqual([['about', 'Background', 1, 0]]);
  });

  it('leaves "Job Description:" over a paragraph, or after the title, a heading with its text', () => {
    const prose = parseJobDescriptionText(['Job Description: We are looking for a driver who knows the town and its roads well.', '- Deliver orders.'].join('\n'));
    expect(prose.title).toBeNull();
    expect(prose.sections[0]?.heading).toBe('Job Description');
    const later = parseJobDescriptionText(['Cook', 'Job Description: Line Cook', '- Cook the food.'].join('\n'));
    expect(later.title).toBe('Cook');
  });
});

describe("a section's label run into the paragraph before it, longer than a run-in label", () => {
  it('starts after the sentence before it: "… check. Home Care Aide Job Description: An HCA is …"', () => {
    const parsed = parseJobDescriptionText(
      'Home Care Aide\nJob Summary: Aides give personal care in the home. Qualifications: A clean driving record and a background check. Home Care Aide Job Description: An aide helps the client with daily care and keeps the home safe.',
    );
    expect(parsed.sections.map((s) => s.heading)).toEqual(['Job Summary', 'Qualifications', 'Home Care Aide Job Description']);
  });

  it('leaves a value before the label, after a field\'s colon, with the field: "Position Type: Part-Time Job Summary: …"', () => {
    const parsed = parseJobDescriptionText('Clerk\nPosition Type: Part-Time Job Summary: Helps the customers of the store at the counter every day.');
    expect(parsed.fields['Position Type']).toBe('Part-Time');
    expect(parsed.sections.map((s) => s.heading)).toEqual(['Job Summary']);
  });
});

describe('a heading in capitals, its lead-in and its items run together on one line', () => {
  const pasted = [
    'LINE COOK JOB DESCRIPTION Cooks are responsible for food that is delicious, safe and fresh. Line Cook responsibilities include, but are not limited to:',
    '• Follow the recipes • Present and garnish the dishes • Keep the work area clean',
    'COOK SKILLS AND QUALIFICATIONS Cooks must exercise the following qualities and skills: • Knowledge of safe food temperatures • Ability to work as part of a team • A current Food Handlers Card. PREVIOUS EXPERIENCE • Six months as a line cook in a busy restaurant.',
  ];

  it('are the heading, its lead-in and its items, and a heading in capitals after an item heads the items after it', () => {
    const parsed = parseJobDescriptionText(pasted.join('\n'));
    expect(parsed.title).toBe('LINE COOK');
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'Summary', 1, 3],
      ['requirements', 'COOK SKILLS AND QUALIFICATIONS', 1, 3],
      ['requirements', 'PREVIOUS EXPERIENCE', 0, 1],
    ]);
    expect(parsed.sections[1]?.bullets[2]).toBe('A current Food Handlers Card.');
  });

  it('leaves a sentence with a colon and one marked note, and an item ending in an abbreviation in capitals, as they were', () => {
    const note = parseJobDescriptionText(['Benefits', 'We offer the following: • paid time off for every worker'].join('\n'));
    expect(note.sections[0]?.bullets).toEqual([]);
    const caps = parseJobDescriptionText(['Requirements', '• Lifts up to 50 lb. • Holds a valid CDL. • Works nights'].join('\n'));
    expect(caps.sections[0]?.bullets).toEqual(['Lifts up to 50 lb.', 'Holds a valid CDL.', 'Works nights']);
  });
});

describe("a job board's screening question listed under a short heading", () => {
  it('is a field and stays the item the owner listed: "Experience:" / "- Cleaning Experience: 2 years (Required)"', () => {
    const parsed = parseJobDescriptionText(['Room Attendant', '', 'Experience:', '- Cleaning Experience: 2 years (Required)', '- Hotel Experience: 1 year (Preferred)', 'Work Location: One location'].join('\n'));
    expect(parsed.fields['Cleaning Experience']).toBe('2 years (Required)');
    expect(outline(parsed.sections)).toEqual([['requirements', 'Experience', 0, 2]]);
  });

  it('leaves an unlabelled one an item, and a plain label line a field only', () => {
    const unlabelled = parseJobDescriptionText(['Work authorization:', '', '  • United States (Required)'].join('\n'));
    expect(outline(unlabelled.sections)).toEqual([['other', 'Work authorization', 0, 1]]);
    const field = parseJobDescriptionText(['Room Attendant', 'Work Location: One location', '', 'Duties', '- Clean rooms.'].join('\n'));
    expect(field.fields).toEqual({ 'Work Location': 'One location' });
    expect(outline(field.sections)).toEqual([['responsibilities', 'Duties', 0, 1]]);
  });
});
