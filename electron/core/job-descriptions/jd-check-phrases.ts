// The quality coach's lists of clichés, jargon phrases and well-known acronyms, with plain alternatives. Pure data; runs in core.
import type { OwnWordsFix } from '../../contract/jd-check-schemas';

export interface PhraseRule {
  /** Matched case-insensitively against a section's plain text, at word boundaries. */
  pattern: RegExp;
  /** How the phrase is named in the finding. */
  label: string;
  /** A lower-case literal every match contains: a cheap `includes` test skips the regex on most sections. */
  hint: string;
  /** Safe fixed replacements: words that can stand in the phrase's place as they are ("busy"). */
  swaps: readonly string[];
  /** Fixes only the owner can write ("say how busy"): asked for, never inserted. */
  ownWords: readonly OwnWordsFix[];
}

// What a writer may put between the words of a stock phrase: spaces, hyphens, dashes, a comma, or
// nothing at all ("rockstar", "selfstarter"). A space in a pattern below stands for this.
const SEP = String.raw`[\s\-\u2010-\u2014,]*`;

/**
 * The longest run of letters or digits that every match must contain: groups and optional characters are
 * removed first, since a match may leave them out ("rock stars?" → "rock", not "stars").
 */
export function literalHint(source: string): string {
  let s = source;
  while (/\([^()]*\)/.test(s)) s = s.replace(/\([^()]*\)[?*]?/g, ' ');
  const runs = s.replace(/.[?*]/g, ' ').toLowerCase().match(/[a-z0-9]{3,}/g) ?? [];
  const hint = runs.reduce((best, run) => (run.length > best.length ? run : best), '');
  if (hint === '') throw new Error(`Phrase pattern has no literal hint: ${source}`);
  return hint;
}

/** A fix that needs the owner's words: what to write, and an example of such words. */
function ask(prompt: string, example: string): OwnWordsFix {
  return { prompt, example };
}

/**
 * One rule. Each fix is either a swap (a plain string, inserted as written) or an ask() for the owner's
 * own words: this is the one place that decides which is which; the editor only follows it.
 */
function phrase(source: string, label: string, fixes: ReadonlyArray<string | OwnWordsFix>): PhraseRule {
  const body = source.replaceAll(' ', SEP);
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${body})(?![\p{L}\p{N}])`, 'giu');
  const swaps = fixes.filter((f): f is string => typeof f === 'string');
  const ownWords = fixes.filter((f): f is OwnWordsFix => typeof f !== 'string');
  return { pattern, label, hint: literalHint(source), swaps, ownWords };
}

/** Stock phrases that say little about the job and put off people who don't see themselves in them. */
export const CLICHES: readonly PhraseRule[] = [
  phrase('rock stars?', 'rockstar', ['skilled', 'experienced']),
  phrase('ninjas?', 'ninja', ['expert', 'skilled']),
  phrase('gurus?', 'guru', ['expert', 'specialist']),
  phrase('wizards?', 'wizard', ['expert', 'specialist']),
  phrase('superstars?', 'superstar', ['strong performer', 'experienced']),
  phrase('unicorns?', 'unicorn', [ask('Name the two or three skills you need', 'stock control and forklift driving')]),
  phrase('work hard play hard', 'work hard, play hard', [ask('State the usual hours and the perks', '40 hours a week, team lunch on Fridays')]),
  phrase('fast paced(?: environment| workplace| team)?', 'fast-paced environment', ['busy', ask('Say how busy', 'about 200 orders a day')]),
  phrase('dynamic (?:environment|workplace|team)', 'dynamic environment', [ask('Say what changes from day to day', 'a different client site each week')]),
  phrase('self starters?', 'self-starter', ['takes initiative', 'works without close supervision']),
  phrase('hit the ground running', 'hit the ground running', ['get up to speed quickly', ask('Describe the training you give', 'learn the till with a trainer in your first week')]),
  phrase('wear(?:s|ing)? (?:many|multiple|lots of) hats', 'wear many hats', [ask('List the actual tasks', 'serve customers, restock shelves and cash up')]),
  phrase("(?:like a|we(?:'|\u2019)re a|we are a|one big(?: happy)?) family", 'like a family', [ask('Describe the team: its size and how you work together', 'a team of six who share the weekend shifts')]),
  phrase('go getters?', 'go-getter', ['motivated', 'takes initiative']),
  phrase('think(?:ing)? outside (?:of )?the box', 'think outside the box', ['find new solutions', 'suggest improvements']),
  phrase('team players?', 'team player', ['works well with others']),
  phrase('crush(?:ing)? it', 'crush it', ['do well', 'meet your targets']),
  phrase('110 (?:%|percent|per cent)', '110%', ['your best', 'full effort']),
  phrase('hustle', 'hustle', ['hard work', 'effort']),
  phrase('game changers?', 'game-changer', ['important', 'new']),
  phrase('competitive (?:salary|pay|compensation|wages?|package)', 'competitive salary', [ask('State the pay range', '$20–$24 an hour')]),
  phrase('(?:other|any other) duties as (?:assigned|required)', 'other duties as assigned', [ask('Name the occasional tasks', 'covering the front desk at lunch')]),
];

/** Business jargon: words a reader has to translate before they understand the job. */
export const JARGON: readonly PhraseRule[] = [
  phrase('synerg(?:y|ies|istic|ize|ise)', 'synergy', ['working together', 'combined effort']),
  phrase('leverag(?:e|es|ed|ing)', 'leverage', ['use', 'build on']),
  phrase('bandwidth', 'bandwidth', ['time', 'capacity']),
  phrase('move the needle', 'move the needle', ['make a measurable difference']),
  phrase('circle back', 'circle back', ['follow up']),
  phrase('touch base', 'touch base', ['check in']),
  phrase('deep dives?', 'deep dive', ['close look', 'detailed review']),
  phrase('low hanging fruit', 'low-hanging fruit', ['quick wins', 'easy improvements']),
  phrase('paradigm(?: shifts?)?', 'paradigm shift', ['big change', 'new approach']),
  phrase('value adds?', 'value-add', ['benefit']),
  phrase('best (?:in|of) (?:class|breed)', 'best-in-class', ['leading', 'among the best']),
  phrase('blue sky thinking', 'blue-sky thinking', ['new ideas']),
  phrase('ideat(?:e|es|ion|ing)', 'ideate', ['come up with ideas']),
  phrase('action(?:able|ing)', 'actionable', ['practical', 'act on']),
  phrase('core competenc(?:y|ies)', 'core competencies', ['main skills']),
  phrase('results? driven', 'results-driven', ['focused on results', ask('Say which results matter', 'cutting waiting times')]),
  phrase('empower(?:s|ed|ing|ment)?', 'empower', ['let', 'give the authority to']),
  phrase('holistic', 'holistic', ['complete', 'whole']),
  phrase('disrupt(?:ive|ion|or)', 'disruptive', ['new', 'different']),
];

/**
 * Acronyms nearly every adult reader knows; anything else in capitals should be spelled out once.
 * Kept short on purpose: a small business posting is often read by people outside the trade.
 */
export const KNOWN_ACRONYMS: ReadonlySet<string> = new Set([
  'USA', 'US', 'UK', 'EU', 'UN', 'PDF', 'CV', 'OK', 'ID', 'TV', 'AM', 'PM', 'CEO', 'HR', 'IT', 'FAQ', 'ASAP',
  'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NYC', 'DC', 'ATM', 'GPS', 'ZIP', 'DIY', 'VIP', 'PS', 'FYI',
  // Roman numerals in titles ("Level II") look like acronyms but are not.
  'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII',
]);
