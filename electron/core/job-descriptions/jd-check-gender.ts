// Gender-coded wording for the quality coach: Gaucher, Friesen & Kay (2011) stems matched the way gender-decoder does, plus the lean and findings. Pure; runs in core.
import { z } from 'zod';
import wordListsJson from '../../../resources/data/gender-coded-words.json';
import { type Finding, type FindingHighlight, type GenderLean } from '../../contract/jd-check-schemas';
import { FEMININE_ALTERNATIVES, MASCULINE_ALTERNATIVES } from './jd-check-gender-alternatives';
import { type AnalysedSection } from './jd-check-text';

// Parsed once at load: a malformed data file fails loudly in tests rather than silently finding nothing.
const GenderWordLists = z.object({
  source: z.string().min(1),
  license: z.string().min(1),
  matching: z.string(),
  feminine_coded_words: z.array(z.string().min(3)),
  masculine_coded_words: z.array(z.string().min(3)),
  hyphenated_coded_words: z.array(z.string()),
  non_coded_exceptions: z.array(z.string()),
});
export const GENDER_WORD_LISTS = GenderWordLists.parse(wordListsJson);

export type Gender = 'masculine' | 'feminine';
export interface CodedWord {
  sectionIndex: number;
  start: number;
  end: number;
  text: string;
  gender: Gender;
  stem: string;
}

interface Stem {
  stem: string;
  gender: Gender;
}

// Stems indexed by their first three letters (every stem has at least three), longest first, so each
// token is compared with a handful of stems rather than all ~100, and "dominant" matches the stem
// "dominant" once instead of both "domina" and "dominant" (gender-decoder counts such a word twice).
function indexStems(): Map<string, Stem[]> {
  const index = new Map<string, Stem[]>();
  const add = (stem: string, gender: Gender): void => {
    const key = stem.slice(0, 3);
    const bucket = index.get(key) ?? [];
    bucket.push({ stem, gender });
    bucket.sort((a, b) => b.stem.length - a.stem.length);
    index.set(key, bucket);
  };
  GENDER_WORD_LISTS.masculine_coded_words.forEach((s) => add(s.toLowerCase(), 'masculine'));
  GENDER_WORD_LISTS.feminine_coded_words.forEach((s) => add(s.toLowerCase(), 'feminine'));
  return index;
}
const STEM_INDEX = indexStems();
// The data's hyphenated list omits "head-strong" although the masculine list has it; taking every stem
// with a hyphen keeps such a word whole so that it can match at all.
const HYPHENATED = [
  ...GENDER_WORD_LISTS.hyphenated_coded_words,
  ...GENDER_WORD_LISTS.masculine_coded_words.filter((s) => s.includes('-')),
  ...GENDER_WORD_LISTS.feminine_coded_words.filter((s) => s.includes('-')),
].map((s) => s.toLowerCase());
const EXCEPTIONS = GENDER_WORD_LISTS.non_coded_exceptions.map((s) => s.toLowerCase());

/** The coded stem a lower-case word starts with, if any (exceptions such as "sharepoint" never match). */
export function matchStem(lower: string): Stem | undefined {
  if (EXCEPTIONS.some((e) => lower.startsWith(e))) return undefined;
  return STEM_INDEX.get(lower.slice(0, 3))?.find((s) => lower.startsWith(s.stem));
}

// Tokens split on whitespace and punctuation but keep hyphens, as in gender-decoder. Unlike it, accented
// letters stay part of a word (it replaced all non-ASCII with spaces, which split "naïve" in two).
const TOKEN_RE = /[\p{L}\p{N}-]+/gu;

/** Word parts to test: a hyphenated token stays whole only when it starts with a hyphenated coded stem. */
function tokenParts(token: string, start: number): Array<{ start: number; text: string }> {
  const lower = token.toLowerCase();
  if (!token.includes('-') || HYPHENATED.some((h) => lower.startsWith(h))) return [{ start, text: token }];
  const parts: Array<{ start: number; text: string }> = [];
  let offset = start;
  for (const piece of token.split('-')) {
    if (piece !== '') parts.push({ start: offset, text: piece });
    offset += piece.length + 1;
  }
  return parts;
}

/** Every coded word in the section bodies, in document order. Headings are not passed in, so never scored. */
export function findGenderCodedWords(sections: readonly AnalysedSection[]): CodedWord[] {
  const out: CodedWord[] = [];
  for (const section of sections) {
    for (const m of section.plain.text.matchAll(TOKEN_RE)) {
      for (const part of tokenParts(m[0], m.index ?? 0)) {
        const stem = matchStem(part.text.toLowerCase());
        if (stem === undefined) continue;
        out.push({ sectionIndex: section.sectionIndex, start: part.start, end: part.start + part.text.length, text: part.text, ...stem });
      }
    }
  }
  return out;
}

/** gender-decoder's verdict: feminine count minus masculine count, "strongly" beyond a difference of 3. */
export function genderLean(masculine: number, feminine: number): GenderLean {
  const score = feminine - masculine;
  if (score === 0) return feminine > 0 ? 'neutral' : 'no-coded-words';
  if (score > 3) return 'strongly-feminine';
  if (score > 0) return 'feminine';
  return score < -3 ? 'strongly-masculine' : 'masculine';
}

function toHighlight(word: CodedWord): FindingHighlight {
  const map = word.gender === 'masculine' ? MASCULINE_ALTERNATIVES : FEMININE_ALTERNATIVES;
  return {
    sectionIndex: word.sectionIndex,
    start: word.start,
    end: word.end,
    text: word.text,
    suggestions: [...(map[word.stem] ?? [])],
    label: `${word.gender}-coded`,
  };
}

/** "“competitive” → “motivated”, …" for the first few distinct words that have an alternative. */
function swapExamples(words: readonly CodedWord[], limit: number): string {
  const seen = new Set<string>();
  const examples: string[] = [];
  for (const word of words) {
    const lower = word.text.toLowerCase();
    const alternative = toHighlight(word).suggestions[0];
    if (seen.has(lower) || alternative === undefined) continue;
    seen.add(lower);
    examples.push(`“${word.text}” → “${alternative}”`);
    if (examples.length === limit) break;
  }
  return examples.join(', ');
}

const STUDY =
  'In Gaucher, Friesen & Kay (2011), job ads with more masculine-coded words (such as “competitive”, ' +
  '“dominant”, “leader”) were rated less appealing by women, who also expected to belong less in the job; ' +
  'the wording did not change how able women felt to do it.';

function masculineFinding(words: readonly CodedWord[], lean: GenderLean): Finding {
  const strongly = lean === 'strongly-masculine';
  const leansMasculine = strongly || lean === 'masculine';
  const examples = swapExamples(words, 3);
  return {
    id: 'masculine-coded-words',
    category: 'inclusive-language',
    severity: strongly ? 'high' : leansMasculine ? 'medium' : 'low',
    title: `${words.length} masculine-coded word${words.length === 1 ? '' : 's'}${leansMasculine ? ` — the posting leans ${strongly ? 'strongly ' : ''}masculine` : ''}`,
    explanation: `${STUDY} Fewer applicants from half the workforce means a smaller pool for you.`,
    fix:
      `Swap the highlighted words for neutral ones${examples === '' ? '' : `, e.g. ${examples}`}. ` +
      'Keep a word where it is literal and needed (a job title such as “Team Lead”).',
    weight: strongly ? 12 : leansMasculine ? 7 : 2,
    highlights: words.map(toHighlight),
  };
}

function feminineFinding(words: readonly CodedWord[], lean: GenderLean): Finding {
  const strongly = lean === 'strongly-feminine';
  return {
    id: 'feminine-coded-words',
    category: 'inclusive-language',
    severity: 'low',
    title: `${words.length} feminine-coded word${words.length === 1 ? '' : 's'}${strongly ? ' — the posting leans strongly feminine' : ''}`,
    explanation:
      'The same study found feminine-coded words (such as “support”, “understand”, “together”) made little ' +
      'difference to how appealing men found a job, so these are shown for balance rather than as a problem.',
    fix: strongly
      ? `For balance, swap a few highlighted words for neutral ones${swapExamples(words, 2) === '' ? '' : `, e.g. ${swapExamples(words, 2)}`}.`
      : 'No change needed; keep the wording balanced as you edit.',
    weight: strongly ? 2 : 0,
    highlights: words.map(toHighlight),
  };
}

export interface GenderReport {
  masculineCount: number;
  feminineCount: number;
  lean: GenderLean;
  findings: Finding[];
}

export function genderReport(sections: readonly AnalysedSection[]): GenderReport {
  const words = findGenderCodedWords(sections);
  const masculine = words.filter((w) => w.gender === 'masculine');
  const feminine = words.filter((w) => w.gender === 'feminine');
  const lean = genderLean(masculine.length, feminine.length);
  const findings: Finding[] = [];
  if (masculine.length > 0) findings.push(masculineFinding(masculine, lean));
  if (feminine.length > 0) findings.push(feminineFinding(feminine, lean));
  return { masculineCount: masculine.length, feminineCount: feminine.length, lean, findings };
}
