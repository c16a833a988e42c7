// Renderer: every call about a role's job description: read and save it (the description store and its
// autosave), its kept versions (list, open, compare, keep one now, restore) and the quality coach's check.
import type { Input, JdCheckResult, Revision, RevisionComparison, RevisionList, RevisionSummary, RoleDescription } from '../../../electron/contract';
import { call } from '../api/client';

export const descriptionActions = {
  get: (roleId: string): Promise<RoleDescription> => call('descriptions:get', { roleId }),
  save: (input: Input<'descriptions:save'>): Promise<RoleDescription> => call('descriptions:save', input),
  /** The quality coach on the sections as they are in the editors (saved or not). */
  check: (input: Input<'jd:check'>): Promise<JdCheckResult> => call('jd:check', input),
};

export const revisionActions = {
  list: (roleId: string): Promise<RevisionList> => call('revisions:list', { roleId }),
  get: (id: string): Promise<Revision> => call('revisions:get', { id }),
  compare: (fromId: string, toId: string): Promise<RevisionComparison> => call('revisions:compare', { fromId, toId }),
  /** Keeps the stored description as a version now ("Save version"). */
  create: (roleId: string, label: string): Promise<RevisionSummary> => call('revisions:create', { roleId, label }),
  /** Replaces the description with a version (the core keeps the current text as a version first). */
  restore: (id: string): Promise<RoleDescription> => call('revisions:restore', { id }),
};
