// How far two careful readers of the same real postings agree, scored by the rule the parser is scored by
// (tests/helpers/jd-readings.ts): a second reader wrote down held-out sets 7 and 8 (32 postings) from the files and the
// general conventions alone, without seeing the first reader's expectations or any parser output
// (tests/fixtures/jd/real/second-reader/, with NOTES.md on each judgment call). Prints their agreement per set and each
// disagreement; fails when a posting has no second reading or the agreement falls below the floor measured when they
// were written. Runs in Vitest (Node).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldKey, matchSections, sameField, sameText } from '../helpers/jd-readings';

const REAL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/jd/real');
const SECOND = path.join(REAL, 'second-reader');

interface Reading {
  title: string | null;
  fields: Record<string, string>;
  sections: { heading: string; kind: string; items: number }[];
}

interface Tally {
  met: number;
  total: number;
}

const postings = fs.readdirSync(REAL).filter((name) => /^heldout[78]-.*\.(txt|md|html|docx)$/.test(name)).sort();
const read = (file: string): Reading => JSON.parse(fs.readFileSync(file, 'utf8')) as Reading;
const share = (t: Tally): number => (t.total === 0 ? 1 : t.met / t.total);
const shown = (t: Tally): string => `${t.met}/${t.total} (${(share(t) * 100).toFixed(1)}%)`;

const agreement = { titles: { met: 0, total: 0 }, sections: { met: 0, total: 0 }, fields: { met: 0, total: 0 } };
const perSet = new Map<string, { titles: Tally; sections: Tally }>();
const disagreements: string[] = [];

beforeAll(() => {
  for (const file of postings) {
    const name = file.replace(/\.[a-z]+$/, '.expected.json');
    const second = path.join(SECOND, name);
    if (!fs.existsSync(second)) continue;
    const first = read(path.join(REAL, name));
    const other = read(second);
    const set = file.startsWith('heldout7-') ? 'held-out set 7' : 'held-out set 8';
    const tally = perSet.get(set) ?? { titles: { met: 0, total: 0 }, sections: { met: 0, total: 0 } };
    perSet.set(set, tally);
    for (const t of [agreement.titles, tally.titles]) t.total += 1;
    if (sameText(first.title, other.title)) for (const t of [agreement.titles, tally.titles]) t.met += 1;
    else disagreements.push(`${file}: title ${JSON.stringify(first.title)} / ${JSON.stringify(other.title)}`);
    const got = other.sections.map((s) => ({ heading: s.heading, items: s.items, untitled: s.heading === '' }));
    const { matched, extra } = matchSections(first.sections, got);
    first.sections.forEach((want, k) => {
      for (const t of [agreement.sections, tally.sections]) t.total += 1;
      if ((matched[k] ?? -1) >= 0) for (const t of [agreement.sections, tally.sections]) t.met += 1;
      else disagreements.push(`${file}: first reader's section ${JSON.stringify(want.heading)} with ${want.items} items`);
    });
    for (const i of extra) {
      for (const t of [agreement.sections, tally.sections]) t.total += 1;
      disagreements.push(`${file}: second reader's section ${JSON.stringify(other.sections[i]?.heading)} with ${other.sections[i]?.items ?? 0} items`);
    }
    const fields = new Map(Object.entries(other.fields).map(([label, value]) => [fieldKey(label), value]));
    for (const [label, value] of Object.entries(first.fields)) {
      agreement.fields.total += 1;
      const have = fields.get(fieldKey(label));
      if (have !== undefined && sameField(have, value)) agreement.fields.met += 1;
    }
  }
  for (const [set, t] of perSet) console.log(`Two readers, ${set}: titles ${shown(t.titles)}, sections ${shown(t.sections)}`);
  console.log(`Two readers, both sets: titles ${shown(agreement.titles)}, sections ${shown(agreement.sections)}, fields ${shown(agreement.fields)}`);
  if (disagreements.length > 0) console.log(`Where they differ:\n  ${disagreements.join('\n  ')}`);
});

describe('two readers of the same postings', () => {
  it('has a second reading of every posting in held-out sets 7 and 8', () => {
    expect(postings.length).toBe(32);
    const missing = postings.filter((file) => !fs.existsSync(path.join(SECOND, file.replace(/\.[a-z]+$/, '.expected.json'))));
    expect(missing).toEqual([]);
  });

  it('agree on at least the share measured when the second reading was written (titles 31/32, sections 102/109)', () => {
    expect(share(agreement.titles)).toBeGreaterThanOrEqual(31 / 32);
    expect(share(agreement.sections)).toBeGreaterThanOrEqual(102 / 109);
  });
});
