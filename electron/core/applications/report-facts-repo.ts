// SQL for the report facts (migration 8): one application's row in application_facts and its rows in
// application_stage_time, replaced whole from applicationFacts (applications-rules.ts), then how far it got
// (REACHED, which depends on the role's stages as they are now, so it is also rewritten when they change).
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

export function writeFacts(db: Db, applicationId: string, roleId: string, facts: ApplicationFacts): void {
  statement(db, `INSERT OR REPLACE INTO application_facts (application_id, role_id, applied_at, hired_at, status, status_at, moves)
    VALUES (?, ?, ?, ?, ?, ?, ?)`).run(applicationId, roleId, facts.appliedAt, facts.hiredAt, facts.status, facts.statusAt, facts.moves);
  statement(db, 'DELETE FROM application_stage_time WHERE application_id = ?').run(applicationId);
  const insert = statement(db, `INSERT INTO application_stage_time (application_id, stage_id, role_id, applied_at, board_ms, open_since)
    VALUES (?, ?, ?, ?, ?, ?)`);
  for (const stage of facts.stages) insert.run(applicationId, stage.stageId, roleId, facts.appliedAt, stage.boardMs, stage.openSince);
  statement(db, `UPDATE application_facts SET ${REACHED} WHERE application_id = ?`).run(applicationId);
}

/** Works out again how far each application of a role got, after its stages were reordered, added or removed. */
export function rewriteReachedOfRole(db: Db, roleId: string): void {
  statement(db, `UPDATE application_facts SET ${REACHED} WHERE role_id = ?`).run(roleId);
}
