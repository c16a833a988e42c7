// Writes one backup archive: a consistent snapshot of the database (VACUUM INTO on a connection of its
// own), every attachment and a manifest (versions, rows per table, SHA-256 of every member, the ids of the
// people it holds), zipped with yazl and, with a passphrase, encrypted with age as it streams. The archive
// is written under a temporary name next to the target, read back and checked, fsynced, then renamed into
// place; a cancel or failure removes it. Runs in a worker thread (backup-worker.ts) or, from TypeScript
// sources, on the core's thread.
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import Database from 'better-sqlite3';
import yazl from 'yazl';
import type { BackupSummary } from '../../contract';
import { openDatabase, readUserVersion } from '../db/open-database';
import { encryptStream } from './backup-age';
import { FileSink, fsyncFolder, HashTap, JobCancelled, explainFileError, type WriteBudget } from './backup-files';
import { ATTACHMENTS_FOLDER, ARCHIVE_FORMAT, DATABASE_MEMBER, isAttachmentName, MANIFEST_MEMBER, manifestText, type Manifest, type ManifestMember } from './backup-manifest-rules';
import { companyName, heldCandidateIds, snapshotInto, tableRowCounts, useRollbackJournal } from './backup-repo';
import type { CreateParams, JobHooks } from './backup-job';
import { checkArchive, openArchive } from './backup-read';
import { workFolder } from './backup-folders';
import { checkTargetFree, placeFile, tempBeside } from '../files/place-file';

interface Snapshot {
  file: string;
  schemaVersion: number;
  companyName: string;
  tables: Record<string, number>;
  candidateIds: string[];
}

function takeSnapshot(params: CreateParams, target: string): Snapshot {
  const source = openDatabase(params.databasePath, params.nativeBinding ? { nativeBinding: params.nativeBinding } : {});
  try {
    snapshotInto(source, target);
  } finally {
    source.close();
  }
  const copy = new Database(target, params.nativeBinding ? { nativeBinding: params.nativeBinding } : {});
  try {
    useRollbackJournal(copy);
    const tables = tableRowCounts(copy);
    return {
      file: target,
      schemaVersion: readUserVersion(copy),
      companyName: 'companies' in tables ? companyName(copy) : '',
      tables,
      candidateIds: 'candidates' in tables ? heldCandidateIds(copy) : [],
    };
  } finally {
    copy.close();
  }
}

interface AttachmentFile {
  name: string;
  file: string;
  bytes: number;
}

function listAttachments(dataDir: string): AttachmentFile[] {
  const folder = path.join(dataDir, ATTACHMENTS_FOLDER);
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter(isAttachmentName)
    .sort()
    .flatMap((name) => {
      const file = path.join(folder, name);
      try {
        const stat = fs.statSync(file);
        return stat.isFile() ? [{ name, file, bytes: stat.size }] : [];
      } catch {
        return []; // Deleted since the listing (an attachment removed meanwhile): not in this backup.
      }
    });
}

/** The summary of what an archive holds, from its manifest. */
export function summaryOf(manifest: Manifest, encrypted: boolean, bytes: number): BackupSummary {
  return {
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    companyName: manifest.companyName,
    roles: manifest.roles,
    candidates: manifest.candidates,
    attachments: manifest.members.filter((member) => member.name !== DATABASE_MEMBER).length,
    tables: manifest.tables,
    encrypted,
    bytes,
  };
}

export async function writeBackup(params: CreateParams, hooks: JobHooks): Promise<{ path: string; summary: BackupSummary }> {
  const target = path.resolve(params.outPath);
  checkTargetFree(target, params.replace);
  const budget: WriteBudget = { remaining: params.writeLimitBytes ?? null };
  const work = workFolder(params.dataDir, 'backup');
  const temp = tempBeside(target);
  const checkCancel = (): void => {
    if (hooks.cancelled()) throw new JobCancelled();
  };
  try {
    fs.mkdirSync(work);
    hooks.progress('snapshot', 0, 1);
    const snapshot = takeSnapshot(params, path.join(work, DATABASE_MEMBER));
    hooks.progress('snapshot', 1, 1);
    checkCancel();
    const attachments = listAttachments(params.dataDir);
    const dbBytes = fs.statSync(snapshot.file).size;
    const total = dbBytes + attachments.reduce((sum, file) => sum + file.bytes, 0);
    let done = 0;
    const members: ManifestMember[] = [];
    const mtime = new Date(params.now);

    const zip = new yazl.ZipFile();
    const add = (name: string, file: string, compress: boolean): void => {
      zip.addReadStreamLazy(name, { mtime, compress }, (callback) => {
        const tap = new HashTap((bytes) => {
          checkCancel();
          done += bytes;
          hooks.progress('files', done, total);
        });
        tap.on('end', () => members.push({ name, bytes: tap.bytes, sha256: tap.sha256() }));
        // A cancel or a read error stops the whole archive: the output's pipeline rejects with it.
        tap.on('error', (error) => (zip.outputStream as Readable).destroy(error));
        const source = fs.createReadStream(file);
        source.on('error', (error) => tap.destroy(error));
        callback(null, source.pipe(tap));
      });
    };
    add(DATABASE_MEMBER, snapshot.file, true);
    // Résumés and images are mostly compressed already: stored as they are, the archive is written at disk speed.
    for (const attachment of attachments) add(`${ATTACHMENTS_FOLDER}/${attachment.name}`, attachment.file, false);
    // Added last and read lazily, so it is made once every other member was hashed.
    zip.addReadStreamLazy(MANIFEST_MEMBER, { mtime, compress: true }, (callback) => {
      const manifest: Manifest = {
        kind: 'hirebook-backup',
        format: ARCHIVE_FORMAT,
        createdAt: params.now,
        appVersion: params.appVersion,
        schemaVersion: snapshot.schemaVersion,
        companyName: snapshot.companyName,
        roles: snapshot.tables.roles ?? 0,
        candidates: snapshot.tables.candidates ?? 0,
        tables: snapshot.tables,
        members,
        candidateIds: snapshot.candidateIds,
      };
      callback(null, Readable.from([Buffer.from(manifestText(manifest), 'utf8')]));
    });
    zip.end();
    const plain = zip.outputStream as Readable;
    const output = params.passphrase === undefined ? plain : await encryptStream(plain, params.passphrase, params.scryptWorkFactor);
    await pipeline(output, new FileSink(temp, budget));
    checkCancel();

    // Read back what was written, as a restore would (decrypting it too), before it takes the target's name.
    const check = await openArchive(temp, params.passphrase, work, budget, hooks);
    const { manifest } = await checkArchive(check.zipFile, hooks, null, budget);
    checkCancel();
    placeFile(temp, target, params.replace);
    fsyncFolder(path.dirname(target));
    return { path: target, summary: summaryOf(manifest, params.passphrase !== undefined, fs.statSync(target).size) };
  } catch (error) {
    throw explainFileError(error, 'the backup');
  } finally {
    fs.rmSync(temp, { force: true });
    fs.rmSync(work, { recursive: true, force: true });
  }
}
