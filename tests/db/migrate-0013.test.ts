// Migration 0013 (messages) on a schema-12 file whose owner renamed one of the shipped rejection reasons: the
// built-in templates arrive (one of each kind, and a rejection for each shipped "we rejected" reason, linked to
// that reason while it still has its shipped name), the messages log starts empty, the reasons are untouched,
// and the new tables refuse what their CHECKs forbid. Runs in Vitest on real SQLite files.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { MessageTemplateList } from '../../electron/contract';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { readUserVersion } from '../../electron/core/db/open-database';
import { call } from '../helpers/applicants';
import { schemaFolderAt } from '../helpers/schema-folder';
import { tempCore, withRawDb } from '../helpers/temp-core';

type Row = Record<string, unknown>;

describe('migration 0013-messages', () => {
  it('seeds the built-in templates, linking each rejection to its reason, and an empty log', async () => {
    let reasonsBefore: Row[] = [];
    const dataDir = schemaFolderAt(12, (db) => {
      db.prepare("UPDATE rejection_reasons SET label = 'Pay' WHERE label = 'Salary expectations'").run();
      reasonsBefore = db.prepare('SELECT * FROM rejection_reasons ORDER BY rowid').all() as Row[];
    });
    const core = tempCore({ dataDir });
    withRawDb(core.databasePath, (db) => {
      expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(db.prepare('SELECT * FROM rejection_reasons ORDER BY rowid').all()).toEqual(reasonsBefore);
      expect(db.prepare('SELECT COUNT(*) FROM messages').pluck().get()).toBe(0);
    });
    const { templates } = await call<MessageTemplateList>(core, 'messages:templates', {});
    expect(templates.every((t) => t.builtin)).toBe(true);
    const kinds = templates.map((t) => t.kind);
    expect(kinds.filter((k) => k !== 'rejection')).toEqual(['acknowledgement', 'invitation', 'offer', 'custom']);
    // The general rejection, then one per shipped "we rejected" reason, in the reasons' order.
    const rejections = templates.filter((t) => t.kind === 'rejection');
    expect(rejections.map((t) => t.name)).toEqual([
      'Not this time',
      'Rejection: Lacks qualifications',
      'Rejection: Lacks experience',
      'Rejection: Salary expectations',
      'Rejection: A stronger candidate was chosen',
      'Rejection: Did not attend the interview',
      'Rejection: Not eligible to work here',
      'Rejection: Position filled or cancelled',
    ]);
    const reasonId = (label: string) => reasonsBefore.find((r) => r.label === label && r.kind === 'we_rejected')?.id;
    for (const template of rejections.slice(1)) {
      const label = template.name.replace('Rejection: ', '');
      // The renamed reason keeps no link: the template still reads for any rejection.
      expect(template.rejectionReasonId, label).toBe(label === 'Salary expectations' ? null : reasonId(label));
    }
    expect(rejections[0]?.rejectionReasonId).toBeNull();
    // Plain words with placeholders, never a blank subject or body.
    for (const t of templates) {
      expect(t.subject.trim(), t.name).not.toBe('');
      expect(t.body, t.name).toContain('{first name}');
    }
    expect(templates.find((t) => t.kind === 'invitation')?.body).toMatch(/\{interview time\}[\s\S]*\{interview place\}/);
    await core.close();

    const db = new Database(core.databasePath, { fileMustExist: true });
    try {
      const refused = [
        "INSERT INTO message_templates (id, kind, name, subject, body, builtin, position, created_at, updated_at) VALUES ('x', 'memo', 'N', 'S', 'B', 0, 0, 'a', 'a')",
        "INSERT INTO message_templates (id, kind, name, subject, body, builtin, position, created_at, updated_at) VALUES ('x', 'offer', '  ', 'S', 'B', 0, 0, 'a', 'a')",
        "INSERT INTO messages (id, application_id, kind, subject, how, created_at) VALUES ('m', 'nope', 'offer', 'S', 'mailto', 'a')",
      ];
      db.pragma('foreign_keys = ON');
      for (const sql of refused) expect(() => db.prepare(sql).run(), sql).toThrow();
    } finally {
      db.close();
    }
  });
});
