// The candidate operations: create (with the duplicate check), update (refusing a stale edit), delete
// (with their history; returns the file contents no one else uses), and merging two records of the same
// person: every application, note, file, stage event and contact detail ends up on the kept candidate, then
// the other is deleted. Runs in plain Node; the caller holds the transaction, so each happens whole or not at all.
import { randomBytes } from 'node:crypto';
import type { Candidate, CandidateCreateResult, CandidateMergeResult, CandidatePatch, CandidateProfile } from '../../contract';
import { CANDIDATE_LIMITS } from '../../contract';
import { forgetActivity, logActivity } from '../activity/activity-repo';
import { mergeApplications } from '../applications/applications-service';
import { candidateBlobs, isBlobInUse, moveAttachments } from '../attachments/attachments-repo';
import { nextStamp } from '../clock';
import type { CoreContext } from '../core-context';
import type { Db } from '../db/open-database';
import { truncateWal } from '../db/wal-truncate';
import { removeAttachment } from '../files/attachment-store';
import { DomainError, notFound } from '../errors';
import { findDuplicates } from './candidates-duplicates-repo';
import { historyScope, mustGetProfile } from './candidates-profile-repo';
import { purgeSearchIndex } from './candidates-search-repo';
import { cleanLists, deleteCandidate, getCandidate, insertCandidate, updateCandidate } from './candidates-repo';
import { clearPersonalHistory, deleteCandidateAttachments } from './candidates-anonymise-repo';
import { anonymisedAt, recordErasures } from './erasure-ledger-repo';

export function mustGetCandidate(db: Db, id: string): Candidate {
  const candidate = getCandidate(db, id);
  if (!candidate) throw notFound('That candidate');
  return candidate;
}

/**
 * Refuses to give an anonymised person new details: their record keeps only what the reports count, and
 * backups list them as holding nothing personal (backup-repo heldCandidateIds).
 */
export function mustNotBeAnonymised(db: Db, id: string): void {
  if (anonymisedAt(db, id) !== null) {
    throw new DomainError('conflict', 'This person was anonymised: their record keeps only the figures for reports and takes no new details.');
  }
}

/** Stores a new candidate and says who they may duplicate. */
export function createCandidate(db: Db, candidate: Candidate): CandidateCreateResult {
  const duplicates = findDuplicates(db, candidate);
  insertCandidate(db, candidate);
  const details = { fullName: candidate.fullName, source: candidate.source, possibleDuplicates: duplicates.length };
  logActivity(db, { entityType: 'candidate', entityId: candidate.id, action: 'created', details, at: candidate.createdAt });
  return { candidate: mustGetProfile(db, candidate.id), duplicates };
}

/** The names of the fields a patch really changed (lists compared by value). */
function changedFields(before: Candidate, after: Candidate, patch: CandidatePatch): string[] {
  return (Object.keys(patch) as (keyof CandidatePatch)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/** Applies a patch; refused when the candidate changed since `expectedUpdatedAt`. `stampAfter` gives the new updated_at. */
export function patchCandidate(
  db: Db,
  input: { id: string; patch: CandidatePatch; expectedUpdatedAt?: string | undefined },
  stampAfter: (previous: string) => string,
): CandidateProfile {
  const { id, patch, expectedUpdatedAt } = input;
  const current = mustGetCandidate(db, id);
  mustNotBeAnonymised(db, id);
  if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== current.updatedAt) {
    throw new DomainError('conflict', 'This candidate was changed elsewhere since you opened them. Reload to see the latest version.');
  }
  const merged: Candidate = { ...current, ...patch };
  const next: Candidate = { ...merged, ...cleanLists(merged) };
  const fields = changedFields(current, next, patch);
  if (fields.length === 0) return mustGetProfile(db, id);
  const stamp = stampAfter(current.updatedAt);
  updateCandidate(db, { ...next, updatedAt: stamp });
  logActivity(db, { entityType: 'candidate', entityId: id, action: 'updated', details: { fields }, at: stamp });
  return mustGetProfile(db, id);
}

/** For erasing many people in one transaction (a restore): `purge: false` leaves purgeSearchIndex to the caller, once. */
export interface ErasureOptions {
  purge?: boolean;
  /** The erasure's activity entry's details (never the name): e.g. { why: 'retention', months }. */
  details?: Record<string, unknown>;
}

/**
 * Deletes the person and their history: nothing about them stays behind, in the search index's own rows
 * neither. Returns the file contents (SHA-256) no one else uses, to remove after commit.
 */
export function removeCandidate(db: Db, id: string, stamp: () => string, options: ErasureOptions = {}): string[] {
  mustGetCandidate(db, id);
  const shas = candidateBlobs(db, id);
  const scope = historyScope(db, id);
  deleteCandidate(db, id);
  if (options.purge !== false) purgeSearchIndex(db);
  for (const [type, ids] of Object.entries(scope)) forgetActivity(db, type, ids);
  const at = stamp();
  logActivity(db, { entityType: 'candidate', entityId: id, action: 'deleted', details: options.details ?? {}, at });
  // The ledger names every record that was this person (people merged into them too): an older backup may
  // still hold them as separate records, and a restore must erase those as well.
  recordErasures(db, scope.candidate, 'erased', at);
  return shas.filter((sha) => !isBlobInUse(db, sha));
}

/** "Anonymous candidate 7F3A": a random name that says what the record is and points at no one. */
export function anonymousName(): string {
  return `Anonymous candidate ${randomBytes(2).toString('hex').toUpperCase()}`;
}

/**
 * Anonymises the person: the record stays under a random name with its source, applications, stage history
 * (times, stages, statuses, reasons), interviews' times and status and scorecards' ratings, so every report
 * figure stays as it was; everything personal goes: contact lists, links, location, source detail, summary,
 * tags, keep-until date, files, notes, rejection notes, interview places, messages' subjects, offers' pay and notes, scorecard notes and takeaways,
 * stage events' notes and the details of the activity entries about them, and their search-index words.
 * Refused when already done. Returns the file contents (SHA-256) no one else uses, to remove after commit.
 */
export function anonymiseCandidate(db: Db, id: string, stamp: () => string, options: ErasureOptions = {}): string[] {
  const current = mustGetCandidate(db, id);
  if (anonymisedAt(db, id) !== null) throw new DomainError('conflict', 'This person is already anonymised.');
  const shas = candidateBlobs(db, id);
  const scope = historyScope(db, id);
  deleteCandidateAttachments(db, id);
  forgetActivity(db, 'attachment', scope.attachment);
  clearPersonalHistory(db, scope);
  const at = stamp();
  updateCandidate(db, {
    ...current,
    fullName: anonymousName(),
    emails: [],
    phones: [],
    links: [],
    tags: [],
    location: '',
    linkedinUrl: '',
    portfolioUrl: '',
    sourceDetail: '',
    summary: '',
    retentionUntil: null,
    retentionReason: '',
    consentFutureRolesOn: null,
    consentNote: '',
    updatedAt: at,
  });
  if (options.purge !== false) purgeSearchIndex(db);
  logActivity(db, { entityType: 'candidate', entityId: id, action: 'anonymised', details: {}, at });
  recordErasures(db, scope.candidate, 'anonymised', at);
  return shas.filter((sha) => !isBlobInUse(db, sha));
}

/**
 * Erases one person, the one way it is done (a single delete and the retention list's erase alike): in its
 * own transaction removeCandidate, then (after commit) their files' bytes when no one else uses them, then
 * the write-ahead log emptied into the database file (whose freed space secure_delete zeroes), so no copy
 * of their text stays in either file. `details` go into the activity entry that records the erasure.
 */
export function eraseCandidate(ctx: CoreContext, id: string, details: Record<string, unknown> = {}, many?: ManyErasures): void {
  const blobs = ctx.db.transaction(() => removeCandidate(ctx.db, id, () => nextStamp(ctx), { details, purge: !many })).immediate();
  for (const sha of blobs) removeAttachment(ctx.attachmentsDir, sha);
  if (many) many.pending = true;
  else truncateWal(ctx.db);
  ctx.changed('candidates', [id]);
}

/**
 * Erasing or anonymising many people one after another (the retention list): each person's own transaction
 * leaves the search index's merge and the write-ahead log's emptying to `finishErasures`, run once at the end
 * (each costs ~0.2 s at 100,000 candidates; a thousand people would otherwise take minutes).
 */
export interface ManyErasures {
  pending: boolean;
}

/** The last step of many erasures: the search index's own copies purged, then the write-ahead log emptied. */
export function finishErasures(ctx: CoreContext, many: ManyErasures): void {
  if (!many.pending) return;
  ctx.db.transaction(() => purgeSearchIndex(ctx.db)).immediate();
  truncateWal(ctx.db);
  many.pending = false;
}

/**
 * Anonymises the person in its own transaction (anonymiseCandidate), then removes their files' bytes when no one
 * else uses them and empties the write-ahead log, as eraseCandidate does. Answers the profile as it is now.
 */
export function anonymisePerson(ctx: CoreContext, id: string, many?: ManyErasures): CandidateProfile {
  const { blobs, profile } = ctx.db.transaction(() => {
    const shas = anonymiseCandidate(ctx.db, id, () => nextStamp(ctx, mustGetCandidate(ctx.db, id).updatedAt), { purge: !many });
    return { blobs: shas, profile: mustGetProfile(ctx.db, id) };
  }).immediate();
  for (const sha of blobs) removeAttachment(ctx.attachmentsDir, sha);
  if (many) many.pending = true;
  else truncateWal(ctx.db);
  ctx.changed('candidates', [id]);
  ctx.changed('applications', profile.applications.map((a) => a.id));
  return profile;
}

type Moved = CandidateMergeResult['moved'];

/** The kept record's fields, with blanks filled and lists joined from the merged one (deduplicated). */
export function mergedFields(keep: Candidate, other: Candidate, stamp: string): Candidate {
  const lists = cleanLists({
    emails: [...keep.emails, ...other.emails],
    phones: [...keep.phones, ...other.phones],
    links: [...keep.links, ...other.links],
    tags: [...keep.tags, ...other.tags],
  });
  const summary = [keep.summary, other.summary].filter((s) => s !== '').join('\n\n').slice(0, CANDIDATE_LIMITS.summary);
  return {
    ...keep,
    emails: lists.emails.slice(0, CANDIDATE_LIMITS.emails),
    phones: lists.phones.slice(0, CANDIDATE_LIMITS.phones),
    links: lists.links.slice(0, CANDIDATE_LIMITS.links),
    tags: lists.tags.slice(0, CANDIDATE_LIMITS.tags),
    location: keep.location || other.location,
    linkedinUrl: keep.linkedinUrl || other.linkedinUrl,
    portfolioUrl: keep.portfolioUrl || other.portfolioUrl,
    sourceDetail: keep.sourceDetail || other.sourceDetail,
    summary: keep.summary === other.summary ? keep.summary : summary,
    // Keep data for as long as either record promised to.
    retentionUntil: [keep.retentionUntil, other.retentionUntil].filter((d): d is string => d !== null).sort().at(-1) ?? null,
    // The reason goes with the date that was kept.
    retentionReason: (other.retentionUntil ?? '') > (keep.retentionUntil ?? '') ? other.retentionReason : keep.retentionReason || other.retentionReason,
    // An agreement given on either record stands (the later one, when both agreed).
    consentFutureRolesOn: [keep.consentFutureRolesOn, other.consentFutureRolesOn].filter((d): d is string => d !== null).sort().at(-1) ?? null,
    consentNote: keep.consentNote || other.consentNote,
    updatedAt: stamp,
  };
}

/** Merges `mergeId` into `keepId`; call inside a transaction. Returns what moved. */
export function mergeCandidates(db: Db, keepId: string, mergeId: string, stamp: string): Moved {
  const keep = getCandidate(db, keepId);
  const other = getCandidate(db, mergeId);
  if (!keep || !other) throw notFound('One of those candidates');
  mustNotBeAnonymised(db, keepId);
  mustNotBeAnonymised(db, mergeId);
  const moved: Moved = { applications: 0, combined: 0, attachments: 0, notes: 0, stageEvents: 0 };
  const absorbedApplicationIds = mergeApplications(db, keepId, mergeId, stamp, moved);
  moved.attachments = moveAttachments(db, mergeId, keepId, stamp);
  // Lists and the search entry are rewritten here, after the files moved, so their text is indexed.
  updateCandidate(db, mergedFields(keep, other, stamp));
  deleteCandidate(db, mergeId);
  logActivity(db, {
    entityType: 'candidate',
    entityId: keepId,
    action: 'merged',
    details: { mergedId: mergeId, mergedName: other.fullName, absorbedApplicationIds, ...moved },
    at: stamp,
  });
  return moved;
}
