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

  it('with a space before the dash, takes the text as the lead-in of a topic over a list', () => {
    const parsed = parseJobDescriptionText(
      [
        'Position Responsibilities',
        'As a Caregiver, you provide a variety of non-medical services that allow seniors to remain in their home.',
        'Companionship – Are services that stimulate, encourage and assist an individual.',
        '• Providing companionship and conversation',
        '• Preparing meals',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['responsibilities', 'Position Responsibilities', 1, 0],
      ['other', 'Companionship', 1, 2],
    ]);
  });

  it('leaves a line whose start names no section as it was', () => {
    const parsed = parseJobDescriptionText(['Duties', '', 'Morning Prep- Slices the vegetables for the lunch service.', '- Washes the dishes.', '- Sweeps the floor.'].join('\n'));
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Duties', 1, 2]]);
    const titled = parseJobDescriptionText(['Job Description - Full Time Line Cook Needed', '', 'We are a family diner that has served the valley for forty years.'].join('\n'));
    expect(titled.title).toBe('Full Time Line Cook Needed');
    expect(titled.sections.map((s) => s.heading)).toEqual(['Summary']);
    const job = parseJobDescriptionText(['Line Cook - Full Time', 'We are a small diner that serves breakfast and lunch every day of the week.'].join('\n'));
    expect(job.title).toBe('Line Cook - Full Time');
    expect(job.sections.map((s) => s.heading)).toEqual(['Summary']);
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

  it('takes the job\'s name from "… Job Description" under a board\'s question', () => {
    const parsed = parseJobDescriptionText(
      ['What are the responsibilities and job description for the CAREGIVER position at Open Arms Assisted Living?', 'Resident Assistant Job Description', 'Department: Nursing', 'Job Summary:', 'Resident Assistants support residents.'].join('\n'),
    );
    expect(parsed.title).toBe('Resident Assistant');
  });

  it('leaves a banner that names no job, a sentence after a dash and a label over pay further down as they were', () => {
    expect(parseJobDescriptionText("We're hiring! Come and meet us on Saturday.\n\nWe are a bakery.").title).toBeNull();
    expect(parseJobDescriptionText('Line Cook - we are hiring now.\n\nDuties:\n- Cook.').title).toBeNull();
    expect(parseJobDescriptionText('Acme Holdings, Inc.\n\nWe are a family firm that has served the valley for forty years.').title).toBeNull();
    const later = parseJobDescriptionText(['Cafe Line Cook', '', 'Duties:', '- Cook.', '', 'Line Cook: $18/hr'].join('\n'));
    expect(later.title).toBe('Cafe Line Cook');
    const asked = parseJobDescriptionText(['What are the responsibilities and job description for the Cook position at Acme?', 'Full Job Description', 'Cooks the food.'].join('\n'));
    expect(asked.title).toBeNull();
  });
});

describe('a short line standing alone over a lead-in', () => {
  it('heads the lead-in and its list: "Services to be rendered" over "… may include:"', () => {
    const parsed = parseJobDescriptionText(
      [
        'Position Overview',
        '',
        'This is envisioned as a part-time role averaging approximately 15 hours a week.',
        '',
        'Services to be rendered',
        '',
        'Services rendered by the contractor may include:',
        '',
        '  • Maintaining the database;',
        '  • Following up with donors;',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'Position Overview', 1, 0],
      ['other', 'Services to be rendered', 1, 2],
    ]);
  });

  it('counts a heading\'s words without its note in brackets: "Description of the position (Part-Time)"', () => {
    const parsed = parseJobDescriptionText(
      ['Job Description', '', 'Description of the position (Part-Time)', '', 'The Church Administrator carries responsibility for the smooth running of the operations and administration at the church.'].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([['description', 'Description of the position (Part-Time)', 1, 0]]);
  });

  it('leaves a short line over a heading of its own, or over a short label, as text', () => {
    const parsed = parseJobDescriptionText(
      ['Position Overview', '', 'This is a part-time role of fifteen hours a week.', '', 'Thank you kindly', '', 'Duties:', '', '  • Maintaining the database;'].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'Position Overview', 2, 0],
      ['responsibilities', 'Duties', 0, 1],
    ]);
  });
});

describe('a tagline under an empty heading', () => {
  it('of seven or eight capitalised words heads the prose under it', () => {
    const parsed = parseJobDescriptionText(
      [
        'Role Overview:',
        'Help Create Life Change Through Second Chances',
        'At our thrift stores, our cause is to help create life change through second chances, one purchase at a time.',
        'Key Areas of Responsibility:',
        '- Restock shelves',
      ].join('\n'),
    );
    // The heading over the first sub-heading is kept as its lead-in (eleventh round), never dropped.
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'Help Create Life Change Through Second Chances', 2, 0],
      ['responsibilities', 'Key Areas of Responsibility', 0, 1],
    ]);
  });

  it('leaves a line with words in lower case under a heading as that heading\'s item', () => {
    const parsed = parseJobDescriptionText(
      [
        'Responsibilities and Duties',
        '',
        'Ability to follow directions in Construction Manual',
        '',
        'Practice overall safety on the job site and in the yard, including proper truck, trailer and equipment operation.',
        '',
        'Load and unload the trucks every morning before the crew leaves.',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Responsibilities and Duties', 0, 3]]);
  });
});

describe('an opening block of lines, each one sentence', () => {
  it('is a list without markers from four lines on, as five lines were before', () => {
    const parsed = parseJobDescriptionText(
      [
        'Possession of a high school diploma or its equivalent; some college preferred.',
        'Licensed as a Registered Dental Assistant.',
        'Certificate of completion from a recognized two (2) year program for Dental Assistants.',
        'At least one (1) year prior work experience as a Registered Dental Assistant.',
        'Example Of Duties',
        'Escorts patients to the dental treatment room.',
      ].join('\n'),
    );
    expect(outline(parsed.sections)[0]).toEqual(['other', 'More information', 0, 4]);
  });

  it('leaves prose wrapped across lines, or three sentences, as prose', () => {
    const wrapped = parseJobDescriptionText(
      [
        'We are a family dental practice in the middle of town and we have looked after our',
        'neighbours for thirty years, from their first tooth to their last, with care and patience.',
        'We are looking for an assistant who shares that care for the people who come to us.',
        'Our team is small, friendly and proud of the work we do together every day.',
        '',
        'Duties:',
        '- Escorts patients to the treatment room.',
      ].join('\n'),
    );
    expect(wrapped.sections[0]?.bullets).toEqual([]);
    const three = parseJobDescriptionText(['Licensed as a Registered Dental Assistant.', 'One year of experience.', 'Weekend availability.', '', 'Duties:', '- Escorts patients.'].join('\n'));
    expect(outline(three.sections)[0]).toEqual(['summary', 'Summary', 3, 0]);
  });
});

describe('a lead-in after a list', () => {
  it('starts a list of its own and names it', () => {
    const parsed = parseJobDescriptionText(
      [
        'Minimum requirements:',
        '- Graduation from high school or GED.',
        '- One year of experience in an early childhood program.',
        'Must be able to do the following:',
        'Communicate effectively with infants, toddlers, their parents, and other staff.',
        'Provide quality, nurturing care to infants and toddlers enrolled in the program.',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['requirements', 'Minimum requirements', 0, 2],
      ['other', 'Must be able to do the following', 0, 2],
    ]);
  });

  it('after a list with markers too, over what follows: "Please reach out at:"', () => {
    const parsed = parseJobDescriptionText(['Benefits', '', '- unlimited PTO', '', '- health insurance', '', 'Please reach out at:', '', 'jobs (at) example (dot) com'].join('\n'));
    expect(outline(parsed.sections)).toEqual([
      ['benefits', 'Benefits', 0, 2],
      ['how_to_apply', 'Please reach out at', 1, 0],
    ]);
  });

  it('leaves a lead-in right under its heading, or after prose, with its section', () => {
    const under = parseJobDescriptionText(['Requirements', 'You must be able to do the following:', '- Lift 50 pounds.', '- Stand for long periods.'].join('\n'));
    expect(outline(under.sections)).toEqual([['requirements', 'Requirements', 1, 2]]);
    const afterProse = parseJobDescriptionText(['Job Summary', 'The cook prepares the food', 'and keeps the kitchen clean every day, as the menu and the chef ask', 'You will also be asked to do the following:', '- Wash dishes.', '- Stock shelves.'].join('\n'));
    expect(afterProse.sections.map((s) => s.heading)).toEqual(['Job Summary']);
    const overHeading = parseJobDescriptionText(
      ['About You', '', 'You are passionate about code. You champion open tech.', '', 'The best candidate for this role will have:', '', '**Qualifications & Experience**', '- Some experience in open source'].join('\n'),
    );
    expect(outline(overHeading.sections)).toEqual([
      ['requirements', 'About You', 2, 0],
      ['requirements', 'Qualifications & Experience', 0, 1],
    ]);
  });
});

describe("a list's items wrapped by a PDF's page width", () => {
  it('are one item each, however many lines each took', () => {
    const parsed = parseJobDescriptionText(
      [
        'Minimum requirements:',
        'Graduation from high school or GED;',
        'One year of experience in an early childhood program serving infants and toddlers in a',
        'developmentally appropriate environment.',
        'Must have a Child Development Associate (CDA) credential for Infant and Toddler Caregivers',
        'or an equivalent credential that addresses comparable competencies;',
        'Must have (or be willing to obtain) training and experience necessary to develop',
        'consistent, stable, and supportive relationships with very young children.',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([['requirements', 'Minimum requirements', 0, 4]]);
    expect(parsed.sections[0]?.bullets[1]).toBe('One year of experience in an early childhood program serving infants and toddlers in a developmentally appropriate environment.');
  });

  it('leaves paragraphs of several sentences under such a heading as prose', () => {
    const parsed = parseJobDescriptionText(
      [
        'Requirements',
        'Applicants must hold a current state licence for the work and keep it in good standing for as',
        'long as they work with us. A copy is kept on file.',
        'We train every new hire on our equipment during the first two weeks on the job, and we',
        'pay for that time. Experience helps but is not needed.',
        'The work is physical and outdoors in all weather. Good boots are a must.',
      ].join('\n'),
    );
    expect(parsed.sections[0]?.bullets).toEqual([]);
  });
});

describe('run-in headings one under another', () => {
  it('are siblings, of the same kind or not: "Education: …" over "Experience: …"', () => {
    const parsed = parseJobDescriptionText(
      [
        'Duties:',
        '- Schedules appointments.',
        '- Answers phones.',
        'Education: High school diploma.',
        'Experience: Minimum one year of experience in an appointment scheduling position.',
        'Performance Requirements:',
        '- Knowledge of scheduling systems.',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['responsibilities', 'Duties', 0, 2],
      ['requirements', 'Education', 1, 0],
      ['requirements', 'Experience', 1, 0],
      ['requirements', 'Performance Requirements', 0, 1],
    ]);
  });

  it('leaves label lines under a heading of their kind as its items', () => {
    const parsed = parseJobDescriptionText(['Qualifications', 'Education: High school diploma.', 'Experience: Two years in a kitchen.', 'Other: Food handler card.'].join('\n'));
    expect(outline(parsed.sections)).toEqual([['requirements', 'Qualifications', 0, 3]]);
  });
});

describe('a table pasted as text', () => {
  const table = [
    'POSITION TITLE: | DEPARTMENT | STATUS: |',
    '---|---|---|',
    'Host/Hostess/Cashier/Lead | Food & Beverage | Full-Time |',
    'JOB PURPOSE: | ||',
    'Responsible for reception and seating of patrons in the restaurant. | ||',
    'ESSENTIAL JOB FUNCTIONS: | ||',
    '• Seats patrons. • Receives payment from guests. • Answers the phone. |',
    '||',
  ];

  it("gives its header row's details with the values under them, and drops empty cells", () => {
    const parsed = parseJobDescriptionText(table.join('\n'));
    expect(parsed.title).toBe('Host/Hostess/Cashier/Lead');
    expect(parsed.fields).toEqual({ 'POSITION TITLE': 'Host/Hostess/Cashier/Lead', DEPARTMENT: 'Food & Beverage', STATUS: 'Full-Time' });
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'JOB PURPOSE', 1, 0],
      ['responsibilities', 'ESSENTIAL JOB FUNCTIONS', 0, 3],
    ]);
  });

  it('leaves rows that do not line up with the header as text', () => {
    const parsed = parseJobDescriptionText(['Uniform | Colour |', '---|---|', 'Apron and cap | Navy | Optional |', 'Duties |', '- Cook |'].join('\n'));
    expect(parsed.fields).toEqual({});
  });
});

describe('items run together behind their markers', () => {
  it('are one item each', () => {
    const parsed = parseJobDescriptionText(['WORKING CONDITIONS:', '• Work is performed indoors. • Standing and walking on different surfaces.'].join('\n'));
    expect(parsed.sections[0]?.bullets).toEqual(['Work is performed indoors.', 'Standing and walking on different surfaces.']);
  });

  it('leaves a marker inside an item that is not the one opening the line, or a one-word piece, as the item\'s text', () => {
    const parsed = parseJobDescriptionText(['Benefits:', '- Meals • drinks on every shift', '• Paid time off • PTO'].join('\n'));
    expect(parsed.sections[0]?.bullets).toEqual(['Meals • drinks on every shift', 'Paid time off • PTO']);
  });
});
