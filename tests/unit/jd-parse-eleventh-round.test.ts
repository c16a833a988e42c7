// Unit tests (Vitest, Node): the eleventh round's rules, each with a case that must change and one that must not.
// First the owner's words the import used to drop: a lead-in written as a heading over sub-headings ("The Duties and
// Responsibilities are:"), a known heading with only a sub-heading under it ("Qualifications" over "Education &
// Experience:"), both kept as the first paragraph of the section they introduce, and the place after a dash in the
// title line ("Line Cook - Springfield, IL"), kept in the opening section. Then layouts from the retired held-out set
// 11: a heading with its list's lead-in after a full stop on the same line, a list without markers whose item the
// page's width broke before its last words, a run-in heading's sentence over items ended by semicolons, and "Label:
// sentence" lines whose every label names a section.
import { describe, expect, it } from 'vitest';
import type { ParsedJobDescription, ParsedSection } from '../../electron/contract/jd-schemas';
import { parseJobDescriptionText } from '../../electron/core/job-descriptions/jd-parse-rules';

const outline = (sections: ParsedSection[]) => sections.map((s) => [s.kind, s.heading, s.paragraphs.length, s.bullets.length]);
/** Every word the parse kept: title, fields and sections' text. */
const keptText = (parsed: ParsedJobDescription): string =>
  [parsed.title ?? '', ...Object.entries(parsed.fields).flat(), ...parsed.sections.flatMap((s) => [s.heading, ...s.paragraphs, ...s.bullets])].join('\n');

describe('a heading over nothing but the next heading', () => {
  it('keeps a lead-in written as a heading as the first paragraph of the sub-heading it introduces', () => {
    const parsed = parseJobDescriptionText(
      // A page pasted with two blank lines between its lines: each line stands alone.
      [
        'Store Clerk',
        'The Duties and Responsibilities are:',
        'General Management',
        'Opens the store at the hours set by the Store Manager.',
        'Greets every customer and answers their questions.',
        'Bookkeeping',
        'Counts the till at the end of the shift.',
      ].join('\n\n\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['responsibilities', 'General Management', 1, 2],
      ['responsibilities', 'Bookkeeping', 1, 0],
    ]);
    // Its colon too, since the twelfth round (a lead-in kept from a heading used to lose it).
    expect(parsed.sections[0]?.paragraphs).toEqual(['The Duties and Responsibilities are:']);
    expect(parsed.sections[1]?.paragraphs).toEqual(['Counts the till at the end of the shift.']);
  });

  it('keeps a known heading with only a sub-heading under it, and lists no section of its own', () => {
    const parsed = parseJobDescriptionText(
      ['Duties', '- Plan the day with the lead teacher.', '', 'Qualifications', 'Education & Experience:', '- A high school diploma.', '- A year in a classroom.', 'Skills:', '- Patience.'].join('\n'),
    );
    expect(parsed.sections.map((s) => s.heading)).toEqual(['Duties', 'Education & Experience', 'Skills']);
    expect(parsed.sections[1]).toMatchObject({ kind: 'requirements', paragraphs: ['Qualifications'] });
    expect(parsed.sections[2]?.paragraphs).toEqual([]);
    expect(keptText(parsed)).toContain('Qualifications');
  });

  it("leaves a heading with its own items, a job board's \"Job Description\" over the posting and the title said again as they were", () => {
    const own = parseJobDescriptionText(['Qualifications', '- A high school diploma.', '', 'Benefits', '- Paid holidays.'].join('\n'));
    expect(outline(own.sections)).toEqual([
      ['requirements', 'Qualifications', 0, 1],
      ['benefits', 'Benefits', 0, 1],
    ]);

    const board = parseJobDescriptionText(['Job Description', '', 'Position Summary', '', 'Cleans the building every evening after the offices close.'].join('\n'));
    expect(outline(board.sections)).toEqual([['summary', 'Position Summary', 1, 0]]);

    const repeated = parseJobDescriptionText(['Store Clerk', '', 'Store Clerk', '', 'Duties', '- Sort donations.'].join('\n'));
    expect(outline(repeated.sections)).toEqual([['responsibilities', 'Duties', 0, 1]]);
  });
});

describe('a place after a dash in the title line', () => {
  it('is taken out of the title and kept in the opening section', () => {
    const parsed = parseJobDescriptionText(['Line Cook - Springfield, IL', '', 'Duties', '- Prepare food to order.', '- Keep the line clean.'].join('\n'));
    expect(parsed.title).toBe('Line Cook');
    expect(outline(parsed.sections)).toEqual([
      ['other', 'More information', 1, 0],
      ['responsibilities', 'Duties', 0, 2],
    ]);
    expect(parsed.sections[0]?.paragraphs).toEqual(['Springfield, IL']);

    const bar = parseJobDescriptionText(['Cashier | Salem, OR, US', '', 'Duties', '- Take payments.'].join('\n'));
    expect(bar.title).toBe('Cashier');
    expect(bar.sections[0]?.paragraphs).toEqual(['Salem, OR, US']);
  });

  it('adds nothing where the title line names no place, or a dash joins words of the job', () => {
    const plain = parseJobDescriptionText(['Line Cook', '', 'Duties', '- Prepare food to order.'].join('\n'));
    expect(outline(plain.sections)).toEqual([['responsibilities', 'Duties', 0, 1]]);

    const joined = parseJobDescriptionText(['Cook - Breakfast Shift', '', 'Duties', '- Prepare food to order.'].join('\n'));
    expect(joined.title).toBe('Cook - Breakfast Shift');
    expect(outline(joined.sections)).toEqual([['responsibilities', 'Duties', 0, 1]]);
  });
});

describe('a heading with its list’s lead-in after a full stop on the same line', () => {
  it('is the words before the stop; the lead-in is the section’s first paragraph', () => {
    const parsed = parseJobDescriptionText(['Essential Job Functions. Duties include but are not limited to:', '• Set the tables.', '• Clear the tables.'].join('\n'));
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Essential Job Functions', 1, 2]]);
    expect(parsed.sections[0]?.paragraphs).toEqual(['Duties include but are not limited to:']);
  });

  it('leaves a heading whose words after a stop lead into nothing, or whose words before it name no section', () => {
    const named = parseJobDescriptionText(['Front Desk. Back Office:', '• Answer the phone.', '• File the letters.'].join('\n'));
    expect(named.sections.map((s) => s.heading)).not.toContain('Front Desk');
  });
});

describe('a list without markers the page’s width broke', () => {
  const lines = [
    'Responsibilities:',
    'Follows all company safety and sanitation policies and procedures.',
    'Keeps all dishes and silverware clean and in their proper places.',
    'Must maintain personal hygiene in accordance with the state standards for Food',
    'Service Employees.',
    'Performs other related duties as assigned by the Manager.',
  ];

  it('joins a short line ending in a full stop to the long unended line above it, when the items end in full stops', () => {
    const parsed = parseJobDescriptionText(lines.join('\n'));
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Responsibilities', 0, 4]]);
    expect(parsed.sections[0]?.bullets[2]).toBe('Must maintain personal hygiene in accordance with the state standards for Food Service Employees.');
  });

  it('leaves items with markers, and a list whose items end in no full stop, one item a line', () => {
    const marked = parseJobDescriptionText(['Responsibilities:', ...lines.slice(1).map((l) => `• ${l}`)].join('\n'));
    expect(marked.sections[0]?.bullets).toHaveLength(5);
    const unended = parseJobDescriptionText(['Responsibilities:', 'Keeps all dishes and silverware clean and in their proper places every day', 'Restocks the line', 'Sweeps the floor', 'Takes out the trash', 'Washes the pots'].join('\n'));
    expect(unended.sections[0]?.bullets).toHaveLength(5);
  });
});

describe('a run-in heading’s sentence over items ended by semicolons', () => {
  it('is the list’s lead-in, not its first item', () => {
    const parsed = parseJobDescriptionText(
      ['Essential Duties: To do this job well, a helper must be able to do each duty below.', '', 'Carries tools for the tradesmen;', '', 'Builds forms for concrete;', '', 'Keeps tools in working order;', '', 'Performs related work as required.'].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Essential Duties', 1, 4]]);
    expect(parsed.sections[0]?.paragraphs).toEqual(['To do this job well, a helper must be able to do each duty below.']);
  });

  it('stays an item when the items are not ended by semicolons', () => {
    const parsed = parseJobDescriptionText(['Essential Duties: Carries tools for the tradesmen.', '', 'Builds forms for concrete.', '', 'Keeps tools in working order.'].join('\n'));
    expect(parsed.sections[0]?.paragraphs).toEqual([]);
    expect(parsed.sections[0]?.bullets).toHaveLength(3);
  });
});

describe('"Label: sentence" lines one under another, every label naming a section', () => {
  it('are sub-headings each over its own line of prose, not items of the heading above', () => {
    const parsed = parseJobDescriptionText(
      ['QUALIFICATIONS:', 'Education: High school diploma or the equivalent.', 'Experience: Some experience working with older adults.', 'Other Requirements: A valid driving licence.'].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([
      ['requirements', 'Education', 2, 0],
      ['requirements', 'Experience', 1, 0],
      ['requirements', 'Other Requirements', 1, 0],
    ]);
  });

  it('stay items when a label names a topic of the work rather than a section', () => {
    const parsed = parseJobDescriptionText(
      ['Duties:', 'Cleanliness: Sweep, dust and vacuum the rooms.', 'Supplies: Replenish towels and soap.', 'Experience: Train new staff on the routine.'].join('\n'),
    );
    expect(outline(parsed.sections)).toEqual([['responsibilities', 'Duties', 0, 3]]);
  });
});
