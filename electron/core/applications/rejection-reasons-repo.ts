// SQL for the editable list of rejection reasons (typed: we rejected / they withdrew): read, add,
// rename, reorder, archive. Runs in plain Node; callers own transactions.
import type { RejectionKind, RejectionReason } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

interface ReasonRow {
  id: string;
  kind: RejectionKind;
  label: string;
  position: number;
  archived_at: string | null;
}

const COLUMNS = 'id, kind, label, position, archived_at';

function toReason(row: ReasonRow): RejectionReason {
  return { id: row.id, name: row.label, kind: row.kind, position: row.position, archived: row.archived_at !== null };
}

/** Reasons grouped by kind (we rejected first), each group in its order. */
export function listReasons(db: Db, includeArchived: boolean): RejectionReason[] {
  const sql = `SELECT ${COLUMNS} FROM rejection_reasons WHERE (? OR archived_at IS NULL)
    ORDER BY CASE kind WHEN 'we_rejected' THEN 0 ELSE 1 END, position, rowid`;
  return (statement(db, sql).all(includeArchived ? 1 : 0) as ReasonRow[]).map(toReason);
}

export function getReason(db: Db, id: string): RejectionReason | null {
  const row = statement(db, `SELECT ${COLUMNS} FROM rejection_reasons WHERE id = ?`).get(id) as ReasonRow | undefined;
  return row ? toReason(row) : null;
}

export function insertReason(db: Db, reason: RejectionReason, at: string): void {
  const sql = `INSERT INTO rejection_reasons (id, kind, label, position, archived_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`;
  statement(db, sql).run(reason.id, reason.kind, reason.name, reason.position, reason.archived ? at : null, at, at);
}

/** Writes name, kind, order and archive state; an unchanged reason keeps its updated_at. */
export function updateReason(db: Db, reason: RejectionReason, at: string): void {
  const sql = `UPDATE rejection_reasons SET kind = ?, label = ?, position = ?,
    archived_at = CASE WHEN ? THEN coalesce(archived_at, ?) ELSE NULL END, updated_at = ?
    WHERE id = ? AND (kind <> ? OR label <> ? OR position <> ? OR (archived_at IS NOT NULL) <> ?)`;
  const archived = reason.archived ? 1 : 0;
  statement(db, sql).run(reason.kind, reason.name, reason.position, archived, at, at, reason.id, reason.kind, reason.name, reason.position, archived);
}
