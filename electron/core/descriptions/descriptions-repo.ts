// SQL for a role's job description: its ordered sections and when it last changed. Runs in plain
// Node on a better-sqlite3 connection; callers own transactions.
import { randomUUID } from 'node:crypto';
import type { RoleSection, SectionKind } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import type { SectionContent } from './descriptions-rules';

/** A row of role_sections, exactly as SQLite returns it. */
export interface SectionRow {
  id: string;
  role_id: string;
  position: number;
  kind: SectionKind;
  heading: string;
  html: string;
  created_at: string;
  updated_at: string;
}

/** A section to write: an id the role already has is updated, anything else is inserted. */
export type SectionWrite = SectionContent & { id?: string | undefined };

export interface DescriptionState {
  title: string;
  /** roles.description_updated_at: when the description last changed (null: never). */
  updatedAt: string | null;
}

function rowToSection(row: SectionRow): RoleSection {
  return { id: row.id, kind: row.kind, heading: row.heading, html: row.html };
}

/** The role's title and description stamp, or null when there is no such role. */
export function getDescriptionState(db: Db, roleId: string): DescriptionState | null {
  const row = statement(db, 'SELECT title, description_updated_at FROM roles WHERE id = ?').get(roleId) as
    | { title: string; description_updated_at: string | null }
    | undefined;
  return row ? { title: row.title, updatedAt: row.description_updated_at } : null;
}

export function setDescriptionUpdatedAt(db: Db, roleId: string, stamp: string): void {
  statement(db, 'UPDATE roles SET description_updated_at = ? WHERE id = ?').run(stamp, roleId);
}

/** The stored sections in order, as stored (callers sanitize before handing them out). */
export function listSections(db: Db, roleId: string): RoleSection[] {
  const rows = statement(db, 'SELECT * FROM role_sections WHERE role_id = ? ORDER BY position, id').all(roleId) as SectionRow[];
  return rows.map(rowToSection);
}

function idInUse(db: Db, id: string): boolean {
  return statement(db, 'SELECT 1 FROM role_sections WHERE id = ?').get(id) !== undefined;
}

/**
 * Makes the role's sections exactly `sections`, in order, touching only rows that changed: autosave
 * sends the whole list every half second, and usually one section differs. Ids the role already has
 * are kept; a new section keeps the id the editor chose when no other role uses it (so a retried save
 * cannot create it twice), else gets a fresh one. Returns the sections as written.
 */
export function writeSections(db: Db, roleId: string, sections: readonly SectionWrite[], stamp: string): RoleSection[] {
  const existing = new Map(
    (statement(db, 'SELECT * FROM role_sections WHERE role_id = ?').all(roleId) as SectionRow[]).map((r) => [r.id, r]),
  );
  const written: RoleSection[] = sections.map((section, position) => {
    const old = section.id === undefined ? undefined : existing.get(section.id);
    if (old) {
      existing.delete(old.id);
      const same = old.position === position && old.kind === section.kind && old.heading === section.heading && old.html === section.html;
      if (!same) {
        statement(db, 'UPDATE role_sections SET position = ?, kind = ?, heading = ?, html = ?, updated_at = ? WHERE id = ?').run(
          position, section.kind, section.heading, section.html, stamp, old.id,
        );
      }
      return { id: old.id, kind: section.kind, heading: section.heading, html: section.html };
    }
    const id = section.id !== undefined && !idInUse(db, section.id) ? section.id : randomUUID();
    statement(db, 'INSERT INTO role_sections (id, role_id, position, kind, heading, html, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      id, roleId, position, section.kind, section.heading, section.html, stamp, stamp,
    );
    return { id, kind: section.kind, heading: section.heading, html: section.html };
  });
  for (const gone of existing.keys()) statement(db, 'DELETE FROM role_sections WHERE id = ?').run(gone);
  return written;
}

/** Copies one role's sections to another (new ids), for roles:duplicate. Returns how many were copied. */
export function copySections(db: Db, fromRoleId: string, toRoleId: string, stamp: string): number {
  const sections = listSections(db, fromRoleId);
  writeSections(db, toRoleId, sections.map(({ kind, heading, html }) => ({ kind, heading, html })), stamp);
  return sections.length;
}
