// SQL for the report facts (migrations 8 and 9): one application's row in application_facts and its rows in
// application_stage_time, replaced whole from applicationFacts (applications-rules.ts), then what depends
// on other tables: the candidate, their source and the interviews not cancelled, and how far it got and
// each stage's place on the board (REACHED, SLOT: they depend on the role's stages as they are now, so they
// are also rewritten when those change). Triggers of migration 9 keep the candidate, source and interview
// count equal when those change elsewhere; those of migration 18 keep the stage of an active application
// (active_stage_id) and the per-stage counts the Roles list reads (board_counts).
// Written only by the application lifecycle (applications-service.ts); read by core/reports and Today.
// Runs in plain Node; callers own transactions.
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import type { ApplicationFacts } from './applications-rules';

/**
 * How far an application got, as its role's stages stand now: ever hired (hired now, a move into hired, or
 * an entered stage of kind hired), else the highest position of an existing board stage it entered.
 */
const REACHED = `
  ever_hired = (status = 'hired' OR hired_at IS NOT NULL OR EXISTS (SELECT 1 FROM application_stage_time t
    JOIN pipeline_stages s ON s.id = t.stage_id WHERE t.application_id = application_facts.application_id AND s.kind = 'hired')),
  reached_position = (SELECT MAX(s.position) FROM application_stage_time t
    JOIN pipeline_stages s ON s.id = t.stage_id WHERE t.application_id = application_facts.application_id AND s.kind = 'active')`;

/**
 * A stay row's place among its role's board stages in board order (position, then id; 0 is the first),
 * NULL for a hired stage or one since removed: what time in stage combines roles by.
 */
const SLOT = `board_slot = (SELECT (SELECT COUNT(*) FROM pipeline_stages o WHERE o.role_id = s.role_id AND o.kind <> 'hired'
    AND (o.position < s.position OR (o.position = s.position AND o.id < s.id)))
  FROM pipeline_stages s WHERE s.id = application_stage_time.stage_id AND s.kind <> 'hired')`;

/**
 * The time on the board of the stays that ended, in whole tenths of a day rounded half up (integer steps,
 * exact: the one decimal every report shows), when no stay is going on; and when the stay going on began, in
 * epoch ms, with (that start - the ended stays' ms) split into whole tenths of a day since the epoch and the
 * ms left over, which time in stage groups by (reports-repo.ts, cohortSlotTimes).
 */
/** A tenth of a day in ms: the unit of open_bucket, and of every time-in-stage figure. */
export const TENTH_MS = 8_640_000;
/** SQL: milliseconds (an integer expression) as whole tenths of a day, rounded half up. */
export const tenthsOf = (ms: string): string => `(${ms} * 10 + 43200000) / 86400000`;
const OPEN_MS = 'CAST(ROUND((julianday(open_since) - 2440587.5) * 86400000.0) AS INTEGER)';
const TENTHS = `
  closed_tenths = CASE WHEN open_since IS NULL AND board_ms IS NOT NULL THEN ${tenthsOf('board_ms')} END,
  open_since_ms = CASE WHEN open_since IS NOT NULL THEN ${OPEN_MS} END,
  open_bucket = CASE WHEN open_since IS NOT NULL THEN (${OPEN_MS} - board_ms) / ${TENTH_MS} END,
  open_rem = CASE WHEN open_since IS NOT NULL THEN (${OPEN_MS} - board_ms) % ${TENTH_MS} END`;

export function writeFacts(db: Db, applicationId: string, roleId: string, facts: ApplicationFacts): void {
  // An upsert, not INSERT OR REPLACE: the replaced row's delete would not fire the triggers that keep
  // board_counts (migration 18) true. The row's other columns (how far it got) are rewritten just below.
  statement(db, `INSERT INTO application_facts (application_id, role_id, applied_at, hired_at, status, status_at, moves, candidate_id, source_kind, interviews, active_stage_id)
    SELECT @id, @role, @applied, @hired, @status, @statusAt, @moves, a.candidate_id, p.source_kind,
      (SELECT COUNT(*) FROM interviews i WHERE i.application_id = a.id AND i.status <> 'cancelled'),
      CASE WHEN a.status = 'active' THEN a.stage_id END
    FROM applications a JOIN candidates p ON p.id = a.candidate_id WHERE a.id = @id
    ON CONFLICT (application_id) DO UPDATE SET role_id = excluded.role_id, applied_at = excluded.applied_at, hired_at = excluded.hired_at,
      status = excluded.status, status_at = excluded.status_at, moves = excluded.moves, candidate_id = excluded.candidate_id,
      source_kind = excluded.source_kind, interviews = excluded.interviews, active_stage_id = excluded.active_stage_id`)
    .run({ id: applicationId, role: roleId, applied: facts.appliedAt, hired: facts.hiredAt, status: facts.status, statusAt: facts.statusAt, moves: facts.moves });
  statement(db, 'DELETE FROM application_stage_time WHERE application_id = ?').run(applicationId);
  const insert = statement(db, `INSERT INTO application_stage_time (application_id, stage_id, role_id, applied_at, board_ms, open_since)
    VALUES (?, ?, ?, ?, ?, ?)`);
  for (const stage of facts.stages) insert.run(applicationId, stage.stageId, roleId, facts.appliedAt, stage.boardMs, stage.openSince);
  statement(db, `UPDATE application_stage_time SET ${TENTHS}, ${SLOT} WHERE application_id = ?`).run(applicationId);
  statement(db, `UPDATE application_facts SET ${REACHED} WHERE application_id = ?`).run(applicationId);
}

/** Works out again how far each application of a role got and where its stays sit, after its stages were reordered, added or removed. */
export function rewriteReachedOfRole(db: Db, roleId: string): void {
  statement(db, `UPDATE application_facts SET ${REACHED} WHERE role_id = ?`).run(roleId);
  statement(db, `UPDATE application_stage_time SET ${SLOT} WHERE role_id = ?`).run(roleId);
}
