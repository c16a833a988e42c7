// The real job-posting corpus (tests/fixtures/jd/real, see SOURCES.md): each file parsed by its extension and
// compared with its .expected.json (written before the parser was changed). Prints title accuracy and section
// accuracy (heading as written + item count) per set, and fails when a set drops below its floor. The tuning
// set's misses are printed, and so are held-out sets 1 to 15's (each retired to tuning once its score had been seen,
// see SOURCES.md). A held-out set not yet read (HIDDEN_SETS in jd-readings.ts) is scored, never read for tuning: its
// totals print only when JD_MEASURE_HELD_OUT names it, its misses never. Runs in Vitest (Node).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SECTION_HEADINGS, type ParsedJobDescription, type SectionKind } from '../../electron/contract/jd-schemas';
import { parseJobDescriptionFile } from '../../electron/core/job-descriptions/jd-import-formats';
import { fieldKey, HIDDEN_SETS, matchSections, sameField, sameText } from '../helpers/jd-readings';

const REAL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/jd/real');

/**
 * A hidden set's totals print only when JD_MEASURE_HELD_OUT names it (JD_MEASURE_HELD_OUT=held-out-N, once, at the end of
 * a round); its misses never print. Otherwise its floor is still enforced, but a failure says so without its figures.
 */
const MEASURED = new Set((process.env.JD_MEASURE_HELD_OUT ?? '').split(',').map((name) => name.trim()));
const hidden = (set: string): boolean => HIDDEN_SETS.includes(set) && !MEASURED.has(set);

/**
 * Shares (met/total) the sets must keep: what was measured when the rules last changed (see SOURCES.md). The
 * held-out target is 90%; a floor is what the rules reach today, so it can only go up.
 */
const FLOORS = {
  /** Held-out set 1, retired to tuning after its score was seen (11/13, 29/36 at 004b98d); 13/13, 33/33 after the sixth round. */
  'held-out': { title: 13 / 13, sections: 33 / 33 },
  /** Held-out set 2 (`heldout2-*`), retired to tuning after its score was seen (13/15, 33/46 at f59a3b8); tuned on since. */
  'held-out-2': { title: 15 / 15, sections: 41 / 41 },
  /**
   * Held-out set 3 (`heldout3-*`): 10/16 titles, 40/68 sections before the third round's rules (at b7b8c75),
   * 11/16 and 40/69 after them (measured once, at 9a88563); retired to tuning since that score was seen.
   * Tuned on in the fourth round (15/16, 56/60 after it) and the sixth (16/16, 57/60 after it).
   */
  'held-out-3': { title: 16 / 16, sections: 57 / 60 },
  /**
   * Held-out set 4 (`heldout4-*`): measured once, after the fourth round: titles 15/18, sections 43/77 (far below
   * 90%); retired to tuning since that score was seen. Tuned on in the fifth round (17/18, 55/67 after it) and the
   * sixth (18/18, 58/65 after it).
   */
  'held-out-4': { title: 18 / 18, sections: 58 / 65 },
  /**
   * Held-out set 5 (`heldout5-*`): 12/14 titles and 33/50 sections with the fourth round's rules, 12/14 and 34/50
   * after the fifth round (measured once, at 2075e25); retired to tuning since that score was seen. Tuned on in the
   * sixth round (14/14, 41/44 after it); 14/14, 43/43 after the twelfth.
   */
  'held-out-5': { title: 14 / 14, sections: 43 / 43 },
  /**
   * Held-out set 6 (`heldout6-*`): 13/17 titles and 51/70 sections with the fifth round's rules, 13/17 and 51/68 after
   * the sixth round (measured once, at 857c28e); retired to tuning since that score was seen. Tuned on in the seventh
   * round (15/17, 57/62 after it); 16/17, 58/62 after the ninth.
   */
  'held-out-6': { title: 16 / 17, sections: 58 / 62 },
  /**
   * Held-out set 7 (`heldout7-*`): 12/17 titles and 42/70 sections with the sixth round's rules and the same after the
   * seventh round (both measured once, after the round); retired to tuning since that score was seen. Tuned on in the
   * eighth round (12/17, 45/66 after it), the ninth (13/17, 49/62 after it) and the tenth (13/17, 52/62 after it).
   */
  'held-out-7': { title: 13 / 17, sections: 52 / 62 },
  /**
   * Held-out set 8 (`heldout8-*`): committed after the seventh round and measured once with its rules: 12/15 titles,
   * 40/54 sections (the sixth round's rules score the same); retired to tuning since that score was seen. Tuned on in
   * the eighth round (15/15, 43/52 after it) and the ninth (15/15, 48/50 after it); 15/15, 49/50 after the twelfth.
   */
  'held-out-8': { title: 15 / 15, sections: 49 / 50 },
  /**
   * Held-out set 9 (`heldout9-*`): committed before the eighth round and measured once with its rules and once with the
   * seventh round's: 15/18 titles, 42/66 sections (63.6%) both times, far below 90%; retired to tuning in the ninth
   * round, since that score was seen, and tuned on in it (18/18, 54/61 after it) and in the tenth (18/18, 57/61).
   */
  'held-out-9': { title: 18 / 18, sections: 57 / 61 },
  /**
   * Held-out set 10 (`heldout10-*`): its totals were seen once with the eighth round's rules (a filter meant to hide
   * them missed the set): 12/17 titles, 38/82 sections; measured once after the ninth round (at b1c163b): 12/17 titles,
   * 39/82 sections (47.6%); retired to tuning for the tenth round, since that score was seen, and tuned on in it
   * (15/17, 53/58 after it).
   */
  'held-out-10': { title: 15 / 17, sections: 53 / 58 },
  /**
   * Held-out set 11 (`heldout11-*`), not tuned on: committed after the ninth round, before the parser was run on it, and
   * measured once after the tenth round (at 0c3ed31): titles 12/17, sections 38/56 (67.9%), the same as the ninth
   * round's rules score on it (a835a5d, measured the same day); retired to tuning for the eleventh round, since that
   * score was seen, and tuned on in it (12/17, 44/52 after it) and in the twelfth (15/17, 47/51 after it).
   */
  'held-out-11': { title: 15 / 17, sections: 47 / 51 },
  /**
   * Held-out set 12 (`heldout12-*`), not tuned on: committed after the tenth round (8645ade), before the parser was run
   * on it, and measured once after the eleventh round (at f251f89): 16/17 titles, 56/69 sections (81.2%), the same as
   * the tenth round's rules score on it (7cd7db2, measured the same day); retired to tuning for the twelfth round, since
   * that score was seen, and tuned on in it (17/17, 63/63 after it).
   */
  'held-out-12': { title: 17 / 17, sections: 63 / 63 },
  /**
   * Held-out set 13 (`heldout13-*`): collected at the same time as set 12 by another collector, committed before the
   * parser was run on it (7cd7db2), and measured once after the twelfth round (at 5439cca): 15/16 titles, 49/51 sections
   * (96.1%), the same as the eleventh round's rules score on it (3ea5239, measured the same day); retired to tuning for
   * the thirteenth round.
   */
  'held-out-13': { title: 15 / 16, sections: 49 / 51 },
  /**
   * Held-out set 14 (`heldout14-*`): collected while sets 12 and 13 were unread, committed before the
   * parser was run on it (642d4e3), and measured once after the twelfth round (at 5439cca): 15/16 titles, 52/63 sections
   * (82.5%), the same as the eleventh round's rules score on it; retired to tuning for the thirteenth round (15/16,
   * 60/60 after it).
   */
  'held-out-14': { title: 15 / 16, sections: 60 / 60 },
  /**
   * Held-out set 15 (`heldout15-*`), not tuned on: collected while sets 13 and 14 were unread (hidden), committed before
   * the parser was run on any of it (26665f5), and measured once after the thirteenth round (at 1a953b5): 14/16 titles,
   * 44/54 sections (81.5%), the same as the twelfth round's rules score on it (5d8b2ca); retired to tuning for the
   * fourteenth round (15/16, 52/52 after it).
   */
  'held-out-15': { title: 15 / 16, sections: 52 / 52 },
  /**
   * Held-out set 16 (`heldout16-*`, 13 postings), not tuned on: committed before the parser was run on it (fbdecc7), and
   * measured once after the fourteenth round (at 4b176e0): 12/13 titles, 35/38 sections (92.1%), the same as the
   * thirteenth round's rules score on it (a542232). Its misses have never been printed.
   */
  'held-out-16': { title: 12 / 13, sections: 35 / 38 },
  /** The tuning set: 35/38, 122/132 before the sixth round, 37/38, 124/130 after it. */
  tuning: { title: 37 / 38, sections: 124 / 130 },
} as const;

type SetName = keyof typeof FLOORS;

interface ExpectedSection {
  /** As written; "" for an opening block with no heading. */
  heading: string;
  kind: SectionKind;
  items: number;
}

interface Expected {
  set: SetName;
  title: string | null;
  fields: Record<string, string>;
  sections: ExpectedSection[];
}

interface Tally {
  met: number;
  total: number;
}

interface SetScore {
  files: number;
  title: Tally;
  sections: Tally;
  kinds: Tally;
  fields: Tally;
  misses: string[];
}

const postings = fs
  .readdirSync(REAL)
  .filter((name) => /\.(txt|md|html|docx)$/.test(name) && name !== 'SOURCES.md')
  .sort();

/** The parser's name for an opening block that had no heading (the first section, under a default heading). */
function isUntitled(parsed: ParsedJobDescription, index: number): boolean {
  const section = parsed.sections[index];
  return index === 0 && section !== undefined && section.heading === DEFAULT_SECTION_HEADINGS[section.kind];
}

/** Expected sections matched in order (jd-readings.ts); each unmatched parsed section (bar an untitled opening) counts against. */
function scoreSections(expected: Expected, parsed: ParsedJobDescription, score: SetScore, file: string): void {
  const got = parsed.sections.map((s, i) => ({ heading: s.heading, items: s.bullets.length, untitled: isUntitled(parsed, i) }));
  const { matched, extra } = matchSections(expected.sections, got);
  expected.sections.forEach((want, k) => {
    score.sections.total += 1;
    const found = matched[k] ?? -1;
    if (found < 0) {
      score.misses.push(`${file}: section ${JSON.stringify(want.heading)} with ${want.items} items`);
      return;
    }
    score.sections.met += 1;
    score.kinds.total += 1;
    const kind = parsed.sections[found]?.kind;
    if (kind === want.kind) score.kinds.met += 1;
    else score.misses.push(`${file}: section ${JSON.stringify(want.heading)} is ${kind}, not ${want.kind}`);
  });
  for (const i of extra) {
    const s = parsed.sections[i];
    score.sections.total += 1;
    score.misses.push(`${file}: extra section ${JSON.stringify(s?.heading)} with ${s?.bullets.length ?? 0} items`);
  }
}

function scoreFields(expected: Expected, parsed: ParsedJobDescription, score: SetScore, file: string): void {
  const got = new Map(Object.entries(parsed.fields).map(([label, value]) => [fieldKey(label), value]));
  for (const [label, value] of Object.entries(expected.fields)) {
    score.fields.total += 1;
    const have = got.get(fieldKey(label));
    if (have !== undefined && sameField(have, value)) score.fields.met += 1;
    else score.misses.push(`${file}: field ${JSON.stringify(label)} = ${JSON.stringify(value)} (got ${JSON.stringify(have ?? null)})`);
  }
}

const emptyScore = (): SetScore => ({
  files: 0,
  title: { met: 0, total: 0 },
  sections: { met: 0, total: 0 },
  kinds: { met: 0, total: 0 },
  fields: { met: 0, total: 0 },
  misses: [],
});

const scores: Record<SetName, SetScore> = {
  'held-out': emptyScore(),
  'held-out-2': emptyScore(),
  'held-out-3': emptyScore(),
  'held-out-4': emptyScore(),
  'held-out-5': emptyScore(),
  'held-out-6': emptyScore(),
  'held-out-7': emptyScore(),
  'held-out-8': emptyScore(),
  'held-out-9': emptyScore(),
  'held-out-10': emptyScore(),
  'held-out-11': emptyScore(),
  'held-out-12': emptyScore(),
  'held-out-13': emptyScore(),
  'held-out-14': emptyScore(),
  'held-out-15': emptyScore(),
  'held-out-16': emptyScore(),
  tuning: emptyScore(),
};

/** The set a file's name puts it in. */
function setOf(file: string): SetName {
  if (file.startsWith('heldout16-')) return 'held-out-16';
  if (file.startsWith('heldout15-')) return 'held-out-15';
  if (file.startsWith('heldout14-')) return 'held-out-14';
  if (file.startsWith('heldout13-')) return 'held-out-13';
  if (file.startsWith('heldout12-')) return 'held-out-12';
  if (file.startsWith('heldout11-')) return 'held-out-11';
  if (file.startsWith('heldout10-')) return 'held-out-10';
  if (file.startsWith('heldout9-')) return 'held-out-9';
  if (file.startsWith('heldout8-')) return 'held-out-8';
  if (file.startsWith('heldout7-')) return 'held-out-7';
  if (file.startsWith('heldout6-')) return 'held-out-6';
  if (file.startsWith('heldout5-')) return 'held-out-5';
  if (file.startsWith('heldout4-')) return 'held-out-4';
  if (file.startsWith('heldout3-')) return 'held-out-3';
  if (file.startsWith('heldout2-')) return 'held-out-2';
  return file.startsWith('heldout-') ? 'held-out' : 'tuning';
}

const share = (t: Tally): number => (t.total === 0 ? 1 : t.met / t.total);
const shown = (t: Tally): string => `${t.met}/${t.total} (${(share(t) * 100).toFixed(1)}%)`;

beforeAll(async () => {
  for (const file of postings) {
    const expected = JSON.parse(fs.readFileSync(path.join(REAL, file.replace(/\.[a-z]+$/, '.expected.json')), 'utf8')) as Expected;
    const parsed = await parseJobDescriptionFile(fs.readFileSync(path.join(REAL, file)), file);
    const score = scores[expected.set];
    score.files += 1;
    score.title.total += 1;
    if (sameText(parsed.title, expected.title)) score.title.met += 1;
    else score.misses.push(`${file}: title ${JSON.stringify(expected.title)} (got ${JSON.stringify(parsed.title)})`);
    scoreSections(expected, parsed, score, file);
    scoreFields(expected, parsed, score, file);
  }
  for (const [set, s] of Object.entries(scores)) {
    if (hidden(set)) {
      console.log(
        `JD corpus, ${set} set (${s.files} files): totals hidden; measure them once, at the end of a round, with ` +
          `JD_MEASURE_HELD_OUT=${set} npx vitest run tests/unit/jd-real-corpus.test.ts`,
      );
      continue;
    }
    console.log(
      `JD corpus, ${set} set (${s.files} files): title ${shown(s.title)}, sections ${shown(s.sections)}, ` +
        `kinds of matched sections ${shown(s.kinds)}, fields ${shown(s.fields)}`,
    );
  }
  if (scores.tuning.misses.length > 0) console.log(`Tuning set misses:\n  ${scores.tuning.misses.join('\n  ')}`);
  // Held-out set 1 was retired to tuning after its score had been seen; its misses are tuning data now.
  if (scores['held-out'].misses.length > 0) {
    console.log(`Held-out set 1 (retired to tuning) misses:\n  ${scores['held-out'].misses.join('\n  ')}`);
  }
  // Held-out set 2 was retired to tuning in turn after its score (at f59a3b8) had been seen.
  if (scores['held-out-2'].misses.length > 0) {
    console.log(`Held-out set 2 (retired to tuning) misses:\n  ${scores['held-out-2'].misses.join('\n  ')}`);
  }
  // Held-out set 3 was retired to tuning in turn after its score (at 9a88563) had been seen.
  if (scores['held-out-3'].misses.length > 0) {
    console.log(`Held-out set 3 (retired to tuning) misses:\n  ${scores['held-out-3'].misses.join('\n  ')}`);
  }
  // Held-out set 4 was retired to tuning in turn after its score (after the fourth round) had been seen.
  if (scores['held-out-4'].misses.length > 0) {
    console.log(`Held-out set 4 (retired to tuning) misses:\n  ${scores['held-out-4'].misses.join('\n  ')}`);
  }
  // Held-out set 5 was retired to tuning in turn after its score (after the fifth round, at 2075e25) had been seen.
  if (scores['held-out-5'].misses.length > 0) {
    console.log(`Held-out set 5 (retired to tuning) misses:\n  ${scores['held-out-5'].misses.join('\n  ')}`);
  }
  // Held-out set 6 was retired to tuning in turn after its score (after the sixth round, at 857c28e) had been seen.
  if (scores['held-out-6'].misses.length > 0) {
    console.log(`Held-out set 6 (retired to tuning) misses:\n  ${scores['held-out-6'].misses.join('\n  ')}`);
  }
  // Held-out sets 7 and 8 were retired to tuning in turn after their scores (after the seventh round) had been seen.
  // Held-out set 9 was retired to tuning in turn after its one measurement (with the eighth round's rules), and set 10
  // after its one measurement (after the ninth round).
  // Held-out set 11 after its one measurement (after the tenth round), and set 12 after its (after the eleventh).
  // Held-out sets 13 and 14 after their one measurement (after the twelfth round), for the thirteenth.
  // Held-out set 15 after its one measurement (after the thirteenth round), for the fourteenth.
  for (const set of ['held-out-7', 'held-out-8', 'held-out-9', 'held-out-10', 'held-out-11', 'held-out-12', 'held-out-13', 'held-out-14', 'held-out-15'] as const) {
    if (hidden(set)) continue;
    if (scores[set].misses.length > 0) console.log(`Held-out set ${set.replace('held-out-', '')} (retired to tuning) misses:\n  ${scores[set].misses.join('\n  ')}`);
  }
});

describe('real job postings', () => {
  it('has at least 40 postings, 12 of them held out, 15 in held-out set 2, 14 in set 3, 16 in set 4, 14 in set 5, 17 in set 6, 17 in set 7, 15 in set 8, 18 in set 9, 17 in set 10, 17 in set 11, 17 in set 12 and 16 in set 13, each with an expectation', () => {
    expect(postings.length).toBeGreaterThanOrEqual(40);
    expect(postings.filter((f) => f.startsWith('heldout-')).length).toBeGreaterThanOrEqual(12);
    expect(postings.filter((f) => f.startsWith('heldout2-')).length).toBeGreaterThanOrEqual(15);
    expect(postings.filter((f) => f.startsWith('heldout3-')).length).toBeGreaterThanOrEqual(14);
    expect(postings.filter((f) => f.startsWith('heldout4-')).length).toBeGreaterThanOrEqual(16);
    expect(postings.filter((f) => f.startsWith('heldout5-')).length).toBeGreaterThanOrEqual(14);
    expect(postings.filter((f) => f.startsWith('heldout6-')).length).toBeGreaterThanOrEqual(17);
    expect(postings.filter((f) => f.startsWith('heldout7-')).length).toBeGreaterThanOrEqual(17);
    expect(postings.filter((f) => f.startsWith('heldout8-')).length).toBeGreaterThanOrEqual(15);
    expect(postings.filter((f) => f.startsWith('heldout9-')).length).toBeGreaterThanOrEqual(18);
    expect(postings.filter((f) => f.startsWith('heldout10-')).length).toBeGreaterThanOrEqual(17);
    expect(postings.filter((f) => f.startsWith('heldout11-')).length).toBeGreaterThanOrEqual(17);
    expect(postings.filter((f) => f.startsWith('heldout12-')).length).toBeGreaterThanOrEqual(17);
    expect(postings.filter((f) => f.startsWith('heldout13-')).length).toBeGreaterThanOrEqual(16);
    expect(postings.filter((f) => f.startsWith('heldout14-')).length).toBeGreaterThanOrEqual(16);
    expect(postings.filter((f) => f.startsWith('heldout15-')).length).toBeGreaterThanOrEqual(16);
    expect(postings.filter((f) => f.startsWith('heldout16-')).length).toBeGreaterThanOrEqual(13);
    const scored = Object.values(scores).reduce((sum, s) => sum + s.files, 0);
    expect(scored).toBe(postings.length);
  });

  it('keeps every file in the set its name says', () => {
    for (const file of postings) {
      const expected = JSON.parse(fs.readFileSync(path.join(REAL, file.replace(/\.[a-z]+$/, '.expected.json')), 'utf8')) as Expected;
      expect(expected.set, file).toBe(setOf(file));
    }
  });

  for (const set of ['held-out', 'held-out-2', 'held-out-3', 'held-out-4', 'held-out-5', 'held-out-6', 'held-out-7', 'held-out-8', 'held-out-9', 'held-out-10', 'held-out-11', 'held-out-12', 'held-out-13', 'held-out-14', 'held-out-15', 'held-out-16', 'tuning'] as const) {
    it(`keeps the ${set} set at or above its floor`, () => {
      if (hidden(set)) {
        // A plain yes/no, so a failure names no figure of the set that is not read.
        const above = share(scores[set].title) >= FLOORS[set].title && share(scores[set].sections) >= FLOORS[set].sections;
        expect(above, `${set} fell below its floor (figures hidden)`).toBe(true);
        return;
      }
      expect(share(scores[set].title)).toBeGreaterThanOrEqual(FLOORS[set].title);
      expect(share(scores[set].sections)).toBeGreaterThanOrEqual(FLOORS[set].sections);
    });
  }
});
