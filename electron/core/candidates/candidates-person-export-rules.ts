// The pure parts of "export everything about this person": the names of their files inside the archive,
// data.json (every row as stored, under its table's name), summary.html (a readable, printable page: plain
// words, headings and tables, every value escaped, no scripts, no remote content, one inline <style>) and
// README.txt (what each member is, and every key of data.json in words, from export-all's descriptions).
// Pure; runs anywhere.
import { APPLICATION_STATUS_LABELS, CANDIDATE_SOURCE_LABELS, ratingLabel, type ApplicationStatus, type CandidateSource, type SalaryPeriod } from '../../contract';
import { escapeHtml } from '../escaping/escape-html';
import { safeFileName, uniqueFileNames, wrap } from '../export-all/export-all-rules';
import { EXPORT_TABLES } from '../export-all/export-all-tables';
import { payWords } from '../offers/offers-rules';
import type { PersonRows, Row } from './candidates-person-export-repo';

export const SUMMARY_MEMBER = 'summary.html';
export const DATA_MEMBER = 'data.json';
export const README_MEMBER = 'README.txt';
export const FILES_FOLDER = 'files';

/** The tables of data.json in the order they are written (the candidate's own row comes first, as `candidate`). */
export const PERSON_TABLES = [
  'candidate_emails',
  'candidate_phones',
  'candidate_links',
  'candidate_tags',
  'applications',
  'stage_events',
  'application_notes',
  'messages',
  'offers',
  'interviews',
  'interview_interviewers',
  'scorecards',
  'scorecard_ratings',
  'attachments',
  'activity_log',
] as const satisfies readonly (keyof PersonRows)[];

/** Keys an export adds beside a table's own columns (export-all's descriptions cover the stored ones). */
const ADDED_KEYS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  applications: {
    role_title: "the role's title now (roles.title)",
    stage_name: "the stage's name now (pipeline_stages.name)",
    rejection_reason: 'the rejection or withdrawal reason in words (empty when none)',
    rejection_reason_kind: 'we_rejected or they_withdrew (empty when none)',
  },
  attachments: { archive_file: 'where the file is in this archive (files/…); empty when the data folder no longer had it' },
};

export interface PersonFile {
  attachmentId: string;
  sha256: string;
  /** "files/Résumé.pdf": its place in the archive. */
  member: string;
}

/** Each attachment's place in files/: its own name made safe, a second equal name becoming "name (2).pdf". */
export function personFiles(attachments: readonly Row[]): PersonFile[] {
  const names = uniqueFileNames(attachments.map((a) => safeFileName(String(a.file_name ?? ''))));
  return attachments.map((a, i) => ({ attachmentId: String(a.id), sha256: String(a.sha256), member: `${FILES_FOLDER}/${names[i] as string}` }));
}

export interface ExportFacts {
  exportedAt: string;
  appVersion: string;
  schemaVersion: number;
  /** The zone the summary writes times in. */
  timeZone: string;
}

/** data.json: the facts of the export, the candidate's row, then each table's rows as stored. */
export function personJson(rows: PersonRows, files: readonly PersonFile[], missing: ReadonlySet<string>, facts: ExportFacts): string {
  const placed = new Map(files.map((f) => [f.attachmentId, f.member]));
  const data: Record<string, unknown> = {
    about: 'Everything Hirebook held about one person. README.txt says what every key means.',
    exportedAt: facts.exportedAt,
    appVersion: facts.appVersion,
    schemaVersion: facts.schemaVersion,
    candidate: rows.candidate,
  };
  for (const table of PERSON_TABLES) data[table] = rows[table];
  data.attachments = rows.attachments.map((a) => ({ ...a, archive_file: missing.has(String(a.id)) ? null : (placed.get(String(a.id)) ?? null) }));
  return `${JSON.stringify(data, null, 2)}\n`;
}

function columnsOf(rows: readonly Row[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

/** README.txt: the members, how to read data.json, and each of its keys in words. */
export function personReadme(rows: PersonRows, files: number, missingFiles: readonly string[], facts: ExportFacts): string {
  const about = new Map(EXPORT_TABLES.map((t) => [t.name, t]));
  const parts: string[] = [
    'EVERYTHING HIREBOOK HOLDS ABOUT ONE PERSON',
    '',
    wrap(`Exported on ${facts.exportedAt} (UTC) by Hirebook ${facts.appVersion}, database schema ${facts.schemaVersion}.`, ''),
    '',
    'WHAT IS IN THIS ARCHIVE',
    '',
    '  summary.html   a readable page of everything below: open it in any web browser, or print it',
    '  data.json      the same data as stored, for programs (its keys are described below)',
    `  files/         their files as they were added (${files} ${files === 1 ? 'file' : 'files'}); a name used twice gets "(2)"`,
    '  README.txt     this file',
    '',
    wrap(
      'data.json is UTF-8 JSON. Times are UTC in ISO 8601 (2026-12-06T14:30:00.000Z), dates YYYY-MM-DD; an empty value is null. Each key below holds the rows of one table, each row an object with the column names as keys; keys ending in _id point to the row with that id (application_id to applications.id, and so on). Keys ending in _json hold JSON text. The activity_log rows are the timeline: what happened, and when.',
      '',
    ),
  ];
  if (missingFiles.length > 0) {
    parts.push('', 'MISSING FILES', '', wrap(`Hirebook lists these files but its data folder no longer had them, so they are not in files/: ${missingFiles.join(', ')}.`, ''));
  }
  parts.push('', 'DATA.JSON', '', '  about, exportedAt, appVersion, schemaVersion: what this export is');
  const describe = (key: string, table: string, list: readonly Row[]): void => {
    const known = about.get(table);
    parts.push('', `${key}${key === table ? '' : ` (one row of ${table})`}${Array.isArray(list) && key !== 'candidate' ? ` — ${list.length} ${list.length === 1 ? 'row' : 'rows'}` : ''}`);
    if (known) parts.push(wrap(known.about, '  '));
    // The columns the rows have; for a table with no rows, the ones it would have.
    const columns = list.length > 0 ? columnsOf(list) : [...Object.keys(known?.columns ?? {}), ...Object.keys(ADDED_KEYS[table] ?? {})];
    for (const column of columns) {
      parts.push(wrap(`${column}: ${known?.columns[column] ?? ADDED_KEYS[table]?.[column] ?? '(no description)'}`, '    '));
    }
  };
  describe('candidate', 'candidates', [rows.candidate]);
  for (const table of PERSON_TABLES) describe(table, table, table === 'attachments' ? rows.attachments.map((a) => ({ ...a, archive_file: null })) : rows[table]);
  return `${parts.join('\n').replace(/\n/g, '\r\n')}\r\n`;
}

// ---- summary.html ----

const STYLE = `
  :root { color-scheme: light; }
  body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff; margin: 2rem auto; max-width: 60rem; padding: 0 1.5rem; }
  h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
  h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
  h3 { font-size: 1rem; margin: 1.25rem 0 .4rem; }
  p.lead { color: #444; margin: 0 0 1rem; }
  table { border-collapse: collapse; width: 100%; margin: .25rem 0 1rem; }
  th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #e2e2e2; }
  th { font-weight: 600; background: #f4f4f4; }
  table.facts th { width: 14rem; background: none; }
  .text { white-space: pre-wrap; overflow-wrap: anywhere; }
  .none { color: #666; }
  .when { white-space: nowrap; }
  @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

function esc(value: unknown): string {
  if (value === null || value === undefined || value === '') return '<span class="none">—</span>';
  return escapeHtml(String(value));
}

function textCell(value: unknown): string {
  return value === null || value === undefined || value === '' ? esc(value) : `<span class="text">${esc(value)}</span>`;
}

/**
 * An instant in `timeZone`, e.g. "6 Dec 2026, 14:30", naming the zone when it is not the page's own (`home`):
 * "1 Mar 2030, 10:00 (Europe/London)" for an interview booked there. The stored text when it is not a time.
 */
function when(iso: unknown, timeZone: string, home: string = timeZone): string {
  if (typeof iso !== 'string' || iso === '') return esc(iso);
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return esc(iso);
  const words = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
  return `<span class="when">${esc(timeZone === home ? words : `${words} (${timeZone})`)}</span>`;
}

/** An offer row's pay in words, as the offer shows it ("£31,500 a year · plus tips"). */
function offerPay(row: Row): string {
  const amount = typeof row.pay_amount === 'number' ? row.pay_amount : null;
  const text = typeof row.pay_text === 'string' ? row.pay_text : '';
  return payWords({ payAmount: amount, payCurrency: String(row.pay_currency), payPeriod: row.pay_period as SalaryPeriod, payText: text }, 'en-GB');
}

function words(value: unknown): string {
  return typeof value === 'string' ? value.replace(/_/g, ' ') : value === null || value === undefined ? '' : String(value);
}

function table(headers: readonly string[], body: readonly (readonly string[])[], empty: string): string {
  if (body.length === 0) return `<p class="none">${escapeHtml(empty)}</p>`;
  const head = `<tr>${headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr>`;
  const rows = body.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<thead>${head}</thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

/** Plain labels for the candidate's columns; a column without one is shown by its name. */
const CANDIDATE_LABELS: Readonly<Record<string, string>> = {
  full_name: 'Name',
  location: 'Location',
  linkedin_url: 'LinkedIn',
  portfolio_url: 'Portfolio or website',
  source_kind: 'Where they came from',
  source_detail: 'More about the source',
  summary: 'Summary',
  retention_until: 'Keep their data until',
  created_at: 'Added',
  updated_at: 'Last changed',
};
/** Columns for the database's own use, not about the person (still in data.json). */
const CANDIDATE_INTERNAL = new Set(['seq', 'id', 'name_key', 'sample']);

function labelOf(column: string): string {
  return CANDIDATE_LABELS[column] ?? words(column).replace(/^./, (c) => c.toUpperCase());
}

function candidateFacts(rows: PersonRows, timeZone: string): string {
  const c = rows.candidate;
  const facts: [string, string][] = [];
  for (const [column, value] of Object.entries(c)) {
    if (CANDIDATE_INTERNAL.has(column)) continue;
    let shown: string;
    if (column === 'source_kind') shown = esc(CANDIDATE_SOURCE_LABELS[value as CandidateSource] ?? value);
    else if (column.endsWith('_at')) shown = when(value, timeZone);
    else shown = textCell(value);
    facts.push([labelOf(column), shown]);
  }
  const list = (values: readonly unknown[]): string => (values.length === 0 ? esc(null) : values.map((v) => esc(v)).join('<br>'));
  facts.splice(1, 0, ['Email', list(rows.candidate_emails.map((e) => e.email))], ['Phone', list(rows.candidate_phones.map((p) => p.phone))]);
  facts.push(
    ['Other links', list(rows.candidate_links.map((l) => (l.label ? `${String(l.label)}: ${String(l.url)}` : l.url)))],
    ['Tags', list(rows.candidate_tags.map((t) => t.tag))],
    ['Record id', esc(c.id)],
  );
  return `<table class="facts"><tbody>\n${facts.map(([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${value}</td></tr>`).join('\n')}\n</tbody></table>`;
}

function byId(rows: readonly Row[]): Map<string, Row> {
  return new Map(rows.map((r) => [String(r.id), r]));
}

function roleOf(applications: Map<string, Row>, applicationId: unknown): string {
  return esc(applications.get(String(applicationId))?.role_title);
}

function rating(value: unknown): string {
  return typeof value === 'number' ? esc(ratingLabel(value, String(value))) : esc(null);
}

function interviewsHtml(rows: PersonRows, applications: Map<string, Row>, timeZone: string): string {
  if (rows.interviews.length === 0) return '<p class="none">No interviews.</p>';
  const interviewers = byId(rows.interview_interviewers);
  return rows.interviews
    .map((iv) => {
      const zone = typeof iv.time_zone === 'string' && iv.time_zone !== '' ? iv.time_zone : timeZone;
      const names = rows.interview_interviewers.filter((p) => p.interview_id === iv.id).map((p) => String(p.name));
      const head = `<h3>${when(iv.starts_at, zone, timeZone)} — ${roleOf(applications, iv.application_id)}</h3>`;
      const facts = table(
        ['Kind', 'Length', 'Where', 'Status', 'Interviewers'],
        [[esc(words(iv.kind)), esc(`${String(iv.duration_minutes)} minutes`), textCell(iv.location), esc(words(iv.status)), esc(names.join(', '))]],
        '',
      );
      const cards = rows.scorecards
        .filter((s) => s.interview_id === iv.id)
        .map((s) => {
          const ratings = rows.scorecard_ratings.filter((r) => r.scorecard_id === s.id).map((r) => [textCell(r.label), rating(r.rating)]);
          return [
            `<h3>Scorecard by ${esc(interviewers.get(String(s.interviewer_id))?.name)}</h3>`,
            `<table class="facts"><tbody>`,
            `<tr><th scope="row">Recommendation</th><td>${esc(words(s.recommendation))}</td></tr>`,
            `<tr><th scope="row">Finished</th><td>${s.submitted_at ? when(s.submitted_at, timeZone) : 'Not yet'}</td></tr>`,
            `<tr><th scope="row">Interview notes</th><td>${textCell(s.notes)}</td></tr>`,
            `<tr><th scope="row">Take-aways</th><td>${textCell(s.takeaways)}</td></tr>`,
            `</tbody></table>`,
            table(['Criterion', 'Rating'], ratings, 'No criteria rated.'),
          ].join('\n');
        });
      return [head, facts, ...cards].join('\n');
    })
    .join('\n');
}

function detailsText(detailsJson: unknown): string {
  if (typeof detailsJson !== 'string') return '';
  try {
    const details = JSON.parse(detailsJson) as Record<string, unknown>;
    return Object.entries(details)
      // Ids are in data.json; here they would only be noise.
      .filter(([k, v]) => !/Ids?$/.test(k) && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => `${words(k)}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
      .join('; ');
  } catch {
    return detailsJson;
  }
}

/** summary.html: the person's details, applications with their history and notes, interviews and scorecards, files and timeline. */
export function personSummaryHtml(rows: PersonRows, files: readonly PersonFile[], missing: ReadonlySet<string>, facts: ExportFacts): string {
  const tz = facts.timeZone;
  const name = String(rows.candidate.full_name ?? '');
  const applications = byId(rows.applications);
  const placed = new Map(files.map((f) => [f.attachmentId, f.member]));
  const sections = [
    `<h1>${esc(name)}</h1>`,
    `<p class="lead">Everything Hirebook holds about this person, exported ${when(facts.exportedAt, tz)}. Times are in ${esc(tz)} time unless another zone is named. The same data is in data.json, and their files are in the files folder beside this page.</p>`,
    '<h2>Details</h2>',
    candidateFacts(rows, tz),
    '<h2>Applications</h2>',
    table(
      ['Role', 'Stage', 'Status', 'Applied', 'In this stage since', 'Rating', 'Reason', 'Reason note'],
      rows.applications.map((a) => [
        esc(a.role_title),
        esc(a.stage_name),
        esc(APPLICATION_STATUS_LABELS[a.status as ApplicationStatus] ?? a.status),
        when(a.created_at, tz),
        when(a.stage_entered_at, tz),
        rating(a.rating),
        esc(a.rejection_reason),
        textCell(a.rejection_note),
      ]),
      'No applications.',
    ),
    '<h2>Stage history</h2>',
    table(
      ['When', 'Role', 'From', 'To', 'Status', 'Note'],
      rows.stage_events.map((e) => [
        when(e.created_at, tz),
        roleOf(applications, e.application_id),
        esc(e.from_stage_name),
        esc(e.to_stage_name),
        esc(APPLICATION_STATUS_LABELS[e.to_status as ApplicationStatus] ?? e.to_status),
        textCell(e.note),
      ]),
      'No stage history.',
    ),
    '<h2>Notes</h2>',
    table(['When', 'Role', 'Note'], rows.application_notes.map((n) => [when(n.created_at, tz), roleOf(applications, n.application_id), textCell(n.body)]), 'No notes.'),
    '<h2>Messages drafted to them</h2>',
    table(
      ['When', 'Role', 'Kind', 'Subject', 'How'],
      rows.messages.map((m) => [when(m.created_at, tz), roleOf(applications, m.application_id), esc(words(m.kind)), textCell(m.subject), esc(m.how === 'eml' ? 'draft file' : 'mail link')]),
      'No messages.',
    ),
    '<h2>Offers</h2>',
    table(
      ['Sent', 'Role', 'Status', 'Pay', 'Start date', 'Open until', 'Decided', 'Note'],
      rows.offers.map((o) => [
        when(o.sent_at, tz),
        roleOf(applications, o.application_id),
        esc(o.status),
        textCell(offerPay(o)),
        esc(o.start_on ?? ''),
        esc(o.expires_on ?? ''),
        when(o.decided_at ?? '', tz),
        textCell(o.note),
      ]),
      'No offers.',
    ),
    '<h2>Interviews and scorecards</h2>',
    interviewsHtml(rows, applications, tz),
    '<h2>Files</h2>',
    table(
      ['File', 'Kind', 'Type', 'Size', 'Added', 'In this archive'],
      rows.attachments.map((a) => [
        esc(a.file_name),
        esc(words(a.kind)),
        esc(a.mime_type),
        esc(`${String(a.size_bytes)} bytes`),
        when(a.created_at, tz),
        missing.has(String(a.id)) ? 'Missing from the data folder' : esc(placed.get(String(a.id))),
      ]),
      'No files.',
    ),
    '<h2>Timeline</h2>',
    table(
      ['When', 'About', 'What happened', 'Details'],
      rows.activity_log.map((e) => [when(e.created_at, tz), esc(words(e.entity_type)), esc(words(e.action)), textCell(detailsText(e.details_json))]),
      'Nothing recorded.',
    ),
  ];
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(name)} — everything Hirebook holds</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...sections,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
