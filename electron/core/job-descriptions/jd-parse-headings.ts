// Heading rules for job-description import: which lines are headings, what kind each is, and the page title. Pure, plain Node.
import type { SectionKind } from '../../contract/jd-schemas';
import { everyWordCapitalised, isTitleLabel } from './jd-parse-fields';
import type { Line } from './jd-parse-lines';

interface KindRule {
  kind: SectionKind;
  pattern: RegExp;
}

// Specific phrases that would otherwise be caught by a broader word of another kind ("About the role" is the job,
// not the company; "Preferred qualifications" is nice-to-have, not requirements). First match wins.
const SPECIFIC_RULES: KindRule[] = [
  { kind: 'summary', pattern: /\bwhat does an? .+ do\b|\bwhat is an? .+\?|^(job|position|role) (function|purposes?|objectives?)$|^function$/ },
  // "Scope of Position", "Job Scope": what the job covers, in a paragraph.
  { kind: 'summary', pattern: /^scope of (the )?(position|job|role|work)$|^(position|job|role) scope$/ },
  // A public employer's class specification: "Definition", "Nature of Work", "General Statement of Duties".
  { kind: 'summary', pattern: /^(definition|nature of (the )?(work|job|position)|general statement of duties|position concept)$/ },
  // "JOB GOAL", "Goal": a school district's one-line statement of what the job is for.
  { kind: 'summary', pattern: /^((job|position|role) )?goals?$/ },
  // "Summary of Essential Duties and Responsibilities" lists the duties; "summary" is only how it introduces them.
  { kind: 'responsibilities', pattern: /^summary of (the )?((essential|major|key|principal|primary) )?(job )?(duties|responsibilities|functions|tasks)\b/ },
  { kind: 'responsibilities', pattern: /^(examples|illustrative examples|typical examples) of (work|duties|tasks)( performed)?$|^work performed$|\ba day in the life\b|\bwhat your day (looks|will look) like\b|\bkey result areas?\b/ },
  { kind: 'responsibilities', pattern: /\b(non[- ]essential|marginal) (job )?(functions|duties|tasks)\b/ },
  { kind: 'responsibilities', pattern: /\bessential (job )?elements\b/ },
  { kind: 'nice_to_have', pattern: /\b(nice[- ]to[- ]haves?|preferred|bonus|desirable|desired|a plus|assets?|would be (great|nice)|extra credit|non[- ]essential)\b/ },
  { kind: 'how_to_apply', pattern: /\b(how to apply|to apply|application process|applying|apply (now|today|here)|next steps|reach out)\b|^apply$|^interested\??$|^(application|hiring|interview|recruitment|selection) (instructions|procedure|process)$/ },
  { kind: 'description', pattern: /\babout (the|this) (job|role|position|opportunity)\b|^(the|your|this) (role|job|position|opportunity)$|\b(job|role|position) description\b|^description$|\bdistinguishing\b|^class (information|description)$|\bwhy you('ll| will) love\b/ },
  { kind: 'requirements', pattern: /\babout you\b|\bwho you are\b|\bwho are you\b|\bwhat (you('ll| will)?|we('re| are)) (need|bring|looking for)\b|\bmust[- ]haves?\b|\bideal candidate\b|\bphysical\b.*\b(demands|requirements|actions|effort)\b|\bconditions of employment\b|\bwho we('re| are) looking for\b|\bwe('re| are) looking for (someone|a person|people|candidates?|an? (individual|candidate))\b|\bwhat we look for\b|\bwhat it takes\b|^(your|the|candidate|applicant|ideal candidate) profile$/ },
  { kind: 'responsibilities', pattern: /\bwhat (will )?you('ll| will)? (do|be doing)\b|\bday[- ]to[- ]day\b|\bkey tasks\b|\bin this role\b|^(you will|you'll|you will be|you'll be)$/ },
  // "You have:" / "You are:" over a list: the person the job needs.
  { kind: 'requirements', pattern: /^(you have|you are|you bring|you'll have|you will have|you should have|you must have|you need)$/ },
  { kind: 'benefits', pattern: /\bwhat('s| is) it like to work\b|\bwhat (do )?we offer\b|\bwhy (join|work)\b|\bwhat('s| is) in it for you\b|\bwhat you('ll| will)? get\b|^our offer$|^total rewards$/ },
  { kind: 'about', pattern: /\babout (us|the company|our company)\b|\bwho we are\b|\bcompany (overview|profile|description)\b|\bour (company|story|mission|values|culture)\b|^(the|our|meet the) team$|^(company )?background$/ },
];

// Single words, weighed by where they appear: "Skills and responsibilities" is about skills first.
const WORD_RULES: KindRule[] = [
  { kind: 'summary', pattern: /\b(summary|overview|at a glance|snapshot|introduction|purposes?|objectives?)\b/ },
  { kind: 'description', pattern: /\bdescription\b/ },
  { kind: 'responsibilities', pattern: /\b(duties|duty|responsibilities|responsibility|tasks|accountabilities|functions|activities|what you('ll| will) do)\b/ },
  { kind: 'requirements', pattern: /\b(requirements?|qualifications?|skills?|experience|education|competenc(y|ies)|abilities|knowledge|credentials|mandatory|licen[cs]es?|licensing|certifications?|dexterity)\b/ },
  { kind: 'benefits', pattern: /\b(benefits?|perks?|compensation|salary|pay|payment|rewards?|incentives?|we offer)\b/ },
  { kind: 'about', pattern: /^about\b/ },
];

// Headings that name no section kind but are headings wherever they stand ("Working Conditions", "Shift Details").
const KNOWN_OTHER = /^(working conditions|work(ing)? environment|work(ing)? schedule|schedule( and shifts?)?|shifts?( and schedule| details)?|job details|hours( of work)?|work hours|travel|work location|location|work authori[sz]ation|reasonable accommodations?( statement)?|personal appearance|environmental (exposure|conditions)|equal (employment )?opportunity( employer)?|eeo statement|reporting (relationships?|structure|lines?)|supervision (received|exercised|received and exercised)|supervisory responsibilit(y|ies)|job type|employment type|start date|contact( information| details)?|(additional|other|supplemental|supplementary) information|tools and equipment( used)?|equipment used|dress code)$/;

/** "Reporting Relationships", "Supervision Received": a section made of "Reports to: …" lines, which are its content. */
export function isReportingHeading(heading: string): boolean {
  const text = canonical(heading);
  return KNOWN_OTHER.test(text) && /\b(reporting|supervision|supervisory)\b/.test(text);
}

/** A phrase only a heading uses (a specific rule's phrase or a known "other" heading), not merely a known word. */
function isHeadingPhrase(heading: string): boolean {
  const text = canonical(heading);
  return SPECIFIC_RULES.some((rule) => rule.pattern.test(text)) || KNOWN_OTHER.test(text);
}

/** A heading we know even though its kind is "other". */
export function isKnownHeading(heading: string): boolean {
  const text = canonical(heading);
  return classifyHeading(heading) !== 'other' || KNOWN_OTHER.test(text);
}

/** Lower case, straight apostrophes, no punctuation except the question mark: what the rules match against. */
function canonical(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z0-9'?\s-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // "1. Nature of Work": the number before a heading names nothing.
    .replace(/^\d{1,3} (?=[a-z])/, '');
}

/** The section kind a heading's words point at; 'other' when none do. */
export function classifyHeading(heading: string): SectionKind {
  // "Job Objectives (Purposes of the position)": the words outside the note name the kind; the note may help.
  const bare = withoutNotes(heading);
  if (bare !== heading && bare !== '') {
    const kind = classifyHeading(bare);
    if (kind !== 'other') return kind;
  }
  const text = canonical(heading);
  for (const rule of SPECIFIC_RULES) if (rule.pattern.test(text)) return rule.kind;
  let best: { kind: SectionKind; at: number } | null = null;
  for (const rule of WORD_RULES) {
    const at = text.search(rule.pattern);
    if (at >= 0 && (best === null || at < best.at)) best = { kind: rule.kind, at };
  }
  return best?.kind ?? 'other';
}

const TERMINAL = /[.!;,]$/;
const AS_ASSIGNED = /\bas (assigned|required|needed|directed|necessary)$/i;
const QUESTION = /^(what|who|why|how|where|when|which|are you|do you|is this)\b.*\?$/i;
// "Are you the one?" heads a list; "Do you or a loved one need help at home?" is the opening sentence of a pitch.
const YES_NO_QUESTION = /^(are|do|is|can|have|would|will)\b/i;
// "Experience with React", "Skills in Excel": a keyword followed by a preposition is a list item without its marker.
const FRAGMENT = /^(experience|skills?|knowledge|proficiency|familiarity|education|background|training|qualifications?|understanding)\s+(with|in|of|for|to|at|on|using|across)\b/i;

function wordCount(text: string): number {
  return text.split(' ').filter((w) => w !== '').length;
}

export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Most words capitalised ("Life at Acme", "Our Values"): a short standalone line of this shape is a heading. */
export function isTitleCase(text: string): boolean {
  const words = text.split(' ').filter((w) => w.length > 3);
  if (words.length === 0) return /^\p{Lu}/u.test(text);
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

// A bar drawn before a heading ("▌Duties"): decoration, like Markdown's "#".
const HEADING_BAR = /^[▌▐█┃]\s*/u;
// "Duties –": a dash after a heading does what a colon does.
const TRAILING_DASH = /\s+[–—-]$/;

/** "Weekly pay", "Cash handling experience": a capital first word, every later word in lower case. */
function isSentenceCase(text: string): boolean {
  const later = text.split(' ').slice(1).filter((w) => /^\p{L}/u.test(w));
  return /^\p{Lu}/u.test(text) && later.length > 0 && later.every((w) => /^\p{Ll}/u.test(w));
}

/** The heading as stored: as written, minus Markdown marks, a bar before it and a trailing colon or dash. */
export function cleanHeading(text: string): string {
  return writtenHeading(text).replace(/\s*[:：]\s*$/, '').trim();
}

/** A heading's words as the owner wrote them, its colon kept: the text kept when it turns out to head nothing. */
export function writtenHeading(text: string): string {
  return text
    .replace(/^#+\s*/, '')
    .replace(HEADING_BAR, '')
    .replace(/^(\*\*|__)(.*)\1$/, '$2')
    .replace(TRAILING_DASH, '')
    .trim();
}

export interface HeadingContext {
  /** The line follows a blank line, the start, or the end of a list: where a heading can stand. */
  standsApart: boolean;
  /** The next non-blank line, if any. */
  next: Line | undefined;
  /** The line before was a heading, a field or a whole sentence: a heading can follow it without a blank line. */
  afterBlock?: boolean;
  /** A blank line follows too: the line stands alone. */
  isolated?: boolean;
  /** The section open above has a heading and nothing under it yet: this may be its sub-heading. */
  afterEmptyHeading?: boolean;
  /** The line right before (no blank line between) was a numbered item: this line may be the list's next item. */
  afterNumberedItem?: boolean;
  /** The section's last content was a list item and the next two lines are items: a line between two lists. */
  afterList?: boolean;
  /** The kind of the section open above. */
  openKind?: SectionKind;
  /** The lines before and after read as items of a list without markers (short, sentence case, unpunctuated). */
  betweenItems?: boolean;
  /** The text of the line before (no blank line between), if any: a heading differs in shape from it. */
  previous?: string;
  /** The section open above is a list's (duties, requirements …) and holds a list so far (items, or lines ending sentences). */
  afterListContent?: boolean;
}

// A line that introduces the list under it, with or without its colon: "In this role you will", "… the following".
const LEAD_IN = /[:：]$|^(in this role|as (a|an|our|the)\b|you will|you'll|the ideal|we('re| are) looking|candidates? (should|must|will))|\b(following|include|includes|including)$/i;

// A sentence that introduces a list: a verb or a phrase no heading uses.
const LEAD_IN_SENTENCE = /\b(include|includes|including|limited to|the following|such as|are|is|will|must|should|may)\b/;

/**
 * "FULL AND PART-TIME", "Temporary / Seasonal", "Non-Exempt (eligible for overtime)": only words of an employment type
 * or pay status, a note in brackets aside.
 */
export function isEmploymentDetail(text: string): boolean {
  const bare = withoutNotes(text);
  return /^(full|part|time|temporary|permanent|seasonal|contract|per diem|prn|non|exempt|hourly|salaried|and|or|[/&,-]|\s)+$/i.test(bare) && /\b(time|temporary|seasonal|permanent|contract|exempt|hourly|salaried)\b/i.test(bare);
}

/** A lead-in sentence: it stays with its list, as the section's text, and is never a heading or an item. */
export function isLeadIn(text: string): boolean {
  return LEAD_IN.test(text.replace(/[’‘]/g, "'"));
}

/** Strong signals alone make a heading: a format's own heading, a trailing colon, capitals, a question, known words. */
export function isHeadingLine(line: Line, ctx: HeadingContext): boolean {
  // A bar before the line marks it the way a heading is marked; a dash after it reads as a colon.
  const text = line.text.replace(HEADING_BAR, '').replace(TRAILING_DASH, ':');
  if (text === '' || text.length > 140) return false;
  const words = wordCount(text);
  if (line.hint === 'heading' || line.hint === 'title') return words <= 20;
  // "4. Problem solving skills" straight after "3. …" is the list's next item, however much it reads like a heading.
  // "1) Valid driver's license" straight over "2) CPR certification" opens a numbered list, however known its words.
  if (line.bullet) return !(line.numbered && (ctx.afterNumberedItem === true || numberFollows(line, ctx.next))) && (isItemHeading(line, text, words) || isRomanPart(line, text, words, ctx));
  // "job description" written in lower case, alone between blank lines over a paragraph or a list: a heading all the
  // same when it is a phrase only headings use.
  if (/^\p{Ll}/u.test(text) && ctx.standsApart && ctx.isolated && words <= 4 && isHeadingPhrase(text) && continuesWithContent(ctx.next)) return true;
  if (words > 14 || !/^[\p{Lu}\d"'“]/u.test(text) || PLACE_LINE.test(text)) return false;
  // "Duties:" / "Duties include, but are not limited to:": right under its heading, a sentence introducing the
  // list is a lead-in, not a second heading. Elsewhere "Essential Duties to include but not limited to:" heads.
  // "Must be able to do the following:" after the last of a section's requirements: a lead-in after a list starts a
  // list of its own, under it, and names it.
  // Only over a list or a paragraph of its own: a lead-in over the next heading stays text.
  const overContent = ctx.next !== undefined && (ctx.next.bullet || (ctx.next.hint === 'none' && !/[:：]$/.test(ctx.next.text)));
  if (/[:：]$/.test(text) && ctx.afterListContent && overContent && words <= 10 && !/[:：].*[:：]$/.test(text)) return true;
  if (/[:：]$/.test(text)) return !(ctx.afterEmptyHeading && LEAD_IN_SENTENCE.test(withoutNotes(text))) && isColonHeading(text, words);
  // "Part-time · Leeds", "Full Time | Remote": a job board's line of details, not a heading; nor is "Non-Exempt (eligible
  // for overtime)" or "Full-Time / Seasonal" alone on its line: a fact about the job.
  if (isLeadIn(text) || /\s[·|•]\s/.test(text) || isEmploymentDetail(text)) return false;
  // "EQUIPMENT AND TOOL OPERATION;" standing apart: a heading in capitals with a semicolon typed for its colon.
  if (/;$/.test(text) && ctx.standsApart && ctx.isolated && words <= 8 && isAllCaps(text) && !/,/.test(text)) return true;
  // "Job Functions (* connotes function essential to the job)." over a list: the full stop closes the note in brackets,
  // not a sentence; the words before the note are a heading we know, capitalised as headings are.
  const noted = withoutNotes(text);
  if (/\)\.$/.test(text) && noted !== text && wordCount(noted) <= 5 && isKnownHeading(noted) && isTitleCase(noted) && ctx.next?.bullet === true) return true;
  if (TERMINAL.test(text)) return false;
  // "Performs other similar or related duties as assigned": the closing item of a duties list, not a heading.
  if (AS_ASSIGNED.test(text)) return false;
  // "MUST BE 18 OR OLDER" is a sentence shouted, not a heading.
  // "REPORTS TO STORE MANAGER, ASSISTANT MANAGER, AND OWNER" lists; "FULL AND PART-TIME" is a job's detail.
  if (isAllCaps(text) && !isKnownHeading(text) && ((text.match(/,/g) ?? []).length >= 2 || isEmploymentDetail(text))) return false;
  if (isAllCaps(text)) return words <= 10 && (isKnownHeading(text) || !/\b(must|will|are|is|be|you|your|we|please|should|can)\b/i.test(text));
  if (QUESTION.test(text)) return !YES_NO_QUESTION.test(text) || words <= 5;
  // "Who May Apply: US Citizens" is a field, however it is capitalised.
  if (/[:：]\s/.test(text)) return false;
  // "Strong communication and organizational skills" between two such items is the list's next item, however
  // known its words: a heading between items is written differently from them (capitals, title case, a colon).
  // A phrase only headings use ("What we're looking for", "Working conditions") is a heading even there.
  if (ctx.betweenItems && isSentenceCase(withoutNotes(text)) && !isHeadingPhrase(text)) return false;
  const apart = ctx.standsApart || ctx.afterBlock === true;
  // Known words alone are a weaker signal: "Knife skills" inside a run of lines is an item, not a heading.
  // Right under "Requirements", "Cash handling experience" in sentence case is the first item of a spaced list, not a
  // sub-heading of the same kind; "Position summary" under "Job description" is one.
  const firstItem = ctx.afterEmptyHeading === true && ctx.openKind === classifyHeading(text) && isSentenceCase(text);
  if (apart && words <= 8 && isKnownHeading(text) && !FRAGMENT.test(text) && !firstItem) return true;
  // "Job Qualifications" or "Reporting Relationships" in title case over its content is a heading whatever came
  // before, unless what follows is another short title-case line: then both are items of a list without markers.
  if (words <= 5 && isKnownHeading(text) && isTitleCase(text) && !FRAGMENT.test(text) && !firstItem && headsContent(ctx.next)) return true;
  // "Benefits", "Duties", "Requirements" alone on a line head a section wherever they stand.
  if (words === 1 && classifyHeading(text) !== 'other' && ctx.next !== undefined) return true;
  if (/^(full )?(job|position|role) description$/i.test(text) && ctx.next !== undefined) return true;
  if (ctx.afterEmptyHeading && isSubHeading(text, words, ctx.next)) return true;
  // Between two lists, a short line that ends no sentence names the second list ("Tools you will use" under the
  // duties' last item, over the tools): a heading, whatever its case. The second list has two items at least, so
  // one item that lost its marker in a list ("Paid Time Off" over "• 401(k)") stays an item's text.
  // Not "System, double checking orders" (an item's wrapped tail).
  if (ctx.afterList && ctx.next?.bullet && words <= 10 && !/[.!?;,]$/.test(text) && !/,\s+\p{Ll}/u.test(text)) return true;
  // "What we're looking for", "Who you are", "How to apply": a heading that addresses the reader heads a section
  // wherever it stands, inside a run of lines without markers too.
  if (words <= 6 && /^(what|who|why|how)\b/i.test(text) && classifyHeading(text) !== 'other' && ctx.next !== undefined) return true;
  // A note in brackets adds nothing to a heading's length: "Description of the position (Part-Time)" is four words.
  const bareWords = wordCount(withoutNotes(text)) || words;
  if (ctx.standsApart && ctx.isolated && bareWords <= 4 && (continuesWithContent(ctx.next) || isListLeadInSentence(ctx.next))) return true;
  return isStandaloneTitleCase(text, words, { ...ctx, standsApart: apart }) || headingScore(text, ctx) >= HEADING_SCORE;
}

/** The score at which the cues together make a plain line a heading (see headingScore). */
export const HEADING_SCORE = 5;

const SENTENCE_END = /[.!?;,]["'”’)]?$/;
// "What we need you to know is that …:" runs on as a sentence; "What the job involves:" names a part of the posting.
const SENTENCE_VERBS_STRICT = /\b(is|was|were|please|that)\b/i;
// Words that make a line a sentence about someone rather than a name for what follows.
const SENTENCE_VERBS = /\b(we|we're|you|you'll|your|our|i|is|are|was|were|will|must|should|can|may|has|have|please)\b/i;

/** A short line with no closing punctuation in title case or capitals: how an item of a list without markers can look too. */
function isStubLike(text: string): boolean {
  return wordCount(text) <= 6 && !SENTENCE_END.test(text) && !/[:：]$/.test(text) && (isTitleCase(text) || isAllCaps(text));
}

/**
 * How much a plain line looks like a heading, as a weighted sum of cues, none of them enough alone: short; words
 * that name a section kind; title case or capitals; no closing punctuation; a blank line or the end of a list
 * before it; a line before it of another shape (a whole sentence); under it, a list, a sentence or a lead-in rather
 * than a sibling of its own shape. Against: sentence punctuation, a sentence's verbs, "Experience with …", standing
 * right under an empty heading of the same kind.
 */
export function headingScore(text: string, ctx: HeadingContext): number {
  const words = wordCount(text);
  let score = 0;
  if (words <= 4) score += 1.5;
  else if (words <= 8) score += 0.5;
  else score -= 2;
  if (isKnownHeading(text)) score += isHeadingPhrase(text) ? 3 : 2;
  if (isTitleCase(withoutNotes(text)) || isAllCaps(text)) score += 1;
  if (/[:：]$/.test(text)) score += 1.5;
  else if (SENTENCE_END.test(text)) score -= 3;
  if (ctx.standsApart) score += 1;
  const previous = ctx.previous;
  if (previous !== undefined && SENTENCE_END.test(previous) && !SENTENCE_END.test(text)) score += 1;
  if (previous !== undefined && isStubLike(previous) && isStubLike(text)) score -= 1;
  const next = ctx.next;
  // Under it a list, or a lead-in sentence that introduces one ("… Here are a few examples of general skills:").
  if (next?.bullet || (next !== undefined && /[:：]$/.test(next.text) && wordCount(next.text) >= 8)) score += 1.5;
  else if (next !== undefined && (wordCount(next.text) >= 8 || /[.!?:：;]["'”’)]?$/.test(next.text))) score += 1;
  else if (next !== undefined && isStubLike(next.text)) score -= 1.5;
  if (SENTENCE_VERBS.test(text.replace(/[’‘]/g, "'"))) score -= 2;
  if (FRAGMENT.test(text)) score -= 2;
  // Right under an empty heading of the same kind ("Benefits" / "Weekly pay") a line is the list's first item.
  if (ctx.afterEmptyHeading === true && ctx.openKind === classifyHeading(text)) score -= 2;
  return score;
}

/** The next line carries the next number ("1)" then "2)"): the two are items of one numbered list. */
function numberFollows(line: Line, next: Line | undefined): boolean {
  const here = /^\(?(\d{1,3})[.)]/.exec(line.marker ?? '');
  const there = /^\(?(\d{1,3})[.)]/.exec(next?.marker ?? '');
  return here !== null && there !== null && next?.numbered === true && Number(there[1]) === Number(here[1]) + 1;
}

/** "2. Benefits" is a numbered heading; "- PHYSICAL EFFORT:" a heading written as an item. */
function isItemHeading(line: Line, text: string, words: number): boolean {
  if (line.numbered && words <= 5 && !TERMINAL.test(text) && classifyHeading(text) !== 'other') return true;
  return /[:：]$/.test(text) && words <= 4 && isAllCaps(text);
}

/**
 * "I. Basic Function" / "II. Relationship" in a document numbered in Roman numerals: a few words in title case, alone
 * between blank lines over a paragraph, name a part of the document, as "III. Responsibilities" does, whatever the
 * words; never a list's item.
 */
function isRomanPart(line: Line, text: string, words: number, ctx: HeadingContext): boolean {
  if (!/^[IVX]+\.$/.test(line.marker ?? '') || !ctx.standsApart || !ctx.isolated || words > 5 || TERMINAL.test(text) || !isTitleCase(text)) return false;
  return ctx.next !== undefined && !ctx.next.bullet && /[.!?]["'”’)]?$/.test(ctx.next.text);
}

/** The next line is an item, a field, a sentence or a longer line: not a sibling item in title case. */
function headsContent(next: Line | undefined): boolean {
  if (next === undefined) return false;
  if (next.bullet || /[:：]\s/.test(next.text) || TERMINAL.test(next.text) || /[.!?]$/.test(next.text)) return true;
  if (/[:：]$/.test(next.text) || isAllCaps(next.text)) return false;
  return wordCount(next.text) >= 6 || !isTitleCase(next.text);
}

/**
 * "How To Apply: Stop in our store …": a heading we know (a section's kind), capitalised, run into its own paragraph.
 * It opens a section of its own, so it is no content for the line above it to head.
 */
function opensOwnSection(next: Line): boolean {
  const label = next.bullet ? '' : (/^(\p{Lu}[^:：]{1,40})[:：]\s+\S/u.exec(next.text)?.[1] ?? '');
  return label !== '' && wordCount(label) <= 5 && (isTitleCase(label) || isAllCaps(label)) && classifyHeading(label) !== 'other';
}

/** The next line is a list item or a paragraph: what a heading stands over (not a run-in heading, see opensOwnSection). */
function continuesWithContent(next: Line | undefined): boolean {
  return next !== undefined && !opensOwnSection(next) && (next.bullet || wordCount(next.text) >= 15);
}

/**
 * The next line is a sentence that introduces a list ("Services rendered by the contractor may include:"): five words
 * or more, a verb, a colon at its end. What a heading stands over, as a list or a paragraph is.
 */
function isListLeadInSentence(next: Line | undefined): boolean {
  return next !== undefined && !next.bullet && /[:：]$/.test(next.text) && wordCount(next.text) >= 5 && LEAD_IN_SENTENCE.test(next.text);
}

/** A short line right under an empty heading ("Requirements" / "Conditions of employment") heads the items below. */
function isSubHeading(text: string, words: number, next: Line | undefined): boolean {
  if (words > 8 || FRAGMENT.test(text)) return false;
  // "Role Overview:" / "Help Create Life Change Through Second Chances" / a paragraph: a tagline of seven or eight words,
  // each capitalised, heads the prose under it, as a shorter one does. "Ability to follow directions in Construction
  // Manual" (words in lower case besides the small ones) is an item.
  if (words > 6) return everyWordCapitalised(text) && !SENTENCE_END.test(text) && next !== undefined && !next.bullet && wordCount(next.text) >= 15;
  // "Qualifications" over "Education and Experience": a chain of headings, one word or two each.
  if (words <= 2 && isKnownHeading(text) && isTitleCase(text) && next !== undefined && isKnownHeading(next.text) && isTitleCase(next.text)) return true;
  // Over a line in capitals ("Requirements" / "Conditions of employment" / "VALID DRIVER'S LICENSE"), but not over the
  // next heading: "EDUCATION:" / "High School Diploma or equivalent required" / "KNOWLEDGE:" is the heading's one line,
  // which would head nothing.
  if (next?.bullet || (next !== undefined && isAllCaps(next.text) && !/[:：]$/.test(next.text) && wordCount(next.text) <= 8)) return true;
  return (isTitleCase(text) || isAllCaps(text)) && continuesWithContent(next);
}

/** The heading without its notes in brackets, nested ones included ("Job Location (Place(s) where …)"). */
function withoutNotes(text: string): string {
  let out = text;
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(/\s*\([^()]*\)\s*/g, ' ').trim();
  }
  return out;
}

// "You will be responsible for the following:" ends with a colon but introduces a list; a heading is short or titled.
function isColonHeading(text: string, allWords: number): boolean {
  // "Job Standards (Minimum qualifications needed to perform essential job functions):" is three words and a note.
  const words = wordCount(withoutNotes(text)) || allWords;
  if (/[:：].*[:：]$/.test(text)) return false;
  // "Essential Duties and Responsibilities to include but not limited to:": a heading's words, then the phrase
  // that introduces its list.
  if (words > 8) return isKnownHeadingWithLeadIn(text.replace(/\s*[:：]$/, ''));
  const bare = text.replace(/\s*[:：]$/, '');
  // "What the job involves:", "Who should apply:": a short question's words name what follows, like a heading's.
  const asks = words <= 6 && /^(what|who|why|how|where|when)\b/i.test(bare) && !SENTENCE_VERBS_STRICT.test(bare);
  return words <= 3 || isTitleCase(bare) || isAllCaps(bare) || classifyHeading(bare) !== 'other' || asks;
}

const LIST_INTRO = /^(.+?),?\s+(?:(?:to|which|that)\s+)?(?:include|includes|including|are as follows|as follows|but (?:are )?not limited to)\b/i;

/**
 * The start of the line names a section kind, or an area of the job in title case ("Office Management includes but
 * not limited to the following:"), the rest only introduces its list.
 */
function isKnownHeadingWithLeadIn(text: string): boolean {
  const head = LIST_INTRO.exec(text)?.[1] ?? '';
  if (head === '' || wordCount(head) > 6 || !(isTitleCase(head) || isAllCaps(head))) return false;
  const area = wordCount(head) >= 2 && wordCount(head) <= 4 && !PROSE_SUBJECT.test(head);
  return classifyHeading(head) !== 'other' || area;
}

// "The Cook includes …", "This Position includes …": a sentence about the job, not the name of an area of it.
const PROSE_SUBJECT = /^(the|this|these|our|your|we|you|it|all|each|every|other)\b/i;

function isStandaloneTitleCase(text: string, words: number, ctx: HeadingContext): boolean {
  if (!ctx.standsApart || words > 6 || /[?]$/.test(text) || !isTitleCase(text)) return false;
  const next = ctx.next;
  return next !== undefined && !opensOwnSection(next) && (next.bullet || wordCount(next.text) > 8);
}

const RUN_IN = /^([\p{Lu}\d][\p{Lu}\d ,&/()'’.-]*?)\s*[:：]\s*(\S.*)$/u;

/**
 * A heading in capitals with its text on the same line ("JOB FUNCTION: To provide courteous service …",
 * "INCENTIVES: Part time employees receive …"): the label heads a section, the rest is its first paragraph.
 */
export function parseRunInHeading(text: string): { heading: string; rest: string } | null {
  const match = RUN_IN.exec(text);
  const heading = match?.[1]?.trim() ?? '';
  const rest = match?.[2]?.trim() ?? '';
  if (!match || !isAllCaps(heading) || wordCount(heading) > 10) return null;
  // The text is prose or a note; "FUNCTIONAL: Finance and Administration" is a form's field.
  const prose = wordCount(rest) >= 6 || /[.!?)]["'”’]?$/.test(rest) || rest.startsWith('(');
  return prose ? { heading, rest } : null;
}

// "ESSENTIAL DUTIES AND RESPONSIBILITIES include the following.": capitals, then lower case with no colon between.
const CAPS_LEAD = /^((?:[\p{Lu}\d][\p{Lu}\d&/'’()-]*\s+)+)(\p{Ll}.*)$/u;

/**
 * A known heading in capitals run into the sentence that leads into its section, with no colon between them
 * ("ESSENTIAL DUTIES AND RESPONSIBILITIES include the following. Other duties may be assigned."). Two words or more
 * in capitals, a heading we know, and a sentence of three words or more after it; null otherwise.
 */
export function parseCapsLeadIn(text: string): { heading: string; rest: string } | null {
  const match = CAPS_LEAD.exec(text);
  const heading = match?.[1]?.trim() ?? '';
  const rest = match?.[2]?.trim() ?? '';
  if (!match || wordCount(heading) < 2 || wordCount(heading) > 8 || !isAllCaps(heading) || wordCount(rest) < 3) return null;
  return isKnownHeading(heading) ? { heading, rest } : null;
}

/** "NOTE: ALL DUTIES LISTED ARE NOT …", "Please note: …": a note on the section above, never a heading of its own. */
export function isNoteLabel(label: string): boolean {
  return /^(please )?note$/.test(canonical(label));
}

// "Mandan, ND", "Portland, OR 97201": a place under the job's name, not a heading.
const PLACE_LINE = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}, [A-Z]{2}(?: \d{5}(?:-\d{4})?)?$/u;

/** "Natchez, MS 39120": a place line, as an address or the job's location gives it. */
export function isPlaceLine(text: string): boolean {
  return PLACE_LINE.test(text.trim());
}

const SECTION_WORDS = /\b(duties|responsibilities|requirements|qualifications|skills)\b/gi;
const JD_WORDS = /\b(job description|job posting|job advert(isement)?|job ad|position description|role description|job template|job spec(ification)?)\b/i;

/**
 * A page title line such as "Comprehensive Back End Developer Job Description, Duties, Responsibilities, Requirements,
 * and Qualifications": it names the job and lists several section kinds, so it titles the page instead of opening a section.
 */
export function isPageTitleLine(text: string): boolean {
  if (text === '' || wordCount(text) > 25 || /[.!]$/.test(text)) return false;
  const sectionWords = new Set((text.match(SECTION_WORDS) ?? []).map((w) => w.toLowerCase())).size;
  if (sectionWords >= 2 && (JD_WORDS.test(text) || wordCount(text) >= 8)) return true;
  return JD_WORDS.test(text) && !/^(full )?(job|position|role) description:?$/i.test(text.trim());
}

const TITLE_NOISE_PREFIX = /^(comprehensive|complete|detailed|free|sample|example|professional|standard|generic|editable|printable)\s+/i;
const TITLE_NOISE_WORDS = /\b(template|sample|example|free|download)\b/gi;
const TITLE_SEPARATORS = /^[\s,:;|–—-]+|[\s,:;|–—-]+$/g;

// A job board's question over the posting: "What are the responsibilities and job description for the Line Cook
// position at Oak Lawn Park District?"
const BOARD_QUESTION = /^what are the responsibilities and job description for the (.+?) position at .+\?$/i;

/** A job board's question over the posting ("What are the responsibilities … for the Cook position at …?"). */
export function isBoardQuestion(line: string): boolean {
  return BOARD_QUESTION.test(line.trim());
}

// What is left of "Job Posting Notice" or "Job Advertisement Details": words about the posting, not a job.
const GENERIC_NOTICE = /^(notice|announcement|opening|opportunity|vacancy|listing|details|information|summary|form|page)$/i;

/** "Comprehensive Barista Job Description Template" → "Barista"; null when nothing is left. */
export function titleFromPageTitle(line: string): string | null {
  const asked = BOARD_QUESTION.exec(line.trim());
  if (asked?.[1]) return asked[1].trim();
  let text = line;
  while (TITLE_NOISE_PREFIX.test(text)) text = text.replace(TITLE_NOISE_PREFIX, '');
  const at = text.search(JD_WORDS);
  const before = at >= 0 ? text.slice(0, at) : firstClause(text);
  const after = at >= 0 ? text.slice(at).replace(JD_WORDS, '') : '';
  for (const part of [before, firstClause(after)]) {
    const cleaned = part.replace(TITLE_NOISE_WORDS, '').replace(/\s+/g, ' ').replace(TITLE_SEPARATORS, '').trim();
    // "Job Description & How to Apply Below" names no job: it is a job board's heading; so is "Job Posting Notice".
    if (cleaned !== '' && !/^(duties|responsibilities|requirements|and|&)(\s|$)|\bapply\b/i.test(cleaned) && !GENERIC_NOTICE.test(cleaned)) return withoutEmployer(cleaned);
  }
  return null;
}

/** The text before its first comma outside brackets: "Senior Engineer (Backend, Full-stack), Remote" → "Senior Engineer (Backend, Full-stack)". */
function firstClause(text: string): string {
  let depth = 0;
  for (let k = 0; k < text.length; k += 1) {
    const ch = text[k];
    if (ch === '(' || ch === '[') depth += 1;
    else if ((ch === ')' || ch === ']') && depth > 0) depth -= 1;
    else if (ch === ',' && depth === 0) return text.slice(0, k);
  }
  return text;
}

/** "What does a Back End Developer do?" → "Back End Developer". */
export function titleFromQuestion(heading: string): string | null {
  const match = /^what does an? (.+?) do\??$/i.exec(heading.trim());
  return match?.[1]?.trim() || null;
}

/** A first line short enough to be the job's name: the last resort for a title. Run-together codes are not. */
// Words of a sentence, not of a job's name: "We are hiring a friendly barista" is not a title.
const SENTENCE_WORDS = /\b(we|we're|our|you|you'll|your|is|are|was|will|looking|seeking|join|apply|click)\b/i;

// The employer printed over the job's name: "CITY OF SPRINGFIELD", "County of Lewis".
const EMPLOYER_LINE = /^(the )?(city|county|town|village|state|township|borough|parish|commonwealth) of\b/i;

// Words that name a job: a company's name printed over the job's name has none of them.
const JOB_WORDS =
  /\b(cook|chef|baker|barista|server|waiter|waitress|bartender|host(ess)?|dishwasher|cashier|clerk|associate|assistant|aide|attendant|helper|worker|manager|supervisor|lead|director|coordinator|specialist|technician|mechanic|electrician|plumber|carpenter|welder|painter|roofer|installer|apprentice|laborer|labourer|driver|courier|caregiver|carer|nurse|cna|hha|receptionist|secretary|administrator|bookkeeper|accountant|cleaner|custodian|janitor|housekeeper|nanny|stylist|barber|teacher|tutor|developer|engineer|designer|analyst|officer|representative|agent|operator|porter|stocker|merchandiser|trainee|intern|appraiser)s?\b/i;

/** A line that names a job ("Line Cook", "Office Manager"), not only a company or a place. */
export function namesAJob(text: string): boolean {
  return JOB_WORDS.test(text);
}

/** A line naming a public employer, printed over the job's name. */
export function isEmployerLine(text: string): boolean {
  return wordCount(text) <= 6 && EMPLOYER_LINE.test(text);
}

// A careers page's own heading over its postings: "Job Opportunities", "Careers", "Open Positions".
// Also "Employment at ACTS Thrift Store", "Careers with Acme": the page's heading naming the employer, not a job.
const PAGE_HEADING = /^((job|career|employment|work) )?(opportunit(y|ies)|openings?|postings?|listings?|vacanc(y|ies))$|^(careers?|employment|jobs|open positions|join (our|the) team)$|^(careers?|employment|jobs|working) (at|with) \S.*$/i;

// "Opening date February 21, 2024", "Posted 3/1/2024": a line that holds a date announces, it names no job.
const HOLDS_DATE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;

// Words about a posting, none naming a job: "Job Preview", "Job Opening Explained", "Positions and Job Descriptions".
const POSTING_WORD = /^(the|this|our|and|&|of|job|jobs|position|positions|role|opening|openings|description|descriptions|preview|explained|overview|details|summary|information|posting)$/i;
const POSTING_NAME = /^(job|jobs|position|positions|role|opening|openings|posting)$/i;

/**
 * A line made only of words about the posting ("Job Preview", "Job Opening Explained"): two words or more, one of them
 * "job", "position" or the like. It names no job, so it is no title: it is the heading of the text under it.
 */
export function isAboutThePosting(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 6 && words.every((w) => POSTING_WORD.test(w)) && words.some((w) => POSTING_NAME.test(w));
}

/** A careers page's own heading over its postings ("Job Opportunities", "Employment at ACTS Thrift Store"). */
export function isPageHeading(text: string): boolean {
  return PAGE_HEADING.test(text.trim());
}

// "Martin's Restaurant Systems, Inc.": a company's legal form closes its name, and its full stop ends no sentence.
const LEGAL_FORM = /,?\s+(?:inc|incorporated|llc|l\.l\.c|ltd|limited|corp|corporation|co|company|plc)\.?$/i;

const ORDINAL = /\b(?:\d*1st|\d*2nd|\d*3rd|\d+th)\b/gi;

export function isShortTitleLine(text: string): boolean {
  // "Line Cooks - Martin's Restaurant Systems, Inc." names a job before the employer; the employer alone is no title.
  const ended = /[.!?,;:]$/.test(namesAJob(text) ? text.replace(LEGAL_FORM, '') : text);
  if (text === '' || HOLDS_DATE.test(text) || wordCount(text) > 10 || text.length > 100 || ended || EMPLOYER_LINE.test(text) || PAGE_HEADING.test(text.trim())) return false;
  // "REQ12ab" is a code, no title; "2nd Cook", "3rd Shift Operator" start with an ordinal, a word like any other.
  return !/\p{L}{2}\d|\d\p{L}{2}/u.test(text.replace(ORDINAL, '#')) && !SENTENCE_WORDS.test(text.replace(/[’‘]/g, "'"));
}

/**
 * "Job Opening for Office Administrator", "Now Hiring: Line Cook", "We're hiring! Administrative Associate": a banner's
 * label (a title label of a field) and the job's name after it; null when the line is no such banner.
 */
export function jobAfterBanner(line: string): string | null {
  const opening = /^(.{2,30}?)(?:\s+for|\s*:|!|\s+[-–—])\s+(?:an?\s+)?(\S.{1,80})$/u.exec(line);
  return opening?.[1] && opening[2] && isTitleLabel(opening[1]) && namesAJob(opening[2]) ? opening[2] : null;
}

/** "Software Engineer at Benu" → "Software Engineer": a title line naming the employer after "at". */
/** A job board's "Job Description" or "Description" over the posting: the page's, not the owner's heading. */
export const isBoardHeading = (text: string): boolean => /^(full )?((job|position|role) )?description$/i.test(text.trim());

/** "Line Cook - Springfield, IL" → the job's name and the place after the dash or bar; null when no place follows one. */
export function placeAfterDash(title: string): { job: string; place: string } | null {
  const match = /^(.{2,60}?)\s+[-–—|]\s+(\p{Lu}[\p{L} .'-]*,\s*\p{Lu}{2}\b.*)$/u.exec(title);
  return match?.[1] && match[2] ? { job: match[1], place: match[2] } : null;
}

export function withoutEmployer(title: string): string {
  // "Administrative Assistant I presso City of Albany, OR", "ADMINISTRATIVE ASSISTANT EXECUTIVE OFFICE OF CITY MANAGER
  // CITY OF WORCESTER": the employer or its office after the job's name; "Administrative Assistant / AFSCME": a union.
  const office = /^(.{2,60}?)\s+(?:(?:at|presso|with|for)\s+)?(?:the\s+)?(?:(?:executive|general|central|main)\s+)?(?:office|department|division|city|county|town|village|township|borough|parish) of\s+\S.*$/iu.exec(title);
  if (office?.[1] && namesAJob(office[1])) return office[1];
  const union = /^(.{2,60}?)\s+\/\s+\p{Lu}{3,8}$/u.exec(title);
  if (union?.[1] && namesAJob(union[1])) return union[1];
  const afterBanner = jobAfterBanner(title);
  if (afterBanner !== null) return withoutEmployer(afterBanner);
  // "Line Cooks - Martin's Restaurant Systems, Inc.": the employer, named with its legal form, after a dash.
  const company = /^(.{2,60}?)\s+[-–—|]\s+\S.*$/u.exec(title);
  if (company?.[1] && LEGAL_FORM.test(title) && namesAJob(company[1])) return company[1];
  // "Public Works - Hiring Maintenance Worker": a department's banner, then the job after "Hiring".
  const hiring = /^.{2,60}?\s+[-–—|:]\s+(?:now\s+)?hiring:?\s+(\p{Lu}.{1,60})$/iu.exec(title);
  if (hiring?.[1] && namesAJob(hiring[1])) return hiring[1];
  const match = /^(.{2,60}?)\s+(?:at|@)\s+(\p{Lu}.*)$/u.exec(title);
  if (match?.[1] && wordCount(match[2] ?? '') <= 6) return match[1];
  // "Line Cook - Springfield, IL": the place after a dash or bar is not part of the job's name.
  const place = placeAfterDash(title);
  if (place) return place.job;
  // "BuildBetter : Senior Engineer", "2023-24 FOOD & NUTRITION SERVICES - FOOD SERVICE ASSISTANT": an employer or a
  // department that names no job, a spaced colon, bar or dash, then the job.
  const prefixed = /^(.{2,60}?)\s+[:|–—-]\s+(\S.*)$/u.exec(title);
  if (prefixed?.[1] && prefixed[2] && !namesAJob(prefixed[1]) && namesAJob(prefixed[2])) return withoutEmployer(prefixed[2]);
  return title;
}
