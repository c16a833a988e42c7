// Renderer: the words a person sees for candidate-source fields, application statuses, file kinds and timeline
// actions. The source names and status words themselves are the contract's (CANDIDATE_SOURCE_LABELS,
// APPLICATION_STATUS_LABELS), shared with the CSV export.
import type { AttachmentKind, CandidateSource, ImportField } from '../../../../electron/contract';
import { ratingLabel } from '../../../../electron/contract';
import { formatDateTime, formatDay } from '../../lib/dates';

export const SOURCE_DETAIL_LABELS: Record<CandidateSource, string> = {
  job_board: 'Which job board',
  referral: 'Referred by',
  walk_in: 'Details',
  website: 'Details',
  agency: 'Agency name',
  other: 'Details',
};

/** The status words are the contract's, shared with the CSV export. */
export { APPLICATION_STATUS_LABELS } from '../../../../electron/contract';

export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, string> = {
  resume: 'Résumé',
  cover_letter: 'Cover letter',
  other: 'Other file',
};

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  name: 'Full name',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  phone: 'Phone',
  location: 'Location',
  source: 'Source',
  tags: 'Tags',
  linkedin: 'LinkedIn',
  portfolio: 'Portfolio',
  summary: 'Summary',
  role: 'Role',
};

const ACTIONS: Record<string, string> = {
  'candidate.created': 'Added as a candidate',
  'candidate.updated': 'Details changed',
  'candidate.merged': 'Merged with a duplicate record',
  'candidate.anonymised': 'Anonymised: personal details erased, figures kept for the reports',
  'candidate.tagged': 'Tagged',
  'candidate.application_deleted': 'Removed from a role',
  'candidate.exported': 'Everything about them exported',
  'application.created': 'Added to a role',
  'application.moved': 'Moved to another stage',
  'application.rejected': 'Rejected',
  'application.withdrawn': 'Withdrew',
  'application.hired': 'Hired',
  'application.reactivated': 'Brought back to the board',
  'application.rated': 'Rated',
  'application.note_added': 'Note added',
  'application.merged': 'Applications combined',
  'candidate.file_added': 'File added',
  'candidate.file_deleted': 'File removed',
  'application.interview_scheduled': 'Interview scheduled',
  'application.interview_rescheduled': 'Interview moved',
  'application.interview_updated': 'Interview details changed',
  'application.interview_cancelled': 'Interview cancelled',
  'application.interview_completed': 'Interview completed',
  'application.interview_reopened': 'Interview reopened',
  'application.scorecard_submitted': 'Scorecard submitted',
  'application.message_drafted': 'Message drafted',
  'application.offer_made': 'Offer made',
  'application.offer_changed': 'Offer changed',
  'application.offer_accepted': 'Offer accepted',
  'application.offer_declined': 'Offer declined',
  'application.offer_expired': 'Offer marked expired',
  'application.offer_reopened': 'Offer open again',
};

const RECOMMENDATION_WORDS: Record<string, string> = {
  strong_no: 'strong no',
  no: 'no',
  yes: 'yes',
  strong_yes: 'strong yes',
  no_decision: 'no decision',
};

/**
 * A rating in a 'rated' entry's from/to: a word on the one scale when the entry says `scale: 4`; entries
 * written before migration 0006 counted stars (1–5) and say so.
 */
function ratingText(value: number, details: Record<string, unknown>): string {
  if (details.scale === 4) return ratingLabel(value, String(value));
  return value === 1 ? '1 star (old scale)' : `${value} stars (old scale)`;
}

/** A detail value as words: interview times in this computer's time, recommendations and ratings spelled out. */
function detailText(key: string, value: unknown, details: Record<string, unknown>): string {
  if ((key === 'from' || key === 'to') && typeof value === 'number') return ratingText(value, details);
  if (key === 'startsAt' && typeof value === 'string') {
    return formatDateTime(value);
  }
  if ((key === 'startOn' || key === 'expiresOn') && typeof value === 'string') return formatDay(value);
  if (key === 'recommendation' && typeof value === 'string') return RECOMMENDATION_WORDS[value] ?? value;
  if (key === 'how' && typeof value === 'string') return HOW_WORDS[value] ?? value;
  return Array.isArray(value) ? value.join(', ') : typeof value === 'object' ? '' : String(value);
}

/** How a message draft reached the mail program. */
const HOW_WORDS: Record<string, string> = { mailto: 'mail link', eml: 'draft file' };

const DETAIL_NAMES: Record<string, string> = {
  how: 'opened as',
  fields: 'changed',
  fileName: 'file',
  startsAt: 'when',
  interviewerName: 'by',
  startOn: 'starts',
  expiresOn: 'open until',
};

/** "application.moved" → "Moved to another stage"; unknown actions read as words. */
export function timelineLabel(entityType: string, action: string): string {
  return ACTIONS[`${entityType}.${action}`] ?? `${entityType} ${action.replace(/_/g, ' ')}`.replace(/^./, (c) => c.toUpperCase());
}

/** The interesting words in a timeline entry's details (role, stage, file name...). */
export function timelineDetail(details: Record<string, unknown>): string {
  const parts: string[] = [];
  const keys = ['role', 'from', 'to', 'stage', 'fileName', 'reason', 'tags', 'fields', 'startsAt', 'interviewers', 'interviewerName', 'recommendation', 'note', 'subject', 'how', 'pay', 'startOn', 'expiresOn'];
  for (const key of keys) {
    const value = details[key];
    if (value === undefined || value === null || value === '') continue;
    const shown = detailText(key, value, details);
    if (shown) parts.push(`${DETAIL_NAMES[key] ?? key}: ${shown}`);
  }
  return parts.join(' · ');
}
