// Moving a board card by keyboard: every arrow key leads to a target in the board's order (the next or
// previous stage, the card above or below, another column's bottom), and the words for each target name
// the position the card would take there. Runs in Vitest (pure).
import { describe, expect, it } from 'vitest';
import type { PipelineCard } from '../../electron/contract';
import { columnDropId, describeTarget, nextKeyboardTarget, type Columns } from '../../renderer/src/features/pipeline/board-keyboard-rules';


const STAGES = ['applied', 'screening', 'interview', 'offer'];
const NAMES: Record<string, string> = { applied: 'Applied', screening: 'Screening', interview: 'Interview', offer: 'Offer' };
const cardsOf = (stageId: string, ids: string[]): PipelineCard[] => ids.map((id) => ({ applicationId: id, stageId }) as PipelineCard);
// Applied: a, b, c · Screening: empty · Interview: x, y · Offer: empty
const COLUMNS: Columns = { applied: cardsOf('applied', ['a', 'b', 'c']), screening: [], interview: cardsOf('interview', ['x', 'y']), offer: [] };
const next = (active: string, from: string, key: 'ArrowRight' | 'ArrowLeft' | 'ArrowUp' | 'ArrowDown') => nextKeyboardTarget(STAGES, COLUMNS, active, from, key);

describe('keyboard targets on the board', () => {
  it('→ and ← walk every stage in order: onto the first card, or into an empty column', () => {
    let at = 'b';
    const walk: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const target = next('b', at, 'ArrowRight');
      if (!target) break;
      walk.push(target);
      at = target;
    }
    expect(walk).toEqual([columnDropId('screening'), 'x', columnDropId('offer')]);
    expect(next('b', columnDropId('offer'), 'ArrowRight')).toBeNull();
    expect(next('b', columnDropId('offer'), 'ArrowLeft')).toBe('x');
    expect(next('b', 'x', 'ArrowLeft')).toBe(columnDropId('screening'));
    expect(next('b', columnDropId('screening'), 'ArrowLeft')).toBe('a');
    expect(next('b', 'a', 'ArrowLeft')).toBeNull();
  });

  it('↓ and ↑ move through a column; below another column\'s last card is its bottom, in its own column there is none', () => {
    expect(next('b', 'x', 'ArrowDown')).toBe('y');
    expect(next('b', 'y', 'ArrowDown')).toBe(columnDropId('interview'));
    expect(next('b', columnDropId('interview'), 'ArrowDown')).toBeNull();
    expect(next('b', columnDropId('interview'), 'ArrowUp')).toBe('y');
    expect(next('b', 'x', 'ArrowUp')).toBeNull();
    // Its own column: b over itself goes down onto c, up onto a; c is the last: nothing below.
    expect(next('b', 'b', 'ArrowDown')).toBe('c');
    expect(next('b', 'b', 'ArrowUp')).toBe('a');
    expect(next('b', 'c', 'ArrowDown')).toBeNull();
    expect(next('b', columnDropId('screening'), 'ArrowDown')).toBeNull();
  });

  it('names the stage and the position the card would take', () => {
    const name = (id: string) => NAMES[id] ?? '?';
    expect(describeTarget(COLUMNS, name, 'b', 'x')).toBe('Interview, position 1');
    expect(describeTarget(COLUMNS, name, 'b', 'y')).toBe('Interview, position 2');
    expect(describeTarget(COLUMNS, name, 'b', columnDropId('interview'))).toBe('Interview, at the bottom');
    expect(describeTarget(COLUMNS, name, 'b', columnDropId('screening'))).toBe('Screening');
    expect(describeTarget(COLUMNS, name, 'b', 'c')).toBe('Applied, position 3');
  });
});
