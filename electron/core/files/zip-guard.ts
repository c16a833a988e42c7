// Checks an archive (a .docx is a zip) before anything unpacks it. Unpacked data lives outside the
// JavaScript heap, so no heap limit stops a "zip bomb" (a few MB that inflate to gigabytes): this check
// is the guard. It reads the central directory with yauzl and refuses too many entries, a declared total
// over the limit and an absurd compression ratio, without inflating anything; then, because declared
// sizes can lie, it inflates every entry as a stream, discarding the output and counting, and stops as
// soon as an entry passes its declared size or the total passes the limit. Runs in plain
// Node (in the untrusted-file worker, or on the core's thread without workers).
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { DomainError } from '../errors';
import { formatBytes } from './read-file';

export interface ZipLimits {
  /** What the file is, for messages: "Word file". */
  what: string;
  /** What no real file of this kind comes near, for messages: "any job description or résumé". */
  farMoreThan: string;
  maxEntries: number;
  /** Largest total unpacked size, declared or counted. */
  maxUnpackedBytes: number;
  /** Largest unpacked-to-packed ratio of one entry that unpacks past ratioFloorBytes. */
  maxRatio: number;
  ratioFloorBytes: number;
}

/**
 * A .docx: Word's own files hold a few dozen parts and unpack to a few MB (pictures included). The ratio
 * limit is Apache POI's (it refuses Office files whose parts inflate over 100-fold); real document XML
 * packs 5- to 20-fold, and deflate cannot pack anything more than about 1,000-fold.
 */
export const WORD_FILE_LIMITS: ZipLimits = {
  what: 'Word file',
  farMoreThan: 'any job description or résumé',
  maxEntries: 2_000,
  maxUnpackedBytes: 100 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
};

export type ZipRefusal = 'too_many_entries' | 'too_large' | 'too_compressed' | 'size_mismatch' | 'unreadable';

/** Why an archive was not opened; 'unreadable' is a damaged file, every other reason a hostile-looking one. */
export class ZipRefusedError extends DomainError {
  readonly reason: ZipRefusal;
  /** The zip reader's own words, for 'unreadable'. */
  readonly detail: string;

  constructor(reason: ZipRefusal, message: string, detail = '') {
    super('invalid_input', message);
    this.name = 'ZipRefusedError';
    this.reason = reason;
    this.detail = detail;
  }
}

export interface ZipSummary {
  entries: number;
  unpackedBytes: number;
}

function refusal(reason: Exclude<ZipRefusal, 'unreadable'>, limits: ZipLimits): ZipRefusedError {
  const { what, farMoreThan } = limits;
  const messages: Record<typeof reason, string> = {
    too_many_entries: `This ${what} holds more than ${limits.maxEntries.toLocaleString('en-US')} parts, far more than ${farMoreThan}; Hirebook did not open it.`,
    too_large: `This ${what} unpacks to more than ${formatBytes(limits.maxUnpackedBytes)}, far more than ${farMoreThan}; Hirebook did not open it.`,
    too_compressed: `Part of this ${what} unpacks to over ${limits.maxRatio} times its packed size, which no real document does; it looks built to overload programs, so Hirebook did not open it.`,
    size_mismatch: `This ${what} holds more than its own table of contents says, a trick used to overload programs; Hirebook did not open it.`,
  };
  return new ZipRefusedError(reason, messages[reason]);
}

function unreadable(limits: ZipLimits, detail: string): ZipRefusedError {
  return new ZipRefusedError('unreadable', `This ${limits.what} is damaged or is not really a ${limits.what}, so Hirebook could not open it.`, detail);
}

const END = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;

/**
 * Where the central directory must end, or null when the end records disagree with themselves. mammoth
 * reads the archive with JSZip, not yauzl, and the two differ on odd archives: JSZip shifts every offset
 * when bytes sit before the archive, reads central-directory records past the count in the end record,
 * and goes zip64 on more fields than yauzl. Requiring the end records to be exact (and, in checkZip, the
 * central directory to end exactly there) leaves both readers seeing the same entries.
 */
function centralDirectoryEnd(bytes: Buffer): number | null {
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let at = -1;
  for (let i = bytes.length - 22; i >= from && at < 0; i -= 1) if (bytes.readUInt32LE(i) === END) at = i;
  if (at < 0) return null;
  const entries = bytes.readUInt16LE(at + 10);
  const size = bytes.readUInt32LE(at + 12);
  const offset = bytes.readUInt32LE(at + 16);
  const yauzlZip64 = entries === 0xffff || offset === 0xffffffff;
  const jszipZip64 = yauzlZip64 || size === 0xffffffff || [4, 6, 8].some((field) => bytes.readUInt16LE(at + field) === 0xffff);
  if (!jszipZip64) return offset + size === at ? at : null;
  const locator = at - 20;
  if (!yauzlZip64 || locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR || bytes.lastIndexOf(bytes.subarray(locator, locator + 4)) !== locator) return null;
  const record = Number(bytes.readBigUInt64LE(locator + 8));
  if (record + 56 > locator || bytes.readUInt32LE(record) !== ZIP64_END) return null;
  const recordEnd = record + 12 + Number(bytes.readBigUInt64LE(record + 4));
  const directoryEnd = Number(bytes.readBigUInt64LE(record + 48)) + Number(bytes.readBigUInt64LE(record + 40));
  return recordEnd === locator && directoryEnd === record ? record : null;
}

function openZip(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // Names are not decoded: the guard needs sizes only, and a name yauzl dislikes is no reason to refuse.
    yauzl.fromBuffer(bytes, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) reject(error ?? new Error('no archive'));
      else resolve(zip);
    });
  });
}

/** Every entry of the central directory, read one at a time (lazyEntries); rejects with yauzl's error. */
export function readEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/**
 * Inflates one entry with node:zlib, counting and discarding the output, and stops it as soon as it passes
 * its declared size or the shared budget. (yauzl 2's own size check, validateEntrySizes, loses its error on
 * Node 14 and later — the stream just stalls; fixed in yauzl 3 — so yauzl hands over the raw bytes only.)
 */
function countEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, budget: { left: number }, limits: ZipLimits): Promise<void> {
  return new Promise((resolve, reject) => {
    const raw = { decompress: false, decrypt: null, start: null, end: null };
    const opened = (error: Error | null, stream: Readable) => {
      if (error) return reject(error);
      const inflated = entry.isCompressed() ? stream.pipe(zlib.createInflateRaw()) : stream;
      let counted = 0;
      const stop = (refused: ZipRefusedError) => {
        stream.unpipe();
        inflated.destroy();
        reject(refused);
      };
      inflated.on('data', (chunk: Buffer) => {
        counted += chunk.length;
        budget.left -= chunk.length;
        if (counted > entry.uncompressedSize) stop(refusal('size_mismatch', limits));
        else if (budget.left < 0) stop(refusal('too_large', limits));
      });
      inflated.on('error', reject);
      inflated.on('end', () => (counted === entry.uncompressedSize ? resolve() : reject(unreadable(limits, 'a part is shorter than declared'))));
    };
    if (entry.isCompressed()) zip.openReadStream(entry, raw, opened);
    else zip.openReadStream(entry, opened);
  });
}

function fromReader(error: unknown, limits: ZipLimits): ZipRefusedError {
  if (error instanceof ZipRefusedError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  // yauzl checks a stored (uncompressed) entry's two sizes as it reads the central directory.
  if (/size mismatch/.test(detail)) return refusal('size_mismatch', limits);
  return unreadable(limits, detail);
}

/**
 * Resolves with the archive's entry count and unpacked size when it is within `limits`; otherwise throws
 * ZipRefusedError (invalid_input) with a message for the owner. Memory stays at a few reading buffers
 * whatever the archive claims or holds.
 */
export async function checkZip(input: Uint8Array, limits: ZipLimits = WORD_FILE_LIMITS): Promise<ZipSummary> {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch (error) {
    throw fromReader(error, limits);
  }
  try {
    if (zip.entryCount > limits.maxEntries) throw refusal('too_many_entries', limits);
    const directoryEnd = centralDirectoryEnd(bytes);
    if (directoryEnd === null) throw unreadable(limits, 'the end of the archive does not agree with itself');
    const entries = await readEntries(zip);
    // yauzl's position after the last entry it read (typed as boolean by @types/yauzl; it is the offset).
    if ((zip as unknown as { readEntryCursor: number }).readEntryCursor !== directoryEnd) {
      throw unreadable(limits, 'the table of contents does not end where the archive says');
    }
    const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    if (declared > limits.maxUnpackedBytes) throw refusal('too_large', limits);
    const packedTight = (entry: yauzl.Entry) => entry.uncompressedSize > limits.ratioFloorBytes && entry.uncompressedSize > limits.maxRatio * entry.compressedSize;
    if (entries.some(packedTight)) throw refusal('too_compressed', limits);
    const budget = { left: limits.maxUnpackedBytes };
    for (const entry of entries) await countEntry(zip, entry, budget, limits);
    return { entries: entries.length, unpackedBytes: limits.maxUnpackedBytes - budget.left };
  } catch (error) {
    throw fromReader(error, limits);
  } finally {
    zip.close();
  }
}
