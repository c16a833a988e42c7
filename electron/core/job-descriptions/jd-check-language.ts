// Clichés, jargon phrases and unexplained acronyms for the quality coach, each as a finding with highlights. Pure; runs in core.
import { type Finding, type FindingHighlight } from '../../contract/jd-check-schemas';
import { CLICHES, JARGON, KNOWN_ACRONYMS, type PhraseRule } from './jd-check-phrases';
import { type AnalysedSection, type WordToken } from './jd-check-text';

interface PhraseHit {
  rule: PhraseRule;
  highlight: FindingHighlight;
}

function findPhrases(sections: readonly AnalysedSection[], rules: readonly PhraseRule[], label: string): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const section of sections) {
    const lower = section.plain.text.toLowerCase();
    for (const rule of rules) {
      if (!lower.includes(rule.hint)) continue;
      for (const m of section.plain.text.matchAll(rule.pattern)) {
        const start = m.index ?? 0;
        const highlight: FindingHighlight = { sectionIndex: section.sectionIndex, start, end: start + m[0].length, text: m[0], suggestions: [...rule.swaps], label };
        if (rule.ownWords.length > 0) highlight.ownWords = rule.ownWords.map((f) => ({ ...f }));
        hits.push({ rule, highlight });
      }
    }
  }
  return hits.sort((a, b) => a.highlight.sectionIndex - b.highlight.sectionIndex || a.highlight.start - b.highlight.start);
}

function distinctLabels(hits: readonly PhraseHit[]): PhraseHit[] {
  const byLabel = new Map<string, PhraseHit>();
  for (const hit of hits) if (!byLabel.has(hit.rule.label)) byLabel.set(hit.rule.label, hit);
  return [...byLabel.values()];
}

function quoteList(labels: readonly string[]): string {
  return labels.map((l) => `“${l}”`).join(', ');
}

/** How the fix line names one phrase's remedy: its first swap, else what to write in its place. */
function remedy(hit: PhraseHit): string {
  const swap = hit.rule.swaps[0];
  if (swap !== undefined) return `“${hit.highlight.text}” → “${swap}”`;
  const own = hit.rule.ownWords[0];
  if (own !== undefined) return `instead of “${hit.highlight.text}”, ${own.prompt.charAt(0).toLowerCase()}${own.prompt.slice(1)} (e.g. “${own.example}”)`;
  return `“${hit.highlight.text}” → a plain description`;
}

function phraseFinding(hits: readonly PhraseHit[], kind: 'cliche' | 'jargon'): Finding[] {
  if (hits.length === 0) return [];
  const distinct = distinctLabels(hits);
  const swaps = distinct.slice(0, 2).map(remedy).join('; ');
  const isCliche = kind === 'cliche';
  return [
    {
      id: isCliche ? 'cliches' : 'jargon',
      category: kind,
      severity: distinct.length >= 3 ? 'medium' : 'low',
      title: `${isCliche ? 'Clichés' : 'Jargon'}: ${quoteList(distinct.map((h) => h.rule.label))}`,
      explanation: isCliche
        ? 'Stock phrases tell an applicant nothing about the job, and ones like “rockstar” or “like a family” put off experienced people who read them as code for long hours and blurred boundaries.'
        : 'Business jargon makes the reader translate before they understand the job; many good applicants outside office work will not bother.',
      fix: `Say what you actually mean: ${swaps}.`,
      weight: Math.min(8, 2 * distinct.length),
      highlights: hits.map((h) => h.highlight),
    },
  ];
}

export function clicheFindings(sections: readonly AnalysedSection[]): Finding[] {
  return phraseFinding(findPhrases(sections, CLICHES, 'cliche'), 'cliche');
}

export function jargonFindings(sections: readonly AnalysedSection[]): Finding[] {
  return phraseFinding(findPhrases(sections, JARGON, 'jargon'), 'jargon');
}

const ACRONYM_RE = /^([A-Z]{2,6})s?$/;

/**
 * True when `words` (the text inside or before a bracket) can spell `acronym`: they start with its first
 * letter and its letters appear in them in order ("Point of Sale" → POS, "JavaScript Object Notation"
 * → JSON). At least two words, so "CRM (required)" is not taken for an expansion.
 */
export function spellsAcronym(words: readonly string[], acronym: string): boolean {
  if (words.length < 2 || words[0]?.[0]?.toUpperCase() !== acronym[0]) return false;
  const letters = words.join('').toUpperCase();
  let at = 0;
  for (const ch of acronym) {
    at = letters.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

const PHRASE_WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu;

/** "Full Name (ABC)" or "ABC (Full Name)" anywhere in `corpus` (headings and title included). */
export function isExpanded(acronym: string, corpus: string): boolean {
  for (const m of corpus.matchAll(new RegExp(String.raw`\(\s*${acronym}s?\s*\)`, 'g'))) {
    const lineStart = corpus.lastIndexOf('\n', m.index ?? 0) + 1;
    const before = [...corpus.slice(lineStart, m.index).matchAll(PHRASE_WORD_RE)].map((w) => w[0]);
    // Try every tail of the words before the bracket, shortest first, up to a generous length.
    for (let n = 2; n <= Math.min(before.length, acronym.length * 2 + 2); n++) {
      if (spellsAcronym(before.slice(before.length - n), acronym)) return true;
    }
  }
  for (const m of corpus.matchAll(new RegExp(String.raw`\b${acronym}s?\s*\(([^()\n]*)\)`, 'g'))) {
    if (spellsAcronym([...(m[1] ?? '').matchAll(PHRASE_WORD_RE)].map((w) => w[0]), acronym)) return true;
  }
  return false;
}

/**
 * A block written wholly in capitals ("APPLY TODAY") is shouting, not acronyms. Any lower-case word
 * ("CRM and POS") makes it ordinary text again, so acronym lists in sentences are still checked.
 */
function isShoutingBlock(words: readonly WordToken[]): boolean {
  let lettered = 0;
  for (const w of words) {
    if (w.text === w.text.toLowerCase()) {
      if (w.text !== w.text.toUpperCase()) return false; // a lower-case word: ordinary text
      continue; // digits only: neither case
    }
    if (w.text !== w.text.toUpperCase()) return false; // mixed case ("Apply", "KPIs"): not shouting
    lettered++;
  }
  return lettered >= 2;
}

function wordsByBlock(section: AnalysedSection): WordToken[][] {
  const byBlock: WordToken[][] = section.plain.blocks.map(() => []);
  for (const sentence of section.sentences) byBlock[sentence.blockIndex]?.push(...sentence.words);
  return byBlock;
}

function acronymCandidates(section: AnalysedSection): Array<{ acronym: string; word: WordToken }> {
  const out: Array<{ acronym: string; word: WordToken }> = [];
  for (const words of wordsByBlock(section)) {
    if (isShoutingBlock(words)) continue;
    for (const word of words) {
      const acronym = ACRONYM_RE.exec(word.text)?.[1];
      if (acronym !== undefined && !KNOWN_ACRONYMS.has(acronym)) out.push({ acronym, word });
    }
  }
  return out;
}

/** Each unexplained acronym once, highlighted where it first appears (where the expansion belongs). */
export function acronymFindings(sections: readonly AnalysedSection[], corpus: string): Finding[] {
  const first = new Map<string, FindingHighlight>();
  for (const section of sections) {
    for (const { acronym, word } of acronymCandidates(section)) {
      if (first.has(acronym)) continue;
      first.set(acronym, { sectionIndex: section.sectionIndex, start: word.start, end: word.end, text: word.text, suggestions: [], label: 'acronym' });
    }
  }
  const unexplained = [...first.entries()].filter(([acronym]) => !isExpanded(acronym, corpus));
  if (unexplained.length === 0) return [];
  const names = unexplained.map(([acronym]) => acronym);
  const example = names[0] ?? 'CRM';
  return [
    {
      id: 'unexplained-acronyms',
      category: 'jargon',
      severity: names.length >= 4 ? 'medium' : 'low',
      title: `Acronyms not spelled out: ${names.join(', ')}`,
      explanation:
        'Applicants from another company or trade may not know your abbreviations, and people who are unsure whether they qualify tend not to apply.',
      fix: `Write each one out in full the first time, with the acronym in brackets — e.g. “customer relationship management (CRM)” — then use ${example} on its own.`,
      weight: Math.min(5, names.length),
      highlights: unexplained.map(([, highlight]) => highlight),
    },
  ];
}
