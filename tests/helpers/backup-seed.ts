// Test helpers for backups: a data folder with a company, roles, candidates and résumé files (each
// holding a marker string, also stored in the database), and a summary of a folder's state to compare
// "old" and "new" after a restore. Runs in Vitest (Node).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { CandidateCreateResult } from '../../electron/contract';
import type { Core } from '../../electron/core';
import { value } from './temp-core';
import { fileOnDisk } from './temp-files';

export const MARKER = 'ZEBRA-MARKER-7f3a9c';

/** Adds a company name, `roles` roles and `candidates` candidates, each with a résumé file naming `label`. */
export async function seedBackupData(core: Core, label: string, counts = { roles: 2, candidates: 3 }): Promise<void> {
  value(await core.dispatch('company:update', { name: `${label} Bakery ${MARKER}` }));
  for (let i = 0; i < counts.roles; i += 1) value(await core.dispatch('roles:create', { title: `${label} role ${i}` }));
  for (let i = 0; i < counts.candidates; i += 1) {
    const created = value<CandidateCreateResult>(await core.dispatch('candidates:create', { fullName: `${label} Person ${i}`, tags: [MARKER.toLowerCase()] }));
    value(
      await core.dispatch('attachments:add', {
        candidateId: created.candidate.id,
        kind: 'resume',
        fileName: `cv-${i}.txt`,
        path: fileOnDisk(`cv-${i}.txt`, `${label} résumé ${i}\nSecret: ${MARKER}\n`),
      }),
    );
  }
}

export interface FolderState {
  company: string;
  roles: string[];
  candidates: string[];
  integrity: string;
  /** Attachment file names (their sha256) that the database refers to. */
  referenced: string[];
  /** Every referenced file is present with bytes matching its name. */
  attachmentsIntact: boolean;
  /** The files in attachments/ (temporary files left out). */
  files: string[];
}

/** What a data folder holds, read without the core (no migration, no restore completion). */
export function folderState(dataDir: string): FolderState {
  const db = new Database(path.join(dataDir, 'hirebook.db'));
  try {
    const company = (db.prepare("SELECT name FROM companies WHERE id = 'default'").get() as { name: string }).name;
    const roles = (db.prepare('SELECT title FROM roles ORDER BY title').all() as { title: string }[]).map((r) => r.title);
    const candidates = (db.prepare('SELECT full_name FROM candidates ORDER BY full_name').all() as { full_name: string }[]).map((r) => r.full_name);
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    const referenced = (db.prepare('SELECT DISTINCT sha256 FROM attachments ORDER BY sha256').all() as { sha256: string }[]).map((r) => r.sha256);
    const attachmentsIntact = referenced.every((sha) => {
      const file = path.join(dataDir, 'attachments', sha);
      return fs.existsSync(file) && createHash('sha256').update(fs.readFileSync(file)).digest('hex') === sha;
    });
    const folder = path.join(dataDir, 'attachments');
    const files = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => /^[0-9a-f]{64}$/.test(name)).sort() : [];
    return { company, roles, candidates, integrity, referenced, attachmentsIntact, files };
  } finally {
    db.close();
  }
}

/** Names in the data folder that only a running or interrupted job leaves: work folders, a journal. */
export function jobLeftovers(dataDir: string): string[] {
  return fs.readdirSync(dataDir).filter((name) => name.startsWith('.backup-work-') || name.startsWith('.restore-staging-') || name.startsWith('restore-journal') || name.startsWith('.backup.lock-'));
}
