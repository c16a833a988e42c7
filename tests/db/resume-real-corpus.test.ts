// The résumé corpus (tests/fixtures/resumes/real, see SOURCES.md): each PDF and Word file read with
// extractText, its text put in an FTS5 table tokenised like the candidates' search index and searched for
// every distinctive word its .expected.json lists (with the app's own query builder), then
// suggestionsFromText compared with the expected name, e-mails and phones. The expectations were written
// before the extraction and suggestion code was changed (late-*: after it, and never tuned on). Prints the
// figures of the tuning, held-out and late held-out sets. RESUME_CORPUS_EXTRA=<folder> adds the files of another folder (same layout) as a third set, for
// files that may not be committed.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { AttachmentMimeType } from '../../electron/contract';
import { extractText } from '../../electron/core/attachments/attachments-extract';
import { DOCX_MIME, suggestionsFromText } from '../../electron/core/attachments/attachments-rules';
import { buildCandidateFtsQuery } from '../../electron/core/candidates/candidates-rules';

const REAL = path.join(__dirname, '..', 'fixtures', 'resumes', 'real');
const EXTRA = process.env.RESUME_CORPUS_EXTRA;

interface Expected {
  /** late-held-out: written after the code change, never used to tune it (see SOURCES.md). */
  set: 'tuning' | 'held-out' | 'late-held-out';
  layout: string;
  name: string;
  emails: string[];
  phones: string[];
  /** Words an owner would search this résumé by; each must find it. */
  words: string[];
}

type SetName = Expected['set'] | 'extra';

const MIME: Record<string, AttachmentMimeType> = { '.pdf': 'application/pdf', '.docx': DOCX_MIME, '.txt': 'text/plain' };

function filesIn(folder: string): string[] {
  return fs.readdirSync(folder).filter((name) => MIME[path.extname(name)] !== undefined).sort();
}

const digits = (phone: string): string => phone.normalize('NFKC').replace(/\D/g, '');

/** Word search as the candidates list does it: FTS5 unicode61 (diacritics removed), prefix terms. */
function searcher(text: string): (word: string) => boolean {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE t USING fts5(resume_text, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')");
  db.prepare('INSERT INTO t (rowid, resume_text) VALUES (1, ?)').run(text);
  const query = db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?');
  return (word) => {
    const fts = buildCandidateFtsQuery(word);
    return fts !== null && (query.get(fts) as { n: number }).n > 0;
  };
}

interface Tally {
  words: [number, number];
  emails: [number, number];
  names: [number, number];
  phones: [number, number];
  falsePhones: number;
  files: string[];
}

const tallies: Record<SetName, Tally> = {
  tuning: { words: [0, 0], emails: [0, 0], names: [0, 0], phones: [0, 0], falsePhones: 0, files: [] },
  'held-out': { words: [0, 0], emails: [0, 0], names: [0, 0], phones: [0, 0], falsePhones: 0, files: [] },
  'late-held-out': { words: [0, 0], emails: [0, 0], names: [0, 0], phones: [0, 0], falsePhones: 0, files: [] },
  extra: { words: [0, 0], emails: [0, 0], names: [0, 0], phones: [0, 0], falsePhones: 0, files: [] },
};

const pct = ([met, total]: [number, number]): string => `${met}/${total} (${total === 0 ? '-' : ((100 * met) / total).toFixed(1)}%)`;

afterAll(() => {
  for (const [set, t] of Object.entries(tallies)) {
    if (t.files.length === 0) continue;
    console.log(
      `Résumé corpus, ${set} set (${t.files.length} files): words findable ${pct(t.words)}, e-mails ${pct(t.emails)}, ` +
        `names ${pct(t.names)}, phones ${pct(t.phones)}, false phones ${t.falsePhones}\n  ${t.files.join('\n  ')}`,
    );
  }
});

async function check(folder: string, file: string, set: SetName | null): Promise<string[]> {
  const expected = JSON.parse(fs.readFileSync(path.join(folder, file.replace(/\.[a-z]+$/, '.expected.json')), 'utf8')) as Expected;
  const bytes = new Uint8Array(fs.readFileSync(path.join(folder, file)));
  const { text } = await extractText(bytes, MIME[path.extname(file)] as AttachmentMimeType, { timeoutMs: 60_000 });
  const suggestions = suggestionsFromText(text);
  const findable = searcher(text);
  const misses: string[] = [];
  const missingWords = expected.words.filter((word) => !findable(word));
  if (missingWords.length > 0) misses.push(`words not findable: ${missingWords.join(', ')}`);
  const emails = suggestions.emails.map((e) => e.toLowerCase());
  const missingEmails = expected.emails.filter((e) => !emails.includes(e.toLowerCase()));
  if (missingEmails.length > 0) misses.push(`e-mails not suggested: ${missingEmails.join(', ')} (got ${JSON.stringify(suggestions.emails)})`);
  const nameOk = suggestions.fullName === expected.name;
  if (!nameOk) misses.push(`name ${JSON.stringify(expected.name)} (got ${JSON.stringify(suggestions.fullName ?? null)})`);
  const got = suggestions.phones.map(digits);
  const missingPhones = expected.phones.filter((p) => !got.includes(digits(p)));
  if (missingPhones.length > 0) misses.push(`phones not suggested: ${missingPhones.join(', ')} (got ${JSON.stringify(suggestions.phones)})`);
  const wanted = expected.phones.map(digits);
  const falsePhones = suggestions.phones.filter((p) => !wanted.includes(digits(p)));
  if (falsePhones.length > 0) misses.push(`false phones: ${JSON.stringify(falsePhones)}`);
  const t = tallies[set ?? expected.set];
  t.words[0] += expected.words.length - missingWords.length;
  t.words[1] += expected.words.length;
  t.emails[0] += expected.emails.length - missingEmails.length;
  t.emails[1] += expected.emails.length;
  t.names[0] += nameOk ? 1 : 0;
  t.names[1] += 1;
  t.phones[0] += expected.phones.length - missingPhones.length;
  t.phones[1] += expected.phones.length;
  t.falsePhones += falsePhones.length;
  t.files.push(`${file}: ${misses.length === 0 ? 'all met' : misses.join('; ')}`);
  return misses;
}

describe('résumé corpus through extractText and suggestionsFromText', { timeout: 120_000 }, () => {
  const files = filesIn(REAL);

  it('has at least 15 files, 4 of them held out', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    expect(files.filter((f) => f.startsWith('heldout-')).length).toBeGreaterThanOrEqual(4);
  });

  for (const file of files) {
    it(`reads ${file} as expected`, async () => {
      expect(await check(REAL, file, null)).toEqual([]);
    });
  }

  if (EXTRA !== undefined && EXTRA !== '') {
    for (const file of filesIn(EXTRA)) {
      it(`reads ${file} (${EXTRA}) as expected`, async () => {
        expect(await check(EXTRA, file, 'extra')).toEqual([]);
      });
    }
  }
});
