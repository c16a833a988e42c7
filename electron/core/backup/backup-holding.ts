// backup:holding: which archives in the data folder's backups/ and the owner's second folder still hold a
// person, from the candidate ids their manifests list (backup-write.ts writes them): a plain archive's
// manifest is read without unpacking the rest; an encrypted one's is inside the encryption ("unknown without
// the passphrase"); one made before manifests listed ids is "unknown" too. For automatic archives, the day
// rotation removes them if a backup keeps being made each day (backup-rotation-rules.ts). Runs in plain Node.
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_EXTENSION, type BackupHolding } from '../../contract';
import { isEncryptedFile } from './backup-age';
import { listAutoArchives } from './backup-auto';
import { holdingMessage } from './backup-holding-rules';
import { readPlainManifest } from './backup-read';
import { readBackupRecord } from './backup-record';
import { rotatesOutBy } from './backup-rotation-rules';

type Archive = BackupHolding['archives'][number];

async function stateOf(file: string, candidateId: string): Promise<Archive['state']> {
  try {
    if (isEncryptedFile(file)) return 'unknown_encrypted';
    const manifest = await readPlainManifest(file);
    if (manifest.candidateIds === undefined) return 'unknown_older';
    return manifest.candidateIds.includes(candidateId) ? 'holds' : 'does_not_hold';
  } catch {
    // Damaged or unreadable: it cannot be said.
    return 'unknown_older';
  }
}

async function folderArchives(folder: string, which: Archive['folder'], candidateId: string, now: Date): Promise<Archive[]> {
  let names: string[];
  try {
    names = fs.readdirSync(folder).filter((name) => name.endsWith(BACKUP_EXTENSION)).sort();
  } catch {
    return [];
  }
  const automatic = listAutoArchives(folder);
  const archives: Archive[] = [];
  for (const name of names) {
    const file = path.join(folder, name);
    const state = await stateOf(file, candidateId);
    const isAuto = automatic.some((a) => a.name === name);
    const out = state === 'does_not_hold' || !isAuto ? null : rotatesOutBy(automatic, name, now);
    archives.push({ path: file, name, folder: which, state, rotatesOutBy: out ? out.toISOString() : null });
  }
  return archives;
}

export async function backupHolding(dataDir: string, candidateId: string, now: Date): Promise<BackupHolding> {
  const record = readBackupRecord(dataDir);
  const archives = [
    ...(await folderArchives(path.join(dataDir, 'backups'), 'backups', candidateId, now)),
    ...(record.secondFolder ? await folderArchives(record.secondFolder, 'second', candidateId, now) : []),
  ];
  return {
    archives,
    holding: archives.filter((a) => a.state === 'holds').length,
    unknown: archives.filter((a) => a.state === 'unknown_encrypted' || a.state === 'unknown_older').length,
    message: holdingMessage(archives),
  };
}
