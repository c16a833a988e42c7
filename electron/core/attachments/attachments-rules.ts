// Pure rules for candidate files: what a file really is (from its first bytes, never its name), the
// size limit's message, and the contact details a resume's text offers. Runs anywhere (no I/O).
import type { AttachmentMimeType, AttachmentSuggestions } from '../../contract';
import { normalizeExtractedText } from './text-normalize';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

/** True when the bytes are UTF-8 text: decodes strictly and has no NUL or other binary control bytes. */
export function isUtf8Text(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
    return !/[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(text);
  } catch {
    return false;
  }
}

/** A zip is a Word document when it has entries under word/ (their names are stored in plain text). */
function isDocx(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml');
}

/** The file's real type from its content, or null for anything Hirebook does not keep. */
export function sniffMimeType(bytes: Uint8Array): AttachmentMimeType | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, PDF)) return 'application/pdf';
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, ZIP)) return isDocx(bytes) ? DOCX_MIME : null;
  return isUtf8Text(bytes) ? 'text/plain' : null;
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooLargeMessage(sizeBytes: number, limitBytes: number): string {
  const limit = `${Math.round(limitBytes / (1024 * 1024))} MB`;
  const size = formatMegabytes(sizeBytes);
  const shown = size === formatMegabytes(limitBytes) ? `just over ${limit}` : size;
  return `This file is ${shown}; files can be at most ${limit}. Save a smaller copy (for example a PDF without photos) and add that.`;
}

export const UNKNOWN_TYPE_MESSAGE =
  'Hirebook keeps PDF, Word (.docx), plain text (.txt), PNG and JPEG files, and this file is none of those. ' +
  'Save it as a PDF and add it again.';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// A phone number's run: an optional + (or 00), then digits in groups split by one separator each (spaces,
// a dot, a hyphen or dash, a slash, brackets), never across a line end. Not inside a longer token
// ("RN-555-0199", "neurips.2023.1234", an ORCID): nothing word-like or number-like right before it.
const PHONE = /(?<![\p{L}\p{N}@#/.,_-])(?:\((?:\+|00)\d{1,4}\) *|(?:\+|00)?(?:\(\d{1,5}\) *|\d))(?:\d| +(?=\d)| *[.\-–—/] *(?=\d)| *\((?=\d)|\) *(?=\d))*\d(?![\p{L}\p{N}@]|[.,/-]\d|%)/gu;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|\b(?:[a-z]{2,3}\.)?linkedin\.com\/[^\s<>"')\]]+/giu;

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

const YEAR = /^(?:19|20)\d{2}$/;
/** Words right before a number that make it something other than a phone number. */
const NOT_PHONE_BEFORE = /(?:\b(?:ISO|ISBN|ISSN|ORCID|DOI|ID|no|nr|licen[cs]e|permit|version|ver|v|GPA|ZIP|postcode|postal code|zip code|invoice|order|account|acct|serial|SSN|NI|tax|VAT|EIN|NOK|USD|EUR|GBP|CHF|SEK|DKK|JPY|AUD|CAD|DOB|birth)\.?:?|[$€£¥〒№#])\s*$/iu;
/** A label that says the number is a phone number (it wins over the date and range rules it might resemble). */
const PHONE_LABEL = /(?:\b(?:phone|tel|telephone|mobile|mob|cell|ph|fax|whatsapp|contact)\b\.?\s*(?:no\.?|number|#)?\s*:?|☎|📞)\s*$/iu;

/** Why a run of digits is not a phone number, or null when it may be one. */
function notAPhone(candidate: string, before: string): string | null {
  const digits = candidate.replace(/\D/g, '');
  const international = /^\(?(?:\+|00)/.test(candidate);
  const groups = candidate.split(/[^\d]+/).filter((g) => g !== '');
  if (digits.length < 7 || digits.length > 15) return 'length';
  if (!international && digits.length > 12) return 'too long for a national number';
  if ((candidate.match(/\(/g) ?? []).length !== (candidate.match(/\)/g) ?? []).length) return 'unbalanced brackets';
  const labelled = PHONE_LABEL.test(before);
  if (!labelled && NOT_PHONE_BEFORE.test(before)) return 'labelled as something else';
  // Dates: 2019-05-01, 01.05.2019, 05/2019, 12/05/2019
  if (/^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/.test(candidate) || /^\d{1,2}[-./]\d{1,2}[-./](?:\d{2}|\d{4})$/.test(candidate)) return 'date';
  if (/(?:^|\D)\d{1,2}\/(?:19|20)\d{2}(?:\D|$)/.test(candidate)) return 'month and year';
  // US ZIP+4 (60614-2231)
  if (!labelled && /^\d{5}-\d{4}$/.test(candidate)) return 'zip code';
  // Ranges: 2015 - 2019, 2018 — 2024, 1044–1058, 2014/2016, "Microsoft 365 - 2015"
  if (!labelled && /(?:^|\D)(?:19|20)\d{2} *[-–—/] *(?:19|20)\d{2}(?:\D|$)/.test(candidate)) return 'years';
  if (!labelled && /[–—]/.test(candidate) && (groups.length <= 2 || /\s[–—]|[–—]\s/.test(candidate) || groups.some((g) => YEAR.test(g)))) return 'range';
  if (!labelled && groups.length === 2 && groups.some((g) => YEAR.test(g)) && !/^\d{3}-\d{4}$/.test(candidate)) return 'year';
  if (!labelled && /\s[-–—]\s/.test(candidate) && groups.some((g) => YEAR.test(g))) return 'year range';
  if (!labelled && groups.length >= 2 && groups.every((g) => YEAR.test(g))) return 'years';
  // Version numbers: 2.4.1, 3.11.4 — phone groups split by dots have two or more digits
  if (/\./.test(candidate) && (international ? groups.slice(1) : groups).some((g) => g.length === 1)) return 'version';
  // A run with no separators is a phone number only when long enough to be a whole one
  if (!international && groups.length === 1 && digits.length < 10 && !labelled) return 'plain number';
  return null;
}

/** Leading groups that belong to what comes before: a zip code ("WA 98402 253-555-0147"), a house number. */
function withoutLeadingGroups(candidate: string): string[] {
  const tails: string[] = [];
  let rest = candidate;
  for (let i = 0; i < 3; i++) {
    const next = /^(?:\+|00)?\d+[ /]+(?=[\d(+])/.exec(rest);
    if (!next) break;
    rest = rest.slice(next[0].length);
    tails.push(rest);
  }
  return tails;
}

function phonesIn(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    for (const match of line.matchAll(PHONE)) {
      const raw = match[0].trim().replace(/\s+/g, ' ');
      const before = line.slice(Math.max(0, match.index - 30), match.index);
      if (notAPhone(raw, before) === null) {
        found.push(raw);
        continue;
      }
      // "45402 (555) 010-9012": the phone number after a zip code on the same line
      const tail = withoutLeadingGroups(raw).find((t) => notAPhone(t, '') === null && t.replace(/\D/g, '').length >= 10);
      if (tail !== undefined) found.push(tail);
    }
  }
  return unique(found);
}

function linksIn(text: string): string[] {
  const found = (text.match(URL) ?? []).map((raw) => {
    const clean = raw.replace(/[.,;:]+$/, '');
    return /^https?:\/\//i.test(clean) ? clean : `https://${clean}`;
  });
  return unique(found);
}

const NAME_WORD = /^[\p{Lu}\p{Lt}\p{Lo}][\p{L}\p{M}'’.]*(?:-[\p{L}\p{M}'’.]+)*$/u;
const PARTICLE = /^(?:van|von|der|den|de|del|della|di|da|dos|das|du|la|le|bin|binti|al|el|ibn|ter|ten|y|e)$/u;
const TITLES = /^(?:(?:dr|prof|mr|mrs|ms|miss|mx|sir|dame|rev|professor|doctor|ing|dipl)\.?\s+)+/iu;
// Degrees after a comma ("Jane Roe, MA"); without one only those no surname is ("Ying Ma" keeps "Ma").
const SUFFIXES = /(?:,\s*(?:ph\.?\s?d|m\.?d|mba|msc|ma|bsc|ba|bs|ms|rn|bsn|cpa|pmp|pe|esq|jr|sr|ii|iii|iv)|\s+(?:Ph\.?\s?D|PhD|MBA|Esq|Jr|Sr|II|III|IV))\.?$/iu;
const NAME_LABEL = /^(?:full\s+)?name\s*[:-]?\s+/iu;
const NOT_A_NAME =
  /\b(?:resume|résumé|curriculum|vitae|cv|europass|profile|summary|objective|experience|education|skills|contact|personal|information|references?|page|address|phone|email|e-mail|mobile|university|college|school|institute|academy|street|avenue|road|lane|drive|inc|ltd|llc|gmbh|company|department|manager|engineer|designer|developer|analyst|assistant|specialist|coordinator|consultant|officer|director|intern|technician|supervisor|nurse|chef|lead|senior|junior|position|tagline|updated|welcome|dear|languages?|interests|hobbies|projects|publications|awards|certifications?|certificates|strengths|achievements|volunteering|activities|qualifications|about|tools|software|expertise|competencies|overview|employment|history|career|work)\b/iu;

function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_all, sep: string, letter: string) => `${sep}${letter.toUpperCase()}`);
}

/** The name on a line, if the line starts with one: "CATHERINE STARK | +1 555…" gives "Catherine Stark". */
function nameOnLine(line: string): string | undefined {
  // The name ends where the contact details or a tagline start on the same line.
  const unlabelled = line.replace(NAME_LABEL, '');
  const head = (unlabelled.split(/\s*(?:[|•·–—,;:/\\(]|\s-\s|\s{2,}|\d|\S+@|https?:|www\.)/u)[0] ?? '').trim();
  let candidate = head.replace(TITLES, '').replace(SUFFIXES, '').replace(/\s+/g, ' ').trim();
  // "Henrik Aaltonen mobile": the name, then a lower-case label of the contact details after it (a
  // particle such as "van" or "de" is part of the name)
  const all = candidate.split(' ');
  const cut = all.findIndex((w, i) => i >= 2 && ((/^\p{Ll}/u.test(w) && !PARTICLE.test(w)) || /^(?:Phone|Tel|Mobile|Cell|E-?mail|Address)\b/u.test(w)));
  if (cut > 0) candidate = all.slice(0, cut).join(' ');
  if (candidate.length > 60 || NOT_A_NAME.test(candidate)) return undefined;
  const words = candidate.split(' ');
  const named = words.filter((w) => !PARTICLE.test(w));
  if (named.length < 2 || words.length > 5 || !NAME_WORD.test(words[0] ?? '') || !named.every((w) => NAME_WORD.test(w))) return undefined;
  if (named.some((w) => w.replace(/[^\p{L}]/gu, '').length < 1)) return undefined;
  // All capitals ("CATHERINE STARK") becomes "Catherine Stark"; "McDonald" or "DeVries" stay as written.
  const letters = candidate.replace(/[^\p{L}]/gu, '');
  if (letters === letters.toUpperCase() && letters.length > 3) candidate = words.map((w) => (PARTICLE.test(w.toLowerCase()) ? w.toLowerCase() : titleCase(w))).join(' ');
  return candidate;
}

/** A name is usually among the first lines of a resume: 2–5 words, each starting with a capital, no digits. */
function nameIn(text: string): string | undefined {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '').slice(0, 8);
  const oneWord = (line: string | undefined) => line !== undefined && NAME_WORD.test(line) && !NOT_A_NAME.test(line);
  for (const [i, line] of lines.entries()) {
    // A sidebar sets the first and the last name on lines of their own ("ÉLODIE" / "MARCHETTI").
    const next = lines[i + 1];
    const name = oneWord(line) && oneWord(next) ? nameOnLine(`${line} ${next}`) : nameOnLine(line);
    if (name !== undefined) return name;
  }
  return undefined;
}

/** Contact details found in a file's text, for the owner to confirm; nothing here is saved. */
export function suggestionsFromText(text: string): AttachmentSuggestions {
  // extractText's text is already normal; text from elsewhere (pasted, an older row) is made so here.
  const sample = normalizeExtractedText(text.slice(0, 200_000));
  const emails = unique((sample.match(EMAIL) ?? []).map((e) => e.replace(/\.+$/, '')));
  const fullName = nameIn(sample);
  return { ...(fullName ? { fullName } : {}), emails, phones: phonesIn(sample), links: linksIn(sample) };
}
