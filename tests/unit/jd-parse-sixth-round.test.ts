// Unit tests (Vitest, Node): the sixth round's general parsing rules, each with a case that must change and one
// that must not: a heading after a paragraph wrapped over several lines, lists of semicolon lines, long duties
// standing apart, a repeated marker ("***"), a lower-case heading phrase alone, a label with a verb as a sentence, a
// lead-in under a heading, the closing "as assigned" duty, "Full Job Description", a date line as no title, a
// trailing "learn more" line and link, sub-headings written as items, a board's disclaimer, a capitals heading with a
// semicolon, a dated label glued to a value, a title line going on to its employer, a form of label and value lines,
// a list with no heading, the first line naming a job under a board's question, a board's details card, short lines in
// lower case as items, icon names, screening questions, numbered items over the next number, and question headings.
import { describe, expect, it } from 'vitest';
import type { ParsedSection } from '../../electron/contract/jd-schemas';
import { isTrailingCallToAction } from '../../electron/core/job-descriptions/jd-parse-furniture';
import { inferredMarkers, textToSourceLines } from '../../electron/core/job-descriptions/jd-parse-lines';
import { parseJobDescriptionText } from '../../electron/core/job-descriptions/jd-parse-rules';

const outline = (sections: ParsedSection[]) => sections.map((s) => [s.kind, s.heading, s.paragraphs.length, s.bullets.length]);

describe('a heading after a wrapped paragraph', () => {
  it('reads a known heading under a long sentence that a PDF wrapped onto short lines', () => {
    const parsed = parseJobDescriptionText(
      [
        'Distinguishing features of the class',
        'Workers work under the immediate supervision of a Public Works Leader, Public Works',
        'Supervisor or Utility Supervisor who lay out the details of each assignment and check the work in process and',
        'upon completion.',
        'Examples of work (illustrative only)',
        'Empties trash cans in downtown areas;',
        'Operates jackhammer;',
        'Performs other duties as directed.',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['description', 'Distinguishing features of the class', 1, 0],
      ['responsibilities', 'Examples of work (illustrative only)', 0, 3],
    ]);
  });

  it('leaves an ordinary short line under a wrapped paragraph as text', () => {
    const parsed = parseJobDescriptionText(
      [
        'Distinguishing features of the class',
        'Workers work under the immediate supervision of a Public Works Leader, Public Works',
        'Supervisor who lays out the details of each assignment and checks the work in process and',
        'upon completion.',
        'Operates jackhammer daily',
      ].join('\n'),
    );
    expect(parsed.sections.map((s) => s.heading)).toEqual(['Distinguishing features of the class']);
  });
});

describe('lists of semicolon lines', () => {
  it('counts each line ending in a semicolon as one item, its wrapped second line included', () => {
    const parsed = parseJobDescriptionText(
      [
        'Examples of Work',
        'Cleans gutters, culverts, sewers and other drainage structures;',
        'Assists in semi-skilled work such as plumbing, carpentry, electrical or concreting by carrying tools, by',
        'carrying or lifting lumber, or by running errands;',
        'Performs a variety of other heavy manual work in connection with the maintenance of sidewalks,',
        'streets, sewers, water mains and parks;',
        'Performs other duties as directed.',
      ].join('\n'),
    );
    expect(parsed.sections[0]?.bullets).toEqual([
      'Cleans gutters, culverts, sewers and other drainage structures;',
      'Assists in semi-skilled work such as plumbing, carpentry, electrical or concreting by carrying tools, by carrying or lifting lumber, or by running errands;',
      'Performs a variety of other heavy manual work in connection with the maintenance of sidewalks, streets, sewers, water mains and parks;',
      'Performs other duties as directed.',
    ]);
  });

  it('keeps prose with a semicolon in one sentence as prose', () => {
    const parsed = parseJobDescriptionText(
      [
        'Summary',
        'The worker keeps the streets clean and safe for everyone who uses them in the city; the work is outdoors',
        'in all weather and often starts early in the morning before the traffic builds up.',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([['summary', 'Summary', 1, 0]]);
  });
});

describe('long duties standing apart', () => {
  const duty = 'Uses a variety of hand tools such as shovels, weed eaters, and chainsaws to dig trenches, cut grass, clean sidewalks, and remove debris from rights-of-way and alleyways around trees, wires and cars.';

  it('reads four or more one-sentence duties between blank lines as items, however long', () => {
    const parsed = parseJobDescriptionText(['Essential Job Functions', '', duty, '', 'Performs routine maintenance of assigned equipment and trucks.', '', duty, '', 'Assists with small concrete work projects such as sidewalks.', '', 'Performs other similar or related duties as assigned'].join('\n'));
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Essential Job Functions', 0, 5]]);
  });

  it('leaves two long paragraphs under a duties heading as prose', () => {
    const parsed = parseJobDescriptionText(['Essential Job Functions', '', duty, '', duty].join('\n'));
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Essential Job Functions', 2, 0]]);
  });
});

describe('a repeated marker', () => {
  it('takes "***" starting three lines as the document’s marker', () => {
    const source = textToSourceLines(['*** Starting pay is $18.40.', '*** Additional $1.25 for CDL.', '*** Up to an additional $0.50 for TDA.'].join('\n'));
    expect([...inferredMarkers(source)]).toEqual(['***']);
    const parsed = parseJobDescriptionText(
      [
        'Important pay info',
        '*** Starting pay per hour is $18.40 to $22.08, depending on experience.',
        '*** Additional $1.25 for CDL.',
        '*** Up to an additional $0.50 for TDA.',
        'Under general supervision, performs general labor in the maintenance of city streets and drainage systems for the department.',
      ].join('\n'),
    );
    expect(parsed.sections[0]?.bullets).toEqual(['Starting pay per hour is $18.40 to $22.08, depending on experience.', 'Additional $1.25 for CDL.', 'Up to an additional $0.50 for TDA.']);
  });

  it('does not take a mark that starts only two lines', () => {
    expect(inferredMarkers(textToSourceLines('*** Note one.\n*** Note two.\nPlain line.'))).toEqual(new Set());
  });
});

describe('a lower-case heading phrase alone', () => {
  it('reads "job description" between blank lines over a paragraph as a heading', () => {
    const parsed = parseJobDescriptionText(['Line Cook', '', 'job description', '', 'A line cook should possess excellent knife skills, as well as a thorough understanding of basic cooking equipment.'].join('\n'));
    expect(outline(parsed.sections)).toEqual([['description', 'job description', 1, 0]]);
  });

  it('leaves a lower-case line that is not a heading phrase as text', () => {
    const parsed = parseJobDescriptionText(['Line Cook', '', 'knife skills', '', 'A line cook should possess excellent knife skills, as well as a thorough understanding of basic cooking equipment.'].join('\n'));
    expect(parsed.sections.map((s) => s.heading)).not.toContain('knife skills');
  });
});

describe('a label with a verb', () => {
  it('keeps "Duties may include: …" as the text of the heading above it', () => {
    const parsed = parseJobDescriptionText(['Job description', 'Duties may include: Assist cooks and kitchen staff with various tasks as needed. Clean, cut, slice or grind meat.'].join('\n'));
    expect(outline(parsed.sections)).toEqual([['description', 'Job description', 1, 0]]);
  });

  it('still opens a section at "Responsibilities: …"', () => {
    const parsed = parseJobDescriptionText(['Job description', 'Responsibilities: Assist cooks and kitchen staff with various tasks as needed and clean the kitchen.'].join('\n'));
    expect(parsed.sections.map((s) => s.heading)).toEqual(['Responsibilities']);
  });
});

describe('a lead-in under a heading', () => {
  it('reads a short line over a lead-in sentence as the heading of the list that follows', () => {
    const parsed = parseJobDescriptionText(
      [
        'Housekeeper duties and responsibilities',
        'In general, a Housekeeper’s duties and responsibilities include:',
        'Fulfill all cleaning requirements of the employer',
        'Inform the homeowner or employer if any accidents or problems occur while performing cleaning services',
        'Housekeeper skills and qualifications',
        'Requirements may differ depending on the workplace. Here are a few examples of general Housekeeper skills and qualifications:',
        'Attention to detail',
        'Good communication skills',
        'Reliable mode of transportation',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['responsibilities', 'Housekeeper duties and responsibilities', 1, 2],
      ['requirements', 'Housekeeper skills and qualifications', 1, 3],
    ]);
  });

  it('keeps a line of the list over an ordinary sentence as an item', () => {
    const parsed = parseJobDescriptionText(['Skills', 'Attention to detail', 'Good communication skills', 'Reliable mode of transportation'].join('\n'));
    expect(outline(parsed.sections)).toEqual([['requirements', 'Skills', 0, 3]]);
  });
});

describe('the closing duty and the last line', () => {
  it('never reads "… duties as assigned" as a heading', () => {
    const parsed = parseJobDescriptionText(['Duties', '', 'Sweep and mop the floors.', '', 'Performs other related duties as assigned', '', 'Clean the restrooms.'].join('\n'));
    expect(parsed.sections.map((s) => s.heading)).toEqual(['Duties']);
    expect(parsed.sections[0]?.bullets).toContain('Performs other related duties as assigned');
  });

  it('still reads "Other Duties" over a list as a heading', () => {
    const parsed = parseJobDescriptionText(['Duties', '- Sweep the floors', '', 'Other Duties', '- Clean the restrooms', '- Stock the shelves'].join('\n'));
    expect(parsed.sections.map((s) => s.heading)).toEqual(['Duties', 'Other Duties']);
  });
});

describe('page lines', () => {
  it('reads "Full Job Description" as a heading, not the page title', async () => {
    const { parseJobDescriptionFile } = await import('../../electron/core/job-descriptions/jd-import-formats');
    const text = ['**Location:** Austin, TX', '', '## Full Job Description', '', 'We build tools for schools and the teachers who use them every day.'].join('\n');
    const parsed = await parseJobDescriptionFile(Buffer.from(text), 'a.md');
    expect(parsed.title).toBeNull();
    expect(parsed.sections.map((s) => s.heading)).toEqual(['Full Job Description']);
  });

  it('never takes a line holding a date as the title, and still takes a job’s name', () => {
    expect(parseJobDescriptionText('Opening date February 21, 2024\nThis position is open to internal and external applicants.\n\nDuties\n- Sweep').title).toBeNull();
    expect(parseJobDescriptionText('Maintenance Worker\n\nDuties\n- Sweep').title).toBe('Maintenance Worker');
  });

  it('drops a trailing "learn more" line and a lone link, and keeps a sentence with a link in it', () => {
    expect(isTrailingCallToAction('Learn more about us here:')).toBe(true);
    expect(isTrailingCallToAction('https://example.com/jobs/')).toBe(true);
    expect(isTrailingCallToAction('Learn more about our bakery and its history, which began in 1952 with two ovens.')).toBe(false);
    const parsed = parseJobDescriptionText('Perks\n- Free coffee\n- Paid holidays\n\nLearn more about us here:\n\nhttps://example.com/jobs/');
    expect(outline(parsed.sections)).toEqual([['benefits', 'Perks', 0, 2]]);
  });
});

describe('sub-headings written as items', () => {
  it('reads title-case items each over sentence-case items as sub-headings of the list', () => {
    const parsed = parseJobDescriptionText(
      [
        'Key Responsibilities:',
        '- Accounts Payable & Receivable',
        '- Process incoming invoices and ensure timely payments to vendors',
        '- Prepare and send customer invoices',
        '- Bank & Credit Card Reconciliation',
        '- Reconcile monthly bank and credit card statements',
      ].join('\n'),
    );
    // The heading over the first sub-heading is kept as its lead-in (eleventh round), never dropped.
    expect(outline(parsed.sections)).toEqual([
      ['responsibilities', 'Accounts Payable & Receivable', 1, 2],
      ['responsibilities', 'Bank & Credit Card Reconciliation', 0, 1],
    ]);
  });

  it('keeps a list of perks in title case, and one title-case item among sentences, as items', () => {
    const perks = parseJobDescriptionText(['Benefits', '- Competitive Salary', '- Fully funded HSA', '- Flexible Vacation Policy', '- 401k Option with company matching'].join('\n'));
    expect(outline(perks.sections)).toEqual([['benefits', 'Benefits', 0, 4]]);
    const one = parseJobDescriptionText(['Qualifications', '- Communication Skills', '- Be able to lift at least 45 pounds', '- High School Diploma or equivalent', '- Basic math skills'].join('\n'));
    expect(outline(one.sections)).toEqual([['requirements', 'Qualifications', 0, 4]]);
  });
});

describe('more page and form lines', () => {
  it("drops a job board's disclaimer closing the page", () => {
    expect(isTrailingCallToAction('MNCJobz.com will not be responsible for any payment made to a third-party. All Terms of Use are applicable.')).toBe(true);
    expect(isTrailingCallToAction('We are not responsible for lost items left in the break room.')).toBe(false);
  });

  it('reads a heading in capitals with a semicolon for its colon, standing apart', () => {
    const parsed = parseJobDescriptionText(['NATURE OF WORK', '', 'Seasonal grounds work for the city parks.', '', 'EQUIPMENT AND TOOL OPERATION;', '', 'All turf related equipment and hand power tools.'].join('\n'));
    expect(parsed.sections.map((s) => s.heading)).toEqual(['NATURE OF WORK', 'EQUIPMENT AND TOOL OPERATION;']);
    expect(parseJobDescriptionText('Duties\n\nSWEEP, MOP AND DUST;\n\nClean the tables.').sections.map((s) => s.heading)).toEqual(['Duties']);
  });

  it('splits a dated label off a field value, and leaves a plain value whole', () => {
    expect(parseJobDescriptionText('TITLE: Church Office Administrator Effective: 10/01/2025\n\nDuties\n- File').fields).toEqual({ TITLE: 'Church Office Administrator', Effective: '10/01/2025' });
    expect(parseJobDescriptionText('TITLE: Church Office Administrator\n\nDuties\n- File').fields).toEqual({ TITLE: 'Church Office Administrator' });
  });

  it('takes the job’s name out of a title line that goes on to the employer, its office or a union', () => {
    expect(parseJobDescriptionText('Administrative Assistant I presso City of Albany, OR\n\nDuties\n- File').title).toBe('Administrative Assistant I');
    expect(parseJobDescriptionText('ADMINISTRATIVE ASSISTANT EXECUTIVE OFFICE OF CITY MANAGER CITY OF WORCESTER\n\nDuties\n- File').title).toBe('ADMINISTRATIVE ASSISTANT');
    expect(parseJobDescriptionText('Position: Administrative Assistant / AFSCME\n\nDuties\n- File').title).toBe('Administrative Assistant');
    expect(parseJobDescriptionText('Director of Nursing\n\nDuties\n- Lead the nurses').title).toBe('Director of Nursing');
  });

  it('reads a form of label lines and value lines as fields, and the careers heading over it as no title', () => {
    const parsed = parseJobDescriptionText(
      ['Employment at ACTS Thrift Store', '', 'Bins Tagger', '', 'Job Area', '', 'Processing', '', 'Department', '', 'Back Room', '', 'Revision Date', '', '2-23-2012', '', 'Position Overview', '', 'The tagger cleans and tags donated goods before they are priced for the shop floor.'].join('\n'),
    );
    expect(parsed.title).toBe('Bins Tagger');
    expect(parsed.fields).toEqual({ 'Job Area': 'Processing', Department: 'Back Room', 'Revision Date': '2-23-2012' });
    expect(parsed.sections.map((s) => s.heading)).toEqual(['Position Overview']);
  });

  it('leaves short lines with no label we know as they were', () => {
    const parsed = parseJobDescriptionText(['Perks', '', 'Free coffee', '', 'Paid holidays', '', 'Staff meals', '', 'Uniforms'].join('\n'));
    expect(parsed.fields).toEqual({});
    expect(parsed.sections[0]?.bullets.length).toBe(4);
  });
});

describe('lists and titles without headings', () => {
  it('reads five or more item lines under the title, with no heading over them, as a list', () => {
    const parsed = parseJobDescriptionText(
      [
        'PREP COOK - JOB DESCRIPTION',
        'Reports to the Kitchen Manager',
        'Assist in preparing food by washing and chopping vegetables, fruits, and meats',
        'Ability to stand and move around for long periods of time',
        'Ensure kitchen equipment and appliances are working and ready for use',
        'Maintain a clean and hygienic work environment',
        'Can multitask efficiently',
      ].join('\n'),
    );
    // "Reports to the Kitchen Manager" over the list is the owner's line too: kept as the section's text.
    expect(outline(parsed.sections)).toEqual([['other', 'More information', 1, 5]]);
  });

  it('leaves a paragraph wrapped at one width, and a page menu, as they were', () => {
    const wrapped = parseJobDescriptionText(
      [
        'Line Cook',
        'Our family restaurant has served the town for thirty years and we are looking for a',
        'cook who enjoys a busy kitchen, keeps a clean station and works well with the team on',
        'weekends and holidays, when the dining room is at its fullest and the orders come in',
        'fast from the servers who rely on the kitchen to keep every plate hot and on time',
        'for every guest who sits down with us',
      ].join('\n'),
    );
    expect(wrapped.sections.every((s) => s.bullets.length === 0)).toBe(true);
    const menu = parseJobDescriptionText(['Human Resources', 'HR Phone List', 'Line Break', 'HR Location & Directions', 'Line Break', 'Current Employment Opportunities', 'Line Break'].join('\n'));
    expect(menu.sections.every((s) => s.bullets.length === 0)).toBe(true);
  });

  it("takes the posting's first line naming a job under a board's question as the title", () => {
    const question = 'What are the responsibilities and job description for the Cashier-Country Mart position at Bob’s Country Mart?';
    expect(parseJobDescriptionText(`${question}\nCashiers\nJob Purpose\nReceive and disburse money in the store every day.`).title).toBe('Cashiers');
    // A line that names no job is not taken; the question alone gives no title.
    expect(parseJobDescriptionText(`${question}\nCountry Mart\nJob Purpose\nReceive and disburse money in the store every day.`).title).toBeNull();
  });
});

describe("a board's details card", () => {
  it('keeps the fields of a card of label and value lines and drops its heading', () => {
    const parsed = parseJobDescriptionText(
      ['Summary', 'The park is hiring seasonal custodial workers for the summer.', '', 'Overview', '', 'Help', 'Salary', '$19.42 per hour', 'Location', 'Yosemite National Park, CA', 'Appointment type', 'Temporary', 'Work schedule', 'Multiple Schedules', 'Drug test', 'No', 'Service', 'Competitive', '', 'Duties', '- Clean restrooms'].join('\n'),
    );
    expect(parsed.sections.map((s) => s.heading)).toEqual(['Summary', 'Duties']);
    expect(parsed.fields).toMatchObject({ Salary: '$19.42 per hour', Location: 'Yosemite National Park, CA', 'Work schedule': 'Multiple Schedules' });
  });

  it('keeps a section whose content outweighs the fields read under it', () => {
    const parsed = parseJobDescriptionText(
      ['Overview', 'Salary', '$15 an hour', 'Location', 'Springfield', 'Work schedule', 'Weekends', 'Appointment type', 'Seasonal', 'Drug test', 'No', '- Bake bread', '- Fill the cases', '- Wash the trays', '- Serve customers', '- Count the till', '- Clean the floor'].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([['summary', 'Overview', 0, 6]]);
  });
});

describe('short lines in lower case, icons and screening questions', () => {
  it('reads short lower-case lines under a heading as items, not one wrapped sentence', () => {
    const parsed = parseJobDescriptionText(['Duties include:', 'cooking breakfast and lunch orders', 'prepping vegetables and meats', 'cleaning the grill and flat top at close'].join('\n'));
    expect(parsed.sections[0]?.bullets).toEqual(['cooking breakfast and lunch orders', 'prepping vegetables and meats', 'cleaning the grill and flat top at close']);
  });

  it('still joins a lower-case line to a long line the page width cut', () => {
    const parsed = parseJobDescriptionText(['Summary', 'Our family restaurant has served the town for thirty years and we are looking for', 'a cook who enjoys a busy kitchen.'].join('\n'));
    expect(parsed.sections[0]?.paragraphs).toEqual(['Our family restaurant has served the town for thirty years and we are looking for a cook who enjoys a busy kitchen.']);
  });

  it("drops an icon's name alone on a line, and keeps the word inside a sentence", () => {
    const parsed = parseJobDescriptionText(['Benefits', 'briefcase', '- Paid time off', 'clock', '- Flexible hours'].join('\n'));
    expect(outline(parsed.sections)).toEqual([['benefits', 'Benefits', 0, 2]]);
    expect(parseJobDescriptionText('Duties\n- Punch the clock on time\n- Carry the briefcase').sections[0]?.bullets).toHaveLength(2);
  });

  it('reads a labelled screening question as a field, still listed as the item it is, and keeps an unlabelled one as an item', () => {
    const labelled = parseJobDescriptionText(['Schedule:', '- Morning shift', '', 'Experience:', '- Barista: 1 year (Preferred)', '', 'Work Location: In person'].join('\n'));
    expect(labelled.fields).toEqual({ Barista: '1 year (Preferred)', 'Work Location': 'In person' });
    // Tenth round: the owner's item is never dropped; it stays under its heading as well.
    expect(outline(labelled.sections)).toEqual([['other', 'Schedule', 0, 1], ['requirements', 'Experience', 0, 1]]);
    const unlabelled = parseJobDescriptionText(['Work authorization:', '', '  • United States (Required)'].join('\n'));
    expect(outline(unlabelled.sections)).toEqual([['other', 'Work authorization', 0, 1]]);
  });
});

describe('numbered items and question headings', () => {
  it('reads "1) Valid driver’s license" over "2) …" as the first item, not a numbered heading', () => {
    const parsed = parseJobDescriptionText(['Requirements:', "1) Valid driver's license", '2) CPR certification'].join('\n'));
    expect(outline(parsed.sections)).toEqual([['requirements', 'Requirements', 0, 2]]);
  });

  it('still reads "2. Benefits" over its text as a numbered heading', () => {
    const parsed = parseJobDescriptionText(['1. Duties', 'Bake the bread each morning before the shop opens.', '2. Benefits', 'Paid holidays and a staff discount on everything we bake.'].join('\n'));
    expect(parsed.sections.map((s) => s.heading)).toEqual(['Duties', 'Benefits']);
  });

  it('reads a short question ending in a colon over a list as a heading, and a sentence as a lead-in', () => {
    const parsed = parseJobDescriptionText(['Our hardware store is hiring for the spring.', '', 'What the job involves:', '- ringing up sales', '- restocking shelves'].join('\n'));
    expect(parsed.sections.map((s) => s.heading)).toContain('What the job involves');
    const lead = parseJobDescriptionText(['Duties', 'What we need is that you can do the following:', '- ringing up sales', '- restocking shelves'].join('\n'));
    expect(lead.sections.map((s) => s.heading)).toEqual(['Duties']);
  });
});
