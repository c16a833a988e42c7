// Reading text files deliberately (files/text-decode.ts, files/text-sniff-rules.ts): byte-order marks,
// UTF-16 with and without one, Windows-1252 whole or line by line with the lines named, the same text
// however the bytes are chunked, and what is not text (signatures, control characters). Runs in Vitest (Node).
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeText, describeLines, TextStreamDecoder } from '../../electron/core/files/text-decode';
import { looksBinary, sniffBytes } from '../../electron/core/files/text-sniff-rules';

const cp1252 = (text: string): Buffer => Buffer.from(text.replace('€', '\x80').replace('•', '\x95'), 'latin1');
const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();

/** Decodes `bytes` fed `size` bytes at a time. */
function streamed(decoder: TextStreamDecoder, bytes: Buffer, size: number): string {
  let out = '';
  for (let at = 0; at < bytes.length; at += size) out += decoder.write(bytes.subarray(at, at + size));
  return out + decoder.end();
}

describe('sniffBytes', () => {
  it('reads byte-order marks and UTF-16 without one', () => {
    expect(sniffBytes(Buffer.from('\uFEFFName', 'utf8'))).toEqual({ text: true, encoding: 'utf-8', bomBytes: 3 });
    expect(sniffBytes(Buffer.from('\uFEFFName', 'utf16le'))).toEqual({ text: true, encoding: 'utf-16le', bomBytes: 2 });
    expect(sniffBytes(utf16be('\uFEFFName'))).toEqual({ text: true, encoding: 'utf-16be', bomBytes: 2 });
    expect(sniffBytes(Buffer.from('Name,Email\nAna,a@b.co\n', 'utf16le'))).toEqual({ text: true, encoding: 'utf-16le', bomBytes: 0 });
    expect(sniffBytes(utf16be('Name,Email\nAna,a@b.co\n'))).toEqual({ text: true, encoding: 'utf-16be', bomBytes: 0 });
    expect(sniffBytes(Buffer.from('Name,Email\n'))).toEqual({ text: true, encoding: 'utf-8', bomBytes: 0 });
  });

  it('knows PDFs, images and workbooks by their first bytes', () => {
    expect(sniffBytes(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toEqual({ text: false, looksLike: 'a PDF' });
    expect(sniffBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toEqual({ text: false, looksLike: 'a PNG image' });
    expect(sniffBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0]))).toMatchObject({ looksLike: 'an Excel workbook or another ZIP archive' });
  });
});

describe('looksBinary', () => {
  it('tells random bytes from text with a stray NUL or two', () => {
    const random = new TextStreamDecoder('utf-8');
    expect(looksBinary(streamed(random, randomBytes(64 * 1024), 4096))).toBe(true);
    expect(looksBinary('Name,Email\nAna\0 Lima,ana@example.com\nBo\0,bo@example.com\n')).toBe(false);
    expect(looksBinary('Name\tEmail\r\nAna\tana@example.com\f\n')).toBe(false);
    expect(looksBinary('\x01\x02\x03\x04\x05\x06\x07\x08 mostly controls')).toBe(true);
  });
});

describe('TextStreamDecoder', () => {
  const text = 'Name,Note\nJosé,café ☕ 😀\n王小明,€5 • bullet\n';

  it('gives the same text however the bytes are chunked, in UTF-8, UTF-16 LE and BE', () => {
    for (const size of [1, 2, 3, 7, 1 << 20]) {
      expect(streamed(new TextStreamDecoder('utf-8'), Buffer.from(text, 'utf8'), size)).toBe(text);
      expect(streamed(new TextStreamDecoder('utf-16le'), Buffer.from(text, 'utf16le'), size)).toBe(text);
      expect(streamed(new TextStreamDecoder('utf-16be'), utf16be(text), size)).toBe(text);
    }
  });

  it('reads a file with no UTF-8 beyond ASCII as Windows-1252, with one notice', () => {
    const bytes = cp1252('Name,City\nJosé Núñez,Málaga\nBo,Köln\nAna,€ and • too\n');
    for (const size of [1, 5, 1 << 20]) {
      const decoder = new TextStreamDecoder('utf-8');
      expect(streamed(decoder, bytes, size)).toBe('Name,City\nJosé Núñez,Málaga\nBo,Köln\nAna,€ and • too\n');
      expect(decoder.windows1252.lines).toEqual([2, 3, 4]);
      expect(decoder.notice()).toBe(
        'This file is not in UTF-8: it was read as Windows-1252 (Western European). If letters look wrong, save it from your spreadsheet as “CSV UTF-8” and import that.',
      );
    }
  });

  it('reads only the lines that are not UTF-8 as Windows-1252 in a UTF-8 file, and names them', () => {
    const bytes = Buffer.concat([Buffer.from('Name\nAnna Petrova Анна\n'), cp1252('José\n'), Buffer.from('Zoë\n'), cp1252('Müller\n')]);
    for (const size of [1, 3, 1 << 20]) {
      const decoder = new TextStreamDecoder('utf-8', 2);
      expect(streamed(decoder, bytes, size)).toBe('Name\nAnna Petrova Анна\nJosé\nZoë\nMüller\n');
      expect(decoder.notice()).toBe('Lines 4 and 6 are not valid UTF-8 and were read as Windows-1252 (Western European): check the names there.');
    }
  });

  it('cuts a very long line at a character boundary instead of holding it', () => {
    const long = `${'é'.repeat(700_000)}\n`;
    const decoder = new TextStreamDecoder('utf-8');
    expect(streamed(decoder, Buffer.from(long), 64 * 1024)).toBe(long);
    expect(decoder.notice()).toBeNull();
  });
});

describe('decodeText and describeLines', () => {
  it('decodes whole files the job-description importer opens', () => {
    expect(decodeText(Buffer.from('\uFEFFTitle: Barista\n', 'utf8'))).toBe('Title: Barista\n');
    expect(decodeText(Buffer.from('\uFEFFTitle: Barista\n', 'utf16le'))).toBe('Title: Barista\n');
    expect(decodeText(utf16be('\uFEFFTitle: Barista\n'))).toBe('Title: Barista\n');
    expect(decodeText(cp1252('• Steam milk\n'))).toBe('• Steam milk\n');
  });

  it('names lines in plain words', () => {
    expect(describeLines([4])).toBe('Line 4');
    expect(describeLines([4, 9])).toBe('Lines 4 and 9');
    expect(describeLines([4, 9, 12])).toBe('Lines 4, 9 and 12');
    expect(describeLines([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 35)).toBe('Lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 25 more');
  });
});
