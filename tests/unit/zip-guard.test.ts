// Unit tests (Vitest, Node): the zip guard opens real small .docx files and refuses archives built to
// overload a reader — by the sizes their central directory declares (without inflating), by counting
// when those sizes lie, by entry count and ratio — and archives two zip readers would read differently.
import { describe, expect, it } from 'vitest';
import { checkZip, ZipRefusedError, type ZipRefusal } from '../../electron/core/files/zip-guard';
import { DENTAL_ASSISTANT_DOCX, makeDocx } from '../fixtures/jd/make-docx';
import { deflatedEntry, docxBomb, docxFrame, lyingAbout, repeatedEntry, storedEntry, zipArchive, zipChunks, type ZipEntry } from '../fixtures/zip/make-zip';

const GiB = 1024 ** 3;
const MB = 1024 * 1024;

async function refusalOf(bytes: Buffer): Promise<{ reason: ZipRefusal; message: string }> {
  try {
    await checkZip(bytes);
  } catch (error) {
    if (error instanceof ZipRefusedError) return { reason: error.reason, message: error.message };
    throw error;
  }
  throw new Error('the archive was accepted');
}

/** Bytes that are not a deflate stream: inflating them fails at once, so a refusal by size proves nothing was inflated. */
function notDeflate(name: string, declaredSize: number): ZipEntry {
  return { name, chunks: [Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff])], method: 8, crc32: 0, size: 6, declaredSize };
}

describe('checkZip accepts', () => {
  it('a real small .docx (stored parts) and one with deflated parts, reporting what it unpacked', async () => {
    const stored = makeDocx(DENTAL_ASSISTANT_DOCX);
    const summary = await checkZip(stored);
    expect(summary.entries).toBe(6);
    expect(summary.unpackedBytes).toBeGreaterThan(1_000);
    expect(summary.unpackedBytes).toBeLessThan(stored.length);
    const deflated = zipArchive([...docxFrame(), deflatedEntry('word/document.xml', '<w:document/>'.repeat(50_000))]);
    expect(await checkZip(deflated)).toEqual({ entries: 3, unpackedBytes: 650_000 + 429 + 297 });
  });

  it('an archive with zip64 end records', async () => {
    const parts = [...docxFrame(), deflatedEntry('word/document.xml', '<w:document/>')];
    expect(await checkZip(zipArchive(parts, { zip64End: true }))).toEqual({ entries: 3, unpackedBytes: 13 + 429 + 297 });
  });

  it('an entry just under the limits', async () => {
    // 99 MB of lines repeating only every 50 KB (past deflate's 32 KB reach): packs about 2-fold.
    const text = Array.from({ length: 1_000 }, (_, i) => `line ${i * 7919} of an ordinary posting\n`).join('');
    const entry = repeatedEntry('word/document.xml', text, 99 * MB, { noCrc: true });
    expect(entry.size).toBeGreaterThan(98 * MB);
    expect((await checkZip(zipArchive([entry]))).unpackedBytes).toBe(entry.size);
  });
});

describe('checkZip refuses', () => {
  it('an archive whose central directory declares 8 GiB, without inflating it', async () => {
    const bomb = zipArchive([...docxFrame(), notDeflate('word/document.xml', 8 * GiB)]);
    expect(bomb.length).toBeLessThan(2_000);
    expect(await refusalOf(bomb)).toEqual({
      reason: 'too_large',
      message: 'This Word file unpacks to more than 100 MB, far more than any job description or résumé; Hirebook did not open it.',
    });
    // Declared sizes add up: four parts of 30 MB are over the limit together.
    const parts = [1, 2, 3, 4].map((n) => notDeflate(`word/part${n}.xml`, 30 * MB));
    expect((await refusalOf(zipArchive(parts))).reason).toBe('too_large');
  });

  it('a real 2 GiB bomb by its declared size', async () => {
    const bomb = zipArchive(docxBomb(2 * GiB, { noCrc: true }));
    expect(bomb.length).toBeLessThan(3 * MB);
    expect((await refusalOf(bomb)).reason).toBe('too_large');
  });

  it('an entry whose headers lie about its size, by counting what it inflates to', async () => {
    const liar = lyingAbout(repeatedEntry('word/document.xml', 'ab', 300 * MB, { noCrc: true }), 10_000);
    expect(await refusalOf(zipArchive([...docxFrame(), liar]))).toEqual({
      reason: 'size_mismatch',
      message: 'This Word file holds more than its own table of contents says, a trick used to overload programs; Hirebook did not open it.',
    });
  });

  it('more than 2,000 entries', async () => {
    const many = Array.from({ length: 2_001 }, (_, i) => storedEntry(`word/media/image${i}.png`, 'x'));
    expect(await refusalOf(zipArchive(many))).toEqual({
      reason: 'too_many_entries',
      message: 'This Word file holds more than 2,000 parts, far more than any job description or résumé; Hirebook did not open it.',
    });
    expect((await checkZip(zipArchive(many.slice(0, 2_000)))).entries).toBe(2_000);
  });

  it('an absurd compression ratio, even under the size limit', async () => {
    const spaces = repeatedEntry('word/document.xml', ' ', 50 * MB, { noCrc: true });
    expect((await refusalOf(zipArchive([...docxFrame(), spaces]))).reason).toBe('too_compressed');
    // Small parts may pack tightly: a 500 KB run of spaces is nothing to fear.
    await expect(checkZip(zipArchive([deflatedEntry('word/blank.xml', Buffer.alloc(500_000, ' '))]))).resolves.toMatchObject({ entries: 1 });
  });

  it('archives another zip reader would read differently, and files that are no zip', async () => {
    const small = [...docxFrame(), deflatedEntry('word/document.xml', '<w:document/>')];
    const chunks = zipChunks(small);
    // Bytes before the archive: JSZip (inside mammoth) would shift every offset.
    expect((await refusalOf(Buffer.concat([Buffer.alloc(64), ...chunks]))).reason).toBe('unreadable');
    // An end record that counts fewer entries than the central directory holds: JSZip reads them all.
    const undercount = Buffer.concat(chunks);
    undercount.writeUInt16LE(2, undercount.length - 22 + 8);
    undercount.writeUInt16LE(2, undercount.length - 22 + 10);
    expect((await refusalOf(undercount)).reason).toBe('unreadable');
    // An end record only JSZip takes for zip64 (its size field at the maximum), pointing at zip64 records
    // yauzl would never read.
    const halfZip64 = zipArchive(small, { zip64End: true });
    const end = halfZip64.length - 22;
    const directoryAt = Number(halfZip64.readBigUInt64LE(end - 20 - 56 + 48));
    halfZip64.writeUInt16LE(3, end + 8);
    halfZip64.writeUInt16LE(3, end + 10);
    halfZip64.writeUInt32LE(directoryAt, end + 16);
    expect((await refusalOf(halfZip64)).reason).toBe('unreadable');
    expect((await refusalOf(Buffer.from('not a zip at all'))).reason).toBe('unreadable');
    // A part whose bytes are not deflate data: refused as damaged (not left waiting).
    expect((await refusalOf(zipArchive([...docxFrame(), notDeflate('word/document.xml', 6)]))).reason).toBe('unreadable');
    const truncated = Buffer.concat(chunks).subarray(0, 200);
    expect((await refusalOf(truncated)).reason).toBe('unreadable');
  });
});
