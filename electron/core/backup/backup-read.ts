// Reads an archive back and checks every member before anything is trusted: decrypts an age-wrapped
// archive into the job's folder, then walks the zip's table of contents (only the names Hirebook writes,
// each once, sizes as the manifest says) and streams each member through SHA-256 and CRC-32, against the
// manifest and the zip's own checksum, optionally unpacking it into a folder. Runs in plain Node and workers.
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Writable, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { readEntries } from '../files/zip-guard';
import { decryptStream, isEncryptedFile } from './backup-age';
import { FileSink, HashTap, JobCancelled, type WriteBudget } from './backup-files';
import { ArchiveProblem, ATTACHMENTS_FOLDER, MANIFEST_MEMBER, memberKind, parseManifest, type Manifest } from './backup-manifest-rules';
import type { JobHooks } from './backup-job';

/** A manifest is a few hundred bytes per attachment; anything larger is not one Hirebook wrote. */
const MANIFEST_MAX_BYTES = 64 * 1024 * 1024;

export interface OpenedArchive {
  /** The plain zip: the archive itself, or its decrypted copy inside `workDir`. */
  zipFile: string;
  encrypted: boolean;
}

/** Decrypts an encrypted archive into `workDir` (streamed, checked chunk by chunk by age); a plain one is used in place. */
export async function openArchive(file: string, passphrase: string | undefined, workDir: string, budget: WriteBudget, hooks: JobHooks): Promise<OpenedArchive> {
  if (!isEncryptedFile(file)) return { zipFile: file, encrypted: false };
  const total = fs.statSync(file).size;
  const plain = await decryptStream(file, passphrase);
  const zipFile = path.join(workDir, 'archive.zip');
  let done = 0;
  const tap = new HashTap((bytes) => {
    if (hooks.cancelled()) throw new JobCancelled();
    done += bytes;
    hooks.progress('decrypt', Math.min(done, total), total);
  });
  try {
    await pipeline(plain, tap, new FileSink(zipFile, budget));
  } catch (error) {
    if (error instanceof JobCancelled || (error as NodeJS.ErrnoException).code === 'ENOSPC') throw error;
    throw new ArchiveProblem(`The backup is damaged: it does not decrypt completely (${error instanceof Error ? error.message : String(error)}).`);
  }
  return { zipFile, encrypted: true };
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true }, (error, zip) => {
      if (error || !zip) reject(new ArchiveProblem(`The file is not a Hirebook backup, or it is damaged: ${error?.message ?? 'no zip'}.`));
      else resolve(zip);
    });
  });
}


/**
 * A member's bytes, inflated here rather than by yauzl: with yauzl's own inflater, a damaged last byte of a
 * deflated member made the stream hang without an error; zlib's raw inflater reports it.
 */
function entryStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
      reject(new ArchiveProblem(`The archive stores ${entry.fileName} in a way Hirebook does not write (compression ${entry.compressionMethod}).`));
      return;
    }
    const opened = (error: Error | null, raw: Readable | undefined): void => {
      if (error || !raw) {
        reject(new ArchiveProblem(`The backup is damaged: ${entry.fileName} cannot be read (${error?.message ?? 'no data'}).`));
        return;
      }
      if (entry.compressionMethod === 0) {
        resolve(raw);
        return;
      }
      const inflate = zlib.createInflateRaw();
      raw.on('error', (failure) => inflate.destroy(failure));
      resolve(raw.pipe(inflate));
    };
    try {
      // yauzl accepts `decompress` only for a compressed member.
      if (entry.compressionMethod === 0) zip.openReadStream(entry, opened);
      else zip.openReadStream(entry, { decompress: false, decrypt: null, start: null, end: null }, opened);
    } catch (error) {
      reject(new ArchiveProblem(`The backup is damaged: ${entry.fileName} cannot be read (${error instanceof Error ? error.message : String(error)}).`));
    }
  });
}

/** Streams one member through the hash tap into `sink` (a file, or nowhere); returns the tap. */
async function readMember(zip: yauzl.ZipFile, entry: yauzl.Entry, sink: Writable, onChunk: (bytes: number) => void): Promise<HashTap> {
  const tap = new HashTap((bytes) => {
    // The table of contents can lie about a member's size: stop at the first byte past it.
    if (tap.bytes > entry.uncompressedSize) throw new ArchiveProblem(`The backup is damaged: ${entry.fileName} is longer than its archive says.`);
    onChunk(bytes);
  });
  const stream = await entryStream(zip, entry);
  try {
    await pipeline(stream, tap, sink);
  } catch (error) {
    if (error instanceof JobCancelled || error instanceof ArchiveProblem || (error as NodeJS.ErrnoException).code === 'ENOSPC') throw error;
    throw new ArchiveProblem(`The backup is damaged: ${entry.fileName} cannot be unpacked (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (tap.crc32() !== entry.crc32 >>> 0) throw new ArchiveProblem(`The backup is damaged: ${entry.fileName} does not match its checksum.`);
  return tap;
}

const discard = (): Writable => new Writable({ write: (_chunk, _encoding, callback) => callback() });

/** Reads and parses the manifest member (its checksum checked, its shape too). */
async function readManifestMember(zip: yauzl.ZipFile, manifestEntry: yauzl.Entry | undefined): Promise<Manifest> {
  if (!manifestEntry) throw new ArchiveProblem('The file is not a Hirebook backup: it has no manifest.');
  if (manifestEntry.uncompressedSize > MANIFEST_MAX_BYTES) throw new ArchiveProblem('The archive\'s manifest is too large to be one Hirebook wrote.');
  const chunks: Buffer[] = [];
  await readMember(zip, manifestEntry, new Writable({ write: (chunk: Buffer, _e, callback) => { chunks.push(chunk); callback(); } }), () => undefined);
  return parseManifest(Buffer.concat(chunks).toString('utf8'));
}

/**
 * Only the manifest of a plain (unencrypted) archive, without checking the other members: enough to tell
 * what the archive says it holds (backup:holding). Throws ArchiveProblem.
 */
export async function readPlainManifest(zipFile: string): Promise<Manifest> {
  const zip = await openZip(zipFile);
  try {
    const entries = await readEntries(zip).catch((error: unknown) => {
      throw new ArchiveProblem(`The backup is damaged: ${error instanceof Error ? error.message : String(error)}.`);
    });
    return await readManifestMember(zip, entries.find((entry) => entry.fileName === MANIFEST_MEMBER));
  } finally {
    zip.close();
  }
}

export interface CheckedArchive {
  manifest: Manifest;
  /** The attachment digests the archive holds (all checked). */
  attachments: Set<string>;
}

/**
 * Checks every member of the zip against its manifest; with `extractTo`, unpacks them there too
 * (hirebook.db and attachments/<sha256>). Throws ArchiveProblem saying what is wrong.
 */
export async function checkArchive(zipFile: string, hooks: JobHooks, extractTo: string | null, budget: WriteBudget): Promise<CheckedArchive> {
  const zip = await openZip(zipFile);
  try {
    const entries = await readEntries(zip).catch((error: unknown) => {
      throw new ArchiveProblem(`The backup is damaged: ${error instanceof Error ? error.message : String(error)}.`);
    });
    const byName = new Map<string, yauzl.Entry>();
    for (const entry of entries) {
      if (memberKind(entry.fileName) === null) throw new ArchiveProblem(`The archive holds a file Hirebook does not write: ${entry.fileName}.`);
      if (byName.has(entry.fileName)) throw new ArchiveProblem(`The archive holds ${entry.fileName} twice.`);
      byName.set(entry.fileName, entry);
    }
    const manifest = await readManifestMember(zip, byName.get(MANIFEST_MEMBER));

    const listed = new Set(manifest.members.map((member) => member.name));
    for (const name of byName.keys()) {
      if (name !== MANIFEST_MEMBER && !listed.has(name)) throw new ArchiveProblem(`The archive holds ${name}, which its manifest does not list.`);
    }
    const total = manifest.members.reduce((sum, member) => sum + member.bytes, 0);
    let done = 0;
    const onChunk = (bytes: number): void => {
      if (hooks.cancelled()) throw new JobCancelled();
      done += bytes;
      hooks.progress(extractTo ? 'extract' : 'verify', done, total);
    };
    if (extractTo) fs.mkdirSync(path.join(extractTo, ATTACHMENTS_FOLDER), { recursive: true });
    const attachments = new Set<string>();
    for (const member of manifest.members) {
      const entry = byName.get(member.name);
      if (!entry) throw new ArchiveProblem(`The archive is missing ${member.name}.`);
      if (entry.uncompressedSize !== member.bytes) throw new ArchiveProblem(`The backup is damaged: ${member.name} has the wrong size.`);
      const sink = extractTo ? new FileSink(path.join(extractTo, ...member.name.split('/')), budget) : discard();
      const tap = await readMember(zip, entry, sink, onChunk);
      if (tap.sha256() !== member.sha256 || tap.bytes !== member.bytes) throw new ArchiveProblem(`The backup is damaged or was altered: ${member.name} does not match its fingerprint in the manifest.`);
      if (memberKind(member.name) === 'attachment') attachments.add(member.sha256);
    }
    return { manifest, attachments };
  } finally {
    zip.close();
  }
}
