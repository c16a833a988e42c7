// Unit tests (Vitest, Node): the fourteenth round's rules, each with a case that must change and one that must not.
// Layouts from the retired held-out set 15, each one any posting can have: a star that flags an item glued to its
// number ("*6. Operate …"); a heading with a note in brackets closed by a full stop ("Job Functions (* connotes …).");
// a numbered first item ending in a colon over its sub-items; a heading and its colon run onto the end of the item
// above its list ("… development Benefits:"); a title that starts with an ordinal ("2nd Cook"); parts named by one label
// and a number ("Open Position 1" / "Open Position 2"), each over its line; a line over a run-in heading ("How To
// Apply: Stop in …") heads nothing.
import { describe, expect, it } from 'vitest';
import type { ParsedSection } from '../../electron/contract/jd-schemas';
import { parseJobDescriptionText } from '../../electron/core/job-descriptions/jd-parse-rules';

const outline = (sections: ParsedSection[]) => sections.map((s) => [s.kind, s.heading, s.paragraphs.length, s.bullets.length]);

describe('a star that flags an item, glued to its number', () => {
  it('reads "*6. Operate …" as the next item of a list written "* 5. …", number kept', () => {
    const parsed = parseJobDescriptionText(
      ['Duties', '* 4. Clean equipment daily.', '* 5. Attend in-service training.', '*6. Operate equipment with minimal supervision.', '*7. Help out in laundry as required.'].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Duties', 0, 4]]);
    expect(parsed.sections[0]?.bullets[2]).toBe('6. Operate equipment with minimal supervision.');
  });

  it('leaves a star glued to a word ("*Required fields") as text', () => {
    const parsed = parseJobDescriptionText(['Duties', '- Clean equipment daily.', '- Attend in-service training.', '', '*Required fields are marked on the form.'].join('\n'));
    expect(parsed.sections[0]?.bullets).toEqual(['Clean equipment daily.', 'Attend in-service training.']);
    expect(parsed.sections[0]?.paragraphs).toEqual(['*Required fields are marked on the form.']);
  });
});

describe('a heading with a note in brackets closed by a full stop', () => {
  const posting = (line: string) =>
    parseJobDescriptionText(
      [
        'Housekeeping Aide',
        '',
        'Job Standards',
        '1. Able to read, write, speak and understand English.',
        '2. Adhere to departmental dress code.',
        line,
        '* 1. Work effectively with residents, staff and supervisors.',
        '* 2. Properly maintain supplies and equipment.',
        '* 3. Attend in-service training.',
      ].join('\n'),
    );

  it('heads the list under it: the full stop closes the note, not a sentence', () => {
    const parsed = posting('Job Functions (* connotes function essential to the job).');
    expect(parsed.sections.map((s) => [s.heading, s.paragraphs.length, s.bullets.length])).toEqual([
      ['Job Standards', 0, 2],
      ['Job Functions (* connotes function essential to the job).', 0, 3],
    ]);
    expect(parsed.sections[1]?.kind).toBe('responsibilities');
  });

  it('leaves an item that ends in a note and a full stop an item', () => {
    const parsed = posting('3. Wear the uniform the department provides (shirt and apron).');
    expect(parsed.sections).toHaveLength(1);
    expect(parsed.sections[0]?.bullets).toHaveLength(6);
    expect(parsed.sections[0]?.bullets[2]).toBe('Wear the uniform the department provides (shirt and apron).');
  });
});

describe('a numbered first item that ends in a colon, over its sub-items', () => {
  it('stays the first item when the owner numbered it and the next one "2."', () => {
    const parsed = parseJobDescriptionText(
      [
        'Job Functions',
        '* 1. Clean assigned areas, furnishings & fixtures including, but not limited to:',
        'a. Dry/wet mop, sweep and disinfect floors.',
        'b. Empty and clean waste cans.',
        '* 2. Work effectively with residents, staff and supervisors.',
        '* 3. Attend in-service training.',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Job Functions', 0, 5]]);
    expect(parsed.sections[0]?.bullets[0]).toBe('1. Clean assigned areas, furnishings & fixtures including, but not limited to:');
  });

  it('still takes an unnumbered first item ending in a colon as the list\'s lead-in', () => {
    const parsed = parseJobDescriptionText(['Benefits', '- Good space to work from home with:', '- A desk', '- Fast internet'].join('\n'));
    expect(outline(parsed.sections)).toEqual([['benefits', 'Benefits', 1, 2]]);
    expect(parsed.sections[0]?.paragraphs).toEqual(['Good space to work from home with:']);
  });
});

describe('a heading run onto the end of the item above its list', () => {
  it('splits "… development Benefits:" into the item and a heading over the items after it', () => {
    const parsed = parseJobDescriptionText(
      [
        'Support Engineer',
        '',
        'Advantages',
        '- Experience in Enterprise SaaS',
        '- Experience with Salesforce.com / Force.com development Benefits:',
        '- Generous Health/Dental/Vision coverage',
        '- Catered lunch twice a week, and office snacks',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['other', 'Advantages', 0, 2],
      ['benefits', 'Benefits', 0, 2],
    ]);
    expect(parsed.sections[0]?.bullets[1]).toBe('Experience with Salesforce.com / Force.com development');
  });

  it('leaves a lead-in written as an item ("… these Benefits:") and an item over no list whole', () => {
    const leadIn = parseJobDescriptionText(['Perks', '- Full-time staff receive these Benefits:', '- Health coverage', '- Paid time off'].join('\n'));
    expect(leadIn.sections.map((s) => s.heading)).toEqual(['Perks']);
    expect([...(leadIn.sections[0]?.paragraphs ?? []), ...(leadIn.sections[0]?.bullets ?? [])]).toContain('Full-time staff receive these Benefits:');
    const last = parseJobDescriptionText(['Advantages', '- Experience in Enterprise SaaS', '- Experience with Salesforce development Benefits:', '', 'We are an equal opportunity employer.'].join('\n'));
    expect(last.sections[0]?.bullets).toEqual(['Experience in Enterprise SaaS', 'Experience with Salesforce development Benefits:']);
  });
});

describe('a title that starts with an ordinal', () => {
  it('reads "2nd Cook" over the first heading as the title', () => {
    const parsed = parseJobDescriptionText(['2nd Cook', '', 'Responsibilities:', '', 'Prepare meals for the crew', '', 'Maintain a clean kitchen'].join('\n'));
    expect(parsed.title).toBe('2nd Cook');
    expect(parsed.sections.map((s) => s.heading)).toEqual(['Responsibilities']);
  });

  it('still takes a code with letters run into its digits ("Cook 22ab") for no title', () => {
    const parsed = parseJobDescriptionText(['Cook 22ab', '', 'Responsibilities:', '', 'Prepare meals for the crew', '', 'Maintain a clean kitchen'].join('\n'));
    expect(parsed.title).toBeNull();
  });
});

describe('parts of a posting named by one label and a number', () => {
  const posting = (first: string, second: string) =>
    parseJobDescriptionText(
      ['Plant Sales Team Member', '', 'Duties', '- Water the plants', '- Run the register', '', '', first, '', '10am-6pm Sunday, Monday - OFF: Saturday', '', '', second, '', '9am-5pm Friday, Sunday', ''].join('\n'),
    );

  it('heads a section each ("Open Position 1", "Open Position 2 (Part-Time)"), not a field each', () => {
    const parsed = posting('Open Position 1', 'Open Position 2 (Part-Time)');
    expect(parsed.fields).toEqual({});
    expect(outline(parsed.sections)).toEqual([
      ['responsibilities', 'Duties', 0, 2],
      ['other', 'Open Position 1', 1, 0],
      ['other', 'Open Position 2 (Part-Time)', 1, 0],
    ]);
    expect(parsed.sections[2]?.paragraphs).toEqual(['9am-5pm Friday, Sunday']);
  });

  it('leaves numbers that do not follow one another ("Open Position 1", "Open Position 3") as they were read', () => {
    const parsed = posting('Open Position 1', 'Open Position 3');
    expect(parsed.sections.map((s) => s.heading)).not.toContain('Open Position 1');
    expect(parsed.fields).toEqual({ 'Open Position 1': '10am-6pm Sunday, Monday - OFF: Saturday', 'Open Position 3': '9am-5pm Friday, Sunday' });
  });
});

describe('a line over a heading run into its paragraph', () => {
  const posting = (apart: string, last: string) =>
    parseJobDescriptionText(['Cashier', '', 'Duties', '- Run the till', '- Greet guests', '', '', 'Open Position 1', '', '10am-6pm Sunday, Monday', '', 'Open Position 2', '', apart, '', last].join('\n'));

  it('stays the text it is: "How To Apply: Stop in our store …" opens its own section, so the line above heads nothing', () => {
    const parsed = posting('9am-5pm Saturday, Monday, & Wednesday', 'How To Apply: Stop in our store and pick up an application or visit our site for downloadable applications');
    expect(parsed.sections.map((s) => [s.heading, s.paragraphs])).toEqual([
      ['Duties', []],
      ['Open Position 1', ['10am-6pm Sunday, Monday']],
      ['Open Position 2', ['9am-5pm Saturday, Monday, & Wednesday']],
      ['How To Apply', ['Stop in our store and pick up an application or visit our site for downloadable applications']],
    ]);
  });

  it('still heads a long paragraph with no heading of its own ("Our Garden Center" over it)', () => {
    const parsed = posting('Our Garden Center', 'Family owned since 1978, we grow most of our annuals and perennials in our own greenhouses every spring.');
    const last = parsed.sections[parsed.sections.length - 1];
    expect(last?.heading).toBe('Our Garden Center');
    expect(last?.paragraphs).toContain('Family owned since 1978, we grow most of our annuals and perennials in our own greenhouses every spring.');
  });
});
