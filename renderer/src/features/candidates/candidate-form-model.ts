// Renderer: the candidate form's values (plain strings, as typed) and their conversion to and from the contract.
import { CandidateDraft, type Candidate, type CandidateFields, type CandidateSource } from '../../../../electron/contract';
import { toFieldErrors, type FieldErrors } from '../../lib/field-errors';

export interface CandidateFormValues {
  fullName: string;
  emails: string;
  phones: string;
  location: string;
  linkedinUrl: string;
  portfolioUrl: string;
  links: string;
  source: CandidateSource;
  sourceDetail: string;
  tags: string;
  summary: string;
  /** Dates as the date inputs give them: '' when empty. */
  retentionUntil: string;
  retentionReason: string;
  consentFutureRolesOn: string;
  consentNote: string;
}

export const EMPTY_CANDIDATE: CandidateFormValues = {
  fullName: '',
  emails: '',
  phones: '',
  location: '',
  linkedinUrl: '',
  portfolioUrl: '',
  links: '',
  source: 'other',
  sourceDetail: '',
  tags: '',
  summary: '',
  retentionUntil: '',
  retentionReason: '',
  consentFutureRolesOn: '',
  consentNote: '',
};

const list = (text: string, separator: RegExp): string[] =>
  text
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);

export function fromCandidate(c: Candidate): CandidateFormValues {
  return {
    fullName: c.fullName,
    emails: c.emails.join(', '),
    phones: c.phones.join(', '),
    location: c.location,
    linkedinUrl: c.linkedinUrl,
    portfolioUrl: c.portfolioUrl,
    links: c.links.map((l) => (l.label ? `${l.label} ${l.url}` : l.url)).join('\n'),
    source: c.source,
    sourceDetail: c.sourceDetail,
    tags: c.tags.join(', '),
    summary: c.summary,
    retentionUntil: c.retentionUntil ?? '',
    retentionReason: c.retentionReason,
    consentFutureRolesOn: c.consentFutureRolesOn ?? '',
    consentNote: c.consentNote,
  };
}

/** "Portfolio https://x.example" → label + url; a bare address has no label. */
function parseLink(line: string): { label: string; url: string } {
  const at = line.search(/https?:\/\//i);
  if (at <= 0) return { label: '', url: line };
  return { label: line.slice(0, at).trim(), url: line.slice(at).trim() };
}

export function toDraftInput(v: CandidateFormValues) {
  return {
    fullName: v.fullName,
    emails: list(v.emails, /[,;\s]+/),
    phones: list(v.phones, /[,;]+/),
    location: v.location,
    linkedinUrl: v.linkedinUrl.trim(),
    portfolioUrl: v.portfolioUrl.trim(),
    links: list(v.links, /\n+/).map(parseLink),
    source: v.source,
    sourceDetail: v.sourceDetail,
    tags: [...new Set(list(v.tags, /,+/))],
    summary: v.summary,
    retentionUntil: v.retentionUntil.trim() || null,
    retentionReason: v.retentionReason,
    consentFutureRolesOn: v.consentFutureRolesOn.trim() || null,
    consentNote: v.consentNote,
  };
}

/** Checks the values the way the core will; errors are keyed by form field. */
export function validateCandidate(v: CandidateFormValues): { ok: true; draft: CandidateFields } | { ok: false; errors: FieldErrors } {
  const parsed = CandidateDraft.safeParse(toDraftInput(v));
  if (parsed.success) return { ok: true, draft: parsed.data };
  return { ok: false, errors: normaliseErrors(toFieldErrors(parsed.error.issues)) };
}

/** "links.url" belongs beside the one Links box. */
export function normaliseErrors(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, message] of Object.entries(errors)) {
    const field = key.replace(/^patch\./, '').split('.')[0] ?? key;
    if (!(field in out)) out[field] = message;
  }
  return out;
}
