// Where imported candidates go: the optional role and stage (given once, or per row by a role-title
// column) with positions at the bottom of the column, and merging a row into an existing candidate.
// Runs in plain Node inside the import's batch transactions.
import { randomUUID } from 'node:crypto';
import type { ImportInput } from '../../contract';
import { logActivity } from '../activity/activity-repo';
import { applicationFor, insertApplication, insertStageEvent } from '../applications/applications-repo';
import { getCandidate, updateCandidate } from '../candidates/candidates-repo';
import type { Db } from '../db/open-database';
import { invalidInput, notFound } from '../errors';
import { POSITION_STEP } from '../pipeline/pipeline-rules';
import { ensureStages, type StageRow } from '../pipeline/stages-repo';
import { getRole } from '../roles/roles-repo';
import { sourceFromText, cleanUrl } from './candidate-bulk-insert';
import type { CandidateDraft } from './csv-row-rules';

interface Target {
  stage: StageRow;
  next: number;
}

function bottomOf(db: Db, stage: StageRow): Target {
  const max = db.prepare('SELECT max(position) FROM applications WHERE stage_id = ?').pluck().get(stage.id) as number | null;
  return { stage, next: (max ?? 0) + POSITION_STEP };
}

export class RoleTargets {
  readonly touchedRoles = new Set<string>();
  private readonly cache = new Map<string, Target>();

  private constructor(
    private readonly fixed: string | null,
    private readonly titles: Map<string, string>,
  ) {}

  /** Checks the role and stage before anything is written; unknown ones are refused. */
  static resolve(db: Db, input: Pick<ImportInput, 'roleId' | 'stageName'>, at: string, byTitle: boolean): RoleTargets {
    const titles = new Map<string, string>();
    if (byTitle && input.roleId === undefined) {
      for (const row of db.prepare('SELECT id, title FROM roles ORDER BY created_at').all() as { id: string; title: string }[]) {
        if (!titles.has(row.title.toLocaleLowerCase())) titles.set(row.title.toLocaleLowerCase(), row.id);
      }
    }
    const targets = new RoleTargets(input.roleId ?? null, titles);
    if (input.roleId === undefined) return targets;
    if (!getRole(db, input.roleId)) throw notFound('That role');
    const stages = ensureStages(db, input.roleId, at);
    const wanted = input.stageName?.trim().toLocaleLowerCase();
    const stage = wanted ? stages.find((s) => s.name.toLocaleLowerCase() === wanted) : stages[0];
    if (!stage) throw invalidInput([{ path: ['stageName'], message: `The role has no stage called "${input.stageName ?? ''}" (it has ${stages.map((s) => s.name).join(', ')})` }]);
    targets.cache.set(input.roleId, bottomOf(db, stage));
    return targets;
  }

  private target(db: Db, roleId: string, at: string): Target {
    let target = this.cache.get(roleId);
    if (!target) {
      target = bottomOf(db, ensureStages(db, roleId, at)[0] as StageRow);
      this.cache.set(roleId, target);
    }
    return target;
  }

  /** False when apply() would surely do nothing for this row (no role given, none by title). */
  wants(roleTitle: string): boolean {
    return this.fixed !== null || (this.titles.size > 0 && roleTitle !== '');
  }

  /** Adds the candidate to the role (once); returns the new application's id, or null. */
  apply(db: Db, candidateId: string, roleTitle: string, at: string, mayExist: boolean): string | null {
    const roleId = this.fixed ?? this.titles.get(roleTitle.toLocaleLowerCase());
    if (roleId === undefined) return null;
    if (mayExist && applicationFor(db, candidateId, roleId)) return null;
    const target = this.target(db, roleId, at);
    const id = randomUUID();
    const status = target.stage.kind === 'hired' ? 'hired' : 'active';
    insertApplication(db, {
      id, candidate_id: candidateId, role_id: roleId, stage_id: target.stage.id, status, rejection_reason_id: null, rejection_note: '',
      rating: null, position: target.next, stage_entered_at: at, created_at: at, updated_at: at,
    });
    target.next += POSITION_STEP;
    insertStageEvent(db, {
      id: randomUUID(), application_id: id, from_stage_id: null, to_stage_id: target.stage.id, from_stage_name: '',
      to_stage_name: target.stage.name, from_status: null, to_status: status, note: 'Imported', created_at: at,
    });
    this.touchedRoles.add(roleId);
    return id;
  }
}

const fill = (current: string, incoming: string): string => (current !== '' ? current : incoming);

/** Fills the stored candidate's empty fields from the row and adds its emails, phones and tags. */
export function mergeInto(db: Db, id: string, draft: CandidateDraft, at: string, line: number): void {
  const current = getCandidate(db, id);
  if (!current) return;
  const { source, detail } = sourceFromText(draft.source);
  const keepSource = current.source !== 'other' || current.sourceDetail !== '';
  updateCandidate(db, {
    ...current,
    location: fill(current.location, draft.location),
    linkedinUrl: fill(current.linkedinUrl, cleanUrl(draft.linkedin)),
    portfolioUrl: fill(current.portfolioUrl, cleanUrl(draft.portfolio)),
    summary: fill(current.summary, draft.summary),
    source: keepSource ? current.source : source,
    sourceDetail: keepSource ? current.sourceDetail : detail,
    emails: [...current.emails, ...draft.emails].slice(0, 10),
    phones: [...current.phones, ...draft.phones].slice(0, 10),
    tags: [...current.tags, ...draft.tags].slice(0, 50),
    updatedAt: at,
  });
  logActivity(db, { entityType: 'candidate', entityId: id, action: 'merged', details: { via: 'import', line }, at });
}
