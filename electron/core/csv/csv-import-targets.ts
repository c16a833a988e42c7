// Where imported candidates go: the optional role and stage (given once, or per row by a role-title
// column) with positions at the bottom of the column, and merging a row into an existing candidate.
// Runs in plain Node inside the import's batch transactions.
import { CANDIDATE_LIMITS, type ImportInput } from '../../contract';
import { logActivity } from '../activity/activity-repo';
import { applicationFor, maxPosition } from '../applications/applications-repo';
import { startApplication } from '../applications/applications-service';
import { getCandidate, updateCandidate } from '../candidates/candidates-repo';
import { cleanUrl, sourceFromText } from '../candidates/candidates-rules';
import type { Db } from '../db/open-database';
import { invalidInput, notFound } from '../errors';
import { POSITION_STEP } from '../pipeline/pipeline-rules';
import { ensureStages, type StageRow } from '../pipeline/stages-repo';
import { getRole, roleIdsAndTitles } from '../roles/roles-repo';
import type { CandidateDraft } from './csv-row-rules';

interface Target {
  stage: StageRow;
  next: number;
}

function bottomOf(db: Db, stage: StageRow): Target {
  return { stage, next: (maxPosition(db, stage.id) ?? 0) + POSITION_STEP };
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
      for (const row of roleIdsAndTitles(db)) {
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
    // Positions are handed out here (the bottom of the column, then one step down per row) so a batch never reads the column back.
    const { id } = startApplication(db, { candidateId, roleId, stage: target.stage, position: target.next, at, note: 'Imported', activity: null });
    target.next += POSITION_STEP;
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
    emails: [...current.emails, ...draft.emails].slice(0, CANDIDATE_LIMITS.emails),
    phones: [...current.phones, ...draft.phones].slice(0, CANDIDATE_LIMITS.phones),
    tags: [...current.tags, ...draft.tags].slice(0, CANDIDATE_LIMITS.tags),
    updatedAt: at,
  });
  logActivity(db, { entityType: 'candidate', entityId: id, action: 'merged', details: { via: 'import', line }, at });
}
