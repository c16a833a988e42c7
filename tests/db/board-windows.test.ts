// The board in windows and moves that touch only their neighbours: pipeline:get answers every stage's count
// with the first BOARD_WINDOW cards of each column (down to `through`), pipeline:column continues a column
// after its last shown card with no card twice and none left out, also after moves and between cards that
// share a position; a move writes one row halfway between its neighbours, and the column is renumbered only
// when that gap has run out. Runs in Vitest against real SQLite files.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BOARD_WINDOW, type ImportResult, type Pipeline, type PipelineCard, type PipelineColumn } from '../../electron/contract';
import type { Core } from '../../electron/core';
import { board, call, errorOf, newRole, stageId } from '../helpers/applicants';
import { tempCore, withRawDb, writeRawDb } from '../helpers/temp-core';

const SIZE = 75;

/** A role whose Applied column holds `count` people (Person 00 … in that order), each tagged with their number. */
async function bigColumn(count = SIZE) {
  const core = tempCore();
  const role = await newRole(core, 'Barista');
  const tag = randomUUID().slice(0, 8);
  const lines = Array.from({ length: count }, (_unused, i) => `"Person ${String(i).padStart(2, '0')}",p${i}.${tag}@example.test,"n${i}; all"`);
  const text = `Name,Email,Tags\n${lines.join('\n')}\n`;
  const result = await call<ImportResult>(core, 'candidates:import', { text, mapping: { name: 0, email: 1, tags: 2 }, roleId: role.id, duplicates: 'create', jobId: randomUUID() });
  expect(result.imported).toBe(count);
  const first = await board(core, role.id);
  return { core, roleId: role.id, applied: stageId(first, 'Applied'), screening: stageId(first, 'Screening') };
}

/** The column as stored: application ids in board order (position, then the order they were added). */
function stored(core: Core, stage: string): string[] {
  return withRawDb(core.databasePath, (db) =>
    db.prepare("SELECT id FROM applications WHERE stage_id = ? AND status IN ('active', 'hired') ORDER BY position, rowid").pluck().all(stage) as string[],
  );
}

function positions(core: Core, stage: string): Map<string, number> {
  return withRawDb(core.databasePath, (db) => {
    const rows = db.prepare('SELECT id, position FROM applications WHERE stage_id = ?').all(stage) as { id: string; position: number }[];
    return new Map(rows.map((row) => [row.id, row.position]));
  });
}

const inColumn = (pipeline: Pipeline, stage: string): PipelineCard[] => pipeline.cards.filter((card) => card.stageId === stage);

function next(core: Core, stage: string, after: PipelineCard | null, limit?: number): Promise<PipelineColumn> {
  return call<PipelineColumn>(core, 'pipeline:column', { stageId: stage, after: after && { applicationId: after.applicationId, position: after.position }, ...(limit ? { limit } : {}) });
}

/** Reads a column window by window from after `from` to its end. */
async function rest(core: Core, stage: string, from: PipelineCard | null, limit?: number): Promise<PipelineCard[]> {
  const cards: PipelineCard[] = [];
  let last = from;
  for (;;) {
    const page = await next(core, stage, last, limit);
    cards.push(...page.cards);
    if (!page.more) return cards;
    last = page.cards.at(-1) ?? null;
  }
}

describe('the board in windows', () => {
  it('answers every count and the first window of each column; the next windows continue it exactly', async () => {
    const { core, roleId, applied, screening } = await bigColumn();
    await call(core, 'applications:move', { applicationId: stored(core, applied)[SIZE - 1], toStageId: screening });
    const first = await board(core, roleId);
    expect(first.stages.map((s) => [s.name, s.count])).toEqual([['Applied', SIZE - 1], ['Screening', 1], ['Interview', 0], ['Offer', 0], ['Hired', 0]]);
    const window = inColumn(first, applied);
    expect(window.map((c) => c.applicationId)).toEqual(stored(core, applied).slice(0, BOARD_WINDOW));
    expect(window[0]).toMatchObject({ name: 'Person 00', tags: ['all', 'n0'], status: 'active' });

    const page = await next(core, applied, window.at(-1) ?? null);
    expect(page).toMatchObject({ stageId: applied, count: SIZE - 1, more: true });
    expect(page.cards.map((c) => c.name)).toEqual(Array.from({ length: BOARD_WINDOW }, (_u, i) => `Person ${BOARD_WINDOW + i}`));
    // Each card carries its own candidate's tags, in the later windows too.
    expect(page.cards.every((c) => c.tags.join() === `all,n${Number(c.name.slice(7))}`)).toBe(true);

    const all = [...window, ...(await rest(core, applied, window.at(-1) ?? null, 7))];
    expect(all.map((c) => c.applicationId)).toEqual(stored(core, applied));
    const last = await next(core, applied, all.at(-1) ?? null);
    expect(last).toMatchObject({ cards: [], more: false });
  });

  it('continues after the last card shown wherever it is now, also after moves, with no card twice or missing', async () => {
    const { core, roleId, applied, screening } = await bigColumn();
    const window = inColumn(await board(core, roleId), applied);
    const lastShown = window.at(-1) as PipelineCard;
    const order = stored(core, applied);
    // A card from further down goes to the top, the last card shown goes further down, one shown leaves.
    await call(core, 'applications:move', { applicationId: order[60], toStageId: applied, beforeApplicationId: order[0] });
    await call(core, 'applications:move', { applicationId: lastShown.applicationId, toStageId: applied, beforeApplicationId: order[50] });
    await call(core, 'applications:move', { applicationId: order[3], toStageId: screening });
    const now = stored(core, applied);
    const continued = await rest(core, applied, lastShown);
    expect(continued.map((c) => c.applicationId)).toEqual(now.slice(now.indexOf(lastShown.applicationId) + 1));

    // The card shown last left the column: the next window starts after where it was.
    const shownLast = window.at(-2) as PipelineCard;
    await call(core, 'applications:move', { applicationId: shownLast.applicationId, toStageId: screening });
    const after = await next(core, applied, shownLast, 5);
    const stillHere = stored(core, applied);
    const firstAfter = stillHere.findIndex((id) => (positions(core, applied).get(id) ?? 0) > shownLast.position);
    expect(after.cards.map((c) => c.applicationId)).toEqual(stillHere.slice(firstAfter, firstAfter + 5));

    // A fresh first window and the rest read after it are the whole column, once each.
    const fresh = inColumn(await board(core, roleId), applied);
    const whole = [...fresh, ...(await rest(core, applied, fresh.at(-1) ?? null, 11))].map((c) => c.applicationId);
    expect(whole).toEqual(stored(core, applied));
    expect(new Set(whole).size).toBe(whole.length);
  });

  it('splits cards that share a position by the order they were added, with no card twice across windows', async () => {
    const { core, roleId, applied } = await bigColumn(12);
    writeRawDb(core.databasePath, (db) => db.prepare('UPDATE applications SET position = 5000 WHERE stage_id = ?').run(applied));
    const all = await rest(core, applied, null, 5);
    expect(all.map((c) => c.name)).toEqual(Array.from({ length: 12 }, (_u, i) => `Person ${String(i).padStart(2, '0')}`));
    expect(inColumn(await board(core, roleId), applied)).toHaveLength(12);
    // A move between two of them renumbers the column (no room between equal positions) and lands where asked.
    const order = stored(core, applied);
    await call(core, 'applications:move', { applicationId: order[0], toStageId: applied, beforeApplicationId: order[6] });
    expect(stored(core, applied)).toEqual([...order.slice(1, 6), order[0], ...order.slice(6)]);
    expect(new Set(positions(core, applied).values()).size).toBe(12);
  });

  it('reads the column of the card the board was opened for down to that card', async () => {
    const { core, roleId, applied, screening } = await bigColumn();
    const order = stored(core, applied);
    const deep = order[55] as string;
    const opened = await call<Pipeline>(core, 'pipeline:get', { roleId, through: deep });
    expect(inColumn(opened, applied).map((c) => c.applicationId)).toEqual(order.slice(0, 56));
    // Near the top, or in another role or column, the first window is as usual.
    expect(inColumn(await call<Pipeline>(core, 'pipeline:get', { roleId, through: order[2] }), applied)).toHaveLength(BOARD_WINDOW);
    expect(inColumn(await call<Pipeline>(core, 'pipeline:get', { roleId, through: randomUUID() }), screening)).toEqual([]);
    expect((await errorOf(core, 'pipeline:column', { stageId: randomUUID() })).code).toBe('not_found');
    expect((await errorOf(core, 'pipeline:column', { stageId: applied, limit: 501 })).code).toBe('invalid_input');
  });
});

describe('moves touch only their neighbours', () => {
  it('writes the moved card alone, halfway between its new neighbours, at the top or the bottom a step away', async () => {
    const { core, applied, screening } = await bigColumn();
    const order = stored(core, applied);
    const before = positions(core, applied);
    const at = (id: string | undefined) => before.get(id ?? '') as number;
    const mover = order[70] as string;
    await call(core, 'applications:move', { applicationId: mover, toStageId: applied, beforeApplicationId: order[40] });
    const after = positions(core, applied);
    expect(after.get(mover)).toBe((at(order[39]) + at(order[40])) / 2);
    expect([...after].filter(([id, position]) => before.get(id) !== position).map(([id]) => id)).toEqual([mover]);

    await call(core, 'applications:move', { applicationId: order[5], toStageId: applied, beforeApplicationId: order[0] });
    expect(positions(core, applied).get(order[5] as string)).toBe(at(order[0]) - 1024);
    await call(core, 'applications:move', { applicationId: order[0], toStageId: applied });
    expect(positions(core, applied).get(order[0] as string)).toBe(at(order[74]) + 1024);

    // Into another column, above a card far below its first window.
    const deep = order[60] as string;
    await call(core, 'applications:move', { applicationId: order[1], toStageId: screening });
    await call(core, 'applications:move', { applicationId: deep, toStageId: screening, beforeApplicationId: order[1] });
    expect(stored(core, screening)).toEqual([deep, order[1]]);
    expect((await errorOf(core, 'applications:move', { applicationId: order[2], toStageId: applied, beforeApplicationId: order[2] })).code).toBe('not_found');
    expect((await errorOf(core, 'applications:move', { applicationId: order[2], toStageId: screening, beforeApplicationId: order[9] })).code).toBe('not_found');
  });

  it('renumbers the column only when the gap between the neighbours has run out', async () => {
    const { core, applied } = await bigColumn(6);
    const order = stored(core, applied);
    writeRawDb(core.databasePath, (db) => {
      db.prepare('UPDATE applications SET position = 3000 WHERE id = ?').run(order[2]);
      db.prepare('UPDATE applications SET position = 3000.000001 WHERE id = ?').run(order[3]);
    });
    const untouched = positions(core, applied);
    // Room elsewhere: one row written.
    await call(core, 'applications:move', { applicationId: order[5], toStageId: applied, beforeApplicationId: order[1] });
    const once = positions(core, applied);
    expect([...once].filter(([id, position]) => untouched.get(id) !== position).map(([id]) => id)).toEqual([order[5]]);
    // No room between 3000 and 3000.000001: the column is spaced out again, 1024 apart, and the card lands between.
    await call(core, 'applications:move', { applicationId: order[0], toStageId: applied, beforeApplicationId: order[3] });
    const expected = [order[5], order[1], order[2], order[0], order[3], order[4]];
    expect(stored(core, applied)).toEqual(expected);
    const spaced = positions(core, applied);
    expect(expected.map((id) => spaced.get(id as string))).toEqual([1024, 2048, 3072, 3584, 4096, 5120]);
  });
});
