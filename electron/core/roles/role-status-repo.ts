// SQL for a role's status history (migration 7): one row per status change, written only by roles-repo's
// insertRole and updateRole (the one place a role's status is written), read by the reports. Callers own
// the transaction. Runs in plain Node on a better-sqlite3 connection.
import { randomUUID } from 'node:crypto';
import type { RoleStatus } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

export interface RoleStatusEventRow {
  role_id: string;
  from_status: RoleStatus | null;
  to_status: RoleStatus;
  created_at: string;
}

/** Records a status change (from null: the role was created) at `at`. */
export function recordRoleStatus(db: Db, roleId: string, from: RoleStatus | null, to: RoleStatus, at: string): void {
  statement(db, 'INSERT INTO role_status_events (id, role_id, from_status, to_status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(randomUUID(), roleId, from, to, at, at);
}

/** The stored status of a role, read before an update so a change can be recorded; null for an unknown id. */
export function storedRoleStatus(db: Db, roleId: string): RoleStatus | null {
  const row = statement(db, 'SELECT status FROM roles WHERE id = ?').get(roleId) as { status: RoleStatus } | undefined;
  return row?.status ?? null;
}

/** Every role's status history, oldest first per role (all roles when `roleId` is null). */
export function roleStatusEvents(db: Db, roleId: string | null): RoleStatusEventRow[] {
  return statement(db, `SELECT role_id, from_status, to_status, created_at FROM role_status_events
    WHERE (@role IS NULL OR role_id = @role) ORDER BY role_id, created_at, rowid`).all({ role: roleId }) as RoleStatusEventRow[];
}
