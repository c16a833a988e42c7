// The pure decisions of "export everything": the new folder's name, a file name safe on Windows, macOS
// and Linux, de-duplicated names for the files, CSV and JSON text of a page of rows, and README.txt.
// Pure; runs anywhere.
import Papa from 'papaparse';
import { inertCell } from '../escaping/csv-cell';
import { safeFileName } from '../../contract';
import { DERIVED_TABLES, EXPORT_TABLES, SEARCH_INDEXES } from './export-all-tables';

// The one rule for a safe file name lives in the contract (the renderer names files too).
export { safeFileName };

/** Rows per page read from the database and written out. */
export const PAGE_ROWS = 1000;
/** The marker listing what Hirebook wrote in the export folder (export-folder.ts). */
export const EXPORT_MARKER = '.hirebook-export.json';
export const UTF8_BOM = '\uFEFF';
const CRLF = '\r\n';

/** "Hirebook export 2026-12-06", from the local date. */
export function exportFolderName(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `Hirebook export ${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "Amara Okafor - resume.pdf": the candidate's name and the file's own name, made safe. */
export function attachmentFileName(candidateName: string, fileName: string): string {
  return safeFileName(`${candidateName.trim()} - ${fileName.trim()}`);
}

/** The logo's name by its type. */
export function logoFileName(mimeType: string): string {
  const ext = mimeType === 'image/png' ? '.png' : mimeType === 'image/webp' ? '.webp' : '.jpg';
  return `Company logo${ext}`;
}

/**
 * Distinct names for `names`, in order: the first keeps its name, later equal ones (ignoring case, as
 * Windows and macOS do) become "name (2).pdf", "name (3).pdf", ….
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  const key = (name: string): string => name.normalize('NFC').toLowerCase();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const ext = dot > 0 ? name.slice(dot) : '';
    let candidate = name;
    for (let n = 2; taken.has(key(candidate)); n += 1) candidate = `${stem} (${n})${ext}`;
    taken.add(key(candidate));
    return candidate;
  });
}

/** One CSV cell: empty for no value, numbers as written, text through inertCell (no cell starts a formula). */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return inertCell(String(value));
}

/** The first line of a table's CSV: the byte order mark and the column names. */
export function csvHeader(columns: readonly string[]): string {
  return `${UTF8_BOM}${Papa.unparse([columns.map(csvCell)], { newline: CRLF })}`;
}

/** A page of rows as CSV lines (RFC 4180: quoted where needed, CRLF), each line starting with CRLF. */
export function csvLines(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  if (rows.length === 0) return '';
  const data = rows.map((row) => columns.map((c) => csvCell(row[c])));
  return `${CRLF}${Papa.unparse(data, { newline: CRLF, header: false })}`;
}

/** A page of rows as JSON array items; `first` says whether an item was written before. */
export function jsonItems(rows: readonly Record<string, unknown>[], first: boolean): string {
  if (rows.length === 0) return '';
  const items = rows.map((row) => `  ${JSON.stringify(row)}`);
  return `${first ? '' : ',\n'}${items.join(',\n')}`;
}

export interface ReadmeFacts {
  exportedAt: string;
  appVersion: string;
  schemaVersion: number;
  tables: readonly { name: string; columns: readonly string[]; rows: number }[];
  files: number;
  missingFiles: readonly string[];
}

/** `text` wrapped at `width` columns, each line starting with `indent` (README.txt). */
export function wrap(text: string, indent: string, width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(indent + line);
  return lines.join('\n');
}

/** README.txt: the layout, how to read the files, how rows link, then every table and its columns. */
export function readmeText(facts: ReadmeFacts): string {
  const about = new Map(EXPORT_TABLES.map((t) => [t.name, t]));
  const parts: string[] = [
    'HIREBOOK EXPORT',
    '',
    `Everything Hirebook held on ${facts.exportedAt} (Hirebook ${facts.appVersion}, database schema ${facts.schemaVersion}),`,
    'written so you can open it anywhere or move it to another tool.',
    '',
    'LAYOUT',
    '',
    '  README.txt         this file',
    '  csv/<table>.csv    every table as CSV: for spreadsheets',
    '  json/<table>.json  the same rows as JSON: for programs',
    '  files/             every stored file: candidates\' attachments named "<candidate name> - <file name>"',
    '                     ("(2)", "(3)" added when two would share a name), and the company logo',
    '  files.csv, files.json',
    '                     which file in files/ belongs to which row: file, what (attachment or',
    '                     company_logo), attachment_id, candidate_id, sha256',
    `  ${EXPORT_MARKER}`,
    '                     the list of files Hirebook wrote here',
    '',
    'READING THE FILES',
    '',
    wrap(
      'CSV files are UTF-8 with a byte order mark (so Excel reads accents correctly), comma-separated, with a header row of column names, lines ending in CRLF and cells in double quotes where needed (RFC 4180). An empty cell is empty text or no value; the JSON files tell the two apart (null). A text cell that starts with = + - @, a tab or a carriage return has an apostrophe (\') put in front so that a spreadsheet shows it as text instead of running it as a formula; the JSON files have every value exactly as stored.',
      '',
    ),
    '',
    wrap(
      'Each JSON file is an array of objects, one per row, with the column names as keys. Numbers are numbers, empty values null. Times are UTC in ISO 8601 (2026-12-06T14:30:00.000Z), dates YYYY-MM-DD. Columns whose names end in _json hold JSON text.',
      '',
    ),
    '',
    'HOW ROWS LINK',
    '',
    wrap(
      'Every row has an id (a UUID) or, for lists such as candidate_emails, a candidate_id plus its value. A column named <thing>_id holds the id of a row in another table: role_id points to roles.id, candidate_id to candidates.id, application_id to applications.id, stage_id to pipeline_stages.id, and so on (each column below says where it points). A candidate applying to a role is one row of applications; its notes, stage moves (stage_events) and interviews point to it; each interview has interviewers, and each interviewer a scorecard with ratings of the role\'s kit_items. Columns marked "derived" are computed from others and can be ignored.',
      '',
    ),
    '',
    'LEFT OUT',
    '',
    wrap(
      `The search indexes (${SEARCH_INDEXES.join(', ')}) and the tables SQLite keeps for them (their names start with ${SEARCH_INDEXES.map((t) => `${t}_`).join(' and ')}), and the report facts (${DERIVED_TABLES.join(', ')}), worked out from applications and stage_events: they hold nothing that is not in the tables here and are rebuilt from them. Also left out: the built-in job description templates (they ship with Hirebook) and the automatic copies of the database in the backups folder.`,
      '',
    ),
  ];
  if (facts.missingFiles.length > 0) {
    parts.push(
      '',
      'MISSING FILES',
      '',
      wrap(`The database lists these files but they were not in the data folder (removed by hand?), so they are not in files/: ${facts.missingFiles.join(', ')}.`, ''),
    );
  }
  parts.push('', `TABLES (${facts.tables.length} tables; ${facts.files} ${facts.files === 1 ? 'file' : 'files'} in files/)`, '');
  for (const table of facts.tables) {
    const known = about.get(table.name);
    parts.push(`${table.name} — ${table.rows} ${table.rows === 1 ? 'row' : 'rows'}`);
    if (known) parts.push(wrap(known.about, '  '));
    for (const column of table.columns) {
      parts.push(wrap(`${column}: ${known?.columns[column] ?? '(no description)'}`, '    '));
    }
    parts.push('');
  }
  return `${parts.join('\n').replace(/\n/g, '\r\n')}`;
}
