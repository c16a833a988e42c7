// The append-only activity log (who/what/when) that drives candidate timelines: one insert helper and
// the reads. Runs in plain Node; every domain that changes candidates or applications writes here.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

export type ActivityEntityType = 'candidate' | 'application' | 'attachment' | 'role';

export interface ActivityEntry {
  entityType: ActivityEntityType | string;
  entityId: string;
  /** A short verb such as 'created', 'updated', 'merged', 'file_added', 'moved', 'rejected'. */
  action: string;
  /** JSON-safe facts about the change (what changed, from/to); shown on the timeline. */
  details?: Record<string, unknown>;
  /** UTC ISO time of the change. */
  at: string;
}

export interface ActivityRow {
  id: string;
  entity_type: string;
  entity_id: string;
  action: string;
  details_json: string;
  created_at: string;
  /** Insertion order, to order entries written within the same millisecond. */
  seq: number;
}

const INSERT = `INSERT INTO activity_log (id, entity_type, entity_id, action, details_json, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?)`;

/** Appends one entry; call it inside the transaction of the write it describes. Returns its id. */
export function logActivity(db: Db, entry: ActivityEntry): string {
  const id = randomUUID();
  const details = JSON.stringify(entry.details ?? {});
  statement(db, INSERT).run(id, entry.entityType, entry.entityId, entry.action, details, entry.at, entry.at);
  return id;
}

/** Every entry for the given entities of one type, newest first. */
export function activityFor(db: Db, entityType: string, entityIds: readonly string[]): ActivityRow[] {
  if (entityIds.length === 0) return [];
  const sql = `SELECT id, entity_type, entity_id, action, details_json, created_at, rowid AS seq FROM activity_log
    WHERE entity_type = ? AND entity_id IN (SELECT value FROM json_each(?))
    ORDER BY created_at DESC, rowid DESC`;
  return statement(db, sql).all(entityType, JSON.stringify(entityIds)) as ActivityRow[];
}
