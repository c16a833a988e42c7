// Description operations shared by several handler groups (descriptions, revisions, templates, import,
// roles): read a description sanitized, replace it, and keep revisions at the agreed points. Every
// function here runs inside the caller's transaction. Runs in plain Node, called from handlers only.
import { randomUUID } from 'node:crypto';
import type { RevisionReason, RevisionSummary, Role, RoleDescription, RoleFields, RoleSection } from '../../contract';
import { nextStamp } from '../clock';
import type { CoreContext } from '../core-context';
import { notFound } from '../errors';
import { insertRole, newRole } from '../roles/roles-repo';
import { getDescriptionState, listSections, setDescriptionUpdatedAt, writeSections, type DescriptionState, type SectionWrite } from './descriptions-repo';
import { cleanSection, descriptionWordCount, isNewSnapshot, sameContent } from './descriptions-rules';
import { insertRevision, latestRevision } from './revisions-repo';

export interface StoredDescription {
  state: DescriptionState;
  sections: RoleSection[];
}

/** The role's description as stored, or not_found. */
export function loadDescription(ctx: CoreContext, roleId: string): StoredDescription {
  const state = getDescriptionState(ctx.db, roleId);
  if (!state) throw notFound('That role');
  return { state, sections: listSections(ctx.db, roleId) };
}

/** Sanitized on the way out too: a row written by an older build or by hand must not reach the page raw. */
export function cleanSections(sections: readonly RoleSection[]): RoleSection[] {
  return sections.map((s) => cleanSection(s));
}

export function toDescription(roleId: string, stored: StoredDescription): RoleDescription {
  return { roleId, sections: cleanSections(stored.sections), updatedAt: stored.state.updatedAt };
}

export interface SnapshotOptions {
  label?: string;
  /** Automatic points skip an empty description and one identical to the latest revision. */
  automatic: boolean;
}

/**
 * Keeps the role's current description as a revision. Returns the new revision, the latest one when
 * an identical snapshot was skipped, or null when there was nothing worth keeping.
 */
export function keepRevision(ctx: CoreContext, roleId: string, reason: RevisionReason, options: SnapshotOptions): RevisionSummary | null {
  const { state, sections } = loadDescription(ctx, roleId);
  const label = options.label ?? '';
  const latest = latestRevision(ctx.db, roleId);
  const current = cleanSections(sections);
  if (options.automatic) {
    if (current.length === 0 || !isNewSnapshot(current, latest?.sections ?? null)) return null;
  } else if (latest && latest.reason === reason && latest.label === label && sameContent(current, latest.sections)) {
    // A double-click on "Keep a version" must not list the same version twice.
    return latest;
  }
  const summary = insertRevision(ctx.db, {
    id: randomUUID(),
    roleId,
    reason,
    label,
    title: state.title,
    sections: current,
    wordCount: descriptionWordCount(current),
    createdAt: nextStamp(ctx, latest?.createdAt),
  });
  ctx.changed('revisions', [roleId]);
  return summary;
}

/** Writes already-cleaned sections as the role's description and stamps it. */
export function replaceDescription(ctx: CoreContext, roleId: string, sections: readonly SectionWrite[], previousStamp: string | null): RoleDescription {
  const stamp = nextStamp(ctx, previousStamp ?? undefined);
  const written = writeSections(ctx.db, roleId, sections, stamp);
  setDescriptionUpdatedAt(ctx.db, roleId, stamp);
  ctx.changed('descriptions', [roleId]);
  return { roleId, sections: written, updatedAt: stamp };
}

/** Replaces a role's description with new content, keeping the current one first as `reason`. */
export function replaceWithRevision(ctx: CoreContext, roleId: string, sections: readonly SectionWrite[], reason: RevisionReason): RoleDescription {
  const { state } = loadDescription(ctx, roleId);
  keepRevision(ctx, roleId, reason, { automatic: true });
  return replaceDescription(ctx, roleId, sections.map((s) => cleanSection(s)), state.updatedAt);
}

/** The 'opened' revision point: a role whose status becomes open keeps the description it opened with. */
export function keepOpenedRevision(ctx: CoreContext, before: Role, after: Role): void {
  if (before.status !== 'open' && after.status === 'open') keepRevision(ctx, after.id, 'opened', { automatic: true });
}

/** Creates a draft role from validated fields with the given (uncleaned) sections as its description. */
export function createRoleWithDescription(ctx: CoreContext, fields: RoleFields, sections: readonly SectionWrite[]): Role {
  const role = newRole(randomUUID(), { ...fields, status: 'draft', postedOn: null }, nextStamp(ctx));
  insertRole(ctx.db, role);
  ctx.changed('roles', [role.id]);
  replaceDescription(ctx, role.id, sections.map((s) => cleanSection(s)), null);
  return role;
}
