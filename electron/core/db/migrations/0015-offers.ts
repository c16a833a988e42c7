// Migration 15: job offers.
// - offers: an offer made on one application: the pay (an amount with its currency and period, as roles keep
//   their salary, and/or the owner's own words such as "£30,000 plus a yearly bonus"), the start date, the day the
//   offer is open until, its status (sent, accepted, declined, expired) and when it was sent and decided. An offer
//   whose expiry day has passed while still sent reads as expired (core/offers/offers-rules.ts); the owner may also
//   mark it expired. The application's delete cascades it (erasing a person removes their offers); anonymising
//   clears the pay and the note and keeps the status and dates, so the acceptance figures stay.
// - The built-in offer template (migration 13) gains the pay, start date and expiry placeholders, unless the owner
//   has edited it.
// Runs in plain Node inside migrate(). Released migrations are frozen: the wording is written out here.
import type { Migration } from './migration';

const DAY = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'";

const TABLES = `
CREATE TABLE offers (
  id TEXT PRIMARY KEY NOT NULL,
  application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('sent', 'accepted', 'declined', 'expired')),
  pay_amount REAL CHECK (pay_amount IS NULL OR pay_amount >= 0),
  pay_currency TEXT NOT NULL CHECK (length(pay_currency) = 3),
  pay_period TEXT NOT NULL CHECK (pay_period IN ('hour', 'day', 'week', 'month', 'year')),
  pay_text TEXT NOT NULL DEFAULT '' CHECK (length(pay_text) <= 500),
  start_on TEXT CHECK (start_on IS NULL OR start_on ${DAY}),
  expires_on TEXT CHECK (expires_on IS NULL OR expires_on ${DAY}),
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  sent_at TEXT NOT NULL,
  decided_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX offers_by_application ON offers (application_id, created_at);
CREATE INDEX offers_by_status ON offers (status, expires_on);
CREATE INDEX offers_by_sent ON offers (sent_at);
`;

const SIGN_OFF = '\n\nKind regards,\n{company}';

/** Migration 13's offer text, as shipped. */
const SHIPPED_BODY =
  'Hello {first name},\n\nWe are very pleased to offer you the {role} job at {company}. Thank you for the time you gave us during the process.\n\nPlease reply to this e-mail to let us know whether you accept, or if you have any questions.' +
  SIGN_OFF;

/** The built-in offer text from this version on (messages-repo.ts restores it). */
export const OFFER_BODY =
  'Hello {first name},\n\nWe are very pleased to offer you the {role} job at {company}. Thank you for the time you gave us during the process.\n\nPay: {pay}\nStart date: {start date}\n\nThis offer is open until {expiry date}. Please reply to let us know whether you accept, or if you have any questions.' +
  SIGN_OFF;

export const migration0015: Migration = {
  version: 15,
  name: 'offers',
  up(db) {
    db.exec(TABLES);
    db.prepare("UPDATE message_templates SET body = ? WHERE kind = 'offer' AND builtin = 1 AND body = ?").run(OFFER_BODY, SHIPPED_BODY);
  },
};
