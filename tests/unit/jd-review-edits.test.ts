// Unit tests (Vitest, Node): the import review's corrections of structure (renderer/src/features/jd-import/
// review-edits.ts): merging a section into the one above and splitting a section at a line keep every line of
// text, in order, and put the heading where a reader would; undoing one never takes back what was typed after it.
import { describe, expect, it } from 'vitest';
import { mergeIntoAbove, putBack, sectionLines, splitAt, undoMove, type ReviewSection } from '../../renderer/src/features/jd-import/review-edits';

const section = (key: string, heading: string, paragraphs: string[], bullets: string[]): ReviewSection => ({
  key,
  kind: 'responsibilities',
  heading,
  paragraphs: paragraphs.join('\n\n'),
  bullets: bullets.join('\n'),
});

describe('merging into the section above', () => {
  it('makes a heading that was a list item the next bullet of the list above', () => {
    const sections = [
      section('a', 'Essential Duties', [], ['Know the floor plan', 'Greet guests']),
      section('b', 'Understand their priority list', [], ['Run hot food', 'Refill drinks']),
      section('c', 'Benefits', [], ['Staff meal']),
    ];
    const merged = mergeIntoAbove(sections, 'b');
    expect(merged?.map((s) => [s.key, s.heading, s.paragraphs, s.bullets])).toEqual([
      ['a', 'Essential Duties', '', 'Know the floor plan\nGreet guests\nUnderstand their priority list\nRun hot food\nRefill drinks'],
      ['c', 'Benefits', '', 'Staff meal'],
    ]);
  });

  it('makes the heading a paragraph under a section of prose, followed by the merged section\'s lines', () => {
    const sections = [section('a', 'About us', ['We are a diner.'], []), section('b', 'Mandan, ND', ['Open since 1962.'], ['Free parking'])];
    const [merged] = mergeIntoAbove(sections, 'b') ?? [];
    expect(merged?.paragraphs).toBe('We are a diner.\n\nMandan, ND\n\nOpen since 1962.');
    expect(merged?.bullets).toBe('Free parking');
  });

  it('has nothing to merge the first section into', () => {
    expect(mergeIntoAbove([section('a', 'Duties', [], ['Cook'])], 'a')).toBeNull();
    expect(mergeIntoAbove([section('a', 'Duties', [], ['Cook'])], 'missing')).toBeNull();
  });
});

describe('splitting a section at a line', () => {
  const duties = section('a', 'Duties', ['You will cook.', 'Benefits', 'We pay well.'], ['Staff meal', 'Paid time off']);

  it('lists the lines, paragraphs first, as the review shows them', () => {
    expect(sectionLines(duties).map((l) => `${l.list}:${l.index}:${l.text}`)).toEqual([
      'paragraphs:0:You will cook.',
      'paragraphs:1:Benefits',
      'paragraphs:2:We pay well.',
      'bullets:0:Staff meal',
      'bullets:1:Paid time off',
    ]);
  });

  it('at a paragraph: that line heads a new section with the paragraphs below it and every bullet', () => {
    const split = splitAt([duties, section('z', 'How to apply', ['Call us.'], [])], 'a', { list: 'paragraphs', index: 1 }, 'benefits', 'new');
    expect(split?.map((s) => [s.key, s.kind, s.heading, s.paragraphs, s.bullets])).toEqual([
      ['a', 'responsibilities', 'Duties', 'You will cook.', ''],
      ['new', 'benefits', 'Benefits', 'We pay well.', 'Staff meal\nPaid time off'],
      ['z', 'responsibilities', 'How to apply', 'Call us.', ''],
    ]);
  });

  it('at a bullet: the bullets below it move, the paragraphs stay', () => {
    const list = section('a', 'Duties', ['Lead-in:'], ['Cook', 'Clean', 'Requirements', 'Food handler card', 'Lift 50 lb']);
    const split = splitAt([list], 'a', { list: 'bullets', index: 2 }, 'requirements', 'new');
    expect(split?.map((s) => [s.heading, s.paragraphs, s.bullets])).toEqual([
      ['Duties', 'Lead-in:', 'Cook\nClean'],
      ['Requirements', '', 'Food handler card\nLift 50 lb'],
    ]);
  });

  it('keeps every line of text through a split and a merge back', () => {
    const split = splitAt([duties], 'a', { list: 'bullets', index: 0 }, 'other', 'new') ?? [];
    const back = mergeIntoAbove(split, 'new') ?? [];
    const words = (list: ReviewSection[]) => list.flatMap((s) => [s.heading, ...sectionLines(s).map((l) => l.text)]).sort();
    expect(words(back)).toEqual(words([duties]));
  });

  it('refuses a line that is not there', () => {
    expect(splitAt([duties], 'a', { list: 'bullets', index: 9 }, 'other', 'new')).toBeNull();
    expect(splitAt([duties], 'missing', { list: 'bullets', index: 0 }, 'other', 'new')).toBeNull();
  });
});

describe('undoing a move', () => {
  const sections = [
    section('a', 'Duties', [], ['Cook', 'Clean']),
    section('b', 'Perks', [], ['Staff meal']),
    section('c', 'How to apply', ['Call us.'], []),
  ];

  it('puts the merged sections back as they were, leaving the others as they are now', () => {
    const merged = mergeIntoAbove(sections, 'b') ?? [];
    const later = merged.map((s) => (s.key === 'c' ? { ...s, paragraphs: 'Call Ana.' } : s));
    expect(undoMove(later, [merged[0] as ReviewSection], sections.slice(0, 2))).toEqual([sections[0], sections[1], later[1]]);
  });

  it('puts a split section back whole', () => {
    const split = splitAt(sections, 'a', { list: 'bullets', index: 1 }, 'other', 'new') ?? [];
    expect(undoMove(split, split.slice(0, 2), sections.slice(0, 1))).toEqual(sections);
  });

  it('refuses once the owner has typed in a section the move made, or left it out', () => {
    const merged = mergeIntoAbove(sections, 'b') ?? [];
    const typed = merged.map((s) => (s.key === 'a' ? { ...s, bullets: `${s.bullets}\nWash up` } : s));
    expect(undoMove(typed, [merged[0] as ReviewSection], sections.slice(0, 2))).toBeNull();
    expect(undoMove(merged.slice(1), [merged[0] as ReviewSection], sections.slice(0, 2))).toBeNull();
  });

  it('puts a section that was left out back at its place, or last when fewer are left', () => {
    const left = sections.filter((s) => s.key !== 'b');
    expect(putBack(left, sections[1] as ReviewSection, 1)).toEqual(sections);
    expect(putBack([], sections[1] as ReviewSection, 1)).toEqual([sections[1]]);
  });
});
