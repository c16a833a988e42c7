// The one home for turning a text file's bytes into text, whole or streamed chunk by chunk: UTF-8 (with or
// without a byte-order mark), UTF-16 LE/BE, and Windows-1252 (Western European, what older Excel and Word
// save), line by line: a line that is not valid UTF-8 is read as Windows-1252 and remembered, so the reader
// can say which lines were. Used by the CSV import and the job-description import. Runs in plain Node.
import { isUtf8 } from 'node:buffer';
import { sniffBytes, type TextEncoding } from './text-sniff-rules';

// Windows-1252's 0x80–0x9F (Latin-1 has C1 controls there); 0x95 is Word's bullet. The five bytes
// Windows-1252 leaves undefined stay as their C1 control.
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';
const C1 = /[\x80-\x9f]/g;
const LF = 0x0a;
/** A streamed UTF-8 line longer than this is cut at a character boundary rather than held whole. */
const MAX_CARRY = 1024 * 1024;
/** Lines named in a notice; the rest are counted. */
const NAMED_LINES = 10;

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function decodeWindows1252(bytes: Uint8Array): string {
  return asBuffer(bytes)
    .toString('latin1')
    .replace(C1, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** "Line 4", "Lines 4 and 9", "Lines 4, 9 and 12", "Lines 4, 9, … 40 and 25 more". */
export function describeLines(lines: readonly number[], count = lines.length): string {
  const named = lines.slice(0, NAMED_LINES);
  if (count === 1) return `Line ${named[0] ?? ''}`;
  if (count > named.length) return `Lines ${named.join(', ')} and ${(count - named.length).toLocaleString('en-US')} more`;
  return `Lines ${named.slice(0, -1).join(', ')} and ${named.at(-1) ?? ''}`;
}

/** Line numbers seen, the first few kept: what a notice names. */
export class LineNotes {
  readonly lines: number[] = [];
  count = 0;

  note(line: number): void {
    if (this.lines.at(-1) === line) return;
    this.count += 1;
    if (this.lines.length < NAMED_LINES) this.lines.push(line);
  }

  describe(): string {
    return describeLines(this.lines, this.count);
  }
}

function countLf(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(LF); at >= 0; at = bytes.indexOf(LF, at + 1)) count += 1;
  return count;
}

/** The last position in `bytes` where a UTF-8 character may start (an ASCII or lead byte), at most 4 back. */
function charBoundary(bytes: Buffer): number {
  for (let at = bytes.length - 1; at >= Math.max(0, bytes.length - 4); at -= 1) {
    const byte = bytes[at] ?? 0;
    if (byte < 0x80 || byte >= 0xc0) return at;
  }
  return bytes.length;
}

/**
 * Decodes a file chunk by chunk (write each chunk, then end). UTF-8 is checked a whole line at a time: lines
 * that are not valid UTF-8 are read as Windows-1252 and noted by line number (counted from `firstLine`).
 */
export class TextStreamDecoder {
  /** Lines read as Windows-1252. */
  readonly windows1252 = new LineNotes();
  /** True once a line held valid UTF-8 beyond ASCII (so the file is UTF-8 with some bad lines, not Windows-1252). */
  utf8Beyond = false;
  private carry: Buffer | null = null;
  private line: number;

  constructor(
    readonly encoding: TextEncoding,
    firstLine = 1,
  ) {
    this.line = firstLine;
  }

  write(chunk: Uint8Array): string {
    const bytes = asBuffer(chunk);
    const data = this.carry ? Buffer.concat([this.carry, bytes]) : bytes;
    this.carry = null;
    if (this.encoding !== 'utf-8') return this.utf16(data);
    let cut = data.lastIndexOf(LF) + 1;
    if (cut === 0) {
      if (data.length < MAX_CARRY) {
        this.carry = data;
        return '';
      }
      cut = charBoundary(data);
    }
    if (cut < data.length) this.carry = Buffer.from(data.subarray(cut));
    return this.utf8(data.subarray(0, cut));
  }

  end(): string {
    const rest = this.carry;
    this.carry = null;
    if (!rest) return '';
    // An odd byte at the end of UTF-16 is half a character: it is dropped.
    return this.encoding === 'utf-8' ? this.utf8(rest) : '';
  }

  /** A plain-words notice about lines read as Windows-1252, or null when every line was UTF-8. */
  notice(): string | null {
    const { windows1252 } = this;
    if (windows1252.count === 0) return null;
    if (!this.utf8Beyond) {
      return 'This file is not in UTF-8: it was read as Windows-1252 (Western European). If letters look wrong, save it from your spreadsheet as “CSV UTF-8” and import that.';
    }
    const one = windows1252.count === 1;
    return `${windows1252.describe()} ${one ? 'is' : 'are'} not valid UTF-8 and ${one ? 'was' : 'were'} read as Windows-1252 (Western European): check the names there.`;
  }

  private utf16(data: Buffer): string {
    const even = data.length - (data.length % 2);
    if (even < data.length) this.carry = Buffer.from(data.subarray(even));
    const units = this.encoding === 'utf-16le' ? data.subarray(0, even) : Buffer.from(data.subarray(0, even)).swap16();
    // A surrogate pair split between chunks joins up again when the two strings are concatenated.
    return units.toString('utf16le');
  }

  private utf8(bytes: Buffer): string {
    if (isUtf8(bytes)) {
      const text = bytes.toString('utf8');
      if (text.length !== bytes.length) this.utf8Beyond = true;
      this.line += countLf(bytes);
      return text;
    }
    let out = '';
    for (let start = 0; start < bytes.length; ) {
      const lf = bytes.indexOf(LF, start);
      const end = lf < 0 ? bytes.length : lf + 1;
      const part = bytes.subarray(start, end);
      if (isUtf8(part)) {
        const text = part.toString('utf8');
        if (text.length !== part.length) this.utf8Beyond = true;
        out += text;
      } else {
        out += decodeWindows1252(part);
        this.windows1252.note(this.line);
      }
      if (lf >= 0) this.line += 1;
      start = end;
    }
    return out;
  }
}

/**
 * A whole file's text: the encoding from its byte-order mark (or UTF-16's NUL pattern), the mark dropped,
 * and lines that are not UTF-8 read as Windows-1252.
 */
export function decodeText(bytes: Uint8Array): string {
  const sniffed = sniffBytes(bytes);
  const decoder = new TextStreamDecoder(sniffed.text ? sniffed.encoding : 'utf-8');
  const body = asBuffer(bytes).subarray(sniffed.text ? sniffed.bomBytes : 0);
  return decoder.write(body) + decoder.end();
}
