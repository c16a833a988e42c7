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

/**
 * Appends one entry about many entities of `entry.entityType` (an import batch: one 'created' entry and
 * one small activity_subjects row per candidate instead of a full entry each). Each subject's timeline
 * shows it as its own entry. `entry.entityId` names the run (e.g. the import job). Returns its id.
 */
export class ActivityBatch {
  private readonly link;

  constructor(private readonly db: Db) {
    // One statement for all the links (an import batch has thousands), not one per subject.
    this.link = db.prepare('INSERT INTO activity_subjects (entity_id, activity_id) SELECT value, ? FROM json_each(?)');
  }

  log(entry: ActivityEntry, subjectIds: readonly string[]): string {
    const id = logActivity(this.db, entry);
    if (subjectIds.length > 0) this.link.run(id, JSON.stringify(subjectIds));
    return id;
  }
}

/** Every entry for the given entities of one type, newest first: their own and the batch entries about them. */
export function activityFor(db: Db, entityType: string, entityIds: readonly string[]): ActivityRow[] {
  if (entityIds.length === 0) return [];
  const sql = `SELECT id, entity_type, entity_id, action, details_json, created_at, rowid AS seq FROM activity_log
    WHERE entity_type = @type AND entity_id IN (SELECT value FROM json_each(@ids))
    UNION ALL
    -- CROSS JOIN keeps this order (subject key first, then the entry by id): never a scan of all entries.
    SELECT a.id, a.entity_type, s.entity_id, a.action, a.details_json, a.created_at, a.rowid AS seq
    FROM activity_subjects s CROSS JOIN activity_log a ON a.id = s.activity_id
    WHERE s.entity_id IN (SELECT value FROM json_each(@ids)) AND a.entity_type = @type
    ORDER BY created_at DESC, seq DESC`;
  return statement(db, sql).all({ type: entityType, ids: JSON.stringify(entityIds) }) as ActivityRow[];
}

/** Forgets everything logged about these entities of one type (their entries and their batch links). */
export function forgetActivity(db: Db, entityType: string, entityIds: readonly string[]): void {
  const own = statement(db, 'DELETE FROM activity_log WHERE entity_type = ? AND entity_id = ?');
  const linked = statement(db, 'DELETE FROM activity_subjects WHERE entity_id = ?');
  for (const entityId of entityIds) {
    own.run(entityType, entityId);
    linked.run(entityId);
  }
}
