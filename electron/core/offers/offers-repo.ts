// SQL for offers: rows in, rows out, with the candidate's name and the role's title beside them for lists, and the
// counts an acceptance needs (hired applications of a role). Runs in plain Node; callers own transactions.
import type { OfferStatus, SalaryPeriod } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

export interface OfferRow {
  id: string;
  application_id: string;
  status: OfferStatus;
  pay_amount: number | null;
  pay_currency: string;
  pay_period: SalaryPeriod;
  pay_text: string;
  start_on: string | null;
  expires_on: string | null;
  note: string;
  sent_at: string;
  decided_at: string | null;
  created_at: string;
  updated_at: string;
}

/** An offer row with its application's candidate and role. */
export interface OfferListRow extends OfferRow {
  candidate_id: string;
  role_id: string;
  candidate_name: string;
  role_title: string;
}

const COLUMNS = 'id, application_id, status, pay_amount, pay_currency, pay_period, pay_text, start_on, expires_on, note, sent_at, decided_at, created_at, updated_at';
const LIST = `SELECT o.id, o.application_id, o.status, o.pay_amount, o.pay_currency, o.pay_period, o.pay_text, o.start_on, o.expires_on, o.note,
  o.sent_at, o.decided_at, o.created_at, o.updated_at, a.candidate_id, a.role_id, c.full_name AS candidate_name, r.title AS role_title
  FROM offers o JOIN applications a ON a.id = o.application_id JOIN candidates c ON c.id = a.candidate_id JOIN roles r ON r.id = a.role_id`;
const ORDER = 'ORDER BY o.sent_at DESC, o.rowid DESC';

export function insertOffer(db: Db, row: OfferRow): void {
  statement(db, `INSERT INTO offers (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    row.id, row.application_id, row.status, row.pay_amount, row.pay_currency, row.pay_period, row.pay_text,
    row.start_on, row.expires_on, row.note, row.sent_at, row.decided_at, row.created_at, row.updated_at,
  );
}

export function saveOffer(db: Db, row: OfferRow): void {
  statement(
    db,
    `UPDATE offers SET status = ?, pay_amount = ?, pay_currency = ?, pay_period = ?, pay_text = ?, start_on = ?, expires_on = ?, note = ?,
       decided_at = ?, updated_at = ? WHERE id = ?`,
  ).run(row.status, row.pay_amount, row.pay_currency, row.pay_period, row.pay_text, row.start_on, row.expires_on, row.note, row.decided_at, row.updated_at, row.id);
}

export function getOfferRow(db: Db, id: string): OfferListRow | null {
  return (statement(db, `${LIST} WHERE o.id = ?`).get(id) as OfferListRow | undefined) ?? null;
}

export function offersOfApplication(db: Db, applicationId: string): OfferListRow[] {
  return statement(db, `${LIST} WHERE o.application_id = ? ${ORDER}`).all(applicationId) as OfferListRow[];
}

export function offersOfCandidate(db: Db, candidateId: string): OfferListRow[] {
  return statement(db, `${LIST} WHERE a.candidate_id = ? ${ORDER}`).all(candidateId) as OfferListRow[];
}

/** Offers still open on `today`: sent, and not past their expiry day. */
export function openOffers(db: Db, today: string): OfferListRow[] {
  return statement(db, `${LIST} WHERE o.status = 'sent' AND (o.expires_on IS NULL OR o.expires_on >= ?) ${ORDER}`).all(today) as OfferListRow[];
}

/** The application's offer still open on `today`, if any. */
export function openOfferOf(db: Db, applicationId: string, today: string): OfferListRow | null {
  const sql = `${LIST} WHERE o.application_id = ? AND o.status = 'sent' AND (o.expires_on IS NULL OR o.expires_on >= ?) ${ORDER} LIMIT 1`;
  return (statement(db, sql).get(applicationId, today) as OfferListRow | undefined) ?? null;
}

/** The application's latest offer (any status), if any. */
export function latestOfferOf(db: Db, applicationId: string): OfferListRow | null {
  return (statement(db, `${LIST} WHERE o.application_id = ? ${ORDER} LIMIT 1`).get(applicationId) as OfferListRow | undefined) ?? null;
}

/** How many applications to the role are hired now. */
export function hiredCount(db: Db, roleId: string): number {
  return statement(db, "SELECT COUNT(*) FROM applications WHERE role_id = ? AND status = 'hired'").pluck().get(roleId) as number;
}
