// Unit tests (Vitest, Node): the fifth round's general parsing rules (multi-cue heading score, markers a document
// uses, Roman numerals, pasted table borders, topic-labelled items, a labelled line over a list, lines alike, form
// fields wrapped or glued, a banner label in a page title), each with a case that must change and one that must
// not, plus a check that a 5 MB paste stays linear in time.
import { describe, expect, it } from 'vitest';
import type { ParsedSection } from '../../electron/contract/jd-schemas';
import { headingScore, HEADING_SCORE } from '../../electron/core/job-descriptions/jd-parse-headings';
import { inferredMarkers, textToSourceLines } from '../../electron/core/job-descriptions/jd-parse-lines';
import { parseJobDescriptionText } from '../../electron/core/job-descriptions/jd-parse-rules';

const outline = (sections: ParsedSection[]) => sections.map((s) => [s.kind, s.heading, s.paragraphs.length, s.bullets.length]);
const plain = (text: string) => ({ text, indent: 0, hint: 'none' as const, bullet: false, numbered: false });

describe('multi-cue heading score', () => {
  it('scores a short known heading between sentences above the threshold, and a sibling item below it', () => {
    const heading = headingScore('Minimum Qualifications', {
      standsApart: false,
      previous: 'Support the Lead Teacher in keeping a good relationship with parents.',
      next: plain('Must possess one of the following:'),
    });
    expect(heading).toBeGreaterThanOrEqual(HEADING_SCORE);
    const item = headingScore('Food Safety', { standsApart: false, previous: 'Cash Handling', next: plain('Customer Service') });
    expect(item).toBeLessThan(HEADING_SCORE);
    // A sentence's verbs and its full stop weigh against, however known the words.
    expect(headingScore('You will have great benefits.', { standsApart: true, next: plain('Paid time off') })).toBeLessThan(HEADING_SCORE);
  });

  it('reads a heading with no blank line between a list of sentences and a lead-in', () => {
    const parsed = parseJobDescriptionText(
      [
        'Key Responsibilities',
        'Assist the lead teacher in carrying out daily activities and lesson plans.',
        'Supervise children closely during meals, naps and all transitions.',
        'Minimum Qualifications',
        'Must possess one of the following:',
        'A high-school diploma or a GED certificate.',
        'Prior experience working with children in a group setting.',
      ].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['responsibilities', 'Key Responsibilities', 0, 2],
      ['requirements', 'Minimum Qualifications', 1, 2],
    ]);
  });

  it('keeps a sentence-case first line under an empty heading of its own kind as an item', () => {
    const parsed = parseJobDescriptionText('Benefits:\n\nWeekly pay\n\nPaid holidays\n');
    expect(outline(parsed.sections)).toEqual([['benefits', 'Benefits', 0, 2]]);
  });
});

describe('markers a document uses', () => {
  it('reads a character that starts three lines or more as a list marker ("?" for a mis-decoded bullet)', () => {
    expect([...inferredMarkers(textToSourceLines('? One thing\n? Two things\n? Three things\n'))]).toEqual(['?']);
    const parsed = parseJobDescriptionText(
      'RESPONSIBILITIES:\n? Assist in planning the daily program of\ndevelopmental experiences for the group\n? Provide care for assigned children.\n? Respect the dignity of each child.\n',
    );
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'RESPONSIBILITIES', 0, 3]]);
    expect(parsed.sections[0]?.bullets[0]).toBe('Assist in planning the daily program of developmental experiences for the group');
  });

  it('does not make a marker of a character two lines start with, or of quotes and currency', () => {
    expect(inferredMarkers(textToSourceLines('? One\n? Two\nThree\n')).size).toBe(0);
    expect(inferredMarkers(textToSourceLines('$ 15 an hour\n$ 16 an hour\n$ 17 an hour\n"Quote one"\n')).size).toBe(0);
  });

  it('reads Roman numerals as item numbers when the document counts in them, and a numbered heading keeps its numeral', () => {
    const parsed = parseJobDescriptionText(
      'WORK PERFORMED:\n\nI. Perform turf care.\n\nII. Perform custodial functions.\n\nREQUIRED LICENSES:\n\nI. Must hold a valid driver’s license\n',
    );
    expect(outline(parsed.sections)).toEqual([
      ['responsibilities', 'WORK PERFORMED', 0, 2],
      ['requirements', 'REQUIRED LICENSES', 0, 1],
    ]);
    expect(parsed.sections[0]?.bullets).toEqual(['Perform turf care.', 'Perform custodial functions.']);
    const headed = parseJobDescriptionText('I.  Job Summary\nSells building materials to walk-in customers in the store.\nII. Qualifications\n- Forklift licence\n- Friendly manner\n');
    expect(headed.sections.map((s) => s.heading)).toEqual(['I. Job Summary', 'II. Qualifications']);
    // Without a "II." anywhere, "I. " starts no list.
    expect(parseJobDescriptionText('Duties\nI. M. Pei designed the building we work in, and we keep it clean every day.\n').sections[0]?.bullets).toEqual([]);
  });
});

describe('pasted tables, labelled items, labelled lines over lists, lines alike', () => {
  it('drops the cell borders of a table pasted as text', () => {
    const parsed = parseJobDescriptionText(
      'Organization Name: | Country Mart |\nFLSA Status: | Non-Exempt |\nJob Purpose |\nReceive and disburse money in the store and keep the checkout area clean. |\nTasks |\n· Greet customers entering the store.\n· Answer incoming phone calls.\n',
    );
    expect(parsed.fields).toEqual({ 'Organization Name': 'Country Mart', 'FLSA Status': 'Non-Exempt' });
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'Job Purpose', 1, 0],
      ['responsibilities', 'Tasks', 0, 2],
    ]);
    // One details line with bars is a job board's line, left as it is.
    expect(parseJobDescriptionText('Full Time | Remote\n\nDuties\n- Write code\n').sections.map((s) => s.heading)).toEqual(['Duties']);
  });

  it('reads three "Topic: what to do" lines under a duties heading as items, and two as fields', () => {
    const parsed = parseJobDescriptionText(
      'Responsibilities\nCleanliness: Sweep, dust, vacuum and mop\nSupplies: Replenish towels and linens\nLaundry: Wash linens and towels\n',
    );
    expect(parsed.fields).toEqual({});
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Responsibilities', 0, 3]]);
    expect(parsed.sections[0]?.bullets[0]).toBe('Cleanliness: Sweep, dust, vacuum and mop');
    const two = parseJobDescriptionText('Responsibilities\nShift: Mornings and some weekends\nStart: As soon as you can\n');
    expect(Object.keys(two.fields)).toEqual(['Shift', 'Start']);
  });

  it('keeps a labelled line straight over a list whole as its heading, but not a note in brackets or a known field', () => {
    const parsed = parseJobDescriptionText('Other activities: 5 percent of time\n- Climbs ladders to reach stock\n- Takes orders\n');
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Other activities: 5 percent of time', 0, 2]]);
    const note = parseJobDescriptionText('TYPICAL WORK ACTIVITIES: (Illustrative, varies by department)\n- Answers the phone\n- Files records\n');
    expect(note.sections[0]?.heading).toBe('TYPICAL WORK ACTIVITIES');
    const field = parseJobDescriptionText('Schedule: Monday to Friday\n- Answers the phone\n- Files records\n');
    expect(field.fields).toEqual({ Schedule: 'Monday to Friday' });
  });

  it('reads two lines as a list only when they are written alike', () => {
    const signed = parseJobDescriptionText('Education/Experience:\n\nHigh school diploma or general education degree (GED) preferred.\n\nTerrie Woodward\n');
    expect(outline(signed.sections)).toEqual([['requirements', 'Education/Experience', 2, 0]]);
    const items = parseJobDescriptionText('Education and/or Experience:\nGED or High School Diploma preferred, but not required\nPrevious cook service experience preferred.\n');
    expect(outline(items.sections)).toEqual([['requirements', 'Education and/or Experience', 0, 2]]);
  });
});

describe('fields written as forms', () => {
  it('keeps a field value wrapped onto the lines below it, after a comma or indented under its column', () => {
    const wrapped = parseJobDescriptionText(
      'IMMEDIATE SUPERVISORS: Parks Director, Park Foreman, Street Foreman,\nGolf Course Superintendent, Building Maintenance\nForeman\n\nDuties\n- Mow the parks\n',
    );
    expect(wrapped.fields).toEqual({ 'IMMEDIATE SUPERVISORS': 'Parks Director, Park Foreman, Street Foreman, Golf Course Superintendent, Building Maintenance Foreman' });
    expect(outline(wrapped.sections)).toEqual([['responsibilities', 'Duties', 0, 1]]);
    const indented = parseJobDescriptionText('Schedule:           Monday – Friday 8:00 a.m. – 12 noon.\n\n                    Adjustable if needed.\n\nDuties\n- Answer the phone\n');
    expect(indented.fields).toEqual({ Schedule: 'Monday – Friday 8:00 a.m. – 12 noon. Adjustable if needed.' });
    // A line at the margin after a whole value is the next paragraph, not the value's tail.
    const apart = parseJobDescriptionText('Location: Leeds\nWe are a family bakery that has served the town for forty years.\n');
    expect(apart.fields).toEqual({ Location: 'Leeds' });
  });

  it('splits a form line where the next label follows a colon without a space', () => {
    const parsed = parseJobDescriptionText('Position Title:Housekeeper Department:Nursing Home\n\nDuties\n- Clean the rooms\n');
    expect(parsed.fields).toEqual({ 'Position Title': 'Housekeeper', Department: 'Nursing Home' });
    expect(parsed.title).toBe('Housekeeper');
  });

  it('takes the job after a banner label in a page title', async () => {
    const { parseJobDescriptionFile } = await import('../../electron/core/job-descriptions/jd-import-formats');
    const parsed = await parseJobDescriptionFile(Buffer.from('# Job Opening: Lawn Crew Member\n\n## Responsibilities:\n\n- Mow lawns\n'), 'a.md');
    expect(parsed.title).toBe('Lawn Crew Member');
  });
});

describe('time on a 5 MB paste', () => {
  it('grows in step with the text for the shapes these rules look at', () => {
    const block = [
      'Responsibilities',
      'Cleanliness: Sweep, dust, vacuum and mop the rooms',
      '? Assist in planning the daily program',
      'II. Perform custodial functions.',
      'Organization Name: | Country Mart |',
      'Other activities: 5 percent of time',
      '- Takes orders',
      'Minimum Qualifications',
      'Prior experience working with children in a group setting is preferred.',
      '',
    ].join('\n');
    const timed = (copies: number): number => {
      const text = block.repeat(copies);
      const start = performance.now();
      parseJobDescriptionText(text);
      return performance.now() - start;
    };
    const copies = Math.floor((5 * 1024 * 1024 - 1) / Buffer.byteLength(block) / 4);
    timed(200);
    const quarter = timed(copies);
    const whole = timed(copies * 4);
    // Linear work takes about four times as long for four times the text; quadratic work would take sixteen.
    expect(whole).toBeLessThan(quarter * 10 + 500);
  }, 120_000);
});
