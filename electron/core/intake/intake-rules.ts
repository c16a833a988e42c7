// Pure rules of candidate intake: which reader a file needs, the candidate a résumé's or an e-mail's
// details make, whether those details were found with confidence ("needs a look", and why), the note an
// e-mail leaves, and the report's counts. Runs anywhere (no I/O).
import type { AttachmentSuggestions, IntakeItem, IntakeReport } from '../../contract';
import { CANDIDATE_LIMITS, NEEDS_A_LOOK_TAG } from '../../contract';

export type IntakeReader = 'resume' | 'eml' | 'msg';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A saved e-mail by its name (.eml, .msg) or, for Outlook's, by its first bytes; everything else is read as a résumé. */
export function readerFor(fileName: string, bytes: Uint8Array): IntakeReader {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.eml')) return 'eml';
  if (lower.endsWith('.msg') || OLE.every((byte, i) => bytes[i] === byte)) return 'msg';
  return 'resume';
}

const FILE_NAME_NOISE = /\b(cv|resume|résumé|curriculum|vitae|lebenslauf|cover|letter|application|final|updated|new|copy|v\d+)\b/giu;

/** "jane_doe-CV (2).pdf" → "Jane Doe"; '' when nothing name-like is left. */
export function nameFromFileName(fileName: string): string {
  const stem = fileName.replace(/\.[^.]+$/, '');
  const words = stem
    .replace(/[_\-.()[\]{}+,]+/g, ' ')
    .replace(FILE_NAME_NOISE, ' ')
    .replace(/\d+/g, ' ')
    .split(/\s+/)
    .filter((w) => /^\p{L}[\p{L}'’]*$/u.test(w));
  return words
    .slice(0, 4)
    .map((w) => (w === w.toLowerCase() || w === w.toUpperCase() ? w.charAt(0).toUpperCase() + w.slice(1).toLowerCase() : w))
    .join(' ');
}

/**
 * A name fit to store and show: control and bidirectional-override characters become spaces, runs of
 * space one, cut to the name limit; 'Unnamed candidate' when nothing is left.
 */
export function cleanName(name: string): string {
  const flat = name
    .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return [...flat].slice(0, CANDIDATE_LIMITS.fullName).join('').trim() || 'Unnamed candidate';
}

/** The details intake stores on a new candidate (or adds to an existing one), and why they need a look. */
export interface IntakeDraft {
  fullName: string;
  emails: string[];
  phones: string[];
  needsLook: boolean;
  reasons: string[];
}

function firstLine(text: string): string {
  return text.split(/\r?\n/).map((line) => line.trim()).find((line) => line !== '') ?? '';
}

function words(value: string): string[] {
  return value.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').split(/[^\p{L}]+/u).filter((w) => w.length > 1);
}

/** A found name is trusted when it is the résumé's first line, or its words appear in the e-mail address or the file name. */
function nameTrusted(name: string, text: string, emails: readonly string[], fileName: string): boolean {
  if (firstLine(text) === name) return true;
  const nameWords = words(name);
  const elsewhere = [...emails.map((e) => e.split('@')[0] ?? ''), fileName].join(' ').toLowerCase();
  return nameWords.length > 0 && nameWords.every((w) => elsewhere.includes(w));
}

/**
 * A résumé's candidate. Confident when the text gave a name (on its first line, or matching the e-mail
 * address or file name) and exactly one e-mail address or (without one) exactly one phone number;
 * otherwise the candidate needs a look, and each reason says what to check.
 */
export function resumeDraft(suggestions: AttachmentSuggestions, text: string, fileName: string, warning: string | null): IntakeDraft {
  const reasons: string[] = [];
  if (warning) reasons.push(warning);
  const fromFile = nameFromFileName(fileName);
  let fullName = suggestions.fullName ?? '';
  if (fullName !== '' && !nameTrusted(fullName, text, suggestions.emails, fileName)) {
    reasons.push(
      fromFile !== ''
        ? `The name "${fullName}" found in the résumé is not on its first line, so "${fromFile}" was taken from the file name.`
        : `"${fullName}" was read as the name, but it is not on the résumé's first line; check it.`,
    );
    if (fromFile !== '') fullName = fromFile;
  } else if (fullName === '') {
    fullName = fromFile;
    reasons.push(fullName === '' ? 'No name was found in the résumé; the candidate is named after the file.' : `No name was found in the résumé; "${fullName}" was taken from the file name.`);
    if (fullName === '') fullName = fileName.slice(0, CANDIDATE_LIMITS.fullName);
  }
  const emails = suggestions.emails.slice(0, 1);
  const phones = suggestions.phones.slice(0, 1);
  if (suggestions.emails.length === 0 && suggestions.phones.length === 0) reasons.push('No e-mail address or phone number was found in the résumé.');
  if (suggestions.emails.length > 1) reasons.push(`The résumé has ${suggestions.emails.length} e-mail addresses; the first (${emails[0] ?? ''}) was kept.`);
  if (suggestions.phones.length > 1) reasons.push(`The résumé has ${suggestions.phones.length} phone numbers; the first (${phones[0] ?? ''}) was kept.`);
  return { fullName: cleanName(fullName), emails, phones, needsLook: reasons.length > 0, reasons };
}

/** The sender of a saved e-mail, with a phone from its résumé when one was attached. */
export function mailDraft(mail: { fromName: string; fromEmail: string }, fileName: string, resume: AttachmentSuggestions | null): IntakeDraft {
  const reasons: string[] = [];
  let fullName = mail.fromName.replace(/^["']|["']$/g, '').trim();
  // A sender shown as their address ("jane@example.com") has no name.
  if (fullName.includes('@')) fullName = '';
  if (fullName === '' && resume?.fullName) {
    fullName = resume.fullName;
    reasons.push(`The e-mail does not give the sender's name; "${fullName}" was taken from the attached résumé.`);
  }
  if (fullName === '') {
    fullName = mail.fromEmail.split('@')[0] || nameFromFileName(fileName) || fileName;
    reasons.push(`The e-mail does not give the sender's name; the candidate is named "${fullName.slice(0, CANDIDATE_LIMITS.fullName)}" for now.`);
  }
  if (mail.fromEmail === '') reasons.push("The e-mail's sender address could not be read.");
  const phones = resume?.phones.slice(0, 1) ?? [];
  return { fullName: cleanName(fullName), emails: mail.fromEmail ? [mail.fromEmail] : [], phones, needsLook: reasons.length > 0, reasons };
}

/** The note an e-mail leaves on the application: who sent it, when, the subject and the body (cut to fit). */
export function mailNote(mail: { fromName: string; fromEmail: string; subject: string; date: string; text: string }, maxChars: number): string {
  const from = [mail.fromName, mail.fromEmail ? `<${mail.fromEmail}>` : ''].filter((s) => s !== '').join(' ');
  const head = [`E-mail from ${from || 'an unknown sender'}`, mail.date ? `Sent: ${mail.date.slice(0, 16).replace('T', ' ')} UTC` : '', `Subject: ${mail.subject || '(none)'}`]
    .filter((s) => s !== '')
    .join('\n');
  const full = `${head}\n\n${mail.text || '(no text)'}`;
  return full.length <= maxChars ? full : `${full.slice(0, maxChars - 1)}…`;
}

/** The tags a candidate gets: "needs a look" when their details were not found with confidence. */
export function intakeTags(draft: IntakeDraft): string[] {
  return draft.needsLook ? [NEEDS_A_LOOK_TAG] : [];
}

/** The report's counts from its items. */
export function summarize(items: IntakeItem[], cancelled: boolean, notHandled: number): IntakeReport {
  return {
    items,
    created: items.filter((i) => i.outcome === 'created').length,
    merged: items.filter((i) => i.outcome === 'merged').length,
    needsLook: items.filter((i) => i.outcome !== 'refused' && i.needsLook).length,
    refused: items.filter((i) => i.outcome === 'refused').length,
    cancelled,
    notHandled,
  };
}
