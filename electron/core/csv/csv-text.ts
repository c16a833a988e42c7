// A CSV's text as a stream of string chunks, never the whole file in memory: the file is opened through
// read-file.ts, its start checked (a PDF, image, workbook or other binary data is refused before anything
// else is said about it), its encoding chosen (files/text-decode.ts), an Excel "sep=;" first line turned
// into the separator, and NUL characters removed with a warning naming their lines. Text given in the
// request goes through the same checks. Runs in plain Node (core).
import fs from 'node:fs';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { IMPORT_LIMITS } from '../../contract/limits';
import { DomainError } from '../errors';
import { openRegularFile } from '../files/read-file';
import { LineNotes, TextStreamDecoder } from '../files/text-decode';
import { BINARY_DATA, looksBinary, sniffBytes, SNIFF_BYTES, type TextEncoding } from '../files/text-sniff-rules';

export interface CsvSource {
  text?: string | undefined;
  path?: string | undefined;
}

/** Bytes read from the file at a time (and characters per chunk of text given in a request). */
const CHUNK = 64 * 1024;
const SEP_LINE = /^"?sep=([^\r\n"])"?(\r\n|\n|\r)/i;

export interface CsvText {
  /** The text in chunks (strings): no byte-order mark, no "sep=" line, no NUL characters. */
  stream: Readable;
  /** The separator an Excel "sep=" first line names. */
  delimiter: string | undefined;
  /** The file line the stream's text starts on (2 after a "sep=" line). */
  firstLine: number;
  /** Notices about the text read so far (complete once the stream has ended). */
  warnings(): string[];
  /** Stops reading; resolves once the file is closed. */
  close(): Promise<void>;
}

function notCsv(looksLike: string, field: string): DomainError {
  const message = `This file is not a CSV file (it looks like ${looksLike}). Export your spreadsheet as CSV and import that.`;
  return new DomainError('invalid_input', message, [{ path: [field], message }]);
}

/** Removes NUL characters, noting the line of each (lines counted from `firstLine`). */
class NulRemover {
  readonly notes = new LineNotes();
  private line: number;

  constructor(firstLine: number) {
    this.line = firstLine;
  }

  clean(text: string): string {
    const nul = text.indexOf('\0');
    let from = 0;
    if (nul >= 0) {
      for (let at = nul; at >= 0; at = text.indexOf('\0', at + 1)) {
        this.line += newlines(text, from, at);
        from = at;
        this.notes.note(this.line);
      }
    }
    this.line += newlines(text, from, text.length);
    return nul >= 0 ? text.replace(/\0/g, '') : text;
  }

  notice(): string | null {
    if (this.notes.count === 0) return null;
    return `${this.notes.describe()} held NUL characters (invisible control codes); they were removed.`;
  }
}

function newlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}

/** The separator and the length of an Excel "sep=;" first line, in characters. */
function sepLine(head: string): { delimiter: string; chars: number; lines: number } | null {
  const match = SEP_LINE.exec(head);
  if (!match?.[1]) return null;
  return { delimiter: match[1], chars: match[0].length, lines: match[2] === '\r' ? 0 : 1 };
}

/** Bytes a run of characters takes in the file's encoding (for skipping the "sep=" line). */
function byteLength(text: string, encoding: TextEncoding): number {
  return encoding === 'utf-8' ? Buffer.byteLength(text, 'utf8') : text.length * 2;
}

function fromFile(file: string): CsvText {
  const opened = openRegularFile(file, { maxBytes: IMPORT_LIMITS.fileBytes, what: 'CSV file', field: ['path'] });
  let stream: fs.ReadStream;
  let decoder: TextStreamDecoder;
  let sep: ReturnType<typeof sepLine>;
  let firstLine: number;
  try {
    const head = Buffer.alloc(Math.min(SNIFF_BYTES, opened.size));
    const read = fs.readSync(opened.fd, head, 0, head.length, 0);
    const sniffed = sniffBytes(head.subarray(0, read));
    if (!sniffed.text) throw notCsv(sniffed.looksLike, 'path');
    const probe = new TextStreamDecoder(sniffed.encoding);
    const headText = probe.write(head.subarray(sniffed.bomBytes, read)) + probe.end();
    if (looksBinary(headText)) throw notCsv(BINARY_DATA, 'path');
    sep = sepLine(headText);
    firstLine = 1 + (sep?.lines ?? 0);
    decoder = new TextStreamDecoder(sniffed.encoding, firstLine);
    const start = sniffed.bomBytes + (sep ? byteLength(headText.slice(0, sep.chars), sniffed.encoding) : 0);
    stream = fs.createReadStream(file, { fd: opened.fd, start, highWaterMark: CHUNK, autoClose: true });
  } catch (error) {
    fs.closeSync(opened.fd);
    throw error;
  }
  const nul = new NulRemover(firstLine);
  const text = new Transform({
    readableObjectMode: true,
    readableHighWaterMark: 4,
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      const decoded = nul.clean(decoder.write(chunk));
      done(null, decoded === '' ? undefined : decoded);
    },
    flush(done: TransformCallback) {
      const rest = nul.clean(decoder.end());
      done(null, rest === '' ? undefined : rest);
    },
  });
  stream.on('error', (error) => text.destroy(error));
  stream.pipe(text);
  return {
    stream: text,
    delimiter: sep?.delimiter,
    firstLine,
    warnings: () => [decoder.notice(), nul.notice()].filter((w): w is string => w !== null),
    close: closer(stream, text),
  };
}

/** Destroys the streams once; resolves when the file is closed. */
function closer(file: fs.ReadStream | null, text: Readable): () => Promise<void> {
  let closing: Promise<void> | null = null;
  return () => {
    closing ??= new Promise((resolve) => {
      text.destroy();
      if (!file || file.closed) resolve();
      else {
        file.once('close', () => resolve());
        file.destroy();
      }
    });
    return closing;
  };
}

function fromText(raw: string): CsvText {
  const body = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (looksBinary(body.slice(0, SNIFF_BYTES))) throw notCsv(BINARY_DATA, 'text');
  const sep = sepLine(body);
  const firstLine = 1 + (sep?.lines ?? 0);
  const nul = new NulRemover(firstLine);
  function* chunks(): Generator<string> {
    for (let at = sep?.chars ?? 0; at < body.length; at += CHUNK) yield nul.clean(body.slice(at, at + CHUNK));
  }
  const stream = Readable.from(chunks(), { objectMode: true, highWaterMark: 4 });
  return {
    stream,
    delimiter: sep?.delimiter,
    firstLine,
    warnings: () => [nul.notice()].filter((w): w is string => w !== null),
    close: closer(null, stream),
  };
}

/** Opens the CSV for reading; refuses a file that is not text (invalid_input) before reading any further. */
export function openCsvText(source: CsvSource): CsvText {
  if (source.text !== undefined) return fromText(source.text);
  return fromFile(source.path ?? '');
}
