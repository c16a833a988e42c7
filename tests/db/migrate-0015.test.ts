// Migration 0015 (offers) on a schema-14 file: the built-in offer template gains the pay, start date and expiry
// placeholders while it still reads as shipped, an offer template the owner edited keeps their words, the offers
// table starts empty, and it refuses what its CHECKs and foreign key forbid. Runs in Vitest on real SQLite files.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { readUserVersion } from '../../electron/core/db/open-database';
import { schemaFolderAt } from '../helpers/schema-folder';
import { tempCore, withRawDb } from '../helpers/temp-core';

type Row = Record<string, unknown>;
const OFFER_TEMPLATES = "SELECT name, body FROM message_templates WHERE kind = 'offer' ORDER BY position";

describe('migration 0015-offers', () => {
  it('adds the offer placeholders to the shipped offer template only, and an empty offers table', async () => {
    let before: Row[] = [];
    const dataDir = schemaFolderAt(14, (db) => {
      // The owner's own offer template, with the shipped one's words: not a built-in, so it is left alone.
      db.prepare(
        "INSERT INTO message_templates (id, kind, name, subject, body, builtin, position, created_at, updated_at) SELECT 'own', kind, 'Mine', subject, body, 0, 1, created_at, updated_at FROM message_templates WHERE kind = 'offer'",
      ).run();
      before = db.prepare(OFFER_TEMPLATES).all() as Row[];
    });
    const core = tempCore({ dataDir });
    withRawDb(core.databasePath, (db) => {
      expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      const after = db.prepare(OFFER_TEMPLATES).all() as Row[];
      expect(after[1]).toEqual(before[1]);
      expect(after[0]?.body).toBe(
        'Hello {first name},\n\nWe are very pleased to offer you the {role} job at {company}. Thank you for the time you gave us during the process.\n\nPay: {pay}\nStart date: {start date}\n\nThis offer is open until {expiry date}. Please reply to let us know whether you accept, or if you have any questions.\n\nKind regards,\n{company}',
      );
      expect(db.prepare('SELECT COUNT(*) FROM offers').pluck().get()).toBe(0);
    });
    await core.close();

    const db = new Database(core.databasePath, { fileMustExist: true });
    try {
      db.pragma('foreign_keys = ON');
      const insert = (values: string) =>
        `INSERT INTO offers (id, application_id, status, pay_amount, pay_currency, pay_period, start_on, expires_on, sent_at, created_at, updated_at) VALUES ${values}`;
      const refused = [
        insert("('o', 'nope', 'sent', 1, 'USD', 'year', NULL, NULL, 'a', 'a', 'a')"),
        insert("('o', 'nope', 'maybe', 1, 'USD', 'year', NULL, NULL, 'a', 'a', 'a')"),
        insert("('o', 'nope', 'sent', -1, 'USD', 'year', NULL, NULL, 'a', 'a', 'a')"),
        insert("('o', 'nope', 'sent', 1, 'USD', 'fortnight', NULL, NULL, 'a', 'a', 'a')"),
        insert("('o', 'nope', 'sent', 1, 'USD', 'year', 'next week', NULL, 'a', 'a', 'a')"),
      ];
      for (const sql of refused) expect(() => db.prepare(sql).run(), sql).toThrow();
    } finally {
      db.close();
    }
  });
});
