// SQL for message templates and the log of drafts made. Runs in plain Node; callers own transactions.
import type { MessageHow, MessageKind, MessageRecord, MessageTemplate } from '../../contract';
import type { Db } from '../db/open-database';
import { builtinTemplates, REASON_BY_LABEL, type BuiltinTemplate } from '../db/migrations/0013-messages';
import { OFFER_BODY } from '../db/migrations/0015-offers';
import { statement } from '../db/statements';
import { DomainError, notFound } from '../errors';

interface TemplateRow {
  id: string;
  kind: MessageKind;
  name: string;
  subject: string;
  body: string;
  rejection_reason_id: string | null;
  builtin: number;
  position: number;
  updated_at: string;
}

const TEMPLATE_COLUMNS = 'id, kind, name, subject, body, rejection_reason_id, builtin, position, updated_at';
const KIND_ORDER = "CASE kind WHEN 'acknowledgement' THEN 0 WHEN 'invitation' THEN 1 WHEN 'rejection' THEN 2 WHEN 'offer' THEN 3 ELSE 4 END";

function toTemplate(row: TemplateRow): MessageTemplate {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    subject: row.subject,
    body: row.body,
    rejectionReasonId: row.rejection_reason_id,
    builtin: row.builtin === 1,
    updatedAt: row.updated_at,
  };
}

/** Every template, by kind (acknowledgement, invitation, rejection, offer, your own), each kind in its order. */
export function listTemplates(db: Db): MessageTemplate[] {
  const sql = `SELECT ${TEMPLATE_COLUMNS} FROM message_templates ORDER BY ${KIND_ORDER}, position, rowid`;
  return (statement(db, sql).all() as TemplateRow[]).map(toTemplate);
}

export function getTemplate(db: Db, id: string): MessageTemplate | null {
  const row = statement(db, `SELECT ${TEMPLATE_COLUMNS} FROM message_templates WHERE id = ?`).get(id) as TemplateRow | undefined;
  return row ? toTemplate(row) : null;
}

export interface TemplateWrite {
  id: string;
  kind: MessageKind;
  name: string;
  subject: string;
  body: string;
  rejectionReasonId: string | null;
}

/** A new template of the owner's, last of its kind. */
export function insertTemplate(db: Db, template: TemplateWrite, at: string): void {
  const position = statement(db, 'SELECT COALESCE(MAX(position) + 1, 0) FROM message_templates WHERE kind = ?').pluck().get(template.kind) as number;
  statement(
    db,
    `INSERT INTO message_templates (id, kind, name, subject, body, rejection_reason_id, builtin, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`,
  ).run(template.id, template.kind, template.name, template.subject, template.body, template.rejectionReasonId, position, at, at);
}

/** Saves the edited wording (a built-in stays built-in). */
export function updateTemplate(db: Db, template: TemplateWrite, at: string): void {
  statement(db, 'UPDATE message_templates SET kind = ?, name = ?, subject = ?, body = ?, rejection_reason_id = ?, updated_at = ? WHERE id = ?').run(
    template.kind,
    template.name,
    template.subject,
    template.body,
    template.rejectionReasonId,
    at,
    template.id,
  );
}

/** The built-in templates as Hirebook ships them now: migration 13's, the offer's text as migration 15 has it. */
function shippedTemplates(): BuiltinTemplate[] {
  return builtinTemplates().map((t) => (t.kind === 'offer' ? { ...t, body: OFFER_BODY } : t));
}

/**
 * Puts a built-in template's name, subject, text and rejection reason back as Hirebook ships them now (migration
 * 13's wording, with the offer's text as migration 15 rewrote it). A
 * built-in is known by its kind and position (both fixed: a built-in keeps its kind, and the owner's own
 * templates are placed after it). Refuses the owner's own templates, which have no default.
 */
export function restoreBuiltin(db: Db, id: string, at: string): MessageTemplate {
  const row = statement(db, `SELECT ${TEMPLATE_COLUMNS} FROM message_templates WHERE id = ?`).get(id) as TemplateRow | undefined;
  if (!row) throw notFound('That message template');
  const shipped = row.builtin === 1 ? shippedTemplates().find((t) => t.kind === row.kind && t.position === row.position) : undefined;
  if (!shipped) throw new DomainError('conflict', `“${row.name}” is your own template: there is no shipped wording to restore.`);
  const reasonId = shipped.reasonLabel === null ? null : ((statement(db, REASON_BY_LABEL).pluck().get(shipped.reasonLabel) as string | undefined) ?? null);
  updateTemplate(db, { id, kind: row.kind, name: shipped.name, subject: shipped.subject, body: shipped.body, rejectionReasonId: reasonId }, at);
  const restored = getTemplate(db, id);
  if (!restored) throw notFound('That message template');
  return restored;
}

interface MessageRow {
  id: string;
  application_id: string;
  template_id: string | null;
  kind: MessageKind;
  subject: string;
  how: MessageHow;
  created_at: string;
}

function toRecord(row: MessageRow): MessageRecord {
  return {
    id: row.id,
    applicationId: row.application_id,
    templateId: row.template_id,
    kind: row.kind,
    subject: row.subject,
    how: row.how,
    createdAt: row.created_at,
  };
}

export function insertMessage(db: Db, record: MessageRecord): void {
  statement(db, 'INSERT INTO messages (id, application_id, template_id, kind, subject, how, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    record.id,
    record.applicationId,
    record.templateId,
    record.kind,
    record.subject,
    record.how,
    record.createdAt,
  );
}

/** The drafts made for one application, newest first. */
export function messagesOf(db: Db, applicationId: string): MessageRecord[] {
  const sql = 'SELECT id, application_id, template_id, kind, subject, how, created_at FROM messages WHERE application_id = ? ORDER BY created_at DESC, rowid DESC';
  return (statement(db, sql).all(applicationId) as MessageRow[]).map(toRecord);
}
