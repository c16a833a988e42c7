// Test helpers for job descriptions: a core with a clock the test moves, a role to write on, and a
// writable raw connection for planting rows the app would never write. Runs in Vitest (Node).
import Database from 'better-sqlite3';
import type { Role, RoleDescription, RoleSectionDraft } from '../../electron/contract';
import type { Core } from '../../electron/core';
import { tempCore, value } from './temp-core';

export interface Clock {
  now: Date;
  advance(ms: number): void;
}

/** A core whose clock only moves when the test says so. */
export function clockedCore(start = '2026-03-02T09:00:00.000Z'): { core: Core; clock: Clock } {
  const clock: Clock = {
    now: new Date(start),
    advance(ms) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const core = tempCore({ now: () => clock.now });
  return { core, clock };
}

export async function createRole(core: Core, fields: Record<string, unknown> = {}): Promise<Role> {
  return value<Role>(await core.dispatch('roles:create', { title: 'Line Cook', ...fields }));
}

export type Draft = Omit<RoleSectionDraft, 'id'> & { id?: string };

export async function save(core: Core, roleId: string, sections: Draft[]): Promise<RoleDescription> {
  return value<RoleDescription>(await core.dispatch('descriptions:save', { roleId, sections }));
}

export async function getDescription(core: Core, roleId: string): Promise<RoleDescription> {
  return value<RoleDescription>(await core.dispatch('descriptions:get', { roleId }));
}

export const SUMMARY: Draft = { kind: 'summary', heading: 'Summary', html: '<p>Cook breakfast for a busy diner.</p>' };
export const DUTIES: Draft = { kind: 'responsibilities', heading: 'What you will do', html: '<ul><li>Prep vegetables</li><li>Run the grill</li></ul>' };
export const BENEFITS: Draft = { kind: 'benefits', heading: 'Benefits', html: '<p>Free meals on shift.</p>' };

/** Runs `write` on a second, writable connection to the core's file (WAL lets both be open). */
export function withWritableDb(databasePath: string, write: (db: Database.Database) => void): void {
  const db = new Database(databasePath);
  try {
    write(db);
  } finally {
    db.close();
  }
}
