// SQL for a role's pipeline stages: the default set for new roles (and lazily for any role without
// stages), reads, and the writes behind pipeline:update-stages. Runs in plain Node; callers own transactions.
import { randomUUID } from 'node:crypto';
import type { StageKind } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { DEFAULT_STAGES } from './pipeline-rules';

export interface StageRow {
  id: string;
  role_id: string;
  name: string;
  position: number;
  kind: StageKind;
  /** Days a card may wait here before Today lists it (null: the default). */
  wait_days: number | null;
}

const COLUMNS = 'id, role_id, name, position, kind, wait_days';
const INSERT = `INSERT INTO pipeline_stages (id, role_id, name, position, kind, wait_days, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

/** Adds Applied → Screening → Interview → Offer → Hired to a role (called when the role is created). */
export function insertDefaultStages(db: Db, roleId: string, at: string): void {
  DEFAULT_STAGES.forEach((stage, position) => statement(db, INSERT).run(randomUUID(), roleId, stage.name, position, stage.kind, null, at, at));
}

export function listStages(db: Db, roleId: string): StageRow[] {
  const sql = `SELECT ${COLUMNS} FROM pipeline_stages WHERE role_id = ? ORDER BY position, rowid`;
  return statement(db, sql).all(roleId) as StageRow[];
}

/** The role's stages, creating the default set first when it has none (roles from older versions). */
export function ensureStages(db: Db, roleId: string, at: string): StageRow[] {
  const stages = listStages(db, roleId);
  if (stages.length > 0) return stages;
  insertDefaultStages(db, roleId, at);
  return listStages(db, roleId);
}

export function getStage(db: Db, id: string): StageRow | null {
  const sql = `SELECT ${COLUMNS} FROM pipeline_stages WHERE id = ?`;
  return (statement(db, sql).get(id) as StageRow | undefined) ?? null;
}

export function insertStage(db: Db, stage: StageRow, at: string): void {
  statement(db, INSERT).run(stage.id, stage.role_id, stage.name, stage.position, stage.kind, stage.wait_days, at, at);
}

export function updateStage(db: Db, id: string, change: { name: string; position: number; waitDays: number | null }, at: string): void {
  const sql = `UPDATE pipeline_stages SET name = @name, position = @position, wait_days = @waitDays, updated_at = @at
    WHERE id = @id AND (name <> @name OR position <> @position OR wait_days IS NOT @waitDays)`;
  statement(db, sql).run({ ...change, at, id });
}

/** Every stage's own waiting limit for Today, by stage id (stages without one are left out). */
export function savedWaitDays(db: Db): Record<string, number> {
  const rows = statement(db, 'SELECT id, wait_days FROM pipeline_stages WHERE wait_days IS NOT NULL').all() as { id: string; wait_days: number }[];
  return Object.fromEntries(rows.map((row) => [row.id, row.wait_days]));
}

export function deleteStage(db: Db, id: string): void {
  statement(db, 'DELETE FROM pipeline_stages WHERE id = ?').run(id);
}

/** Every application (any status) in a stage: they must move before the stage can go. */
export function applicationsInStage(db: Db, stageId: string): { id: string; status: string; position: number }[] {
  return statement(db, 'SELECT id, status, position FROM applications WHERE stage_id = ? ORDER BY position').all(stageId) as {
    id: string;
    status: string;
    position: number;
  }[];
}

/** Roles with no stages yet (created before the pipeline existed, or by an older build). */
export function rolesWithoutStages(db: Db): string[] {
  const sql = 'SELECT id FROM roles WHERE NOT EXISTS (SELECT 1 FROM pipeline_stages s WHERE s.role_id = roles.id)';
  return statement(db, sql).pluck().all() as string[];
}
