// Reads CSV rows with papaparse's streaming mode over the text stream of csv-text.ts: guesses the separator
// (comma, semicolon, tab, bar) unless the file names it, finds the header row after an export's preamble
// when asked to (isHeader), keeps the file line where each row starts, and
// hands rows over a batch at a time, pausing the file while enough are waiting, so memory stays bounded
// whatever the file's size. scanCsv is one pass for the preview and the import's total. Runs in plain Node (core).
import Papa from 'papaparse';
import { DomainError } from '../errors';
import { openCsvText, type CsvSource, type CsvText } from './csv-text';

export type { CsvSource } from './csv-text';

export interface CsvRow {
  /** The line of the file where the row starts (the header is line 1 when it is the first line). */
  line: number;
  cells: string[];
  /** Characters the row spans in the file. */
  chars: number;
}

export interface CsvHeader {
  delimiter: string;
  /** The line break papaparse found ('\n', '\r\n' or '\r'). */
  newline: string;
  headers: string[];
  headerLine: number;
}

/**
 * Rows looked at for the header: the first row that `isHeader` accepts among the first
 * MAX_PREAMBLE_ROWS non-blank rows is the header, and the rows before it are skipped (an export's
 * preamble: LinkedIn's "Notes:" lines). When none is accepted the first row is the header, as before.
 */
export const MAX_PREAMBLE_ROWS = 10;

/** How to read a file a second time exactly as the first pass did. */
export interface CsvReadOptions {
  delimiter?: string | undefined;
  newline?: string | undefined;
  /** Rows kept waiting before the file is paused (and their characters: whichever comes first). */
  highWater?: number;
  highWaterChars?: number;
  /** Whether a row is the header (see MAX_PREAMBLE_ROWS); without it, the first row is. */
  isHeader?: ((cells: readonly string[]) => boolean) | undefined;
}

/**
 * A row still unfinished after this many characters is cut off: it is reported as too long and reading
 * stops there (it is most likely a quote that is never closed, which would swallow the rest of the file).
 */
export const MAX_PENDING_CHARS = 1024 * 1024;

/** Space, tab, CR, LF, form feed, vertical tab, no-break space: what papaparse's greedy skip treats as blank. */
function isBlank(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
}

/**
 * The text papaparse has been given, from the start of the row being read on; earlier chunks are
 * dropped. Finds the line a row starts on: newlines from the last row's start up to the first
 * non-blank character at or after `from`, so blank lines advance the count.
 */
class LineCounter {
  private readonly chunks: string[] = [];
  /** Offset in the whole text of chunks[0]'s first character. */
  private base = 0;
  private offset = 0;

  constructor(private line: number) {}

  append(chunk: string): void {
    this.chunks.push(chunk);
  }

  private charAt(at: number): number {
    let start = this.base;
    for (const chunk of this.chunks) {
      if (at < start + chunk.length) return chunk.charCodeAt(at - start);
      start += chunk.length;
    }
    return -1;
  }

  /** The line of the first non-blank character at or after `from` (never before the last answer). */
  startOf(from: number): number {
    let at = Math.max(from, this.offset);
    for (let code = this.charAt(at); code >= 0 && isBlank(code); code = this.charAt(at)) at += 1;
    let start = this.base;
    for (const chunk of this.chunks) {
      const end = start + chunk.length;
      if (end > this.offset && start < at) {
        for (let i = chunk.indexOf('\n', this.offset - start); i >= 0 && start + i < at; i = chunk.indexOf('\n', i + 1)) this.line += 1;
      }
      start = end;
    }
    this.offset = at;
    while (this.chunks.length > 1 && this.base + (this.chunks[0]?.length ?? 0) <= at) this.base += this.chunks.shift()?.length ?? 0;
    return this.line;
  }
}

type Waiter = { count: number; maxChars: number; resolve: (rows: CsvRow[]) => void; reject: (error: Error) => void };

/** Rows of one CSV, read as they are asked for: head() first, then next() until it returns [] (or readAll). */
export class CsvReader {
  private readonly text: CsvText;
  private readonly counter: LineCounter;
  private readonly queue: CsvRow[] = [];
  private readonly highWater: number;
  private readonly highWaterChars: number;
  /** Characters of the rows in the queue. */
  private queuedChars = 0;
  private header: CsvHeader | null = null;
  private headerWaiters: { resolve: (header: CsvHeader) => void; reject: (error: Error) => void }[] = [];
  private waiter: Waiter | null = null;
  /** Set by readAll: rows go straight to it instead of waiting in the queue. */
  private sink: ((row: CsvRow) => void) | null = null;
  private ended: (() => void) | null = null;
  private done = false;
  private failure: Error | null = null;
  private cursor = 0;
  private consumed = 0;
  private paused = false;
  private readonly notes: string[] = [];
  private readonly isHeader: ((cells: readonly string[]) => boolean) | undefined;
  /** Rows read while looking for the header, not yet known to be preamble or data. */
  private preamble: CsvRow[] = [];
  /** The separator and line break papaparse reported for the rows read so far. */
  private delimiter = ',';
  private newline = '\n';

  /** Opens the file; throws invalid_input when it is not text. */
  constructor(source: CsvSource, options: CsvReadOptions = {}) {
    this.text = openCsvText(source);
    this.highWater = options.highWater ?? 5000;
    this.highWaterChars = options.highWaterChars ?? Number.POSITIVE_INFINITY;
    this.isHeader = options.isHeader;
    this.counter = new LineCounter(this.text.firstLine);
    const delimiter = this.text.delimiter ?? options.delimiter;
    // Registered before papaparse's own listener: each chunk is in the counter before its rows arrive.
    this.text.stream.on('data', (chunk: string) => this.received(chunk));
    Papa.parse<string[], NodeJS.ReadableStream>(this.text.stream, {
      delimitersToGuess: [',', ';', '\t', '|'],
      skipEmptyLines: 'greedy',
      ...(delimiter ? { delimiter } : {}),
      ...(options.newline ? { newline: options.newline as '\n' } : {}),
      step: (step) => this.row(step.data, step.meta),
      complete: () => this.finish(),
      error: (error: Error) => this.fail(error),
    });
  }

  private received(chunk: string): void {
    if (this.done) return;
    if (this.consumed - this.cursor > MAX_PENDING_CHARS) this.cutOff();
    this.counter.append(chunk);
    this.consumed += chunk.length;
  }

  private row(cells: string[], meta: Papa.ParseMeta): void {
    if (this.done) return;
    const line = this.counter.startOf(this.cursor);
    const chars = meta.cursor - this.cursor;
    this.cursor = meta.cursor;
    if (this.header === null) {
      this.delimiter = meta.delimiter;
      this.newline = meta.linebreak;
      const row = { line, cells, chars };
      if (!this.isHeader || this.isHeader(cells)) {
        this.setHeader(row, this.preamble.splice(0));
      } else {
        this.preamble.push(row);
        if (this.preamble.length >= MAX_PREAMBLE_ROWS) this.noHeaderFound();
      }
      return;
    }
    this.data({ line, cells, chars });
  }

  /** `row` is the header; `skipped`, the rows before it, are the file's preamble. */
  private setHeader(row: CsvRow, skipped: CsvRow[]): void {
    this.header = { delimiter: this.delimiter, newline: this.newline, headers: row.cells.map((cell) => cell.trim()), headerLine: row.line };
    const first = skipped[0];
    if (first) {
      const one = row.line - 1 === first.line;
      const lines = one ? `Line ${first.line} comes` : `Lines ${first.line}–${row.line - 1} come`;
      this.notes.push(`${lines} before the header row (line ${row.line}) and ${one ? 'was' : 'were'} skipped.`);
    }
    for (const waiter of this.headerWaiters.splice(0)) waiter.resolve(this.header);
  }

  /** No row among the first ones reads as a header: the first row is the header and the rest are data. */
  private noHeaderFound(): void {
    const [first, ...rest] = this.preamble.splice(0);
    if (!first) return;
    this.setHeader(first, []);
    for (const row of rest) this.data(row);
  }

  private data(row: CsvRow): void {
    const { line, cells, chars } = row;
    if (this.sink) {
      this.sink({ line, cells, chars });
      return;
    }
    this.queue.push({ line, cells, chars });
    this.queuedChars += chars;
    this.wake();
    if (!this.waiter && this.full() && !this.paused) {
      this.paused = true;
      this.text.stream.pause();
    }
  }

  /** An unfinished row over MAX_PENDING_CHARS: reported as one too-long row, and the file is not read further. */
  private cutOff(): void {
    const line = this.counter.startOf(this.cursor);
    if (this.header === null) this.noHeaderFound();
    if (this.header === null) {
      this.fail(new DomainError('invalid_input', `Line ${line} starts a header of over 1 MB: most likely a quote (") that is never closed. Fix that line and import again.`));
      return;
    }
    const row = { line, cells: [], chars: this.consumed - this.cursor };
    if (this.sink) this.sink(row);
    else {
      this.queue.push(row);
      this.queuedChars += row.chars;
    }
    this.notes.push(`Line ${line} starts a row of over 1 MB, most likely a quote (") that is never closed; the rest of the file was not read.`);
    this.finish();
  }

  private finish(): void {
    if (this.done) return;
    if (this.header === null && !this.failure) this.noHeaderFound();
    this.done = true;
    void this.text.close();
    for (const waiter of this.headerWaiters.splice(0)) {
      if (this.header) waiter.resolve(this.header);
      else waiter.reject(this.failure ?? new DomainError('invalid_input', 'The file is empty: there is no header row.'));
    }
    this.ended?.();
    this.wake();
  }

  private fail(error: Error): void {
    if (this.done) return;
    this.failure = error;
    this.finish();
  }

  private wake(): void {
    const waiter = this.waiter;
    if (!waiter) return;
    if (this.failure) {
      this.waiter = null;
      waiter.reject(this.failure);
    } else if (this.ready(waiter.count, waiter.maxChars)) {
      this.waiter = null;
      waiter.resolve(this.take(waiter.count, waiter.maxChars));
    }
  }

  private full(): boolean {
    return this.queue.length >= this.highWater || this.queuedChars >= this.highWaterChars;
  }

  private ready(count: number, maxChars: number): boolean {
    return this.done || this.queue.length >= count || this.queuedChars >= maxChars;
  }

  /** Up to `count` rows, stopping once they reach `maxChars` characters (always at least one row). */
  private take(count: number, maxChars: number): CsvRow[] {
    let end = 0;
    let chars = 0;
    while (end < this.queue.length && end < count && (end === 0 || chars < maxChars)) chars += this.queue[end++]?.chars ?? 0;
    const rows = this.queue.splice(0, end);
    this.queuedChars -= chars;
    if (this.paused && !this.full()) {
      this.paused = false;
      this.text.stream.resume();
    }
    return rows;
  }

  /** The header row, the separator and the line break; rejects when the file is empty or not text. */
  head(): Promise<CsvHeader> {
    if (this.header) return Promise.resolve(this.header);
    if (this.done) return Promise.reject(this.failure ?? new DomainError('invalid_input', 'The file is empty: there is no header row.'));
    return new Promise((resolve, reject) => this.headerWaiters.push({ resolve, reject }));
  }

  /**
   * The next data rows in file order: `count` of them, or fewer once they reach `maxChars` characters (at
   * least one row), or fewer at the end of the file; [] once the file is read.
   */
  next(count: number, maxChars = Number.POSITIVE_INFINITY): Promise<CsvRow[]> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.ready(count, maxChars)) return Promise.resolve(this.take(count, maxChars));
    if (this.waiter) return Promise.reject(new Error('CsvReader.next is already waiting'));
    return new Promise((resolve, reject) => {
      this.waiter = { count, maxChars, resolve, reject };
      if (this.paused) {
        this.paused = false;
        this.text.stream.resume();
      }
    });
  }

  /**
   * Hands every remaining data row to `onRow` as it is parsed, without pausing the file or keeping rows
   * (a row becomes garbage as soon as onRow returns); resolves at the end of the file.
   */
  readAll(onRow: (row: CsvRow) => void): Promise<void> {
    for (const row of this.queue.splice(0)) onRow(row);
    this.queuedChars = 0;
    if (this.failure) return Promise.reject(this.failure);
    if (this.done) return Promise.resolve();
    this.sink = onRow;
    const ended = new Promise<void>((resolve, reject) => (this.ended = () => (this.failure ? reject(this.failure) : resolve())));
    if (this.paused) {
      this.paused = false;
      this.text.stream.resume();
    }
    return ended;
  }

  /**
   * Reads the rest of the file into the queue, never pausing (for a small file read in one pass: its rows are
   * then taken with next() as from any reader); resolves with the number of data rows waiting.
   */
  readToEnd(): Promise<number> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.done) return Promise.resolve(this.queue.length);
    const ended = new Promise<number>((resolve, reject) => (this.ended = () => (this.failure ? reject(this.failure) : resolve(this.queue.length))));
    if (this.paused) {
      this.paused = false;
      this.text.stream.resume();
    }
    return ended;
  }

  /** Notices about the text (encoding, NUL characters, a row cut off); complete once the file is read. */
  warnings(): string[] {
    return [...this.text.warnings(), ...this.notes];
  }

  /** Stops reading and closes the file. */
  close(): Promise<void> {
    this.finish();
    return this.text.close();
  }
}

/** What one pass over the whole file finds: the header, the first rows, the number of data rows, notices. */
export interface CsvScan extends CsvHeader {
  sampleRows: string[][];
  /** Data rows (the header and blank lines not counted). */
  total: number;
  warnings: string[];
}

/**
 * Reads the whole file once, keeping only the header and the first `sampleRows` rows; with `sampleOnly`,
 * stops after those rows (`total` and `warnings` then cover only what was read).
 */
export async function scanCsv(
  source: CsvSource, sampleRows = 0, options: Pick<CsvReadOptions, 'isHeader'> & { sampleOnly?: boolean | undefined } = {},
): Promise<CsvScan> {
  const reader = new CsvReader(source, { isHeader: options.isHeader, ...(options.sampleOnly ? { highWater: sampleRows } : {}) });
  try {
    const header = await reader.head();
    if (options.sampleOnly) {
      const sample = sampleRows > 0 ? (await reader.next(sampleRows)).map((row) => row.cells) : [];
      return { ...header, sampleRows: sample, total: sample.length, warnings: reader.warnings() };
    }
    const sample: string[][] = [];
    let total = 0;
    await reader.readAll((row) => {
      if (sample.length < sampleRows) sample.push(row.cells);
      total += 1;
    });
    return { ...header, sampleRows: sample, total, warnings: reader.warnings() };
  } finally {
    await reader.close();
  }
}
