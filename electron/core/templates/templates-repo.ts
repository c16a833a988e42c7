// SQL for the owner's own job-description templates (the built-in gallery ships with the app and is
// never stored). Runs in plain Node on a better-sqlite3 connection; callers own transactions.
import { RolePatch, SectionKind } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import type { SectionContent } from '../descriptions/descriptions-rules';

/** A row of templates, exactly as SQLite returns it. */
export interface TemplateRow {
  id: string;
  name: string;
  category: string;
  blurb: string;
  role_json: string;
  sections_json: string;
  created_at: string;
  updated_at: string;
}

export interface OwnerTemplate {
  id: string;
  name: string;
  category: string;
  blurb: string;
  role: RolePatch;
  sections: SectionContent[];
  createdAt: string;
}

/** Owner ids carry a prefix no built-in id can have, so the two kinds never collide. */
export const OWNER_ID_PREFIX = 'owner-';

// Stored JSON is read defensively: a field that no longer validates is dropped, not trusted.
function parseRole(json: string): RolePatch {
  const value: unknown = JSON.parse(json);
  const parsed = RolePatch.safeParse(value);
  return parsed.success ? parsed.data : {};
}

function parseSections(json: string): SectionContent[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const s = item as Partial<Record<keyof SectionContent, unknown>>;
    const kind = SectionKind.safeParse(s.kind);
    if (!kind.success || typeof s.heading !== 'string' || typeof s.html !== 'string') return [];
    return [{ kind: kind.data, heading: s.heading, html: s.html }];
  });
}

function rowToTemplate(row: TemplateRow): OwnerTemplate {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    blurb: row.blurb,
    role: parseRole(row.role_json),
    sections: parseSections(row.sections_json),
    createdAt: row.created_at,
  };
}

export function insertTemplate(db: Db, template: OwnerTemplate): void {
  statement(
    db,
    'INSERT INTO templates (id, name, category, blurb, role_json, sections_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(
    template.id, template.name, template.category, template.blurb,
    JSON.stringify(template.role), JSON.stringify(template.sections), template.createdAt, template.createdAt,
  );
}

export function getOwnerTemplate(db: Db, id: string): OwnerTemplate | null {
  const row = statement(db, 'SELECT * FROM templates WHERE id = ?').get(id) as TemplateRow | undefined;
  return row ? rowToTemplate(row) : null;
}

/** Newest first. */
export function listOwnerTemplates(db: Db): OwnerTemplate[] {
  return (statement(db, 'SELECT * FROM templates ORDER BY created_at DESC, id').all() as TemplateRow[]).map(rowToTemplate);
}

export function deleteOwnerTemplate(db: Db, id: string): boolean {
  return statement(db, 'DELETE FROM templates WHERE id = ?').run(id).changes === 1;
}

