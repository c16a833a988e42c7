// Moving a board card by keyboard: every arrow key leads to a target in the board's order (the next or
// previous stage, the card above or below, another column's bottom), and the words for each target name
// the position the card would take there; a drop lands where it was announced. Runs in Vitest (pure).
import { describe, expect, it } from 'vitest';
import type { PipelineCard } from '../../electron/contract';
import { columnDropId, describeTarget, dropTarget, nextKeyboardTarget, type Columns } from '../../renderer/src/features/pipeline/board-keyboard-rules';


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

  it('a keyboard drop onto another column\'s card lands above it, as announced, even when the dragged card is taller', () => {
    // b (a tall card, with a badge) shown over x: same top, so its middle is below x's middle.
    const tallOverX = { activeId: 'b', overId: 'x', moving: { top: 100, height: 120 }, over: { top: 100, height: 80 } };
    expect(dropTarget(COLUMNS, { ...tallOverX, byKeyboard: true })).toEqual({ toStageId: 'interview', beforeId: 'x' });
    // The same geometry from a pointer: the card's middle went past x's, so it goes below x.
    expect(dropTarget(COLUMNS, { ...tallOverX, byKeyboard: false })).toEqual({ toStageId: 'interview', beforeId: 'y' });
    expect(dropTarget(COLUMNS, { ...tallOverX, overId: 'y', byKeyboard: false })).toEqual({ toStageId: 'interview', beforeId: null });
    expect(dropTarget(COLUMNS, { ...tallOverX, moving: { top: 60, height: 120 }, byKeyboard: false })).toEqual({ toStageId: 'interview', beforeId: 'x' });
  });

  it('a drop in its own column takes the place it was over; on itself or its own column it is no move', () => {
    const at = { moving: null, over: { top: 0, height: 80 }, byKeyboard: true };
    expect(dropTarget(COLUMNS, { ...at, activeId: 'c', overId: 'a' })).toEqual({ toStageId: 'applied', beforeId: 'a' });
    expect(dropTarget(COLUMNS, { ...at, activeId: 'a', overId: 'c' })).toEqual({ toStageId: 'applied', beforeId: null });
    expect(dropTarget(COLUMNS, { ...at, activeId: 'a', overId: 'b' })).toEqual({ toStageId: 'applied', beforeId: 'c' });
    expect(dropTarget(COLUMNS, { ...at, activeId: 'b', overId: 'b' })).toBeNull();
    expect(dropTarget(COLUMNS, { ...at, activeId: 'b', overId: columnDropId('applied') })).toBeNull();
    expect(dropTarget(COLUMNS, { ...at, activeId: 'b', overId: columnDropId('screening') })).toEqual({ toStageId: 'screening', beforeId: null });
  });
});
