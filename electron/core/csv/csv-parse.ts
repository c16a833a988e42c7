// Reads CSV text with papaparse: reads the file (or takes the text), drops a byte-order mark, guesses the separator
// (comma, semicolon, tab) and keeps the file line where each row starts. Runs in plain Node (core).
import Papa from 'papaparse';
import { IMPORT_LIMITS } from '../../contract';
import { DomainError } from '../errors';
import { readFileLimited } from '../files/read-file';

export interface CsvRow {
  /** The line of the file where the row starts (the header is line 1 when it is the first line). */
  line: number;
  cells: string[];
  /** Characters the row spans in the file. */
  chars: number;
}

export interface ParsedCsv {
  delimiter: string;
  headers: string[];
  headerLine: number;
  rows: CsvRow[];
}

export interface CsvSource {
  text?: string | undefined;
  path?: string | undefined;
}

/** The file as text, without a byte-order mark; invalid UTF-8 becomes U+FFFD rather than failing. */
export function sourceText(source: CsvSource): string {
  const raw =
    source.text ??
    new TextDecoder('utf-8').decode(readFileLimited(source.path ?? '', { maxBytes: IMPORT_LIMITS.fileBytes, what: 'CSV file', field: ['path'] }).bytes);
  return raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
}

/** Space, tab, CR, LF, form feed, vertical tab, no-break space: what papaparse's greedy skip treats as blank. */
function isBlank(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
}

/** Counts newlines from `from` up to the first non-blank character, so blank lines advance the count. */
class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  /** The line of the first non-whitespace character at or after `from`. */
  startOf(from: number): number {
    let at = from;
    while (at < this.text.length && isBlank(this.text.charCodeAt(at))) at += 1;
    for (let i = this.offset; i < at; i += 1) if (this.text.charCodeAt(i) === 10) this.line += 1;
    this.offset = at;
    return this.line;
  }
}

/** Parses every row; `limit` stops after that many data rows (for previews). */
export function parseCsv(text: string, limit = Number.POSITIVE_INFINITY): ParsedCsv & { total: number } {
  const counter = new LineCounter(text);
  const rows: CsvRow[] = [];
  let headers: string[] | null = null;
  let headerLine = 1;
  let cursor = 0;
  let total = 0;
  const result = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: 'greedy',
    step: (step) => {
      const line = counter.startOf(cursor);
      const chars = step.meta.cursor - cursor;
      cursor = step.meta.cursor;
      if (headers === null) {
        headers = step.data.map((cell) => cell.trim());
        headerLine = line;
        return;
      }
      total += 1;
      if (rows.length < limit) rows.push({ line, cells: step.data, chars });
    },
  });
  if (headers === null) throw new DomainError('invalid_input', 'The file is empty: there is no header row.');
  return { delimiter: result.meta.delimiter, headers, headerLine, rows, total };
}
