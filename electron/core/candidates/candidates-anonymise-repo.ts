// SQL for anonymising one person: what was written about them in their applications, interviews, scorecards
// and history is cleared or removed, while every row the reports count stays (applications, stage events with
// their times, interviews with their times and status, scorecards with their recommendation and ratings).
// The append-only history allows exactly this change since migration 12: a stage event's note set to '' and
// an activity entry's details set to '{}'. Runs in plain Node inside the caller's transaction.
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

const IDS = '(SELECT value FROM json_each(?))';

/**
 * Clears the free text of the applications in `applicationIds` and of what hangs off them, and the details of
 * the activity entries about the people and applications given. Files are the caller's (attachments).
 */
export function clearPersonalHistory(db: Db, scope: { candidate: readonly string[]; application: readonly string[] }): void {
  const apps = JSON.stringify(scope.application);
  statement(db, `DELETE FROM application_notes WHERE application_id IN ${IDS}`).run(apps);
  statement(db, `UPDATE applications SET rejection_note = '' WHERE id IN ${IDS} AND rejection_note <> ''`).run(apps);
  statement(db, `UPDATE stage_events SET note = '' WHERE application_id IN ${IDS} AND note <> ''`).run(apps);
  statement(db, `UPDATE interviews SET location = '' WHERE application_id IN ${IDS} AND location <> ''`).run(apps);
  // A message's subject was written to the person (their name, the role): the log keeps its kind, time and how.
  statement(db, `UPDATE messages SET subject = '' WHERE application_id IN ${IDS} AND subject <> ''`).run(apps);
  // An offer's pay and note were about the person: its status and dates stay for the acceptance figures.
  statement(db, `UPDATE offers SET pay_amount = NULL, pay_text = '', note = '' WHERE application_id IN ${IDS} AND (pay_amount IS NOT NULL OR pay_text <> '' OR note <> '')`).run(apps);
  statement(
    db,
    `UPDATE scorecards SET notes = '', takeaways = '' WHERE interview_id IN (SELECT id FROM interviews WHERE application_id IN ${IDS})
      AND (notes <> '' OR takeaways <> '')`,
  ).run(apps);
  const clear = statement(db, `UPDATE activity_log SET details_json = '{}' WHERE entity_type = ? AND entity_id IN ${IDS} AND details_json <> '{}'`);
  clear.run('candidate', JSON.stringify(scope.candidate));
  clear.run('application', apps);
}

/** Removes the candidate's file records (the caller removes the bytes no other record uses, after commit). */
export function deleteCandidateAttachments(db: Db, candidateId: string): void {
  statement(db, 'DELETE FROM attachments WHERE candidate_id = ?').run(candidateId);
}
