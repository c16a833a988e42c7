// SQL for one board column: a stage's cards on the board in their order, read by key so each read costs what
// it returns (a window, a card's neighbours, a count), never the whole column, except to renumber it.
// A column is (role, status, stage): on the board a card's status follows its stage's kind (statusForStage:
// active, or hired in the hired column), so the board index applications_by_board (role_id, status, stage_id,
// position) finds it, in order: by position, then by rowid (the order the cards were added; the index
// carries it) for equal positions. Every write gives a card a position of its own (moves split the gap to
// their neighbours), so rowid only orders cards that share one; a VACUUM, which may renumber rowids, can
// reorder only those. Runs in plain Node; callers own transactions.
import { statusForStage, type StageKind } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

export interface Column {
  roleId: string;
  stageId: string;
  status: 'active' | 'hired';
}

/** A card's place in its column's order. */
export interface ColumnKey {
  position: number;
  rowid: number;
}

export interface PlacedCard extends ColumnKey {
  id: string;
}

export function columnOf(stage: { id: string; role_id: string; kind: StageKind }): Column {
  return { roleId: stage.role_id, stageId: stage.id, status: statusForStage(stage.kind) };
}

/** The WHERE of a column, with its parameters @roleId, @status and @stageId. */
export const IN_COLUMN = 'a.role_id = @roleId AND a.status = @status AND a.stage_id = @stageId';
/** Board order; a window after a key adds `AND (a.position, a.rowid) > (@position, @rowid)`. */
export const COLUMN_ORDER = 'ORDER BY a.position, a.rowid';

const PLACED = 'SELECT a.id, a.position, a.rowid AS rowid FROM applications a';

export function columnCount(db: Db, column: Column): number {
  return statement(db, `SELECT count(*) FROM applications a WHERE ${IN_COLUMN}`).pluck().get(column) as number;
}

/** How many cards come before `key` in the column, and the card at it (its place counted from 1). */
export function columnRank(db: Db, column: Column, key: ColumnKey): number {
  const sql = `SELECT count(*) FROM applications a WHERE ${IN_COLUMN} AND (a.position, a.rowid) <= (@position, @rowid)`;
  return statement(db, sql).pluck().get({ ...column, ...key }) as number;
}

/** The card with this id, when it is in the column. */
export function cardInColumn(db: Db, column: Column, id: string): PlacedCard | null {
  return (statement(db, `${PLACED} WHERE a.id = @id AND ${IN_COLUMN}`).get({ ...column, id }) as PlacedCard | undefined) ?? null;
}

/** The card just above `key` in the column, leaving out `skipId` (the card being moved). */
export function cardAbove(db: Db, column: Column, key: ColumnKey, skipId: string): PlacedCard | null {
  const sql = `${PLACED} WHERE ${IN_COLUMN} AND (a.position, a.rowid) < (@position, @rowid) AND a.id <> @skipId
    ORDER BY a.position DESC, a.rowid DESC LIMIT 1`;
  return (statement(db, sql).get({ ...column, position: key.position, rowid: key.rowid, skipId }) as PlacedCard | undefined) ?? null;
}

/** The card just below the card `id` in its column, or null when it is the last (an Undo puts a card back above it). */
export function cardBelow(db: Db, column: Column, id: string): PlacedCard | null {
  const at = cardInColumn(db, column, id);
  if (!at) return null;
  const sql = `${PLACED} WHERE ${IN_COLUMN} AND (a.position, a.rowid) > (@position, @rowid) ${COLUMN_ORDER} LIMIT 1`;
  return (statement(db, sql).get({ ...column, position: at.position, rowid: at.rowid }) as PlacedCard | undefined) ?? null;
}

/** The column's last card, leaving out `skipId` (the card being moved). */
export function lastCard(db: Db, column: Column, skipId: string): PlacedCard | null {
  const sql = `${PLACED} WHERE ${IN_COLUMN} AND a.id <> @skipId ORDER BY a.position DESC, a.rowid DESC LIMIT 1`;
  return (statement(db, sql).get({ ...column, skipId }) as PlacedCard | undefined) ?? null;
}

/** Every card of the column in order: only for renumbering it, when a gap between two cards has run out. */
export function columnCards(db: Db, column: Column): PlacedCard[] {
  return statement(db, `${PLACED} WHERE ${IN_COLUMN} ${COLUMN_ORDER}`).all(column) as PlacedCard[];
}

/** Where an application is now (any status), for continuing a column after it. */
export function placeOf(db: Db, id: string): (ColumnKey & { stageId: string; status: string }) | null {
  const sql = 'SELECT position, rowid AS rowid, stage_id AS stageId, status FROM applications WHERE id = ?';
  return (statement(db, sql).get(id) as (ColumnKey & { stageId: string; status: string }) | undefined) ?? null;
}
