// SQL for a role's interview kit: read it (with the requirement items not yet in it), generate criteria
// from the description's requirements, and save the owner's ordered list. Items left out are soft-
// removed so scorecards that rated them keep their rows. Runs in plain Node; callers own transactions.
import { randomUUID } from 'node:crypto';
import type { Kit, KitItem, KitSaveInput } from '../../contract';
import { INTERVIEW_LIMITS } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { cleanSection } from '../descriptions/descriptions-rules';
import { listSections } from '../descriptions/descriptions-repo';
import { DomainError, notFound } from '../errors';
import { requirementItems, requirementKey } from './kits-rules';

interface KitItemRow {
  id: string;
  role_id: string;
  kind: KitItem['kind'];
  label: string;
  question: string;
  source: KitItem['source'];
  source_text: string;
  position: number;
  removed_at: string | null;
}

const COLUMNS = 'id, role_id, kind, label, question, source, source_text, position, removed_at';

function toItem(row: KitItemRow): KitItem {
  return { id: row.id, kind: row.kind, label: row.label, question: row.question, source: row.source, position: row.position };
}

function itemRows(db: Db, roleId: string): KitItemRow[] {
  return statement(db, `SELECT ${COLUMNS} FROM kit_items WHERE role_id = ? ORDER BY position, created_at, id`).all(roleId) as KitItemRow[];
}

/** The kit as it stands: items not removed, in order. */
export function activeKitItems(db: Db, roleId: string): KitItem[] {
  return itemRows(db, roleId).filter((row) => row.removed_at === null).map(toItem);
}

function roleTitle(db: Db, roleId: string): string {
  const title = statement(db, 'SELECT title FROM roles WHERE id = ?').pluck().get(roleId) as string | undefined;
  if (title === undefined) throw notFound('That role');
  return title;
}

function requirementsOf(db: Db, roleId: string): string[] {
  return requirementItems(listSections(db, roleId).map((section) => cleanSection(section)));
}

const covers = (row: KitItemRow, key: string): boolean => requirementKey(row.source_text) === key || requirementKey(row.label) === key;

function missingRequirements(db: Db, roleId: string, rows: readonly KitItemRow[]): string[] {
  const active = rows.filter((row) => row.removed_at === null);
  return requirementsOf(db, roleId).filter((text) => !active.some((row) => covers(row, requirementKey(text))));
}

export function loadKit(db: Db, roleId: string): Kit {
  const title = roleTitle(db, roleId);
  const rows = itemRows(db, roleId);
  return {
    roleId,
    roleTitle: title,
    items: rows.filter((row) => row.removed_at === null).map(toItem),
    newRequirements: missingRequirements(db, roleId, rows),
  };
}

const INSERT = `INSERT INTO kit_items (${COLUMNS}, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`;

/**
 * Adds a criterion for each requirement item not yet in the kit, after the items there. A criterion the
 * owner removed earlier comes back (with its old ratings) rather than being made twice. Idempotent.
 */
export function generateKit(db: Db, roleId: string, at: string): { kit: Kit; added: number } {
  roleTitle(db, roleId);
  const rows = itemRows(db, roleId);
  const missing = missingRequirements(db, roleId, rows);
  let position = rows.filter((row) => row.removed_at === null).length;
  let added = 0;
  for (const text of missing) {
    if (position >= INTERVIEW_LIMITS.kitItems) break;
    const removed = rows.find((row) => row.removed_at !== null && covers(row, requirementKey(text)));
    if (removed) statement(db, 'UPDATE kit_items SET removed_at = NULL, position = ?, updated_at = ? WHERE id = ?').run(position, at, removed.id);
    else statement(db, INSERT).run(randomUUID(), roleId, 'criterion', text, '', 'requirement', text, position, at, at);
    position += 1;
    added += 1;
  }
  return { kit: loadKit(db, roleId), added };
}

/** Makes the kit exactly `input.items`, in order; stored items left out are soft-removed. */
export function saveKit(db: Db, input: KitSaveInput, at: string): Kit {
  roleTitle(db, input.roleId);
  const rows = new Map(itemRows(db, input.roleId).map((row) => [row.id, row]));
  const kept = new Set<string>();
  const update = statement(db, `UPDATE kit_items SET kind = ?, label = ?, question = ?, position = ?, removed_at = NULL, updated_at = ?
    WHERE id = ? AND (kind <> ? OR label <> ? OR question <> ? OR position <> ? OR removed_at IS NOT NULL)`);
  input.items.forEach((item, position) => {
    const old = item.id === undefined ? undefined : rows.get(item.id);
    if (item.id !== undefined && !old) throw new DomainError('not_found', `"${item.label}" is not part of this kit any more. Reload the kit and try again.`);
    if (item.id !== undefined && kept.has(item.id)) throw new DomainError('invalid_input', `"${item.label}" is listed twice.`);
    if (old) {
      kept.add(old.id);
      update.run(item.kind, item.label, item.question, position, at, old.id, item.kind, item.label, item.question, position);
    } else {
      statement(db, INSERT).run(randomUUID(), input.roleId, item.kind, item.label, item.question, 'owner', '', position, at, at);
    }
  });
  const removeSql = 'UPDATE kit_items SET removed_at = ?, updated_at = ? WHERE id = ? AND removed_at IS NULL';
  for (const row of rows.values()) if (!kept.has(row.id)) statement(db, removeSql).run(at, at, row.id);
  return loadKit(db, input.roleId);
}
