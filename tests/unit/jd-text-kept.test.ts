// The owner's text survives the job-description import: every word of the real postings in tests/fixtures/jd/real
// (.txt and .md, read as pasted; the held-out sets not yet read are left to their own test) is found in what the import
// reads (title, fields, headings, paragraphs, items), but for page furniture the parser drops on purpose (a site's
// menu, "Skip to main content", a page's front matter, list numbers left alone on their lines). Prints the share of
// words kept and the lines that lost most of theirs, and fails below the share measured when the rule that keeps the
// lines before the first heading was written (tenth round). Runs in Vitest (Node).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseJobDescriptionFile } from '../../electron/core/job-descriptions/jd-import-formats';
import { HIDDEN_PREFIXES } from '../helpers/jd-readings';

const REAL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/jd/real');
/**
 * The postings alone (SOURCES.md, the corpus's notes, is no posting): 47,408 of 48,333 words (98.09%) with the ninth
 * round's rules, 47,560 (98.40%) with the tenth's, 47,623 (98.53%) after the eleventh kept a heading over a sub-heading
 * and the place after the title's dash. With set 12 retired to tuning (195 postings): 51,116 of 51,855 (98.57%) before the
 * twelfth round, 51,134 (98.61%) after it kept a heading at a posting's end, a lead-in's colon and a first line the title
 * did not come from. With sets 13 and 14 retired to tuning (225 postings): 58,443 of 59,214 (98.70%) before the thirteenth
 * round, 58,444 after it; the rest are listed by the test.
 */
const KEPT_FLOOR = 0.985;

const words = (text: string): string[] => text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];

describe('the owner’s text in the job-description import', () => {
  it('keeps nearly every word of real postings; what goes is page furniture', async () => {
    // SOURCES.md is the corpus's notes, not a posting.
    const files = fs.readdirSync(REAL).filter((f) => /\.(txt|md)$/.test(f) && f !== 'SOURCES.md' && !HIDDEN_PREFIXES.some((prefix) => f.startsWith(prefix))).sort();
    expect(files.length).toBeGreaterThan(100);
    let total = 0;
    let missing = 0;
    const lost: string[] = [];
    for (const file of files) {
      const raw = fs.readFileSync(path.join(REAL, file));
      const parsed = await parseJobDescriptionFile(raw, file);
      const read = [parsed.title ?? '', ...Object.entries(parsed.fields).flat(), ...parsed.sections.flatMap((s) => [s.heading, ...s.paragraphs, ...s.bullets])];
      const found = new Set(words(read.join(' ')));
      for (const line of raw.toString('utf8').split(/\r?\n/)) {
        const lineWords = words(line);
        const gone = lineWords.filter((word) => !found.has(word));
        total += lineWords.length;
        missing += gone.length;
        if (gone.length > 0 && gone.length / lineWords.length > 0.5) lost.push(`${file}: ${line.trim().slice(0, 100)}`);
      }
    }
    const kept = (total - missing) / total;
    console.log(`Words of ${files.length} real postings kept by the import: ${total - missing}/${total} (${(kept * 100).toFixed(2)}%). Lines that lost most of their words:\n  ${lost.join('\n  ')}`);
    expect(kept).toBeGreaterThanOrEqual(KEPT_FLOOR);
  });
});
