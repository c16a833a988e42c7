// Unit tests (Vitest, Node): pasted job-description text → title, fields and sections, on our own messy fixtures and the shared real posting.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParsedSection } from '../../electron/contract/jd-schemas';
import { htmlToSourceLines } from '../../electron/core/job-descriptions/jd-parse-html';
import { parseJobDescriptionText, parseSourceLines } from '../../electron/core/job-descriptions/jd-parse-rules';
import { sectionToHtml } from '../../electron/core/job-descriptions/jd-parse-sections';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = (name: string) => readFileSync(path.join(repoRoot, 'tests/fixtures/jd', name), 'utf8');
const outline = (sections: ParsedSection[]) => sections.map((s) => [s.kind, s.heading, s.paragraphs.length, s.bullets.length]);

const sharedPosting = path.resolve(repoRoot, '../shared/fixtures/backend-developer-posting.txt');
const hasShared = existsSync(sharedPosting);
if (!hasShared) console.log(`Skipping the shared real-posting test: ${sharedPosting} does not exist (no ../shared beside this checkout).`);

describe('the shared real posting (backend-developer-posting.txt)', () => {
  it.skipIf(!hasShared)('parses with its title, sections in order, 6 duties and 9 requirements, no call to action', () => {
    const parsed = parseJobDescriptionText(readFileSync(sharedPosting, 'utf8'));
    expect(parsed.title).toBe('Back End Developer');
    expect(parsed.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['summary', 'What does a Back End Developer do?'],
      ['description', 'Job Description'],
      ['responsibilities', 'Job Duties and Responsibilities'],
      ['requirements', 'Requirements and Qualifications'],
    ]);
    const [, description, duties, requirements] = parsed.sections;
    expect(description?.paragraphs).toHaveLength(2);
    expect(duties?.bullets).toHaveLength(6);
    expect(requirements?.bullets).toHaveLength(9);
    // Each item is one whole sentence with its bullet and indentation gone (no text of the posting is copied here).
    for (const item of [...(duties?.bullets ?? []), ...(requirements?.bullets ?? [])]) expect(item).toMatch(/^[A-Z][^•]*\.$/);
    expect(JSON.stringify(parsed)).not.toMatch(/Explore the Latest|September 27, 2025|"Top"/);
  });
});

describe('barista-messy.txt: NBSP, PUA bullets, wrapped items, colons, capitals, furniture', () => {
  const text = fixture('barista-messy.txt');

  it('really contains the odd characters it is meant to test', () => {
    expect(text).toContain('\u00A0');
    expect(text).toContain('\uF0B7');
    expect(text).toContain('\t');
  });

  it('takes the title from the Job Title field over the page title line, and reads every field', () => {
    const parsed = parseJobDescriptionText(text);
    expect(parsed.title).toBe('Lead Barista');
    expect(parsed.fields).toEqual({
      'Job Title': 'Lead Barista',
      'Reports To': 'Café Manager',
      Location: 'Portland, OR 97205',
      'Employment Type': 'Part-time',
      'Salary Range': '$17.50 – $21.00 per hour',
    });
  });

  it('finds every section in order with its kind and heading as written minus the colon', () => {
    expect(outline(parseJobDescriptionText(text).sections)).toEqual([
      ['summary', 'Summary', 1, 0],
      ['description', 'ABOUT THE ROLE', 1, 0],
      ['responsibilities', 'Responsibilities', 0, 4],
      ['requirements', 'What you’ll need', 0, 3],
      ['nice_to_have', 'Nice to have', 0, 2],
      ['benefits', 'WHAT WE OFFER', 0, 3],
      ['how_to_apply', 'How to apply', 1, 0],
    ]);
  });

  it('joins wrapped items, keeps items split by blank lines, strips every marker and normalizes spaces', () => {
    const sections = parseJobDescriptionText(text).sections;
    expect(sections[0]?.paragraphs[0]).toBe(
      'Bean & Leaf is a neighbourhood café that roasts its own coffee. We are looking for a friendly barista who enjoys early mornings and good conversation.',
    );
    expect(sections[2]?.bullets).toEqual([
      'Prepare espresso drinks, brewed coffee and tea to our recipes and presentation standards.',
      'Greet every guest and take orders at the till.',
      'Keep the bar, tables and restrooms clean during every shift.',
      'Restock milk, cups and pastries before the morning rush.',
    ]);
    expect(sections[3]?.bullets).toEqual([
      'Six months of customer-facing experience in a café, restaurant or shop.',
      'Comfort standing for an eight-hour shift.',
      'Weekend availability.',
    ]);
    expect(sections[5]?.bullets).toEqual(['Free drinks on shift.', 'Tips shared equally.', 'Paid training.']);
  });

  it('drops Back to top, share/print, the date under the title, a lone Apply now and the trailing calls to action', () => {
    const json = JSON.stringify(parseJobDescriptionText(text));
    for (const furniture of ['Back to top', 'Share', 'March 3, 2026', 'Apply now', 'Click here', '"Top"', 'Template']) {
      expect(json).not.toContain(furniture);
    }
  });

  it('gives the same result with CRLF line ends', () => {
    expect(parseJobDescriptionText(text.replace(/\n/g, '\r\n'))).toEqual(parseJobDescriptionText(text));
  });
});

describe('warehouse-questions.txt: question headings, numbered lists, repeated title, value on the next line', () => {
  const parsed = parseJobDescriptionText(fixture('warehouse-questions.txt'));

  it('reads the fields, including "Pay:" whose value is on the next line', () => {
    expect(parsed.title).toBe('Warehouse Associate');
    expect(parsed.fields).toEqual({
      Department: 'Operations',
      'Job Type': 'Full-time',
      Pay: '18-22 USD hourly',
      'Work Location': 'Austin, Texas, USA',
    });
  });

  it('classifies question headings and joins lowercase and indented continuations of numbered items', () => {
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'What does a Warehouse Associate do?', 2, 0],
      ['responsibilities', 'What will you do?', 0, 3],
      ['requirements', 'Who are you?', 0, 2],
      ['benefits', 'Perks', 0, 2],
    ]);
    expect(parsed.sections[0]?.paragraphs[1]).toBe('The work is physical and steady, with a small team on each shift.');
    expect(parsed.sections[1]?.bullets[1]).toBe('Pick and pack orders accurately using a handheld scanner.');
    expect(parsed.sections[2]?.bullets[1]).toBe('You are comfortable with early shifts and occasional overtime.');
    expect(JSON.stringify(parsed)).not.toMatch(/Explore the Latest|Back to top|September 27/);
  });
});

describe('title detection', () => {
  it('derives the title from a page title line, which is not a section', () => {
    const parsed = parseJobDescriptionText(
      'Comprehensive Line Cook Job Description, Duties, Responsibilities, Requirements, and Qualifications\n\nDuties\n- Prep vegetables.\n',
    );
    expect(parsed.title).toBe('Line Cook');
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Duties', 0, 1]]);
  });

  it('strips Template and Sample from a page title line', () => {
    expect(parseJobDescriptionText('Sample Receptionist Job Description Template\n\nDuties\n- Answer calls.').title).toBe('Receptionist');
  });

  it('uses a "What does a X do?" heading before the first short line', () => {
    const parsed = parseJobDescriptionText('Now hiring\n\nWhat does a Plumber do?\nA plumber installs and repairs pipes in homes and businesses.');
    expect(parsed.title).toBe('Plumber');
  });

  it('falls back to the first short line, and to null', () => {
    expect(parseJobDescriptionText('Cashier\n\nDuties\n- Take payments.').title).toBe('Cashier');
    expect(parseJobDescriptionText('Duties\n- Take payments.').title).toBeNull();
  });
});

describe('headings, fields and prose in small documents', () => {
  it('keeps pre-heading text as a summary when it is prose, and its lines as an untitled section when it is not', () => {
    const withProse = parseJobDescriptionText('Cashier\n\nWe are a corner shop that has served the same street for thirty years.\n\nDuties\n- Take payments.');
    expect(outline(withProse.sections)).toEqual([['summary', 'Summary', 1, 0], ['responsibilities', 'Duties', 0, 1]]);
    // The owner's line is never dropped (issue 15, tenth round): "Main Street" stays, under no heading of its own.
    const noProse = parseJobDescriptionText('Cashier\nMain Street\n\nDuties\n- Take payments.');
    expect(outline(noProse.sections)).toEqual([['other', 'More information', 1, 0], ['responsibilities', 'Duties', 0, 1]]);
    expect(noProse.sections[0]?.paragraphs).toEqual(['Main Street']);
  });

  it('reads "Requirements: …" as a heading with its text, and "Experience with …" lines as items, not headings', () => {
    const parsed = parseJobDescriptionText('Requirements: A valid driving licence.\n\nSkills\nExperience with grills\nKnife skills');
    expect(parsed.sections).toEqual([
      { kind: 'requirements', heading: 'Requirements', paragraphs: ['A valid driving licence.'], bullets: [] },
      { kind: 'requirements', heading: 'Skills', paragraphs: [], bullets: ['Experience with grills', 'Knife skills'] },
    ]);
  });

  it('reads lines without markers under a heading as its items, keeping the lead-in, but wrapped prose as prose', () => {
    const list = parseJobDescriptionText('Duties:\nYou will be responsible for the following:\nTaking care of guests at the counter and on the phone\nKeeping the kitchen clean\n');
    expect(list.sections).toEqual([
      {
        kind: 'responsibilities',
        heading: 'Duties',
        paragraphs: ['You will be responsible for the following:'],
        bullets: ['Taking care of guests at the counter and on the phone', 'Keeping the kitchen clean'],
      },
    ]);
    const prose = parseJobDescriptionText(
      'About the job\nThe cook prepares every meal from scratch for the residents of our small\ncare home and keeps the kitchen to the standards of the\nhealth inspector. Shifts are seven hours.\n',
    );
    expect(prose.sections[0]?.paragraphs).toEqual([
      'The cook prepares every meal from scratch for the residents of our small care home and keeps the kitchen to the standards of the health inspector. Shifts are seven hours.',
    ]);
    expect(prose.sections[0]?.bullets).toEqual([]);
  });

  it('reads headings directly after a list without blank lines', () => {
    const parsed = parseJobDescriptionText('Responsibilities\n- Drive.\nRequirements\n- Licence.\nBenefits\n- Fuel card.');
    expect(outline(parsed.sections)).toEqual([
      ['responsibilities', 'Responsibilities', 0, 1],
      ['requirements', 'Requirements', 0, 1],
      ['benefits', 'Benefits', 0, 1],
    ]);
  });

  it('treats "2. Benefits" as a numbered heading but "2. Serve customers." as an item', () => {
    const parsed = parseJobDescriptionText('1. Duties\n- Serve customers.\n2. Benefits\n1. Free lunch.\n2. Serve customers.');
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Duties', 0, 1], ['benefits', 'Benefits', 0, 2]]);
  });

  it('gives unknown headings the kind other', () => {
    const parsed = parseJobDescriptionText('Barista\n\nOur Equipment\n\nWe use two La Marzocco machines and a small roaster out back.');
    expect(parsed.sections).toEqual([
      { kind: 'other', heading: 'Our Equipment', paragraphs: ['We use two La Marzocco machines and a small roaster out back.'], bullets: [] },
    ]);
  });

  it('returns an empty parse for empty or blank text', () => {
    expect(parseJobDescriptionText('')).toEqual({ title: null, fields: {}, sections: [] });
    expect(parseJobDescriptionText(' \n\u00A0\n\t')).toEqual({ title: null, fields: {}, sections: [] });
  });

  it('keeps a label such as __proto__ as an ordinary field key', () => {
    const parsed = parseJobDescriptionText('Job Title: Baker\nConstructor: yes');
    expect(parsed.fields).toEqual({ 'Job Title': 'Baker', Constructor: 'yes' });
    expect(Object.getPrototypeOf(parsed.fields)).toBe(Object.prototype);
  });
});

describe('the failures reported in issue 15', () => {
  it('keeps two benefits lists as benefits, headings without a blank line before them, metadata as fields', () => {
    const parsed = parseJobDescriptionText(
      'Barista\nResponsibilities:\n- Greet guests\n- Make drinks\nBenefits:\nHealth insurance\nPaid time off\nJob Type: Full-time\n' +
        'Pay: $15.00 - $18.00 per hour\nBenefits:\n- 401(k)\n- Dental insurance\nShift Details\nMorning shift\nJob Qualifications\n- A year in a cafe\n',
    );
    expect(parsed.fields).toEqual({ 'Job Type': 'Full-time', Pay: '$15.00 - $18.00 per hour' });
    expect(outline(parsed.sections)).toEqual([
      ['responsibilities', 'Responsibilities', 0, 2],
      ['benefits', 'Benefits', 0, 2],
      ['benefits', 'Benefits', 0, 2],
      ['other', 'Shift Details', 1, 0],
      ['requirements', 'Job Qualifications', 0, 1],
    ]);
  });

  it('keeps the owner\'s heading text, a "Reporting Relationships" section, and an unmarked list whole', () => {
    const parsed = parseJobDescriptionText(
      'Position Summary\nThe office manager keeps our dental practice running smoothly day to day.\nReporting Relationships\n' +
        'Reports to: Practice Owner\nSupervises: Two receptionists\nDuties\nAnswer phones\nOrder supplies\nCustomer Service\nKeep the books\n',
    );
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'Position Summary', 1, 0],
      ['other', 'Reporting Relationships', 0, 2],
      ['responsibilities', 'Duties', 0, 4],
    ]);
    expect(parsed.fields).toEqual({ 'Reports to': 'Practice Owner' });
  });

  it('reads "Shift:" over short lines as a heading with its items, and takes a public employer over the job as text, not the title', () => {
    const parsed = parseJobDescriptionText(
      'CITY OF SPRINGFIELD\nMAINTENANCE WORKER I\nPay:\n$18 an hour\nShift:\n8 hour shift\nMorning shift\nWork Location: In person\n',
    );
    expect(parsed.title).toBe('MAINTENANCE WORKER I');
    expect(parsed.fields).toEqual({ Pay: '$18 an hour', 'Work Location': 'In person' });
    // The employer's line is the owner's: kept under no heading (tenth round), never dropped.
    expect(outline(parsed.sections)).toEqual([['other', 'More information', 1, 0], ['other', 'Shift', 0, 2]]);
    expect(parsed.sections[0]?.paragraphs).toEqual(['CITY OF SPRINGFIELD']);
  });

  it('reads one short line per paragraph under Duties as items, takes the place out of the title line and keeps it', () => {
    const parsed = parseJobDescriptionText(
      'Line Cook - Springfield, IL\n\nDuties\n\nGreet guests.\n\nMake drinks to our recipes.\n\nClean tables.\n\nAbout us\n\nWe are a family diner.\n\nWe open at 6am.\n',
    );
    expect(parsed.title).toBe('Line Cook');
    // The place is the owner's: kept in the opening section (eleventh round).
    expect(outline(parsed.sections)).toEqual([['other', 'More information', 1, 0], ['responsibilities', 'Duties', 0, 3], ['about', 'About us', 2, 0]]);
    expect(parsed.sections[0]?.paragraphs).toEqual(['Springfield, IL']);
  });

  it('keeps a lead-in without a colon with its list, as text, not as a heading or an item', () => {
    const parsed = parseJobDescriptionText(
      'Requirements\nThe ideal candidate will have the following\nA food handler card\nWeekend availability\nThe ability to lift 50 lbs\n',
    );
    expect(parsed.sections).toEqual([
      {
        kind: 'requirements',
        heading: 'Requirements',
        paragraphs: ['The ideal candidate will have the following'],
        bullets: ['A food handler card', 'Weekend availability', 'The ability to lift 50 lbs'],
      },
    ]);
  });

  it('keeps a shouted item ("MUST BE 18 OR OLDER") in its list, but a heading in capitals is a heading', () => {
    const parsed = parseJobDescriptionText('Dishwasher\n\nRequirements:\nFood handler card\nReliable transportation\nMUST BE 18 OR OLDER\n\nWHAT WE OFFER\nFree meals\nTips\n');
    expect(outline(parsed.sections)).toEqual([['requirements', 'Requirements', 0, 3], ['benefits', 'WHAT WE OFFER', 0, 2]]);
  });

  it('keeps the first line of a list without markers under its heading, even when it names a kind', () => {
    const parsed = parseJobDescriptionText('Bookkeeper\n\nQualifications:\n2+ years bookkeeping experience\nProficient in QuickBooks Online\n');
    expect(outline(parsed.sections)).toEqual([['requirements', 'Qualifications', 0, 2]]);
  });

  it('reads a one-word section heading after a list in title case without markers', () => {
    const parsed = parseJobDescriptionText('Server\n\nRequirements\nFood Handler Card\nWeekend Availability\nBenefits\nFree Meals\nShared Tips\n');
    expect(outline(parsed.sections)).toEqual([['requirements', 'Requirements', 0, 2], ['benefits', 'Benefits', 0, 2]]);
  });

  it('takes the line naming a job as the title when the company\'s name comes first', () => {
    expect(parseJobDescriptionText('Bean & Leaf Coffee\nBarista\n\nDuties\n- Pull shots').title).toBe('Barista');
    expect(parseJobDescriptionText('Cashier\nMain Street\n\nDuties\n- Take payments.').title).toBe('Cashier');
  });

  it('reads a pasted Indeed page: job details as fields, "Shift and schedule" and "Full job description" as headings', () => {
    const parsed = parseJobDescriptionText(
      'Line Cook\nRosie\'s Diner\nJob details\nPay\n$15 - $17 an hour\nJob type\nFull-time\nPart-time\nShift and schedule\nDay shift\n' +
        'Weekends as needed\nBenefits\nPulled from the full job description\nEmployee discount\nPaid time off\nFull job description\n' +
        'Rosie\'s Diner is looking for a line cook to join our breakfast crew. We cook everything from scratch.\n',
    );
    expect(parsed.title).toBe('Line Cook');
    expect(parsed.fields).toEqual({ Pay: '$15 - $17 an hour', 'Job type': 'Full-time, Part-time' });
    // The employer's name and the page's label between the title and the details are kept, under no heading.
    expect(outline(parsed.sections)).toEqual([
      ['other', 'More information', 2, 0],
      ['other', 'Shift and schedule', 0, 2],
      ['benefits', 'Benefits', 0, 2],
      ['description', 'Full job description', 1, 0],
    ]);
  });

  it('takes no sentence as the title and joins an item a PDF copy cut in half', () => {
    const parsed = parseJobDescriptionText(
      'We are looking for a friendly line cook\nCome join our team at the diner on Main Street, where we cook breakfast all day.\nDuties\n' +
        '• Maintain all food safety standards set by the county health department and our\nKitchen Manager at all times.\n• Keep the grill clean.\n',
    );
    expect(parsed.title).toBeNull();
    expect(parsed.sections[0]?.paragraphs).toHaveLength(2);
    expect(parsed.sections[1]?.bullets).toEqual([
      'Maintain all food safety standards set by the county health department and our Kitchen Manager at all times.',
      'Keep the grill clean.',
    ]);
  });
});

describe('issue 15, second round: rules that generalise beyond the first corpus', () => {
  it('reads lettered items ("A.", "a.") in a sequence as items, nested under numbered ones, but not an initial', () => {
    const parsed = parseJobDescriptionText(
      'I.  Position Summary\nThe driver loads the truck and delivers orders on a set route every day of the week.\n\n' +
        'II. Qualifications\nA. Education: High school diploma or equivalent.\nB. License: Valid commercial driver\'s license.\n\n' +
        'ESSENTIAL FUNCTIONS\n\n1.     Cleans restrooms and offices.\n\n     a.    Empties trash\n\n     b.    Vacuums floors\n\n2.     Restocks supplies.\n\n' +
        'Notes\nA. Smith will train you on the first day.\n',
    );
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'I. Position Summary', 1, 0],
      ['requirements', 'II. Qualifications', 0, 2],
      ['responsibilities', 'ESSENTIAL FUNCTIONS', 0, 4],
      ['other', 'Notes', 1, 0],
    ]);
    expect(parsed.sections[1]?.bullets[0]).toBe('Education: High school diploma or equivalent.');
    expect(parsed.sections[3]?.paragraphs[0]).toBe('A. Smith will train you on the first day.');
  });

  it('joins a sentence a PDF copy cut at the page width instead of reading its lines as items', () => {
    const parsed = parseJobDescriptionText(
      'POSITION SUMMARY\nCleans and maintains assigned areas of the building under the direction of the Facilities\nSupervisor.\n' +
        'REQUIREMENTS\nThe purpose of this class is to perform heating, ventilation and air conditioning repairs in\n(HVAC) systems of city buildings.\n',
    );
    expect(parsed.fields).toEqual({});
    expect(parsed.sections.map((s) => [s.heading, s.paragraphs, s.bullets.length])).toEqual([
      ['POSITION SUMMARY', ['Cleans and maintains assigned areas of the building under the direction of the Facilities Supervisor.'], 0],
      ['REQUIREMENTS', ['The purpose of this class is to perform heating, ventilation and air conditioning repairs in (HVAC) systems of city buildings.'], 0],
    ]);
  });

  it('opens a run-in sub-heading under an empty heading of its kind and keeps a details line in its prose as a field too', () => {
    const parsed = parseJobDescriptionText(
      'Job Description\n\nPosition: Cashier\n\nGeneral Job Description: Charge customers for their groceries and keep the register clean.\n\n' +
        'Current Hours Available: 30+ per week, two weekend shifts required.\n',
    );
    expect(parsed.title).toBe('Cashier');
    expect(parsed.fields).toEqual({ Position: 'Cashier', 'Current Hours Available': '30+ per week, two weekend shifts required.' });
    expect(outline(parsed.sections)).toEqual([['description', 'General Job Description', 2, 0]]);
  });

  it('skips the title repeated with "Position" and drops a note in brackets from a board question\'s title', () => {
    const harrison = parseJobDescriptionText(
      'What are the responsibilities and job description for the Office Manager position at TOWNSHIP OF HARRISON?\n**Office Manager Position**\n' +
        'The Township of Harrison is seeking an experienced Office Manager to oversee daily operations.\nResponsibilities:\n- Supervise office staff.\n',
    );
    expect(harrison.title).toBe('Office Manager');
    expect(outline(harrison.sections)).toEqual([
      ['summary', 'Summary', 1, 0],
      ['responsibilities', 'Responsibilities', 0, 1],
    ]);
    const asked = parseJobDescriptionText(
      'What are the responsibilities and job description for the Cashier (substitute employee position) position at Co-op?\nDescription\nCashier\nDuties\n- Ring up sales.\n',
    );
    expect(asked.title).toBe('Cashier');
    expect(outline(asked.sections)).toEqual([['responsibilities', 'Duties', 0, 1]]);
    const acronym = parseJobDescriptionText(
      'What are the responsibilities and job description for the Certified Nursing Assistant (CNA) position at Nexus?\nCertified Nursing Assistant (CNA)\nDuties\n- Take vitals.\n',
    );
    expect(acronym.title).toBe('Certified Nursing Assistant (CNA)');
  });

  it('takes no title from a board question alone: the posting names no job on a line of its own', () => {
    const parsed = parseJobDescriptionText(
      'What are the responsibilities and job description for the Porter position at Harbor Grill?\nSummary: Keeps the dining room and kitchen clean during service.\nDuties\n- Sweep floors.\n',
    );
    expect(parsed.title).toBeNull();
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'Summary', 1, 0],
      ['responsibilities', 'Duties', 0, 1],
    ]);
  });

  it('reads a table\'s header row over one row of values as fields, and a header row alone as a line', () => {
    const parsed = parseSourceLines(
      htmlToSourceLines(
        '<h1>Clerk</h1><table><tr><th>Type</th><th>Salary/Pay Rate</th><th>Deadline to Apply</th></tr>' +
          '<tr><td>Full Time Regular</td><td>$20.29 - $26.86</td><td>September 1, 2017</td></tr></table>' +
          '<h2>Duties</h2><ul><li>File records</li></ul>',
      ),
    );
    expect(parsed.fields).toEqual({ Type: 'Full Time Regular', 'Salary/Pay Rate': '$20.29 - $26.86', 'Deadline to Apply': 'September 1, 2017' });
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Duties', 0, 1]]);
    const lone = htmlToSourceLines('<table><tr><th>Day</th><th>Hours</th></tr></table>');
    expect(lone.map((l) => l.text).filter((t) => t !== '')).toEqual(['Day Hours']);
  });

  it('keeps a lead-in ending in a colon under its heading, and an item with items under it as one item', () => {
    const parsed = parseSourceLines(
      htmlToSourceLines(
        '<h2>Duties:</h2><p>Duties include, but are not limited to:</p><ul><li>Personal care including:<ul><li>Bathing</li><li>Dressing</li></ul></li>' +
          '<li>Meal preparation.</li></ul><h2>Job Location (Place(s) where work is performed):</h2><ul><li>Office</li><li>Field</li></ul>',
      ),
    );
    expect(parsed.sections.map((s) => [s.heading, s.paragraphs, s.bullets])).toEqual([
      ['Duties', ['Duties include, but are not limited to:'], ['Personal care including:', 'Bathing', 'Dressing', 'Meal preparation.']],
      ['Job Location (Place(s) where work is performed)', [], ['Office', 'Field']],
    ]);
  });

  it('splits a heading glued to the next label ("Job DescriptionSalary:")', () => {
    const parsed = parseJobDescriptionText('Job DescriptionSalary: $15 an hour\nWe make breakfast and lunch for the whole neighbourhood, every day of the week.\n');
    expect(parsed.fields).toEqual({ Salary: '$15 an hour' });
    expect(outline(parsed.sections)).toEqual([['description', 'Job Description', 1, 0]]);
  });

  it('gives sub-headings after a lead-in ("The Duties and Responsibilities are:") its kind, and reads their spaced lines as items', () => {
    const parsed = parseJobDescriptionText(
      'CLERK/CASHIER\n\nFULL AND PART-TIME\nREPORTS TO STORE MANAGER, ASSISTANT MANAGER, AND OWNER\n\n\nThe Duties and Responsibilities are:\n\n\n' +
        'General Management\n\n\nObserves scheduled shift hours at all times, as assigned by the Store Manager.\n\n\n' +
        'Gives all customers prompt and courteous service.\n\n\nFollows the work schedule as posted.\n\n\nBookkeeping\n\n\n' +
        'Prepares a shift-change report at the end of the shift.\nProperly clocks in and out.\n',
    );
    expect(parsed.title).toBe('CLERK/CASHIER');
    // The heading over the first sub-heading is kept as its lead-in (eleventh round), never dropped.
    expect(outline(parsed.sections)).toEqual([
      ['other', 'More information', 2, 0],
      ['responsibilities', 'General Management', 1, 3],
      ['responsibilities', 'Bookkeeping', 0, 2],
    ]);
  });

  it('takes no careers page heading as the title', () => {
    const parsed = parseJobDescriptionText(
      'Job Opportunities\n\nReporting to: Director\n\nSummary: Helps patrons find books and keeps the shelves in order every day.\n' +
        'Essential Duties:\n- Check books in and out.\n- Shelve returns.\n',
    );
    expect(parsed.title).toBeNull();
    expect(parsed.fields).toEqual({ 'Reporting to': 'Director' });
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'Summary', 1, 0],
      ['responsibilities', 'Essential Duties', 0, 2],
    ]);
  });

  it('splits a heading in capitals run into the prose before it, and capitals run into the first sentence', () => {
    const parsed = parseJobDescriptionText(
      'OFFICE CLERK The City of Springfield is seeking qualified applicants for the position of office clerk. Bilingual applicants are encouraged to apply. ESSENTIAL ELEMENTS:\n' +
        '- File records.\n- Answer the phone.\n',
    );
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'Summary', 1, 0],
      ['responsibilities', 'ESSENTIAL ELEMENTS', 0, 2],
    ]);
    expect(parsed.title).toBe('OFFICE CLERK');
  });
});

describe('general layout rules (third round, from real postings)', () => {
  it('keeps a numbered line that reads like a heading as an item when it continues a numbered list', () => {
    const parsed = parseJobDescriptionText(
      'Requirements\n\n1. A high school diploma\n2. Teamwork skills\n3. Able to stand for long periods\n\n' +
        'Benefits\n\n1. Paid time off\n2. Health insurance\n',
    );
    expect(outline(parsed.sections)).toEqual([
      ['requirements', 'Requirements', 0, 3],
      ['benefits', 'Benefits', 0, 2],
    ]);
  });

  it('reads a short line between two lists as the heading of the second list', () => {
    const parsed = parseJobDescriptionText(
      'Duties\n- Prepare orders on the line\n- Keep the station clean\nEquipment you will be trained on\n- Fryer\n- Slicer\n- Dish machine\n',
    );
    expect(outline(parsed.sections)).toEqual([
      ['responsibilities', 'Duties', 0, 2],
      ['other', 'Equipment you will be trained on', 0, 3],
    ]);
    // Over a single item it is more likely an item that lost its marker.
    const lost = parseJobDescriptionText('Benefits\n- Health insurance\n- Dental insurance\nPaid time off after ninety days\n- Retirement plan\n');
    expect(lost.sections.map((s) => s.heading)).toEqual(['Benefits']);
  });

  it('reads a line with a bar before it or a dash after it as a heading, and stores it without them', () => {
    const parsed = parseJobDescriptionText('Duties\n\n▌Front counter –\n• Greet guests\n• Take orders\n\n▌Kitchen –\n• Wash dishes\n');
    // The heading over the first sub-heading is kept as its lead-in (eleventh round), never dropped.
    expect(outline(parsed.sections)).toEqual([
      ['responsibilities', 'Front counter', 1, 2],
      ['responsibilities', 'Kitchen', 0, 1],
    ]);
  });

  it('reads a line in lower case right above items in lower case as the first item, which lost its marker', () => {
    const parsed = parseJobDescriptionText('Duties:\nrestocking shelves\n• pricing goods\n• cleaning the aisles\n');
    expect(parsed.sections).toEqual([
      { kind: 'responsibilities', heading: 'Duties', paragraphs: [], bullets: ['restocking shelves', 'pricing goods', 'cleaning the aisles'] },
    ]);
    // A lead-in in capitals stays the section's text.
    const led = parseJobDescriptionText('Duties:\nYou will mostly be\n• pricing goods\n• cleaning the aisles\n');
    expect(outline(led.sections)).toEqual([['responsibilities', 'Duties', 1, 2]]);
  });

  it('reads a long colon line as a heading when it starts with the words of a heading and only introduces the list', () => {
    const parsed = parseJobDescriptionText(
      'Summary: Serves customers at the front counter of a busy bakery.\n' +
        'Essential Duties and Responsibilities include but are not limited to:\n- Take orders\n- Box pastries\n',
    );
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'Summary', 1, 0],
      ['responsibilities', 'Essential Duties and Responsibilities include but are not limited to', 0, 2],
    ]);
    // A sentence that introduces a list is still no heading.
    const sentence = parseJobDescriptionText('Summary: Serves customers at the front counter of a busy bakery.\nEach day the person in this job will be asked to:\n- Take orders\n');
    expect(outline(sentence.sections)).toEqual([['summary', 'Summary', 2, 1]]);
  });

  it('reads a long yes-or-no question as the opening of a pitch, a short one as a heading', () => {
    const pitch = parseJobDescriptionText(
      'Are you looking for a kitchen where your ideas count?\n\nOur diner has served the town for forty years and is looking for a cook to join a friendly team.\n',
    );
    expect(outline(pitch.sections)).toEqual([['summary', 'Summary', 2, 0]]);
    const heading = parseJobDescriptionText('Is this you?\n- You love to cook\n- You work well in a team\n');
    expect(outline(heading.sections)).toEqual([['other', 'Is this you?', 0, 2]]);
  });

  it('reads three or more stubs standing apart after prose as a list without markers, in the opening block too', () => {
    const parsed = parseJobDescriptionText(
      'Our family bakery opens at six and needs an early riser to run the ovens.\n\n$16/hour\n\nFree bread\n\nPaid holidays\n',
    );
    expect(parsed.sections).toEqual([
      {
        kind: 'summary',
        heading: 'Summary',
        paragraphs: ['Our family bakery opens at six and needs an early riser to run the ovens.'],
        bullets: ['$16/hour', 'Free bread', 'Paid holidays'],
      },
    ]);
    // Run together under the paragraph they are address lines, not a list.
    const address = parseJobDescriptionText('Our family bakery opens at six and needs an early riser to run the ovens.\nHearth Bakery\n12 Elm Street\nSalem, OR\n');
    expect(address.sections[0]?.bullets).toEqual([]);
    // Two are not enough: they stay the text they were written as.
    expect(outline(parseJobDescriptionText('Our family bakery opens at six and needs an early riser.\n\nFree bread\n\nPaid holidays\n').sections)).toEqual([
      ['summary', 'Summary', 3, 0],
    ]);
  });

  it("drops a job board's card lines at the end of the page, and keeps such a line inside the posting", () => {
    const parsed = parseJobDescriptionText('Duties\n- Wash dishes\n- Sweep floors\nPerks\nDishwasher • Bend, OR, US\nPrep Cook · Part-time · Bend\n');
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Duties', 0, 2]]);
    const inside = parseJobDescriptionText('Schedule\nWeekends · Evenings\n\nDuties\n- Wash dishes\n');
    expect(inside.fields).toEqual({ Schedule: 'Weekends · Evenings' });
  });

  it('reads common headings in sentence case as headings when they stand apart', () => {
    const parsed = parseJobDescriptionText(
      "Nature of work\n\nPrepares and cooks meals for residents of a county care home.\n\nWho we're looking for\n\nA cook who keeps a clean station and likes people.\n",
    );
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'Nature of work', 1, 0],
      ['requirements', "Who we're looking for", 1, 0],
    ]);
  });

  it('reads a line all in bold in pasted text as a heading, and a bold label as a plain label', () => {
    const parsed = parseJobDescriptionText('**Duties**:\n- Stock shelves\n- Face the aisles\n\n**Pay:** $17 an hour\n**Schedule: Weekends**\n');
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Duties', 0, 2]]);
    expect(parsed.fields).toEqual({ Pay: '$17 an hour', Schedule: 'Weekends' });
  });

  it('reads a spaced first line in sentence case under a heading of its own kind as an item, not a sub-heading', () => {
    const parsed = parseJobDescriptionText('Requirements:\n\nForklift experience\n\nSteel-toe boots\n\nBenefits:\n\nWeekly pay\n\nPaid holidays\n');
    expect(outline(parsed.sections)).toEqual([
      ['requirements', 'Requirements', 0, 2],
      ['benefits', 'Benefits', 0, 2],
    ]);
  });

  it('reads a pay label on its own line as a field only when the next line names an amount', () => {
    const paid = parseJobDescriptionText('Hourly rate\n$19 to $22\n\nDuties\n- Drive the route\n');
    expect(paid.fields).toEqual({ 'Hourly rate': '$19 to $22' });
    const listed = parseJobDescriptionText('Perks\nTips and pay\nFree parking\nStaff meals\n');
    expect(listed.fields).toEqual({});
    expect(outline(listed.sections)).toEqual([['benefits', 'Perks', 0, 3]]);
  });

  it('joins a wrapped item whose next line starts with a capitalised word and a comma, and makes no heading of it', () => {
    const parsed = parseJobDescriptionText(
      'Duties:\n• Ring up each sale and count back change to the customer using the register\nSystem, checking every receipt\n• Bag groceries\nSkills:\n• Friendly\n',
    );
    expect(outline(parsed.sections)).toEqual([
      ['responsibilities', 'Duties', 0, 2],
      ['requirements', 'Skills', 0, 1],
    ]);
    expect(parsed.sections[0]?.bullets[0]).toMatch(/register System, checking every receipt$/);
  });

  it('reads a heading that addresses the reader as a heading inside a run of lines without markers', () => {
    const parsed = parseJobDescriptionText(
      "What you'll do\nWash pots and pans\nKeep the dish area clean\nWhat we're looking for\nReliable and on time\nAble to stand for long shifts\n",
    );
    expect(outline(parsed.sections)).toEqual([
      ['responsibilities', "What you'll do", 0, 2],
      ['requirements', "What we're looking for", 0, 2],
    ]);
  });

  it('takes the title from a banner label such as "Now Hiring:" or "Job Opening:"', () => {
    expect(parseJobDescriptionText('Now Hiring: Prep Cook\n\nDuties\n- Chop vegetables\n').title).toBe('Prep Cook');
    expect(parseJobDescriptionText('Job Opening: Pharmacy Technician\n\nDuties\n- Count tablets\n').title).toBe('Pharmacy Technician');
    // "NOW HIRING" alone is a banner, not a title.
    expect(parseJobDescriptionText('NOW HIRING!\n\nDuties\n- Chop vegetables\n').title).toBeNull();
  });

  it('keeps a first line about "the following" duties as the lead-in of a list without markers', () => {
    const parsed = parseJobDescriptionText(
      'Essential Functions\nThe following duties are typical for this class. Other duties may be assigned.\nSweeps the shop floor.\nLoads delivery vans.\nSorts returned parts.\n',
    );
    expect(parsed.sections).toEqual([
      {
        kind: 'responsibilities',
        heading: 'Essential Functions',
        paragraphs: ['The following duties are typical for this class. Other duties may be assigned.'],
        bullets: ['Sweeps the shop floor.', 'Loads delivery vans.', 'Sorts returned parts.'],
      },
    ]);
  });

  it('reads the "Seniority level" / "Industries" lines a professional network lists under a posting as fields', () => {
    const network = parseJobDescriptionText('Duties\n- Write code\n\nSeniority level\nEntry level\nIndustries\nSoftware Development\n');
    expect(network.fields).toEqual({ 'Seniority level': 'Entry level', Industries: 'Software Development' });
    expect(outline(network.sections)).toEqual([['responsibilities', 'Duties', 0, 1]]);
  });
});

describe('sectionToHtml', () => {
  it('writes one <p> per paragraph, the items as one <ul>, and escapes all text', () => {
    const html = sectionToHtml({
      kind: 'benefits',
      heading: 'Perks',
      paragraphs: ['Pay & <b>tips</b>', 'We say "thanks"'],
      bullets: ["Staff's lunch", '<script>x</script>'],
    });
    expect(html).toBe(
      '<p>Pay &amp; &lt;b&gt;tips&lt;/b&gt;</p><p>We say &quot;thanks&quot;</p><ul><li>Staff&#39;s lunch</li><li>&lt;script&gt;x&lt;/script&gt;</li></ul>',
    );
    expect(sectionToHtml({ kind: 'other', heading: 'x', paragraphs: [], bullets: [] })).toBe('');
  });
});

describe('general layout rules (fourth round, from real postings of sets 1–3)', () => {
  it('splits a heading glued to its first line where a page lost the break', () => {
    const parsed = parseJobDescriptionText('Nature of Work\nPerforms routine manual tasks in the upkeep of public facilities.\nEssential DutiesSweep, mop and polish floors.\nClean walls and windows.\n');
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'Nature of Work', 1, 0],
      ['responsibilities', 'Essential Duties', 0, 2],
    ]);
    expect(parsed.sections[1]?.bullets[0]).toBe('Sweep, mop and polish floors.');
  });

  it('splits a list run together into items, and a known heading glued among them opens its section', () => {
    const parsed = parseJobDescriptionText(
      'Skills\nStrong listener who follows directions on food prepClear communication skills with coworkersBasic math and written communication skillsWorking Conditions\nStand for the entirety of a scheduled shiftBe able to endure hot and cold work conditionsUse manual dexterity to cut and chop food\n',
    );
    expect(outline(parsed.sections)).toEqual([
      ['requirements', 'Skills', 0, 3],
      ['other', 'Working Conditions', 0, 3],
    ]);
    // Names such as PowerPoint or QuickBooks never split: the word before the capital must be lower case throughout.
    const names = parseJobDescriptionText('Skills\n- Proficient in Microsoft PowerPoint and QuickBooks Online for daily bookkeeping\n');
    expect(names.sections[0]?.bullets).toEqual(['Proficient in Microsoft PowerPoint and QuickBooks Online for daily bookkeeping']);
  });

  it('keeps a sentence-case line between items of a list without markers as an item, however known its words', () => {
    const parsed = parseJobDescriptionText(
      'Requirements:\n\nPrevious leadership or supervisory experience (food service or retail preferred)\n\nStrong communication and organizational skills\n\nMust be reliable, punctual, and able to work evenings and weekends\n\nComfortable jumping in wherever needed — it’s a small team!\n',
    );
    expect(outline(parsed.sections)).toEqual([['requirements', 'Requirements', 0, 4]]);
  });

  it('reads numbered run-in paragraphs of a class specification as sections that keep their number', () => {
    const parsed = parseJobDescriptionText(
      [
        '1. Nature of Work : Performs maintenance and custodial functions to keep town offices clean and safe.',
        '2. Supervision Received : Under the direct supervision of the Manager of Building and',
        'Grounds, or designee in the building to which he/she is assigned.',
        '3. Judgment : Guidelines may be given verbally, or through administrative policies.',
        'Employee is expected to weigh efficiency and relative priorities in performing tasks.',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['summary', '1. Nature of Work', 1, 0],
      ['other', '2. Supervision Received', 1, 0],
      ['other', '3. Judgment', 1, 0],
    ]);
    // A numbered list of duties with labels names no section heading: it stays a list.
    const duties = parseJobDescriptionText(
      'Duties\n1. Customer Service: Greet every guest warmly and answer their questions.\n2. Cash Handling: Count the drawer at the start and end of every shift.\n3. Cleaning: Keep the counters and floors clean through the whole day.\n',
    );
    expect(outline(duties.sections)).toEqual([['responsibilities', 'Duties', 0, 3]]);
  });

  it('takes "Reports To" set as a heading over one short line as a field, not a section or the title', () => {
    const parsed = parseSourceLines([
      { text: 'Reports To', indent: 0, hint: 'heading' },
      { text: 'Bar Manager, General Manager and/or other members of the management team.', indent: 0, hint: 'none' },
      { text: 'Job Summary', indent: 0, hint: 'heading' },
      { text: 'Provide timely, accurate and friendly service while preparing beverages for our guests.', indent: 0, hint: 'none' },
    ]);
    expect(parsed.fields).toEqual({ 'Reports To': 'Bar Manager, General Manager and/or other members of the management team.' });
    expect(parsed.title).toBeNull();
    expect(outline(parsed.sections)).toEqual([['summary', 'Job Summary', 1, 0]]);
  });

  it('finds no job in "Job Posting Notice", and the job after a department\'s "Hiring"', () => {
    expect(parseJobDescriptionText('The Town is seeking applicants for part-time custodians.\n\nJob Posting Notice\n').title).toBeNull();
    expect(parseJobDescriptionText('Public Works - Hiring Maintenance Worker\n\nDuties\n- Mow the parks\n').title).toBe('Maintenance Worker');
  });
});
