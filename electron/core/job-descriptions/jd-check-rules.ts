// The job-description quality coach: checkJobDescription runs every check over a role and its sections and scores the result. Pure and fast (runs on every debounced keystroke); runs in core.
import { type Finding, type JdCheckInput, type JdCheckResult } from '../../contract/jd-check-schemas';
import { essentialsFindings, type KindedSection, requirementsFindings, salaryFindings } from './jd-check-essentials';
import { genderReport } from './jd-check-gender';
import { acronymFindings, clicheFindings, jargonFindings } from './jd-check-language';
import { readabilityFindings, readabilityStats, round1 } from './jd-check-readability';
import { orderFindings, overallScore, topFixes } from './jd-check-score';
import { analyseSection } from './jd-check-text';

export { htmlToPlainBlocks } from './jd-check-text';

/**
 * Recommended length in words of section body text. Under ~300 words a posting cannot say with any
 * specificity what the job involves, what it needs, what it pays, where it is and how to apply; over
 * ~700 (about three minutes' reading at 250 words a minute) readers skim, most of them on phones, and
 * the parts that decide an application get lost. Recruiting guides commonly land in this band.
 */
export const RECOMMENDED_WORDS = { min: 300, max: 700 } as const;
/** Beyond these the problem is serious enough to be a priority. */
const VERY_SHORT_WORDS = 150;
const VERY_LONG_WORDS = 1000;

/**
 * 12 points just under 150 words, rising to 40 for an empty description, so that a blank posting scores
 * near 0 and the score climbs steadily as the owner writes rather than jumping at one threshold.
 */
function veryShortWeight(wordCount: number): number {
  return 12 + Math.round(28 * (1 - wordCount / VERY_SHORT_WORDS));
}

export function lengthFindings(wordCount: number): Finding[] {
  const range = `${RECOMMENDED_WORDS.min}–${RECOMMENDED_WORDS.max}`;
  if (wordCount < RECOMMENDED_WORDS.min) {
    const veryShort = wordCount < VERY_SHORT_WORDS;
    return [
      {
        id: 'too-short',
        category: 'length',
        severity: veryShort ? 'high' : 'medium',
        title: wordCount === 0 ? 'The description is empty' : `Short: ${wordCount} words (aim for ${range})`,
        explanation: 'A short posting leaves out what applicants need to decide — the daily work, what you need, pay, place and hours — so good people skip it and you get more unsuitable applications.',
        fix: 'Add a few bullets on a typical day, what the first month looks like, the hours and schedule, and what you offer.',
        weight: veryShort ? veryShortWeight(wordCount) : 6,
      },
    ];
  }
  if (wordCount > RECOMMENDED_WORDS.max) {
    const veryLong = wordCount > VERY_LONG_WORDS;
    return [
      {
        id: 'too-long',
        category: 'length',
        severity: veryLong ? 'medium' : 'low',
        title: `Long: ${wordCount} words (aim for ${range})`,
        explanation: 'Long postings lose readers before the parts that matter, especially on a phone; the length itself can make the job look demanding.',
        fix: 'Cut the company history to two sentences, merge overlapping bullets, and drop anything true of every job ("other duties as assigned").',
        weight: veryLong ? 6 : 3,
      },
    ];
  }
  return [];
}

/** Role title, headings and section text, for checks that may look anywhere (acronym expansions). */
function fullText(input: JdCheckInput): string {
  const parts = [input.role?.title ?? ''];
  input.sections.forEach((s) => parts.push(s.heading));
  return parts.join('\n');
}

/**
 * Checks a job description. Headings are never scored (they are labels, not prose); highlights index
 * each section's plain text as built by htmlToPlainBlocks. Deterministic: same input, same output.
 */
export function checkJobDescription(input: JdCheckInput): JdCheckResult {
  const role = input.role ?? {};
  const analysed = input.sections.map((s, i) => analyseSection(s.html, i));
  const kinded: KindedSection[] = analysed.map((a, i) => ({ kind: input.sections[i]?.kind ?? 'other', analysed: a }));
  const stats = readabilityStats(analysed);
  const gender = genderReport(analysed);
  const corpus = [fullText(input), ...analysed.map((a) => a.plain.text)].join('\n');
  const findings = orderFindings([
    ...essentialsFindings(role, kinded),
    ...salaryFindings(role, kinded),
    ...lengthFindings(stats.wordCount),
    ...readabilityFindings(analysed, stats),
    ...gender.findings,
    ...requirementsFindings(kinded),
    ...clicheFindings(analysed),
    ...jargonFindings(analysed),
    ...acronymFindings(analysed, corpus),
  ]);
  return {
    score: overallScore(findings),
    wordCount: stats.wordCount,
    readability: {
      fleschReadingEase: round1(stats.fleschReadingEase),
      gradeLevel: round1(stats.gradeLevel),
      sentenceCount: stats.sentenceCount,
      syllableCount: stats.syllableCount,
    },
    gender: { masculineCount: gender.masculineCount, feminineCount: gender.feminineCount, lean: gender.lean },
    findings,
    topFixes: topFixes(findings),
  };
}
