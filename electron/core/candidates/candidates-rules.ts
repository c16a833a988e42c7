// Pure rules for candidates: normalizing emails, phones, names and tags; name similarity (Jaro–Winkler);
// the search query for the candidates index; deduplicating lists; the source read from free text and web
// links cleaned (shared by CSV imports and merges). Runs anywhere (no I/O).
import type { CandidateSource } from '../../contract';

/** Names at least this similar (Jaro–Winkler on normalized, word-sorted names) are flagged. */
export const NAME_SIMILARITY_THRESHOLD = 0.93;
/** Phone numbers are compared on their last digits, so +1 503… and (503)… match. */
export const PHONE_TAIL_DIGITS = 9;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}

/** The part two numbers must share: the last nine digits, or all of them when shorter. */
export function phoneTail(phone: string): string {
  return phoneDigits(phone).slice(-PHONE_TAIL_DIGITS);
}

export function phonesMatch(a: string, b: string): boolean {
  const da = phoneDigits(a);
  const db = phoneDigits(b);
  if (da.length < 3 || db.length < 3) return false;
  if (da.length < PHONE_TAIL_DIGITS || db.length < PHONE_TAIL_DIGITS) return da === db;
  return da.slice(-PHONE_TAIL_DIGITS) === db.slice(-PHONE_TAIL_DIGITS);
}

/** Lower case, accents stripped, punctuation removed, spaces collapsed: "Zoë O'Brien-Smith" → "zoe obrien smith". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The normalized name with its words sorted, so "Okafor, Amara" and "amara okafor" are equal. */
export function nameKey(name: string): string {
  // Plain ASCII letters, digits and spaces normalize to themselves, lower-cased (a fast path for imports).
  const normalized = /^[A-Za-z0-9 ]*$/.test(name) ? name.toLowerCase() : normalizeName(name);
  const words = normalized.split(' ').filter((word) => word !== '');
  return words.sort().join(' ');
}

function jaroMatches(a: string, b: string): { matches: number; transpositions: number } {
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aHit = new Array<boolean>(a.length).fill(false);
  const bHit = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (bHit[j] || a[i] !== b[j]) continue;
      aHit[i] = bHit[j] = true;
      matches++;
      break;
    }
  }
  let k = 0;
  let transpositions = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aHit[i]) continue;
    while (!bHit[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  return { matches, transpositions: transpositions / 2 };
}

/** Jaro–Winkler similarity in 0..1 (1 = identical), with the usual 0.1 prefix scale over 4 characters. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  if (a.length === 0 || b.length === 0) return 0;
  const { matches, transpositions } = jaroMatches(a, b);
  if (matches === 0) return 0;
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** How alike two names are (0..1) once case, accents, punctuation and word order are ignored. */
export function nameSimilarity(a: string, b: string): number {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === '' || kb === '') return 0;
  return ka === kb ? 1 : jaroWinkler(ka, kb);
}

export function namesSimilar(a: string, b: string): boolean {
  return nameSimilarity(a, b) >= NAME_SIMILARITY_THRESHOLD;
}

/** Tags compare case- and accent-insensitively; the first spelling is kept. */
export function normalizeTag(tag: string): string {
  // Printable ASCII words with single spaces have no marks, nothing to trim or fold: only lower-case them.
  if (/^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/.test(tag)) return tag.toLowerCase();
  return tag.normalize('NFKD').replace(/\p{M}/gu, '').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Keeps the first of each item by key, dropping empties; order preserved. */
export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

/** Words a phone number is found by: all its digits, and the last 10, 9 and 7 (local forms). */
export function phoneSearchTokens(phone: string): string[] {
  const digits = phoneDigits(phone);
  if (digits.length === 0) return [];
  const tails = [10, 9, 7].filter((n) => digits.length > n).map((n) => digits.slice(-n));
  return [digits, ...tails];
}

const MAX_SEARCH_TERMS = 8;
const PHONE_LIKE = /^[\d\s+().-]+$/;

function quoted(term: string): string {
  return `"${term.replace(/"/g, '""')}"*`;
}

/**
 * The FTS5 query for what the owner typed: every word as a prefix, all required. Text that looks like a
 * phone number ("503 555-01") is one run of digits, as phone numbers are indexed.
 */
export function buildCandidateFtsQuery(userText: string): string | null {
  const trimmed = userText.normalize('NFKC').trim();
  if (PHONE_LIKE.test(trimmed) && phoneDigits(trimmed).length >= 3) return quoted(phoneDigits(trimmed));
  const words = trimmed.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  const terms = words.slice(0, MAX_SEARCH_TERMS).map(quoted);
  return terms.length > 0 ? terms.join(' ') : null;
}

/** A job board, referral, walk-in, website or agency, read from free text; anything else is 'other'. */
export function sourceFromText(text: string): { source: CandidateSource; detail: string } {
  const lower = text.toLowerCase();
  if (lower === '') return { source: 'other', detail: '' };
  if (/refer/.test(lower)) return { source: 'referral', detail: text };
  if (/walk[\s-]?in/.test(lower)) return { source: 'walk_in', detail: text };
  if (/agency|recruiter/.test(lower)) return { source: 'agency', detail: text };
  if (/website|careers? (page|site)|our site/.test(lower)) return { source: 'website', detail: text };
  if (/indeed|linkedin|glassdoor|monster|ziprecruiter|craigslist|job ?board|stepstone|seek|reed|workable|snagajob|poached|culinary agents/.test(lower)) {
    return { source: 'job_board', detail: text };
  }
  return { source: 'other', detail: text };
}

/** An http(s) address, adding https:// to a bare "example.com/x"; anything else becomes ''. */
export function cleanUrl(value: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return '';
  const url = /^https?:\/\//i.test(trimmed) ? trimmed : /^[\w-]+(\.[\w-]+)+(\/.*)?$/.test(trimmed) ? `https://${trimmed}` : '';
  try {
    return url !== '' && url.length <= 2000 && new URL(url).hostname !== '' ? url : '';
  } catch {
    return '';
  }
}
