// Readability for the quality coach: syllable heuristic, Flesch reading ease, Flesch–Kincaid grade and the "hard to read" findings. Pure; runs in core.
import { type Finding, type FindingHighlight } from '../../contract/jd-check-schemas';
import { type AnalysedSection, type Sentence } from './jd-check-text';

export interface ReadabilityStats {
  wordCount: number;
  sentenceCount: number;
  syllableCount: number;
  /** Unrounded; the result rounds to one decimal for display. */
  fleschReadingEase: number;
  gradeLevel: number;
}

/**
 * Syllables in one word, by a heuristic (no dictionary, so it stays small and offline):
 * 1. lower-case, strip accents and non-letters; a token with no letters (a number) or of ≤ 3 letters is 1;
 * 2. count groups of consecutive vowels (a e i o u y);
 * 3. subtract one for a silent ending: final -e after a consonant (make; but not -le as in table),
 *    -ed not after t/d (worked; but wanted), -es not after a sibilant (makes; but pages, boxes, tables),
 *    or an e before -ly / -ment / -ful (likely, management, useful);
 * 4. never less than 1.
 * It is right for most common English words and off by one on some (create, employee), which moves
 * a whole posting's scores by a point or two at most.
 */
export function countSyllables(word: string): number {
  const key = word.toLowerCase();
  const cached = SYLLABLE_CACHE.get(key);
  if (cached !== undefined) return cached;
  // The check runs on every pause in typing over the same few hundred distinct words; remembering them
  // halves its time. Bounded so a long session cannot grow it without limit.
  if (SYLLABLE_CACHE.size >= 20_000) SYLLABLE_CACHE.clear();
  const count = syllablesUncached(key);
  SYLLABLE_CACHE.set(key, count);
  return count;
}
const SYLLABLE_CACHE = new Map<string, number>();

function syllablesUncached(lower: string): number {
  const w = (/^[a-z]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '')).replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  let count = (w.match(/[aeiouy]+/g) ?? []).length;
  if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) count--;
  else if (/[^aeiouytd]ed$/.test(w)) count--;
  else if (/[^aeiouysxzcgh]es$/.test(w) && !/[^aeiouy]les$/.test(w)) count--;
  else if (/[^aeiouy]e(ly|ments?|ful|fully)$/.test(w)) count--;
  return Math.max(1, count);
}

/** Flesch (1948) reading ease and Kincaid et al. (1975) grade level over all section bodies. */
export function readabilityStats(sections: readonly AnalysedSection[]): ReadabilityStats {
  let wordCount = 0;
  let sentenceCount = 0;
  let syllableCount = 0;
  for (const section of sections) {
    for (const sentence of section.sentences) {
      sentenceCount++;
      wordCount += sentence.words.length;
      for (const word of sentence.words) syllableCount += countSyllables(word.text);
    }
  }
  if (wordCount === 0 || sentenceCount === 0) {
    return { wordCount, sentenceCount, syllableCount, fleschReadingEase: 0, gradeLevel: 0 };
  }
  const wordsPerSentence = wordCount / sentenceCount;
  const syllablesPerWord = syllableCount / wordCount;
  return {
    wordCount,
    sentenceCount,
    syllableCount,
    fleschReadingEase: 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord,
    gradeLevel: 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59,
  };
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** A sentence this long is hard to follow on a phone screen; plain-language guides put the limit near 20–25. */
const LONG_SENTENCE_WORDS = 20;
/** Past this even an otherwise easy posting has a sentence worth splitting. */
const VERY_LONG_SENTENCE_WORDS = 35;
/** Below this the formulas swing wildly on one sentence, so they are not worth a finding. */
const MIN_WORDS_FOR_READABILITY = 50;

/** The `limit` longest sentences over `minWords` words, longest first, as highlights. */
export function longestSentenceHighlights(sections: readonly AnalysedSection[], minWords: number, limit = 3): FindingHighlight[] {
  const all: Array<{ sectionIndex: number; sentence: Sentence }> = [];
  for (const section of sections) {
    for (const sentence of section.sentences) {
      if (sentence.words.length >= minWords) all.push({ sectionIndex: section.sectionIndex, sentence });
    }
  }
  all.sort((a, b) => b.sentence.words.length - a.sentence.words.length);
  return all.slice(0, limit).map(({ sectionIndex, sentence }) => ({
    sectionIndex,
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
    suggestions: [],
    label: 'long-sentence',
  }));
}

interface Band {
  severity: Finding['severity'];
  weight: number;
  verdict: string;
}

/**
 * Bands follow Flesch's own scale (0–30 very difficult, 30–50 difficult, 50–60 fairly difficult, 60–70
 * plain English) and the usual plain-language target of about grade 8–10 for material meant for the
 * general public, which is who reads a small business's posting.
 */
function readabilityBand(stats: ReadabilityStats): Band | null {
  const { fleschReadingEase: ease, gradeLevel: grade } = stats;
  if (ease < 30) return { severity: 'high', weight: 10, verdict: 'very hard to read' };
  if (ease < 50 || grade > 12) return { severity: 'medium', weight: 6, verdict: 'hard to read' };
  if (ease < 60 || grade > 10) return { severity: 'low', weight: 3, verdict: 'fairly hard to read' };
  return null;
}

function hardToReadFinding(sections: readonly AnalysedSection[], stats: ReadabilityStats, band: Band): Finding {
  const highlights = longestSentenceHighlights(sections, LONG_SENTENCE_WORDS);
  const perSentence = round1(stats.wordCount / stats.sentenceCount);
  return {
    id: 'hard-to-read',
    category: 'readability',
    severity: band.severity,
    title: `The posting is ${band.verdict}`,
    explanation:
      `Flesch reading ease is ${round1(stats.fleschReadingEase)} (60–70 is plain English; lower is harder) and the grade level is ${round1(stats.gradeLevel)}. ` +
      `Sentences average ${perSentence} words. Applicants skim postings, often on a phone, and many good ` +
      `candidates stop reading when the text feels like a contract.`,
    fix:
      (highlights.length > 0 ? 'Split the longest sentences (highlighted) into two or three. ' : '') +
      'Aim for 15–20 words a sentence, use bullet points for lists of duties, and prefer short everyday words ("use" not "utilise", "help" not "facilitate").',
    weight: band.weight,
    ...(highlights.length > 0 ? { highlights } : {}),
  };
}

function longSentencesFinding(highlights: FindingHighlight[]): Finding {
  return {
    id: 'long-sentences',
    category: 'readability',
    severity: 'low',
    title: highlights.length === 1 ? 'One sentence is very long' : `${highlights.length} sentences are very long`,
    explanation: `Overall the posting reads well, but a sentence of more than ${VERY_LONG_SENTENCE_WORDS} words is hard to take in at a glance.`,
    fix: 'Split each highlighted sentence into two or three shorter ones, or turn it into a bulleted list.',
    weight: 2,
    highlights,
  };
}

/** 'hard-to-read' when the scores are poor (with the longest sentences), else 'long-sentences' for outliers. */
export function readabilityFindings(sections: readonly AnalysedSection[], stats: ReadabilityStats): Finding[] {
  if (stats.wordCount < MIN_WORDS_FOR_READABILITY) return [];
  const band = readabilityBand(stats);
  if (band !== null) return [hardToReadFinding(sections, stats, band)];
  const veryLong = longestSentenceHighlights(sections, VERY_LONG_SENTENCE_WORDS);
  return veryLong.length > 0 ? [longSentencesFinding(veryLong)] : [];
}
